package org.incentivelab.env.grid;

import org.incentivelab.math.Rng;

/**
 * Two-player Cleanup, the common-pool-resource gridworld of thesis 001 §5.3.1, Fig. 5.3, App. B.4.1, Table B.2 and
 * App. C.2.1 (digest 001 §5.3, digest 004 §3.3), on the maps of {@link CleanupMap} with the settings of
 * {@link CleanupConfig}.
 *
 * <p>Rules. Agents always face up (rotation removed) and the tagging beam is disabled; the 6 actions are those of
 * {@link CleanupActions}. One step, in the order of the reference
 * ({@code map_env.py step}; digest 004 §3.3):
 * <ol>
 *   <li>moves, resolved by {@link MoveResolver} (walls block, a random agent wins a contested cell, no swaps; a
 *       cleaning agent does not move);</li>
 *   <li>apples: an agent on an apple collects it, +1 extrinsic reward, and the cell becomes an empty apple cell;</li>
 *   <li>cleaning beams of the agents that chose {@link CleanupActions#CLEAN}, in agent order
 *       ({@link CleaningBeam});</li>
 *   <li>spawning with the probabilities of the waste density after the beams ({@link CleanupSpawner});</li>
 *   <li>the episode ends after {@link CleanupConfig#maxSteps()} steps (the game never ends earlier).</li>
 * </ol>
 * Start state ({@link #reset()}): waste on 'H', clean river on 'R', no apples (thesis: "starts with a waste level
 * above the threshold and no apples"); no spawn pass is run at reset (the reference runs one, which spawns nothing
 * while density ≥ thresholdDepletion, as in both Table B.2 maps). Agents start at spawn points
 * ({@link CleanupConfig#randomSpawn()}).
 *
 * <p>Observations: {@link #observe(int, double[])} is the egocentric RGB view of (2v + 1) × (2v + 1) × 3 centred on
 * the agent (v = {@link CleanupConfig#viewSize()}), layout and padding of {@link RgbViewWriter}, colours of
 * {@link CleanupColours}; {@link #observeGlobal(double[])} is the whole map; {@link #whoFired(double[])} is the
 * multi-hot "who fired the cleaning beam" vector of the incentive functions (thesis 001 App. B.4.1, App. C.2.1).
 * {@link #step} and the observers allocate nothing.
 */
public final class Cleanup extends TwoAgentGridGame {
    /** Number of actions, {@link CleanupActions#COUNT}. */
    public static final int ACTIONS = CleanupActions.COUNT;
    /** The designer's incentive types (App. C.2.2): fire the cleaning beam, collect apples, anything else. */
    public static final int INCENTIVE_TYPES = 3;
    /** Incentive type: chose {@link CleanupActions#CLEAN}. */
    public static final int TYPE_FIRE = 0;
    /** Incentive type: collected an apple. */
    public static final int TYPE_COLLECT = 1;
    /** Incentive type: anything else. */
    public static final int TYPE_ELSE = 2;
    /** Extrinsic reward per apple collected (thesis 001 §5.3.1). */
    public static final double APPLE_REWARD = 1.0;

    private final CleanupConfig config;
    private final Rng rng;
    private final CleanupMap map;
    private final CleanupSpawner spawner;
    private final MoveResolver mover = new MoveResolver(AGENTS);
    private final Grid grid;
    private final int[] dx = new int[AGENTS];
    private final int[] dy = new int[AGENTS];
    private final boolean[] fired = new boolean[AGENTS];
    private final int[] apples = new int[AGENTS];
    private final CleaningBeam beam;
    private final int[] layer;
    private boolean layerStale;

    /**
     * @param config the settings (map, Table B.2 values, spawn rule)
     * @param rng the game's own stream (spawn points, move ties, apple and waste spawns)
     */
    public Cleanup(CleanupConfig config, Rng rng) {
        this.config = config;
        this.rng = rng;
        this.map = CleanupMap.named(config.map());
        this.spawner = new CleanupSpawner(map);
        this.grid = map.start();
        this.beam = new CleaningBeam(grid, AGENTS);
        this.layer = new int[grid.size()];
        reset();
    }

    /** @return {@value #ACTIONS}: left, right, up, down, stay, clean */
    @Override
    public int actions() {
        return ACTIONS;
    }

    /** @return (2v + 1)·(2v + 1)·3 for v = viewSize: 243 for v = 4 (9×9×3), 675 for v = 7 (15×15×3) */
    @Override
    public int observationSize() {
        return RgbViewWriter.windowSize(config.viewSize());
    }

    /** @return {@code {2v + 1, 2v + 1, 3}}, the shape of {@link #observe(int, double[])} */
    @Override
    public int[] imageShape() {
        int side = 2 * config.viewSize() + 1;
        return new int[] {side, side, 3};
    }

