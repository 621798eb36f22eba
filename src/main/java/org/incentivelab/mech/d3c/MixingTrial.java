package org.incentivelab.mech.d3c;

/**
 * One finished mixing trial of an RL D3C agent (seed 000 Algorithms 1–2), for the trial timeline.
 *
 * @param agent the agent, 0-based
 * @param start training episodes completed when the trial began (t_b)
 * @param end training episodes completed when it ended (t_b + τ)
 * @param baseline G_b, the previous trial's mean return
 * @param mean G, this trial's mean return
 * @param rho ρ_i = ReLU((G_b − G)/τ + ε): above 0 the row shifted, 0 it stayed
 * @param playedSelf Ã_ii, the self-weight played during the trial
 * @param selfAfter A_ii after the trial's update
 */
public record MixingTrial(int agent, long start, long end, double baseline, double mean, double rho,
        double playedSelf, double selfAfter) {
}
