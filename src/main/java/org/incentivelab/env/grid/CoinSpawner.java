package org.incentivelab.env.grid;

import org.incentivelab.math.Rng;

/**
 * Coin placement of the {@link CoinGame} ({@link CoinSpawnRule}). Coins are {@link Cell#COIN_0} (agent 0's colour)
 * and {@link Cell#COIN_1} (agent 1's colour); coins never appear under an agent (reference code file
 * {@code marltoolbox/envs/coin_game.py}, {@code _coin_position_different_from_players_positions}; for the per-cell
 * rule this is our choice, paper 000 is silent). Nothing here allocates.
 */
public final class CoinSpawner {
    private CoinSpawner() {
    }

    /**
     * Puts one coin of the given colour on a uniformly random cell that has no agent (one {@link Rng} draw; the
     * reference redraws until the cell differs from both agents', the same distribution).
     *
     * @param grid the board, assumed to hold no coin on the cells considered
     * @param xs {@code int[n]} agent columns
     * @param ys {@code int[n]} agent rows
     * @param colour 0 (agent 0's colour) or 1
     * @param rng the stream
     * @return the flat index of the new coin
     * @throws IllegalStateException if every cell holds an agent
     */
    public static int placeOne(Grid grid, int[] xs, int[] ys, int colour, Rng rng) {
        int free = 0;
        for (int k = 0; k < grid.size(); k++) {
            free += occupied(grid, k, xs, ys) ? 0 : 1;
        }
        if (free == 0) {
            throw new IllegalStateException("no cell without an agent");
        }
        int chosen = GridRandom.nextInt(rng, free);
        for (int k = 0; k < grid.size(); k++) {
            if (!occupied(grid, k, xs, ys) && chosen-- == 0) {
                grid.set(k, Cell.COIN_0 + colour);
                return k;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * The {@link CoinSpawnRule#PER_CELL} pass of one step: each cell without a coin and without an agent draws
     * u = {@link Rng#nextDouble()}; u &lt; p gives a coin of agent 0's colour, p ≤ u &lt; 2p one of agent 1's.
     *
     * @param grid the board
     * @param xs {@code int[n]} agent columns
     * @param ys {@code int[n]} agent rows
     * @param p probability per cell, per colour, per step, in [0, 0.5]
     * @param rng one draw per eligible cell, row-major order
     * @return the number of coins spawned
     */
    public static int spawnPerCell(Grid grid, int[] xs, int[] ys, double p, Rng rng) {
        int spawned = 0;
        for (int k = 0; k < grid.size(); k++) {
            if (grid.get(k) != Cell.EMPTY || occupied(grid, k, xs, ys)) {
                continue;
            }
            double u = rng.nextDouble();
            if (u < p) {
                grid.set(k, Cell.COIN_0);
                spawned++;
            } else if (u < 2 * p) {
                grid.set(k, Cell.COIN_1);
                spawned++;
            }
        }
        return spawned;
    }

    private static boolean occupied(Grid grid, int cell, int[] xs, int[] ys) {
        for (int j = 0; j < xs.length; j++) {
            if (grid.index(xs[j], ys[j]) == cell) {
                return true;
            }
        }
        return false;
    }
}
