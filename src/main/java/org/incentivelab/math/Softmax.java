package org.incentivelab.math;

/** The softmax of a run of logits, computed stably (the largest logit subtracted first). */
public final class Softmax {
    private Softmax() {
    }

    /**
     * Writes p = softmax(z) over {@code count} logits; {@code p} may be {@code z} itself.
     *
     * @param z the logits, read from {@code from}
     * @param from the first logit
     * @param count how many, ≥ 1
     * @param p receives the probabilities from {@code to}
     * @param to the first output slot
     * @return log Σ exp(z), the log-partition of the logits
     */
    public static double of(double[] z, int from, int count, double[] p, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            max = Math.max(max, z[from + k]);
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            p[to + k] = Math.exp(z[from + k] - max);
            sum += p[to + k];
        }
        for (int k = 0; k < count; k++) {
            p[to + k] /= sum;
        }
        return max + Math.log(sum);
    }

    /** @param z the logits @param p receives softmax(z), may be {@code z} @return log Σ exp(z) */
    public static double of(double[] z, double[] p) {
        return of(z, 0, z.length, p, 0);
    }
}
