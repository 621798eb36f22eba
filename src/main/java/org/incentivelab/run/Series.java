package org.incentivelab.run;

/**
 * One named time series as shown: the mean over the batch's seeds and, with several seeds, the standard
 * deviation, on a shared episode axis. For display each point averages the recorded episodes since the previous
 * point (see {@link Metrics#bucketMeans}), so noisy per-round series do not alias. Arrays are copies owned by the snapshot; do not modify them.
 *
 * @param name the metric's name ({@link MetricNames})
 * @param episodes x values, {@code double[m]}
 * @param mean mean over seeds, {@code double[m]}
 * @param std population standard deviation over seeds, {@code double[m]}, or null with one seed
 */
public record Series(String name, double[] episodes, double[] mean, double[] std) {
    /** @return the last mean value, or NaN if the series is empty */
    public double last() {
        return mean.length == 0 ? Double.NaN : mean[mean.length - 1];
    }
}
