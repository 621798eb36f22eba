package org.incentivelab.mech.planner;

/**
 * The planner's model followed by the revenue-neutral map when that is on (§4.1.6): the incentives M·vp(a) the
 * learners receive before user overrides, and the chain rule from weights on them back to the model's parameters.
 *
 * <p>Implementation notes. Revenue-neutral centring: with M = s·(I − 11ᵀ/N) and s = N/(2(N − 1)) (s = 1 for
 * N = 2; for N ≥ 3 the scale keeps centred incentives inside (−c, c)), the applied incentives are M·vp, and since
 * M is symmetric a gradient weight vector w on applied outputs becomes M·w on raw outputs. Without revenue
 * neutrality M is the identity.
 */
final class CentredIncentives {
    private final IncentiveModel model;
    private final boolean revenueNeutral;

    /**
     * @param model the planner's model, vp
     * @param revenueNeutral whether M is the revenue-neutral map (else the identity)
     */
    CentredIncentives(IncentiveModel model, boolean revenueNeutral) {
        this.model = model;
        this.revenueNeutral = revenueNeutral;
    }

    /**
     * @param actions {@code int[N]}
     * @param out {@code double[N]} receiving M·vp(a), per round
     */
    void values(int[] actions, double[] out) {
        model.rewards(actions, out);
        if (revenueNeutral) {
            centre(out);
        }
    }

    /**
     * Adds Σ_i w_i·∂(M·vp(a))_i/∂θ_p = Σ_i (M·w)_i·∂vp_i(a)/∂θ_p to {@code grad}.
     *
     * @param actions {@code int[N]}
     * @param weights {@code double[N]}, w on the centred incentives; overwritten with M·w
     * @param grad {@code double[params().length]}, accumulated into
     */
    void addGradient(int[] actions, double[] weights, double[] grad) {
        if (revenueNeutral) {
            centre(weights); // chain rule through the revenue-neutral map M: raw weights = M·w
        }
        model.addGradient(actions, weights, grad);
    }

    /**
     * The revenue-neutral map M = s·(I − 11ᵀ/N) with s = N/(2(N − 1)), applied in place. Centring alone would let
     * an incentive reach 2c(N − 1)/N (one player at +c, the rest at −c), which breaks the bound c for N ≥ 3; the
     * scale s restores |r^p_i| &lt; c and is 1 for N = 2, where plain centring is the reference code's rule. M is
     * symmetric, so it also maps gradient weights on applied incentives to weights on raw outputs.
     */
    private static void centre(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double scale = v.length / (2.0 * (v.length - 1));
        for (int i = 0; i < v.length; i++) {
            v[i] = scale * (v[i] - mean);
        }
    }
}
