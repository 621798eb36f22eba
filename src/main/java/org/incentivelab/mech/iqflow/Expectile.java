package org.incentivelab.mech.iqflow;

/**
 * The asymmetric squared loss of implicit Q-learning (Kostrikov et al. 2022; seed 004 Eq. 1, digest 004 §2.2):
 * L₂^τ(u) = |τ − 1(u &lt; 0)|·u², so with τ &gt; ½ over-estimates (u &gt; 0) weigh τ and under-estimates 1 − τ, and
 * V fitted to Q by it approaches an upper expectile of Q. IQ-Flow uses τ = 0.85 everywhere.
 */
public final class Expectile {
    private Expectile() {
    }

    /**
     * @param u the residual Q − V
     * @param tau the expectile τ in (0, 1)
     * @return L₂^τ(u) ≥ 0
     */
    public static double loss(double u, double tau) {
        return weight(u, tau) * u * u;
    }

    /**
     * @param u the residual Q − V
     * @param tau the expectile τ in (0, 1)
     * @return dL₂^τ/du = 2|τ − 1(u &lt; 0)|·u (at u = 0: 0)
     */
    public static double derivative(double u, double tau) {
        return 2 * weight(u, tau) * u;
    }

    private static double weight(double u, double tau) {
        return u < 0 ? 1 - tau : tau;
    }
}
