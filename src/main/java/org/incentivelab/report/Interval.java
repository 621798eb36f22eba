package org.incentivelab.report;

/**
 * A closed acceptance interval [lo, hi] for a reproduced mean, in the unit of the quantity.
 *
 * @param lo lower bound (may be −∞)
 * @param hi upper bound (may be +∞), ≥ lo
 */
public record Interval(double lo, double hi) {
    /** @throws IllegalArgumentException if hi &lt; lo or a bound is NaN */
    public Interval {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /**
     * The interval paper mean ± max(k·std, slack).
     *
     * @param paper the paper's mean and standard deviation
     * @param k how many of the paper's standard deviations are tolerated, ≥ 0
     * @param slack the smallest half-width, ≥ 0, in the unit of the quantity
     * @return the interval
     */
    public static Interval around(MeanStd paper, double k, double slack) {
        double half = Math.max(k * paper.std(), slack);
        return new Interval(paper.mean() - half, paper.mean() + half);
    }

    /** @return this interval intersected with [min, max] (e.g. [0, 1] for probabilities) */
    public Interval clip(double min, double max) {
        return new Interval(Math.max(lo, min), Math.min(hi, max));
    }

    /** @return whether x ∈ [lo, hi] (false for NaN) */
    public boolean contains(double x) {
        return x >= lo && x <= hi;
    }
}
