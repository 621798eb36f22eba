package org.incentivelab.env.grid;

/**
 * Settings of one {@link Cleanup} game: thesis 001 App. B.4.1, Table B.2 (digest 001 §5.3).
 *
 * <p>{@link #small()} and {@link #large()} give Table B.2's two columns:
 * <pre>
 * parameter                 7x7   10x10
 * appleRespawnProbability   0.5   0.3
 * thresholdDepletion        0.6   0.4
 * thresholdRestoration      0.0   0.0
 * wasteSpawnProbability     0.5   0.5
 * viewSize                  4     7
 * maxSteps                  50    50
 * </pre>
 *
 * @param map {@value CleanupMap#SMALL} or {@value CleanupMap#LARGE} (see {@link CleanupMap})
 * @param appleRespawnProbability per-cell per-step apple spawn probability at waste density ≤ thresholdRestoration,
 *     in [0, 1]
 * @param thresholdDepletion waste density at or above which neither apples nor waste spawn, in [0, 1]
 * @param thresholdRestoration waste density at or below which apples spawn at the full rate, in
 *     [0, thresholdDepletion]
 * @param wasteSpawnProbability per-candidate probability of a waste spawn while density is below thresholdDepletion
 *     (at most one waste cell per step), in [0, 1]
 * @param viewSize radius v of the egocentric view, at least 1; the observation is (2v + 1) × (2v + 1) × 3
 * @param maxSteps episode length in steps, at least 1
 * @param randomSpawn {@code true}: each agent starts at a spawn point drawn uniformly among the free ones (upstream
 *     SSD {@code spawn_point} shuffles; the brief and digest 001 §9 item 8 say the 10×10 choice is random);
 *     {@code false}: the deterministic assignment of an unshuffled reference run, agent 0 takes the last spawn point
 *     in row-major order, agent 1 the last free one after that (the LIO config sets {@code shuffle_spawn = False},
 *     digest 004 §3.3: 7×7 agent 0 at (x 2, y 5), agent 1 at (x 4, y 1)). The 7-argument constructor uses
 *     {@code true}.
 */
public record CleanupConfig(String map, double appleRespawnProbability, double thresholdDepletion,
        double thresholdRestoration, double wasteSpawnProbability, int viewSize, int maxSteps, boolean randomSpawn) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if the map name is unknown or a value is outside the range documented on the
     *     record components
     */
    public CleanupConfig {
        if (!CleanupMap.SMALL.equals(map) && !CleanupMap.LARGE.equals(map)) {
            throw new IllegalArgumentException(
                    "map must be \"" + CleanupMap.SMALL + "\" or \"" + CleanupMap.LARGE + "\", got \"" + map + "\"");
        }
        checkProbability("appleRespawnProbability", appleRespawnProbability);
        checkProbability("thresholdDepletion", thresholdDepletion);
        checkProbability("wasteSpawnProbability", wasteSpawnProbability);
        if (!(thresholdRestoration >= 0.0 && thresholdRestoration <= thresholdDepletion)) {
            throw new IllegalArgumentException("thresholdRestoration must be in [0, thresholdDepletion = "
                    + thresholdDepletion + "], got " + thresholdRestoration);
        }
        if (viewSize < 1) {
            throw new IllegalArgumentException("viewSize must be at least 1, got " + viewSize);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1, got " + maxSteps);
        }
    }

    /**
     * Settings with random spawn points ({@code randomSpawn = true}); parameters as on the record components.
     *
     * @param map {@value CleanupMap#SMALL} or {@value CleanupMap#LARGE}
     * @param appleRespawnProbability in [0, 1]
     * @param thresholdDepletion in [0, 1]
     * @param thresholdRestoration in [0, thresholdDepletion]
     * @param wasteSpawnProbability in [0, 1]
     * @param viewSize at least 1
     * @param maxSteps at least 1
     * @throws IllegalArgumentException if a value is out of range
     */
    public CleanupConfig(String map, double appleRespawnProbability, double thresholdDepletion,
            double thresholdRestoration, double wasteSpawnProbability, int viewSize, int maxSteps) {
        this(map, appleRespawnProbability, thresholdDepletion, thresholdRestoration, wasteSpawnProbability, viewSize,
                maxSteps, true);
    }

    /** @return the 7×7 settings of Table B.2 (thesis 001 App. B.4.1): 0.5, 0.6, 0.0, 0.5, view 4, 50 steps */
    public static CleanupConfig small() {
        return new CleanupConfig(CleanupMap.SMALL, 0.5, 0.6, 0.0, 0.5, 4, 50);
    }

    /** @return the 10×10 settings of Table B.2 (thesis 001 App. B.4.1): 0.3, 0.4, 0.0, 0.5, view 7, 50 steps */
    public static CleanupConfig large() {
        return new CleanupConfig(CleanupMap.LARGE, 0.3, 0.4, 0.0, 0.5, 7, 50);
    }

    /**
     * @param random the new {@link #randomSpawn()} flag
     * @return a copy of these settings with that flag
     */
    public CleanupConfig withRandomSpawn(boolean random) {
        return new CleanupConfig(map, appleRespawnProbability, thresholdDepletion, thresholdRestoration,
                wasteSpawnProbability, viewSize, maxSteps, random);
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + p);
        }
    }
}
