package org.incentivelab.mech.planner;

/**
 * How the planner estimates the look-ahead term Σ_i η_i (∇_p ∇_i V^p_i)^T ∇_i V of thesis 003 Eq. 4.3.
 * In every form ∇_i V is the exact welfare gradient p_i(1 − p_i)·∂V/∂p_i except in {@link #ESTIMATED}.
 */
public enum LookAhead {
    /**
     * Eq. 4.3 with exact value functions (digest §4.10): ∇_i V^p_i = p_i(1 − p_i)·Δ^p_i with the exact
     * incentive difference Δ^p_i = E[vp_i | a_i = C] − E[vp_i | a_i = D] over the others' mixed actions.
     * Works with both models; enumerates the 2^N joint actions.
     */
    EXACT_DIFFERENCE,
    /**
     * The reference code's "exact" planner, which produced Tables 4.2–4.3: ∂vp_i/∂a_i at the observed
     * actions stands in for Δ^p_i (digest §4.9). Network model only.
     */
    ACTION_DERIVATIVE,
    /**
     * Eq. 4.5, the sampled estimate: ∇_i log π_i = a_i − p_i; ∇_i V^p_i ≈ (a_i − p_i)·vp_i and
     * ∇_i V ≈ (a_i − p_i)·v with v = Σ_j r_j − b, where the reference code's baseline for N = 2 is
     * b = T + S − 0.1 (generalised here to b = N(T + S)/2 − 0.1).
     */
    ESTIMATED
}
