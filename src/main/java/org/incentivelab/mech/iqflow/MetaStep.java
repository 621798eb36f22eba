package org.incentivelab.mech.iqflow;

/**
 * The figures of one IQ-Flow meta-step on its validation batch B_V (digest 004 §2.4).
 *
 * @param loss L = L^m + c₁L^{cost1} + c₂L^{cost2} at θ̂ (Eq. 8), before η's step
 * @param cooperative {@code int[|B_V|][N]} a_coop, the cooperative head's greedy action
 * @param active {@code boolean[|B_V|][N]}: the meta-loss mask 1(a_b ≠ a_coop) (all true without the mask)
 * @param noDilemma {@code boolean[|B_V|][N]}: a_coop = a_env, where c₁ applies
 * @param headGradient {@code double[N][|θ^i|]} ∇_{θ̂^i} L
 */
public record MetaStep(double loss, int[][] cooperative, boolean[][] active, boolean[][] noDilemma,
        double[][] headGradient) {
}
