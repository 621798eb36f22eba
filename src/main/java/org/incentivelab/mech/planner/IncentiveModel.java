package org.incentivelab.mech.planner;

/**
 * The planner's policy: a deterministic map from the observed joint action to each player's raw
 * incentive vp_i(a) ∈ (−c, c) (thesis 003 §4.1.1, footnote 1: the planner plays a conditional incentive
 * table). Implementations own a flat parameter vector θ_p that the planner's optimiser updates in place.
 */
public interface IncentiveModel {
    /** @return θ_p, the live parameter vector (updated in place by the planner's optimiser) */
    double[] params();

    /**
     * @param actions {@code int[N]}, each 0 (D) or 1 (C)
     * @param out {@code double[N]} receiving vp_i(a), per round, in (−c, c)
     */
    void rewards(int[] actions, double[] out);

    /**
     * Adds Σ_i weights[i]·∂vp_i(a)/∂θ_p to {@code grad}.
     *
     * @param actions {@code int[N]}
     * @param weights {@code double[N]}
     * @param grad {@code double[params().length]}, accumulated into
     */
    void addGradient(int[] actions, double[] weights, double[] grad);
}
