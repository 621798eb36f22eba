package org.incentivelab.env.grid;

import org.incentivelab.math.Rng;

/**
 * Cleanup's apple and waste dynamics (digest 001 §5.3 "Spawn dynamics", reference code file
 * {@code social_dilemmas/envs/cleanup.py}, {@code compute_probabilities} and {@code spawn_apples_and_waste}):
 * <ul>
 *   <li>waste density = number of {@link Cell#WASTE} cells / number of potential-waste cells (H ∪ R of the map);</li>
 *   <li>density ≥ thresholdDepletion: apple and waste spawn probabilities are both 0;</li>
 *   <li>otherwise the waste probability is wasteSpawnProbability and the apple probability is
 *       appleRespawnProbability if density ≤ thresholdRestoration, else
 *       (1 − (density − thresholdRestoration) / (thresholdDepletion − thresholdRestoration)) ·
 *       appleRespawnProbability, linear down to 0 at the depletion threshold;</li>
 *   <li>apples: every apple cell without an apple and without an agent spawns one independently with the apple
 *       probability (one {@link Rng#nextDouble()} draw per such cell, row-major order);</li>
 *   <li>waste: at most one cell per step. The potential-waste cells are shuffled (with the {@link Rng}); each one that
 *       is not already waste spawns waste with the waste probability (one draw each), and the pass stops at the first
 *       success. Waste may spawn under an agent: the reference checks only the map, not agent positions. Nothing is
 *       drawn when the waste probability is 0 (reference {@code np.isclose(p, 0)}).</li>
 * </ul>
 * Preallocated per map; the spawn methods allocate nothing.
 */
public final class CleanupSpawner {
    private final CleanupMap map;
    private final int[] order;

    /** @param map the map whose apple and potential-waste cells this spawner uses */
    public CleanupSpawner(CleanupMap map) {
        this.map = map;
        this.order = new int[map.wasteCellCount()];
    }

    /**
     * @param grid the current board of {@code map}
     * @param map the map giving the potential-waste cells
     * @return #waste cells / #potential-waste cells, in [0, 1]
     */
    public static double wasteDensity(Grid grid, CleanupMap map) {
        int dirty = 0;
        for (int k = 0; k < map.wasteCellCount(); k++) {
            if (grid.get(map.wasteCell(k)) == Cell.WASTE) {
                dirty++;
            }
        }
        return (double) dirty / map.wasteCellCount();
    }

    /**
     * The per-cell apple spawn probability of one step (class comment; digest 001 §5.3).
     *
     * @param density waste density in [0, 1]
     * @param config supplies appleRespawnProbability, thresholdDepletion and thresholdRestoration
     * @return the probability in [0, appleRespawnProbability]; 0 if density ≥ thresholdDepletion
     */
    public static double appleProbability(double density, CleanupConfig config) {
        double depletion = config.thresholdDepletion();
        double restoration = config.thresholdRestoration();
        if (density >= depletion) {
            return 0.0;
        }
        if (density <= restoration) {
            return config.appleRespawnProbability();
        }
        return (1.0 - (density - restoration) / (depletion - restoration)) * config.appleRespawnProbability();
    }

    /**
     * The per-candidate waste spawn probability of one step (class comment; digest 001 §5.3).
     *
     * @param density waste density in [0, 1]
     * @param config supplies wasteSpawnProbability and thresholdDepletion
     * @return wasteSpawnProbability if density &lt; thresholdDepletion, else 0
     */
    public static double wasteProbability(double density, CleanupConfig config) {
        return density >= config.thresholdDepletion() ? 0.0 : config.wasteSpawnProbability();
    }

    /**
     * Spawns apples on free apple cells, each independently with probability {@code p}.
     *
     * @param grid the board; chosen {@link Cell#APPLE_SPAWN} cells become {@link Cell#APPLE}
     * @param p the per-cell probability in [0, 1] (per step)
     * @param xs {@code int[n]} agent columns; cells with an agent are skipped and draw nothing
     * @param ys {@code int[n]} agent rows
     * @param rng one draw per apple cell that has neither an apple nor an agent
     * @return the number of apples spawned, in [0, map.appleCellCount()]
     */
    public int spawnApples(Grid grid, double p, int[] xs, int[] ys, Rng rng) {
        int spawned = 0;
        for (int k = 0; k < map.appleCellCount(); k++) {
            int cell = map.appleCell(k);
            if (grid.get(cell) == Cell.APPLE || occupied(grid, cell, xs, ys)) {
                continue;
            }
            if (rng.nextDouble() < p) {
                grid.set(cell, Cell.APPLE);
                spawned++;
            }
        }
        return spawned;
    }

    /**
     * Spawns at most one waste cell (class comment).
     *
     * @param grid the board; the chosen potential-waste cell becomes {@link Cell#WASTE}
     * @param p the per-candidate probability in [0, 1] (per step)
     * @param rng used for the shuffle and one draw per non-waste candidate visited; unused if {@code p == 0}
     * @return the flat index of the new waste cell, or −1 if none spawned
     */
    public int spawnWaste(Grid grid, double p, Rng rng) {
        if (p == 0.0) {
            return -1;
        }
        for (int k = 0; k < order.length; k++) {
            order[k] = map.wasteCell(k);
        }
        GridRandom.shuffle(rng, order, order.length);
        for (int cell : order) {
            if (grid.get(cell) != Cell.WASTE && rng.nextDouble() < p) {
                grid.set(cell, Cell.WASTE);
                return cell;
            }
        }
        return -1;
    }

    private static boolean occupied(Grid grid, int cell, int[] xs, int[] ys) {
        int x = grid.xOf(cell);
        int y = grid.yOf(cell);
        for (int j = 0; j < xs.length; j++) {
            if (xs[j] == x && ys[j] == y) {
                return true;
            }
        }
        return false;
    }
}
