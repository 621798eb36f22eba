package org.incentivelab.mech.lio;

/**
 * The MetaGrad designer's critic on Cleanup (thesis 001 §6.2 Eq. 6.5 and App. C.2.2 Table C.3; reference
 * {@code config_ssd.py} designer_m, {@code id_ssd.py}): a value network V(s) on the designer's global observation,
 * fitted each iteration on the training episode τ by one Adam step on the mean squared TD error against its target
 * network (r^ID_t + γV̄(s_{t+1}) − V(s_t), no terminal mask), the target following by V̄ ← τV + (1 − τ)V̄; the outer
 * step then weighs the agents' log-probabilities on τ̂ by the GAE advantages
 * A_t = Σ_{l≥t} (γλ)^{l−t} δ_l, δ_l = r^ID_l + γV(ŝ_{l+1}) − V(ŝ_l), with r^ID the agents' summed extrinsic reward.
 * Without it (Escape Room, whose tables list no α_v,ID) the advantage is the reward-to-go.
 *
 * @param learningRate α_v,ID, the critic's Adam learning rate, in (0, 1] [2.4e-5]
 * @param targetRate τ of the target network's update, in (0, 1] [0.114; Table C.3 prints it as "designer c_v"]
 * @param gaeLambda λ of the advantages, in [0, 1] [0.99]
 */
public record DesignerCritic(double learningRate, double targetRate, double gaeLambda) {
}
