package org.incentivelab.env.grid;

import org.incentivelab.math.Rng;

/**
 * Integer draws and shuffles built on {@link Rng#nextDouble()}, the only randomness the grid games use (DESIGN §5).
 * Nothing here allocates.
 */
public final class GridRandom {
    private GridRandom() {
    }

    /**
     * A uniform integer from one {@link Rng#nextDouble()} draw.
     *
     * @param rng the stream to draw from (one draw)
     * @param bound the number of outcomes, at least 1
     * @return a uniform integer in {@code [0, bound)}
     * @throws IllegalArgumentException if {@code bound} is below 1
     */
    public static int nextInt(Rng rng, int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1, got " + bound);
        }
        int k = (int) (rng.nextDouble() * bound);
        return Math.min(k, bound - 1);
    }

    /**
     * Fisher–Yates shuffle of the first {@code n} entries in place: {@code n − 1} draws.
     *
     * @param rng the stream to draw from
     * @param values the array to shuffle; entries from {@code n} on are untouched
     * @param n how many leading entries to shuffle, in {@code [0, values.length]}
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public static void shuffle(Rng rng, int[] values, int n) {
        if (n < 0 || n > values.length) {
            throw new IllegalArgumentException("n must be in [0, " + values.length + "], got " + n);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(rng, i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
