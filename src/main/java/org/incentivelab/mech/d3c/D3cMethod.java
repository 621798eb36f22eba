package org.incentivelab.mech.d3c;

/**
 * How the loss-mixing matrix A is chosen (D3C, seed 000 §3 and its baselines).
 */
public enum D3cMethod {
    /** Each agent learns its row of A by Eq. 11 with entropic mirror descent, from A_ii = A⁰_ii. */
    D3C,
    /** A = I: plain simultaneous gradient descent on the agents' own losses. */
    SELFISH,
    /** A_ij = 1/n: everyone minimises the mean loss, the fully cooperative baseline. */
    COOPERATIVE,
    /**
     * OpenAI Five's "team spirit" τ annealed linearly from 0.3 to 1 over the run: A_ii = 1 − τ(n−1)/n, A_ij = τ/n
     * (seed 000 §4 related work; digest 000 §2.8; for n = 5 this is A_ii = 1 − 0.8τ, A_ij = 0.2τ).
     */
    TEAM_SPIRIT
}
