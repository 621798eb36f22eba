package org.incentivelab.env.grid;

/**
 * The Cleanup cleaning beam: length {@value #LENGTH}, width {@value #WIDTH}, always fired upwards because agents
 * always face up (thesis 001 App. B.4.1: "The cleaning beam has length 5 and width 3"; digest 001 §5.3).
 *
 * <p>Geometry (reference code file {@code social_dilemmas/envs/map_env.py}, {@code update_map_fire}; digest 004
 * §3.3). For an agent at {@code (x, y)} the beam is three rays travelling up ({@code y} decreasing):
 * <ul>
 *   <li>the centre ray covers {@code (x, y − 1)} … {@code (x, y − 5)};</li>
 *   <li>the side rays start one cell behind the centre ray, beside the agent: {@code (x ± 1, y)} …
 *       {@code (x ± 1, y − 4)}. So the centre ray reaches one row further than the side rays.</li>
 * </ul>
 * Each ray stops before a {@link Cell#WALL} or the board edge (those cells are not covered). It covers a cell with
 * another agent and stops there: agents absorb the beam (if that agent stands on waste, the waste is still cleaned).
 * It turns the first {@link Cell#WASTE} it meets into {@link Cell#RIVER}, covers it and stops: waste blocks the beam,
 * so one ray cleans at most one cell (reference {@code blocking_cells=['H']}). Apples, river and empty cells are
 * covered and passed. The firing agent's own cell is never covered. Rays are traced centre, left, right; the order
 * does not change the outcome because the rays never share a cell.
 *
 * <p>"Up" is towards row 0 of the ASCII map. Some upstream SSD versions pair orientation vectors with (row, column)
 * positions so that their "UP" runs along a row; we follow the LIO evaluation code instead, whose "largest column
 * from which a beam can clear waste" is 2 on 7×7 and 3 on 10×10 (reference code file {@code lio/alg/evaluate.py},
 * {@code cleanup_map_river_boundary}), which holds only for a beam along the column towards row 0 with side rays in
 * the neighbouring columns.
 *
 * <p>An instance records the beams of one step on one board: which cells they covered (for drawing and for the
 * cyan beam colour of the observation) and how many waste cells each agent cleaned. Preallocated;
 * {@link #clear()} and {@link #fire} allocate nothing.
 */
public final class CleaningBeam {
    /** Number of cells a ray travels (reference {@code ACTIONS['FIRE'] = 5}). */
    public static final int LENGTH = 5;
    /** Number of parallel rays: the centre one and one on each side (LIO config {@code beam_width = 3}). */
    public static final int WIDTH = 3;

    private final Grid grid;
    private final boolean[] covered;
    private final int[] cleaned;
    private int coveredCount;

    /**
     * @param grid the board the beams are fired on (waste cells hit are changed in place)
     * @param agents number of agents, at least 1
     * @throws NegativeArraySizeException if {@code agents} is negative
     */
    public CleaningBeam(Grid grid, int agents) {
        this.grid = grid;
        this.covered = new boolean[grid.size()];
        this.cleaned = new int[agents];
    }

    /** Forgets the beams of the previous step: no cell covered, nothing cleaned. */
    public void clear() {
        for (int k = 0; k < covered.length; k++) {
            covered[k] = false;
        }
        for (int i = 0; i < cleaned.length; i++) {
            cleaned[i] = 0;
        }
        coveredCount = 0;
    }

    /**
     * Fires agent {@code agent}'s beam upwards from its position, cleaning waste and recording the covered cells.
     *
     * @param agent the firing agent, in [0, agents)
     * @param xs {@code int[agents]} columns of all agents (positions after this step's moves)
     * @param ys {@code int[agents]} rows of all agents
     * @return the number of waste cells this beam turned into river, in [0, {@value #WIDTH}]
     * @throws ArrayIndexOutOfBoundsException if {@code agent} is out of range
     */
    public int fire(int agent, int[] xs, int[] ys) {
        int x = xs[agent];
        int y = ys[agent];
        int n = ray(x, y - 1, xs, ys) + ray(x - 1, y, xs, ys) + ray(x + 1, y, xs, ys);
        cleaned[agent] += n;
        return n;
    }

    /** @param x column @param y row @return whether a beam since the last {@link #clear()} covered that cell */
    public boolean covered(int x, int y) {
        return grid.inBounds(x, y) && covered[grid.index(x, y)];
    }

    /** @return number of distinct cells covered since the last {@link #clear()}, in [0, 15·agents] */
    public int coveredCount() {
        return coveredCount;
    }

    /** @param agent an agent in [0, agents) @return waste cells its beam cleaned since the last {@link #clear()} */
    public int cleaned(int agent) {
        return cleaned[agent];
    }

    /** @return the {@code boolean[grid.size()]} covered mask, shared, for composing the colour layer */
    boolean[] mask() {
        return covered;
    }

    private int ray(int x, int y0, int[] xs, int[] ys) {
        for (int i = 0; i < LENGTH; i++) {
            int y = y0 - i;
            if (!grid.inBounds(x, y) || grid.get(x, y) == Cell.WALL) {
                return 0;
            }
            int index = grid.index(x, y);
            if (!covered[index]) {
                covered[index] = true;
                coveredCount++;
            }
            boolean agentHere = occupied(xs, ys, x, y);
            if (grid.get(index) == Cell.WASTE) {
                grid.set(index, Cell.RIVER);
                return 1;
            }
            if (agentHere) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean occupied(int[] xs, int[] ys, int x, int y) {
        for (int j = 0; j < xs.length; j++) {
            if (xs[j] == x && ys[j] == y) {
                return true;
            }
        }
        return false;
    }
}
