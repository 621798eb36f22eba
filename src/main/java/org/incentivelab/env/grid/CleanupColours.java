package org.incentivelab.env.grid;

/**
 * The RGB colours of Cleanup observations and how a board is turned into a colour layer.
 *
 * <p>Colours are the Sequential Social Dilemma ones (reference code files {@code social_dilemmas/envs/map_env.py}
 * {@code DEFAULT_COLOURS} and {@code social_dilemmas/envs/cleanup.py} {@code CLEANUP_COLORS}; digest 004 §3.3):
 * empty and apple-spawn floor (0, 0, 0), wall (180, 180, 180), waste (113, 75, 24) brown, river (99, 156, 194)
 * grey-blue, apple (0, 255, 0), cleaning beam (100, 255, 255) cyan, agent 0 (159, 67, 255) purple, agent 1
 * (2, 81, 154) blue. The colour of an agent is its identity, the same in every agent's view. Outside the map the
 * view is padded black (0, 0, 0), like empty floor, as in the reference. Waste is brown and river blue as in the
 * upstream version the LIO fork was built on; later upstream commits swapped those two colours, which we do not
 * follow. Channels are divided by {@value #SCALE} as in the LIO wrapper (reference code file {@code lio/env/ssd.py},
 * {@code obs/256.0}), so values lie in [0, 255/256].
 */
public final class CleanupColours {
    /** Palette index of empty floor, apple-spawn floor and out-of-map padding. */
    public static final int BLACK = 0;
    /** Palette index of walls. */
    public static final int WALL = 1;
    /** Palette index of waste. */
    public static final int WASTE = 2;
    /** Palette index of clean river. */
    public static final int RIVER = 3;
    /** Palette index of apples. */
    public static final int APPLE = 4;
    /** Palette index of cells covered by a cleaning beam in the last step (drawn over agents, as the reference). */
    public static final int BEAM = 5;
    /** Palette index of agent 0; agent i has index {@code AGENT_0 + i}. */
    public static final int AGENT_0 = 6;
    /** Number of agent colours available. */
    public static final int AGENT_COLOURS = 2;
    /** Divisor of the 0–255 channels (LIO {@code ssd.py}). */
    public static final double SCALE = 256.0;

    /** The palette, indexed by the constants of this class. */
    public static final Palette PALETTE = new Palette(new int[][] {
        {0, 0, 0}, {180, 180, 180}, {113, 75, 24}, {99, 156, 194}, {0, 255, 0}, {100, 255, 255},
        {159, 67, 255}, {2, 81, 154},
    }, SCALE);

    private static final int[] CELL_COLOUR = new int[Cell.TYPES];

    static {
        CELL_COLOUR[Cell.EMPTY] = BLACK;
        CELL_COLOUR[Cell.WALL] = WALL;
        CELL_COLOUR[Cell.WASTE] = WASTE;
        CELL_COLOUR[Cell.RIVER] = RIVER;
        CELL_COLOUR[Cell.APPLE] = APPLE;
        CELL_COLOUR[Cell.APPLE_SPAWN] = BLACK;
        CELL_COLOUR[Cell.COIN_0] = BLACK;
        CELL_COLOUR[Cell.COIN_1] = BLACK;
    }

    private CleanupColours() {
    }

    /**
     * @param cellType a {@link Cell} type
     * @return its palette index (coins, unused in Cleanup, are black)
     */
    public static int of(int cellType) {
        return CELL_COLOUR[cellType];
    }

    /**
     * Composes the colour layer of a board: terrain colours, then agents, then beam cells on top (reference
     * {@code get_map_with_agents} draws agents, then beams). Allocates nothing.
     *
     * @param grid the board
     * @param xs {@code int[n]} agent columns, n ≤ {@value #AGENT_COLOURS}
     * @param ys {@code int[n]} agent rows
     * @param beam {@code boolean[grid.size()]} cells covered by a beam in the last step
     * @param layer {@code int[grid.size()]} receiving palette indices
     */
    public static void compose(Grid grid, int[] xs, int[] ys, boolean[] beam, int[] layer) {
        for (int k = 0; k < grid.size(); k++) {
            layer[k] = CELL_COLOUR[grid.get(k)];
        }
        for (int i = 0; i < xs.length; i++) {
            layer[grid.index(xs[i], ys[i])] = AGENT_0 + i;
        }
        for (int k = 0; k < grid.size(); k++) {
            if (beam[k]) {
                layer[k] = BEAM;
            }
        }
    }
}
