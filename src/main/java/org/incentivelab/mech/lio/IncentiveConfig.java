package org.incentivelab.mech.lio;

import java.util.List;

/**
 * The incentive functions r_η of a LIO preset (thesis 001 §5.2–5.3.2, App. B.1.1, B.4.2; reference config
 * values in brackets for Escape Room). The baselines PG-d and PG-c use {@code maxReward} as their reward value
 * R_a and bound.
 *
 * @param hidden hidden layer widths of the incentive MLP, each in [1, 256] ([64, 16] Escape Room, [16, 8] IPD)
 * @param maxReward R_max: each incentive is R_max·σ(·) in [0, R_max], in (0, 100] [2 Escape Room, 3 IPD]
 * @param learningRate α_η, the Adam learning rate of the meta-gradient step, in (0, 1] [1e-3]
 * @param costWeight α of Eq. 5.5, the weight of the cost of giving (Eq. 5.6), in [0, 100] [1.0 Escape Room, 0
 *     IPD]. The cost is charged on the incentives r = R_max·σ as Eq. 5.6 writes it; the reference code charges σ,
 *     so with the cost added to the loss α here equals the code's reg_coeff / R_max. With the separate Adam
 *     optimiser the scale does not matter (Adam normalises it away): α then only switches the cost on (α &gt; 0)
 *     or off (α = 0)
 * @param separateCostOptimizer true: the cost is minimised by its own Adam optimiser at {@code costLearningRate}
 *     (reference code, Escape Room); false: α·cost is added to the giver's loss
 * @param costLearningRate the separate cost optimiser's learning rate, in (0, 1] [1e-4]
 * @param giverCritic actor-critic agents only: which critic judges a giver's τ̂ — {@code total}, the agent's own
 *     critic of extrinsic reward plus incentives received (reference code, every preset), or {@code extrinsic}, a
 *     critic of the extrinsic reward alone (the thesis's Eq. 5.5); see {@link GiverCritic}
 * @param enabled whether incentives are given from the start (the live switch can change it)
 * @param turnOffAtEpisode the episode at which incentives switch off by themselves, or null for never
 * @param designerEntropy dual-RL (d) only: the designer's entropy coefficient, in [0, 10] [0.488 ER(5,2)]
 * @param designerCritic MetaGrad only: the designer's critic and GAE advantages (Cleanup), or null for the
 *     reward-to-go (Escape Room) [null]
 */
public record IncentiveConfig(
        List<Integer> hidden,
        double maxReward,
        double learningRate,
        double costWeight,
        boolean separateCostOptimizer,
        double costLearningRate,
        GiverCritic giverCritic,
        boolean enabled,
        Integer turnOffAtEpisode,
        double designerEntropy,
        DesignerCritic designerCritic) {
}
