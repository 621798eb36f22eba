package org.incentivelab.mech.lio;

/**
 * One point of thesis 001 Fig. 5.6b: what a LIO agent paid a scripted {@link ProbeAgent} per episode, over several
 * episodes ({@link IncentiveProbe#measure}).
 *
 * @param mean the mean over episodes of the incentive given to the probe in one episode, summed over its steps
 *     without discounting, in reward units (already × R_max); in [0, R_max · steps] (≤ 50 steps in Table B.2)
 * @param sem the standard error of that mean, sample standard deviation (n − 1 in the denominator) / √n; 0 when
 *     n = 1; at least 0
 * @param episodes n, the number of episodes, at least 1
 */
public record ProbeResult(double mean, double sem, int episodes) {
    /**
     * @param perEpisode {@code double[n]}, the incentive given in each episode; not modified
     * @return their mean, standard error of the mean and count
     * @throws IllegalArgumentException if {@code perEpisode} is empty
     */
    public static ProbeResult of(double[] perEpisode) {
        int n = perEpisode.length;
        if (n == 0) {
            throw new IllegalArgumentException("a probe result needs at least one episode");
        }
        double sum = 0;
        for (double v : perEpisode) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new ProbeResult(mean, 0, 1);
        }
        double squares = 0;
        for (double v : perEpisode) {
            squares += (v - mean) * (v - mean);
        }
        return new ProbeResult(mean, Math.sqrt(squares / (n - 1)) / Math.sqrt(n), n);
    }
}
