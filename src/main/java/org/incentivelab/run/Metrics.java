package org.incentivelab.run;

import java.util.Arrays;
import java.util.List;

/**
 * Named time series of one run, indexed by episodes completed, bounded in memory: arrays grow as needed up to
 * {@link #CAPACITY} points; when full, every other point is dropped and the recording stride doubles, so a
 * series always spans the whole run at between {@code CAPACITY/2} and {@code CAPACITY} points. All series share
 * the episode axis. Not thread-safe: written by the run's thread and read there (snapshots, exports).
 */
public final class Metrics {
    /** Most points held per series. */
    public static final int CAPACITY = 8192;
    private static final int INITIAL = 256;

    private final List<String> names;
    private double[] episodes = new double[INITIAL];
    private final double[][] values;
    private int size;
    private long stride = 1;

    /** @param names the series' names, in display order */
    public Metrics(List<String> names) {
        this.names = List.copyOf(names);
        this.values = new double[names.size()][INITIAL];
    }

    /** @return the series' names in order */
    public List<String> names() {
        return names;
    }

    /** @return the current recording stride: episodes whose count it divides are recorded */
    public long stride() {
        return stride;
    }

    /**
     * Records one row if the episode falls on the current stride.
     *
     * @param episode episodes completed at this row, increasing
     * @param row {@code double[names().size()]}, in the order of {@link #names()}
     */
    public void record(long episode, double[] row) {
        if (episode % stride != 0) {
            return;
        }
        if (size == CAPACITY) {
            for (int k = 0; k < CAPACITY / 2; k++) {
                episodes[k] = episodes[2 * k];
                for (double[] v : values) {
                    v[k] = v[2 * k];
                }
            }
            size = CAPACITY / 2;
            stride *= 2;
            if (episode % stride != 0) {
                return;
            }
        }
        if (size == episodes.length) {
            int grown = Math.min(CAPACITY, 2 * size);
            episodes = Arrays.copyOf(episodes, grown);
            for (int s = 0; s < values.length; s++) {
                values[s] = Arrays.copyOf(values[s], grown);
            }
        }
        episodes[size] = episode;
        for (int s = 0; s < values.length; s++) {
            values[s][size] = row[s];
        }
        size++;
    }

    /** @return the number of points held */
    public int size() {
        return size;
    }

    /** @return a copy of the episode axis, {@code double[size()]} */
    public double[] episodes() {
        return Arrays.copyOf(episodes, size);
    }

    /** @param series index into {@link #names()} @return a copy of that series, {@code double[size()]} */
    public double[] series(int series) {
        return Arrays.copyOf(values[series], size);
    }

    /**
     * The episodes at the given point indices.
     *
     * @param picks increasing indices in [0, size())
     * @return {@code double[picks.length]}
     */
    public double[] episodesAt(int[] picks) {
        double[] out = new double[picks.length];
        for (int j = 0; j < picks.length; j++) {
            out[j] = episodes[picks[j]];
        }
        return out;
    }

    /**
     * Decimates a series for display without aliasing: point j is the mean of the points after pick j − 1 up to
     * and including pick j (a single point while there are no more points than picks).
     *
     * @param series index into {@link #names()}
     * @param picks increasing indices in [0, size()), the last one size() − 1
     * @return {@code double[picks.length]}
     */
    public double[] bucketMeans(int series, int[] picks) {
        double[] v = values[series];
        double[] out = new double[picks.length];
        int from = 0;
        for (int j = 0; j < picks.length; j++) {
            double sum = 0;
            for (int k = from; k <= picks[j]; k++) {
                sum += v[k];
            }
            out[j] = sum / (picks[j] - from + 1);
            from = picks[j] + 1;
        }
        return out;
    }
}