    /** @return {@code {height, width, 3}}, the shape of {@link #observeGlobal(double[])} */
    @Override
    public int[] globalImageShape() {
        return new int[] {grid.height(), grid.width(), 3};
    }

    /**
     * @return false: incentive functions see who fired, not the actions (LIO givers: their view, App. B.4.1; the
     *     designer: the global map, App. C.2.1)
     */
    @Override
    public boolean incentivesSeeActions() {
        return false;
    }

    /** @return {@value #AGENTS}: the who-fired vector */
    @Override
    public int eventSize() {
        return AGENTS;
    }

    /** Writes {@link #whoFired(double[])} from {@code offset}. */
    @Override
    public void writeEvents(double[] out, int offset) {
        for (int i = 0; i < AGENTS; i++) {
            out[offset + i] = fired[i] ? 1.0 : 0.0;
        }
    }

    /**
     * @return {@value #INCENTIVE_TYPES}: the designer's action types of thesis 001 App. C.2.2 for Cleanup, {fire
     *     cleaning beam, collect apples, else}
     */
    @Override
    public int incentiveTypes() {
        return INCENTIVE_TYPES;
    }

    /**
     * @return {@link #TYPE_FIRE} if the agent chose {@link CleanupActions#CLEAN}, {@link #TYPE_COLLECT} if it
     *     collected an apple in the last step, else {@link #TYPE_ELSE}
     */
    @Override
    public int incentiveType(int agent, int action) {
        if (action == CleanupActions.CLEAN) {
            return TYPE_FIRE;
        }
        return apples[agent] > 0 ? TYPE_COLLECT : TYPE_ELSE;
    }

    /** @return "fire", "collect" or "else" ({@link #typeName}) */
    @Override
    public String incentiveTypeName(int type) {
        return typeName(type);
    }

    /**
     * @param type an incentive type in [0, {@value #INCENTIVE_TYPES})
     * @return "fire", "collect" or "else"
     * @throws IllegalArgumentException for any other type
     */
    public static String typeName(int type) {
        return switch (type) {
            case TYPE_FIRE -> "fire";
            case TYPE_COLLECT -> "collect";
            case TYPE_ELSE -> "else";
            default -> throw new IllegalArgumentException("incentive type must be in [0, 3), got " + type);
        };
    }

    /** @return width·height·3, the length of {@link #observeGlobal(double[])} (147 on 7×7, 300 on 10×10) */
    @Override
    public int globalObservationSize() {
        return grid.size() * 3;
    }

    /** @return the episode length in steps, {@link CleanupConfig#maxSteps()} (50 in Table B.2) */
    @Override
    public int maxSteps() {
        return config.maxSteps();
    }

    /** Restores the start map (waste on 'H', no apples), places the agents on spawn points, clears the step data. */
    @Override
    public void reset() {
        map.restore(grid);
        for (int i = 0; i < AGENTS; i++) {
            int point = map.chooseSpawn(i, xs, ys, config.randomSpawn(), rng);
            xs[i] = grid.xOf(point);
            ys[i] = grid.yOf(point);
            fired[i] = false;
            apples[i] = 0;
        }
        beam.clear();
        restartEpisode();
        layerStale = true;
    }

    /**
     * Egocentric RGB view of the agent (class comment): image cell (r, q) shows map cell
     * (x − v + q, y − v + r); the agent itself is at the centre (v, v) in its own colour.
     *
     * @param agent the observing agent, 0 or 1
     * @param out at least {@link #observationSize()} long; that many values in [0, 1) are overwritten (HWC order)
     * @throws IllegalArgumentException if {@code agent} is out of range or {@code out} is too short
     */
    @Override
    public void observe(int agent, double[] out) {
        GameChecks.agent(agent, AGENTS);
        refreshLayer();
        RgbViewWriter.writeWindow(layer, grid.width(), grid.height(), xs[agent], ys[agent], config.viewSize(),
                CleanupColours.PALETTE, CleanupColours.BLACK, out);
    }

    /**
     * The designer's global observation (thesis 001 App. C.2.1): the whole map as height × width × 3 RGB in HWC
     * order, same colours as {@link #observe(int, double[])}.
     *
     * @param out at least {@link #globalObservationSize()} long; that many values in [0, 1) are overwritten
     * @throws IllegalArgumentException if {@code out} is too short
     */
    @Override
    public void observeGlobal(double[] out) {
        refreshLayer();
        RgbViewWriter.writeWhole(layer, grid.width(), grid.height(), CleanupColours.PALETTE, out);
    }

    /**
     * Multi-hot vector of the agents that chose {@link CleanupActions#CLEAN} in the last step, hit or miss (LIO
     * {@code train_ssd.py}: {@code 1 if action == cleaning_action_idx}); all 0 after {@link #reset()}.
     *
     * @param out at least {@value #AGENTS} long; entry i is set to 1.0 if agent i fired, else 0.0
     * @throws IllegalArgumentException if {@code out} is too short
     */
    public void whoFired(double[] out) {
        GameChecks.buffer(out, AGENTS, "whoFired");
        for (int i = 0; i < AGENTS; i++) {
            out[i] = fired[i] ? 1.0 : 0.0;
        }
    }

