package org.incentivelab.mech.d3c;

/**
 * The settings of exact D3C and its baselines on a differentiable game (seed 000 §2.5, Eq. 11; the paper's values
 * are in its Appx. G, not in the seed text, so the defaults of the presets are the lab's, digest 000 §4 [lab-sim]).
 *
 * @param method how A is chosen
 * @param strategyRate η_x &gt; 0: x_i ← x_i − η_x ∇_{x_i} f^A_i, per step
 * @param mixingRate η_A ≥ 0: the mirror-descent step of each row of A (D3C only)
 * @param epsilon ε ≥ 0 of Eq. 11: A_i moves while d/dt f^A_i + ε &gt; 0 (ε = 0 stalls, digest 000 §4)
 * @param klWeight ν ≥ 0: weight of D_KL(e_i ‖ A_i), which pulls A_i back toward selfishness (0 except Coins)
 * @param initialSelf A⁰_ii in (0, 1): 0.99 in the paper
 * @param mu μ &gt; 0 of Theorem 1, the user's upper bound on the smoothness constant, for the local price-of-anarchy
 *     bounds drawn along the run
 */
public record D3cConfig(D3cMethod method, double strategyRate, double mixingRate, double epsilon, double klWeight,
        double initialSelf, double mu) {
}
