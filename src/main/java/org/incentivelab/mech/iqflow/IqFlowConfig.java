package org.incentivelab.mech.iqflow;

import java.util.List;

/**
 * The IQ-Flow mechanism of a preset (seed 004 §4; digest 004 §2.6–2.8, reference values in brackets). The
 * incentive network itself takes the preset's {@code incentives.hidden}, {@code incentives.maxReward} (R_max, the
 * reference r_multiplier 2) and {@code incentives.learningRate} (α, RMSProp, the reference lr_reward).
 *
 * @param criticHidden hidden widths of every Q head and V network, 1 to 4 layers in [1, 256] ([16, 8] matrix
 *     games, [64, 64] Escape Room)
 * @param expectile τ of the expectile loss, in (0, 1) [0.85]
 * @param polyak ρ of the target heads' Polyak step θ̄ ← ρθ + (1 − ρ)θ̄, in (0, 1] [0.01]
 * @param batch |B|, the critics' batch and each meta-batch B_T, B_V, in [1, 4096] [64]
 * @param bufferSize the replay buffer's capacity in transitions, in [2·batch, 10⁶] [10⁶]
 * @param startTrain environment steps before the first meta-step, ≥ 0 [200 matrix games, 300 Escape Room]
 * @param cooperativeLearningRate Adam learning rate of the cooperative pair, in (0, 1] [lr_v_model 1e-3]
 * @param environmentLearningRate RMSProp learning rate of the environment pair, in (0, 1] [lr_v_model 1e-3]
 * @param incentivisedLearningRate β_ind: RMSProp learning rate of the incentivised pair and the simulated SGD
 *     step's learning rate, in (0, 1] [lr_v_rewarder 1e-3]
 * @param c1 c₁ ≥ 0, the no-dilemma cost weight (Eq. 6) [0 matrix games, 0.5 Escape Room]
 * @param c2 c₂ ≥ 0, the dilemma cost weight (Eq. 7) [0 matrix games, 5e-3 Escape Room]
 * @param objectiveMask whether the meta-loss counts only samples with a_b ≠ a_coop (Eq. 5) [true]
 * @param innerSteps K, simulated SGD steps of the incentivised heads per meta-step, in [1, 50] [reference 20
 *     RMSProp steps through autodiff; lab default 1, whose closed form is exact — K &gt; 1 accumulates first-order
 *     terms along the path]
 * @param innerOptimizer how the simulated steps move the heads [the paper's Eq. 4: SGD, the lab's default, whose
 *     one-step closed form is exact; the reference code: RMSProp with the incentivised critic's state frozen, see
 *     {@link InnerOptimizer} — the Escape Room presets use it, since with SGD the regulator failed there on some
 *     seeds]
 * @param orthogonalInit whether every dense layer of the critics and the incentive network starts orthogonal with
 *     gain √2 (the reference's JAXRL default) instead of Glorot-uniform [reference: true; lab default false, as
 *     every other network of the lab; the matrix-game presets use true, with the reference's 5 rounds (README)]
 * @param constantValues whether V_env and V_ind are learned constants, the same V^i in every state, as in the
 *     reference code for vector observations (its {@code CentralizedInterestVNetMLP} applies the MLP to its own layer
 *     sizes instead of the observation, digest 004 §2.6 — a bug, but in the code behind the paper's figures); false:
 *     an MLP on the joint observation, the evident intent. With constants, Q_env and Q_ind of two actions in the same
 *     state differ by their one-step rewards plus one shared continuation, so their dilemma gaps are the one-step
 *     payoffs' (with incentives). [reference: true for matrix games and Escape Room; lab default false, every preset:
 *     the matrix games' estimated dilemmas are removed with either (README)]
 * @param miniInit whether the incentive network pays R_max·|tanh z| with its output layer's initial weights divided
 *     by 1000, so that it starts paying ≈ 0 and raises only the payments its meta-gradient asks for — the reference
 *     code's {@code use_mini_init} (digest 004 §2.6: its 10×10 Cleanup config) — instead of R_max·σ(z), which starts
 *     at R_max/2 for every action [paper and the reference's 7×7, Escape Room and matrix-game configs: false]
 * @param agentResetPeriod P ≥ 0: re-initialise the agents' policies and critics (and restart ε) every P episodes,
 *     the mechanism kept; 0 never [Cleanup: 1000 in the paper, 2000 in the code; none elsewhere]
 * @param pretrained a trained regulator to start from, frozen — the pretrained-mechanism experiment (seed 004 §5.3,
 *     Fig. 10): the run's regulator takes its η and R_max and neither it nor the critics learn; null to learn from
 *     scratch [null]. In JSON the object a saved mechanism file holds. A loaded regulator also pays with its own
 *     output function, whatever {@code miniInit} says.
 */
public record IqFlowConfig(
        List<Integer> criticHidden,
        double expectile,
        double polyak,
        int batch,
        int bufferSize,
        int startTrain,
        double cooperativeLearningRate,
        double environmentLearningRate,
        double incentivisedLearningRate,
        double c1,
        double c2,
        boolean objectiveMask,
        int innerSteps,
        InnerOptimizer innerOptimizer,
        boolean orthogonalInit,
        boolean constantValues,
        boolean miniInit,
        int agentResetPeriod,
        SavedMechanism pretrained) {
}
