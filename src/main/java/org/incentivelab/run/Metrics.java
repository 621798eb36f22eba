package org.incentivelab.run;

import java.util.Arrays;
import java.util.List;

/**
 * Named time series of one run, indexed by episode, bounded in memory: when {@link #CAPACITY} points are
 * held, every other point is dropped and the recording stride doubles, so a series always spans the whole
 * run at between {@code CAPACITY/2} and {@code CAPACITY} points. All series share the episode axis.
 * Not thread-safe: written by the run's thread, copied into snapshots there.
 */
public final class Metrics {
    /** Most points held per series. */
    public static final int CAPACITY = 8192;

    private final List<String> names;
    private final double[] episodes = new double[CAPACITY];
    private final double[][] values;
    private int size;
    private long stride = 1;

    /** @param names the series' names, in display order */
    public Metrics(List<String> names) {
        this.names = List.copyOf(names);
        this.values = new double[names.size()][CAPACITY];
    }

    /** @return the series' names in order */
    public List<String> names() {
        return names;
    }

    /**
     * Records one episode's values if the episode falls on the current stride.
     *
     * @param episode the episode index, increasing
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
        episodes[size] = episode;
        for (int s = 0; s < values.length; s++) {
            values[s][size] = row[s];
        }
        size++;
    }

    /** @return the current recording stride: episodes whose index it divides are recorded */
    public long stride() {
        return stride;
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

    /** @param series index into {@link #names()} @return the last recorded value (NaN if none) */
    public double last(int series) {
        return size == 0 ? Double.NaN : values[series][size - 1];
    }
}
