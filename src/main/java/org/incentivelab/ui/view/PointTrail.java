package org.incentivelab.ui.view;

/**
 * Where a run's point has been in a plane, one point per new episode, for views that draw a run's path from
 * successive snapshots. It restarts when the episode goes back or the preset changes (a new run), and when full keeps
 * every second point, so it stays within {@value #CAPACITY} points however long the run. FX thread only.
 */
final class PointTrail {
    /** Most points kept. */
    static final int CAPACITY = 2048;

    private final double[] xs = new double[CAPACITY];
    private final double[] ys = new double[CAPACITY];
    private int size;
    private long episode = -1;
    private String preset;

    /**
     * Adds a snapshot's point: restarts first if the run is new (another preset, or an episode before the last), and
     * adds nothing for an episode already seen.
     *
     * @param presetName the snapshot's preset
     * @param at the snapshot's episode
     * @param x the point's first coordinate
     * @param y its second coordinate
     */
    void follow(String presetName, long at, double x, double y) {
        if (!presetName.equals(preset) || at < episode) {
            clear();
            preset = presetName;
        }
        if (at == episode) {
            return;
        }
        if (size == CAPACITY) {
            for (int k = 0; k < CAPACITY / 2; k++) {
                xs[k] = xs[2 * k];
                ys[k] = ys[2 * k];
            }
            size = CAPACITY / 2;
        }
        xs[size] = x;
        ys[size] = y;
        size++;
        episode = at;
    }

    /** Forgets every point and the run. */
    void clear() {
        size = 0;
        episode = -1;
        preset = null;
    }

    /** @return the number of points */
    int size() {
        return size;
    }

    /** @param k 0 (oldest) … size − 1 (latest) @return the point's first coordinate */
    double x(int k) {
        return xs[k];
    }

    /** @param k 0 (oldest) … size − 1 (latest) @return the point's second coordinate */
    double y(int k) {
        return ys[k];
    }
}
