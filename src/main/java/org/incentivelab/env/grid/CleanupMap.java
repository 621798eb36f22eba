package org.incentivelab.env.grid;

import org.incentivelab.math.Rng;

/**
 * A parsed Cleanup map: its start grid and the cell lists that the dynamics need. The two maps of thesis 001 are
 * {@link #SMALL_SYM} (7×7) and {@link #TEN_SYM} (10×10), copied from digest 001 §5.3 (reference code file
 * {@code lio/env/maps.py}: {@code CLEANUP_SMALL_SYM}, {@code CLEANUP_10x10_SYM}).
 *
 * <p>Legend (digest 001 §5.3): {@code '@'} wall, {@code 'H'} waste present at the start (a potential-waste cell),
 * {@code 'R'} clean river (a potential-waste cell), {@code 'P'} agent spawn point (empty floor), {@code 'B'} apple
 * spawn cell (empty at the start), {@code ' '} empty floor. Cell lists hold flat indices {@code y·width + x} in
 * row-major order. Instances are immutable; {@link #start()} returns a copy.
 */
public final class CleanupMap {
    /** The 7×7 map {@code CLEANUP_SMALL_SYM}: 2 waste cells, 5 apple cells, 2 spawn points (digest 001 §5.3). */
    public static final String[] SMALL_SYM = {
        "@@@@@@@",
        "@H  PB@",
        "@H   B@",
        "@    B@",
        "@    B@",
        "@ P  B@",
        "@@@@@@@",
    };

    /**
     * The 10×10 map {@code CLEANUP_10x10_SYM}: 8 H + 8 R = 16 potential-waste cells, 12 apple cells, 3 spawn points
     * (digest 001 §5.3).
     */
    public static final String[] TEN_SYM = {
        "@@@@@@@@@@",
        "@HH   P B@",
        "@RR    BB@",
        "@HH     B@",
        "@RR    BB@",
        "@HH P   B@",
        "@RR    BB@",
        "@HH     B@",
        "@RRP   BB@",
        "@@@@@@@@@@",
    };

    /** Config name of {@link #SMALL_SYM}. */
    public static final String SMALL = "7x7";
    /** Config name of {@link #TEN_SYM}. */
    public static final String LARGE = "10x10";

    private final Grid start;
    private final int[] spawnPoints;
    private final int[] appleCells;
    private final int[] wasteCells;