    /**
     * One step (class comment for the order of events).
     *
     * @param actions {@code int[2]}, each in [0, 6); not modified
     * @param rewards {@code double[2]} receiving the apples collected this step (+1 each; per step)
     * @return {@code true} if this step ended the episode (after maxSteps steps)
     * @throws IllegalStateException if the episode has already ended
     * @throws IllegalArgumentException if an array length is not 2 or an action is out of range
     */
    @Override
    public boolean step(int[] actions, double[] rewards) {
        beginStep(actions, rewards);
        for (int i = 0; i < AGENTS; i++) {
            dx[i] = CleanupActions.dx(actions[i]);
            dy[i] = CleanupActions.dy(actions[i]);
            fired[i] = actions[i] == CleanupActions.CLEAN;
        }
        beam.clear();
        mover.resolve(grid, xs, ys, dx, dy, rng);
        for (int i = 0; i < AGENTS; i++) {
            int cell = grid.index(xs[i], ys[i]);
            apples[i] = grid.get(cell) == Cell.APPLE ? 1 : 0;
            if (apples[i] == 1) {
                grid.set(cell, Cell.APPLE_SPAWN);
            }
            rewards[i] = APPLE_REWARD * apples[i];
        }
        for (int i = 0; i < AGENTS; i++) {
            if (fired[i]) {
                beam.fire(i, xs, ys);
            }
        }
        double density = wasteDensity();
        spawner.spawnApples(grid, CleanupSpawner.appleProbability(density, config), xs, ys, rng);
        spawner.spawnWaste(grid, CleanupSpawner.wasteProbability(density, config), rng);
        layerStale = true;
        return endStep();
    }

    /**
     * @param action an action index in [0, 6)
     * @return "left", "right", "up", "down", "stay" or "clean"
     * @throws IllegalArgumentException if {@code action} is out of range
     */
    @Override
    public String actionName(int action) {
        return CleanupActions.name(action);
    }

    private void refreshLayer() {
        if (layerStale) {
            CleanupColours.compose(grid, xs, ys, beam.mask(), layer);
            layerStale = false;
        }
    }

    /** @return the settings of this game */
    public CleanupConfig config() {
        return config;
    }

    /** @return the parsed map: width and height (7 or 10), spawn points, apple and potential-waste cells */
    public CleanupMap map() {
        return map;
    }

    /** @param x column in [0, map().width()) @param y row in [0, map().height()) @return the {@link Cell} type there */
    public int cell(int x, int y) {
        return grid.get(x, y);
    }

    /** @return current #waste / #potential-waste cells, in [0, 1] (start: 1.0 on 7×7, 0.5 on 10×10) */
    public double wasteDensity() {
        return CleanupSpawner.wasteDensity(grid, map);
    }

    /**
     * @return the per-cell apple spawn probability at the current {@link #wasteDensity()}, i.e. the one the next
     *     step's spawn pass uses if no waste is cleaned in it; in [0, appleRespawnProbability]
     */
    public double appleSpawnProbability() {
        return CleanupSpawner.appleProbability(wasteDensity(), config);
    }

    /** @return the waste spawn probability at the current {@link #wasteDensity()}: 0 or wasteSpawnProbability */
    public double wasteSpawnProbability() {
        return CleanupSpawner.wasteProbability(wasteDensity(), config);
    }

    /** @param x column @param y row @return whether a cleaning beam covered that cell in the last step */
    public boolean beamAt(int x, int y) {
        return beam.covered(x, y);
    }

    /** @return number of cells covered by cleaning beams in the last step, 0 after reset */
    public int beamCellCount() {
        return beam.coveredCount();
    }

    /** @param agent 0 or 1 @return apples the agent collected in the last step, 0 or 1 */
    public int applesCollected(int agent) {
        GameChecks.agent(agent, AGENTS);
        return apples[agent];
    }

    /** @param agent 0 or 1 @return waste cells the agent's beam cleaned in the last step, in [0, 3] */
    public int cleanedCells(int agent) {
        GameChecks.agent(agent, AGENTS);
        return beam.cleaned(agent);
    }

    /** Test hook: puts an agent on a cell (no checks). @param agent 0 or 1 @param x column @param y row */
    void place(int agent, int x, int y) {
        xs[agent] = x;
        ys[agent] = y;
        layerStale = true;
    }

    /** Test hook: overwrites a cell. @param x column @param y row @param type a {@link Cell} type */
    void setCell(int x, int y, int type) {
        grid.set(x, y, type);
        layerStale = true;
    }
}
