package org.incentivelab.mech.planner;

import org.incentivelab.math.Optimizer;

/**
 * Settings of the planning agent (thesis 003 §4.1–4.8; defaults from §4.2 and the reference code).
 *
 * @param enabled whether the run has a planner at all ("no mechanism design" rows when false)
 * @param model function class of the planner
 * @param lookAhead how the look-ahead gradient of Eq. 4.3 is computed
 * @param cost form of the cost of incentives
 * @param costWeight α ≥ 0 (0.0002 in the thesis)
 * @param maxReward c &gt; 0, the bound |r^p_i| &lt; c (3 for matrix games)
 * @param optimizer the planner's optimiser (Adam in the reference code)
 * @param learningRate η_p &gt; 0 (0.01)
 * @param revenueNeutral if true the applied incentives are centred so that Σ_i r^p_i = 0 (§4.1.6), and for N ≥ 3
 *     scaled by N/(2(N − 1)) so that they stay inside (−c, c)
 * @param flipProbability probability in [0, 0.5] that the planner sees each action flipped
 *     (reference code's {@code action_flip_prob}; 0 in the thesis)
 * @param turnOffAtEpisode episode N_off from which the planner neither pays nor learns, or null for never
 */
public record PlannerConfig(
        boolean enabled,
        PlannerModel model,
        LookAhead lookAhead,
        IncentiveCost cost,
        double costWeight,
        double maxReward,
        Optimizer.Kind optimizer,
        double learningRate,
        boolean revenueNeutral,
        double flipProbability,
        Integer turnOffAtEpisode) {

    /** @return a copy with {@code turnOffAtEpisode} replaced (null = never) */
    public PlannerConfig withTurnOffAtEpisode(Integer episode) {
        return new PlannerConfig(enabled, model, lookAhead, cost, costWeight, maxReward, optimizer, learningRate,
                revenueNeutral, flipProbability, episode);
    }
}
