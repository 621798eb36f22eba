package org.incentivelab.report;

/**
 * A mean and a standard deviation over runs, in the unit of the quantity (a fraction in [0, 1] for
 * probabilities). The deviation is the population one (divide by n, NumPy's default {@code np.std}), as the
 * reference code of thesis 003 reports it.
 *
 * @param mean the mean
 * @param std the population standard deviation, ≥ 0; NaN for a paper value read off a figure without a spread
 */
public record MeanStd(double mean, double std) {
    /**
     * @param values one value per run, at least one
     * @return their mean and population standard deviation
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public static MeanStd of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new MeanStd(mean, Math.sqrt(squares / values.length));
    }
}
