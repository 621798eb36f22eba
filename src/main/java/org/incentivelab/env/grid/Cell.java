package org.incentivelab.env.grid;

/**
 * The cell types of a {@link Grid}: one byte per cell, the terrain and the single item that may lie on it. Agents
 * are not cells; games keep their positions apart so that an agent can stand on waste, river or a coin.
 *
 * <p>Map characters follow the Sequential Social Dilemma ASCII maps used by thesis 001 §5.3 (digest 001 §5.3, legend
 * of {@code lio/env/maps.py}): {@code '@'} wall, {@code ' '} empty, {@code 'P'} agent spawn (an empty cell),
 * {@code 'H'} waste, {@code 'R'} clean river, {@code 'B'} apple spawn cell without an apple, {@code 'A'} apple
 * (reference code file {@code social_dilemmas/envs/map_env.py}); {@code 'a'} and {@code 'b'} are the coins of
 * agents 0 and 1 (a lab convention, no map in the sources uses them).
 */
public final class Cell {
    /** Floor without anything on it (map characters {@code ' '} and {@code 'P'}). */
    public static final byte EMPTY = 0;
    /** Impassable wall ({@code '@'}); blocks moves and beams. */
    public static final byte WALL = 1;
    /** Waste on a potential-waste cell ({@code 'H'}); walkable, blocks the cleaning beam (digest 001 §5.3). */
    public static final byte WASTE = 2;
    /** Clean river, a potential-waste cell without waste ({@code 'R'}); walkable, waste may spawn on it. */
    public static final byte RIVER = 3;
    /** An apple on an apple spawn cell ({@code 'A'}); walkable, collected by stepping on it. */
    public static final byte APPLE = 4;
    /** An apple spawn cell without an apple ({@code 'B'}); walkable, apples may spawn on it. */
    public static final byte APPLE_SPAWN = 5;
    /** A coin of agent 0's colour ("red" in the Coin Game, digest 003 §3.7); walkable. */
    public static final byte COIN_0 = 6;
    /** A coin of agent 1's colour ("blue" in the Coin Game, digest 003 §3.7); walkable. */
    public static final byte COIN_1 = 7;
    /** Number of cell types; every cell value is in {@code [0, TYPES)}. */
    public static final int TYPES = 8;

    private static final String SYMBOLS = " @HRABab";

    private Cell() {
    }

    /**
     * @param symbol a map character: {@code ' '}, {@code 'P'}, {@code '@'}, {@code 'H'}, {@code 'R'}, {@code 'A'},
     *     {@code 'B'}, {@code 'a'} or {@code 'b'}
     * @return the cell type of that character ({@code 'P'} gives {@link #EMPTY})
     * @throws IllegalArgumentException for any other character
     */
    public static byte fromSymbol(char symbol) {
        if (symbol == 'P') {
            return EMPTY;
        }
        int type = SYMBOLS.indexOf(symbol);
        if (type < 0) {
            throw new IllegalArgumentException("unknown map character '" + symbol + "'");
        }
        return (byte) type;
    }

    /**
     * @param type a cell type in {@code [0, TYPES)}
     * @return its map character ({@link #EMPTY} gives {@code ' '})
     * @throws IllegalArgumentException if {@code type} is out of range
     */
    public static char symbol(int type) {
        if (type < 0 || type >= TYPES) {
            throw new IllegalArgumentException("cell type must be in [0, " + TYPES + "), got " + type);
        }
        return SYMBOLS.charAt(type);
    }

    /**
     * @param type a cell type
     * @return whether an agent may enter a cell of this type: every type except {@link #WALL} (reference code file
     *     {@code social_dilemmas/envs/agent.py}, {@code is_tile_walkable})
     */
    public static boolean walkable(int type) {
        return type != WALL;
    }
}