    /**
     * Parses a Cleanup map.
     *
     * @param rows the ASCII lines (legend in the class comment), all of equal length
     * @throws IllegalArgumentException if the map is ragged, has an unknown character, or has no spawn point or no
     *     potential-waste cell
     */
    public CleanupMap(String[] rows) {
        this.start = Grid.parse(rows);
        int w = start.width();
        int spawns = 0;
        for (String row : rows) {
            for (int x = 0; x < w; x++) {
                if (row.charAt(x) == 'P') {
                    spawns++;
                }
            }
        }
        this.spawnPoints = new int[spawns];
        int s = 0;
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < w; x++) {
                if (rows[y].charAt(x) == 'P') {
                    spawnPoints[s++] = start.index(x, y);
                }
            }
        }
        this.appleCells = cellsOf(start, Cell.APPLE_SPAWN, Cell.APPLE);
        this.wasteCells = cellsOf(start, Cell.WASTE, Cell.RIVER);
        if (spawnPoints.length == 0) {
            throw new IllegalArgumentException("a Cleanup map needs at least one spawn point 'P'");
        }
        if (wasteCells.length == 0) {
            throw new IllegalArgumentException("a Cleanup map needs at least one potential-waste cell 'H' or 'R'");
        }
    }

    /**
     * @param name {@value #SMALL} or {@value #LARGE}
     * @return the ASCII lines of that map (a copy)
     * @throws IllegalArgumentException for any other name
     */
    public static String[] rows(String name) {
        if (SMALL.equals(name)) {
            return SMALL_SYM.clone();
        }
        if (LARGE.equals(name)) {
            return TEN_SYM.clone();
        }
        throw new IllegalArgumentException("map must be \"" + SMALL + "\" or \"" + LARGE + "\", got \"" + name + "\"");
    }

    /**
     * @param name {@value #SMALL} or {@value #LARGE}
     * @return that map, parsed
     * @throws IllegalArgumentException for any other name
     */
    public static CleanupMap named(String name) {
        return new CleanupMap(rows(name));
    }

    private static int[] cellsOf(Grid grid, int a, int b) {
        int n = grid.count(a) + grid.count(b);
        int[] cells = new int[n];
        int k = 0;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.get(i) == a || grid.get(i) == b) {
                cells[k++] = i;
            }
        }
        return cells;
    }

    /** @return number of columns */
    public int width() {
        return start.width();
    }

    /** @return number of rows */
    public int height() {
        return start.height();
    }

    /** @return a copy of the start grid: waste on 'H', river on 'R', empty apple cells, no apples */
    public Grid start() {
        return start.copy();
    }

    /** Restores {@code grid} (same size) to the start state without allocating. @param grid the grid to overwrite */
    public void restore(Grid grid) {
        grid.copyFrom(start);
    }

    /** @return number of agent spawn points 'P' (7×7: 2, 10×10: 3) */
    public int spawnPointCount() {
        return spawnPoints.length;
    }

    /** @param k spawn point index in row-major order, in {@code [0, spawnPointCount())} @return its flat index */
    public int spawnPoint(int k) {
        return spawnPoints[k];
    }

    /**
     * Chooses the start cell of one agent among the spawn points not yet taken by agents {@code 0 … agent − 1}
     * (reference code file {@code social_dilemmas/envs/map_env.py}, {@code spawn_point}: shuffle the spawn points,
     * take the last free one).
     *
     * @param agent the agent being placed; agents before it are already at {@code (xs[j], ys[j])}
     * @param xs agent columns, entries {@code [0, agent)} used
     * @param ys agent rows, entries {@code [0, agent)} used
     * @param random {@code true}: uniform among the free spawn points (one {@link Rng#nextDouble()} draw);
     *     {@code false}: the last free spawn point in row-major order (the reference without shuffling)
     * @param rng the stream for the random choice
     * @return the flat index of the chosen spawn point
     * @throws IllegalStateException if no spawn point is free
     */
    public int chooseSpawn(int agent, int[] xs, int[] ys, boolean random, Rng rng) {
        int free = 0;
        int last = -1;
        for (int k = 0; k < spawnPoints.length; k++) {
            if (isFree(spawnPoints[k], agent, xs, ys)) {
                free++;
                last = k;
            }
        }
        if (free == 0) {
            throw new IllegalStateException("no free spawn point for agent " + agent);
        }
        if (!random) {
            return spawnPoints[last];
        }
        int chosen = GridRandom.nextInt(rng, free);
        for (int k = 0; k < spawnPoints.length; k++) {
            if (isFree(spawnPoints[k], agent, xs, ys) && chosen-- == 0) {
                return spawnPoints[k];
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private boolean isFree(int point, int agent, int[] xs, int[] ys) {
        for (int j = 0; j < agent; j++) {
            if (start.index(xs[j], ys[j]) == point) {
                return false;
            }
        }
        return true;
    }

    /** @return number of apple spawn cells 'B' (7×7: 5, 10×10: 12) */
    public int appleCellCount() {
        return appleCells.length;
    }

    /** @param k apple cell index in row-major order, in {@code [0, appleCellCount())} @return its flat index */
    public int appleCell(int k) {
        return appleCells[k];
    }

    /** @return the potential waste area, number of 'H' and 'R' cells (7×7: 2, 10×10: 16), at least 1 */
    public int wasteCellCount() {
        return wasteCells.length;
    }

    /**
     * @param k potential-waste cell index in row-major order, in {@code [0, wasteCellCount())}
     * @return its flat index
     */
    public int wasteCell(int k) {
        return wasteCells[k];
    }

    /** @return number of cells holding waste at the start ('H'; 7×7: 2, 10×10: 8) */
    public int startWasteCount() {
        return start.count(Cell.WASTE);
    }
}
