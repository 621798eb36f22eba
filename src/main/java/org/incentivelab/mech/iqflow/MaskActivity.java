package org.incentivelab.mech.iqflow;

/**
 * How often IQ-Flow's meta-loss masks were on over a stretch of training (digest 004 §5 "mask monitors"): shares of
 * the validation batches' (sample, agent) pairs, per agent, pooled over every meta-step of the stretch.
 *
 * @param active {@code double[N]} in [0, 1]: the share with a_b ≠ a_coop, where the meta-loss L^m of Eq. 5 counts
 *     (1 without the objective mask)
 * @param dilemma {@code double[N]} in [0, 1]: the share with a_coop ≠ a_env, an estimated dilemma (Eq. 7's c₂ cost
 *     applies there, Eq. 6's c₁ elsewhere)
 * @param loss the mean meta-loss L (Eq. 8) over the stretch's meta-steps; 0 when there were none
 * @param metaSteps meta-steps in the stretch; 0 before {@code startTrain} or while the mechanism is off or frozen
 */
public record MaskActivity(double[] active, double[] dilemma, double loss, int metaSteps) {
}
