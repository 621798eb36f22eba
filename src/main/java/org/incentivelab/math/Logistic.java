package org.incentivelab.math;

/** The logistic function σ(x) = 1 / (1 + e^−x), its derivatives and its inverse. */
public final class Logistic {
    private Logistic() {
    }

    /** @return σ(x) in (0, 1) */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /**
     * @param p a probability in (0, 1)
     * @return logit(p) = ln(p / (1 − p))
     * @throws IllegalArgumentException if p is not strictly between 0 and 1
     */
    public static double logit(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("logit needs p in (0, 1), got " + p);
        }
        return Math.log(p / (1 - p));
    }
}
