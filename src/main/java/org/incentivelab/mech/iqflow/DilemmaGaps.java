package org.incentivelab.mech.iqflow;

/**
 * IQ-Flow's dilemma read-out on estimated Q-values (seed 004 §3, Fig. 4; digest 004 §4.1): for agent i of a 2×2
 * game in state s, with C = 0 and D = 1, R = Q^i(s, C | other C), T = Q^i(s, D | other C), S = Q^i(s, C | other D),
 * P = Q^i(s, D | other D). The dilemma is removed, C dominant, when both gaps are positive: T &lt; R and P &lt; S.
 *
 * @param rewardMinusTemptation R − T, in the critic's return units
 * @param suckerMinusPunishment S − P, same units
 */
public record DilemmaGaps(double rewardMinusTemptation, double suckerMinusPunishment) {
    /**
     * @param otherCooperates the agent's Q(C), Q(D) when the other plays C, {@code double[2]}
     * @param otherDefects its Q(C), Q(D) when the other plays D, {@code double[2]}
     * @return R − T = Q(C | C) − Q(D | C) and S − P = Q(C | D) − Q(D | D)
     */
    public static DilemmaGaps of(double[] otherCooperates, double[] otherDefects) {
        return new DilemmaGaps(otherCooperates[0] - otherCooperates[1], otherDefects[0] - otherDefects[1]);
    }

    /** @return whether C is dominant for the agent: T &lt; R and P &lt; S */
    public boolean cooperationDominant() {
        return rewardMinusTemptation > 0 && suckerMinusPunishment > 0;
    }
}
