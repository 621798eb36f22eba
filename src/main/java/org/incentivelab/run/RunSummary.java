package org.incentivelab.run;

/**
 * The end-of-run figures of thesis 003 Tables 4.2–4.3.
 *
 * @param episodes episodes completed
 * @param cooperation {@code double[N]}, final P(C) of each player
 * @param mutualCooperation P(C,C) = Π_i P(C)_i, a fraction in [0, 1]
 * @param welfare V, expected welfare per round from the final probabilities (environment payoffs only)
 * @param averageAdditionalReward AAR, Σ_i |r^p_i| per round averaged over planner-active rounds (0 if none)
 * @param paidTotal cumulative Σ_i |r^p_i| over the run
 */
public record RunSummary(
        long episodes,
        double[] cooperation,
        double mutualCooperation,
        double welfare,
        double averageAdditionalReward,
        double paidTotal) {
}
