package org.incentivelab.mech.iqflow;

/**
 * What one IQ-Flow meta-step reads (Algorithm 1, step 4; digest 004 §2.7): the replay buffer, the disjoint training
 * and validation batches B_T and B_V, the three critic pairs and the coefficients.
 *
 * @param buffer the replay buffer
 * @param train B_T slots (reference: 64)
 * @param validation B_V slots, disjoint from B_T (reference: 64)
 * @param cooperative the cooperative pair (greedy a_coop)
 * @param environment the environment pair (greedy a_env)
 * @param incentivised the incentivised pair, whose heads take the simulated step
 * @param gamma γ in [0, 1]
 * @param beta β_ind &gt; 0, the simulated step's learning rate (reference lr_v_rewarder 1e-3)
 * @param c1 c₁ ≥ 0, weight of the no-dilemma cost (Eq. 6)
 * @param c2 c₂ ≥ 0, weight of the dilemma cost (Eq. 7)
 * @param objectiveMask whether L^m counts only samples with a_b ≠ a_coop (reference obj_mask True)
 * @param innerSteps K ≥ 1, the simulated steps of the incentivised heads (reference 20, lab default 1)
 * @param innerOptimizer how the simulated steps move the heads: SGD (Eq. 4) or the critic's frozen RMSProp (the
 *     reference code; the incentivised pair must then step with RMSProp)
 */
public record MetaProblem(ReplayBuffer buffer, int[] train, int[] validation, IqlCritic cooperative,
        IqlCritic environment, IqlCritic incentivised, double gamma, double beta, double c1, double c2,
        boolean objectiveMask, int innerSteps, InnerOptimizer innerOptimizer) {
}
