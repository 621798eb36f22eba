package org.incentivelab.mech.d3c;

/**
 * RL D3C's settings (seed 000 §2.6, Algorithms 1–3). The paper states A⁰_ii = 0.99, the clip [−5, 5] and ν = 0
 * (10⁻⁵ on Coins); η_A, δ, τ_min, τ_max and ε are in its Appx. G, not in the seed text, so the presets' values are
 * the lab's.
 *
 * @param mixingRate η_A &gt; 0, the mirror step of a row at the end of each trial (the ES factor n/δ absorbed)
 * @param perturbation δ &gt; 0: a trial plays Ã_i = softmax(log A_i + δ ã_i) with ã_i uniform on the unit sphere
 * @param trialMin τ_min ≥ 1, shortest trial in episodes
 * @param trialMax τ_max ≥ τ_min, longest trial in episodes (τ uniform on the integers in between)
 * @param epsilon ε ≥ 0 of ρ_i = ReLU((G_b − G)/τ + ε)
 * @param klWeight ν ≥ 0, weight of D_KL(e_i ‖ A_i)
 * @param initialSelf A⁰_ii in (0, 1)
 * @param clip h &gt; 0: the logits log A_ij are clipped to [−h, h] (l = −h; the paper: 5)
 * @param learnMixing false keeps A at A⁰ (with A⁰_ii = 1/n: the cooperative baseline) and plays A itself, no trials
 * @param mixedReturn whether g, the return a trial averages, is the agent's mixed return Σ_t γ^t Σ_j Ã_ji r_j
 *     (true) or its own Σ_t γ^t r_i (false); the paper leaves it open (digest 000 §2.7)
 */
public record D3cRlConfig(double mixingRate, double perturbation, int trialMin, int trialMax, double epsilon,
        double klWeight, double initialSelf, double clip, boolean learnMixing, boolean mixedReturn) {
}
