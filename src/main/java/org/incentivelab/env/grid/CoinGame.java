package org.incentivelab.env.grid;

import org.incentivelab.math.Rng;

/**
 * The two-player Coin Game on a square {@link Grid} (thesis 003 §4.3.1.1 and digest 003 §3.7 for the 3×3 game;
 * paper 000 §3.4 and digest 000 §3.4 for the 5×5 one), configured by {@link CoinGameConfig}.
 *
 * <p>Agent 0 is "red" and agent 1 "blue"; a coin of colour c ({@link Cell#COIN_0}, {@link Cell#COIN_1}) belongs to
 * agent c. Actions (reference code file {@code marltoolbox/envs/coin_game.py}, {@code MOVES} on (row, column)):
 * {@link #RIGHT}, {@link #LEFT}, {@link #DOWN}, {@link #UP}, plus {@link #STAY} if
 * {@link CoinGameConfig#stayAction()}. One step:
 * <ol>
 *   <li>both agents move at once (wrapping if {@link CoinGameConfig#toroidal()}, else a move off the board is
 *       void). Agents do not block each other and may share a cell, as in the reference;</li>
 *   <li>every agent on a coin picks it up: +{@value #PICK_REWARD} to the picker for any coin and
 *       {@value #OTHER_COLOUR_PENALTY} to the coin's owner if the picker is the other agent. Two agents on the same
 *       coin both pick it up (reference {@code both_players_can_pick_the_same_coin = True}): on agent 0's coin
 *       agent 0 gets 1 − 2 = −1 and agent 1 gets +1;</li>
 *   <li>coins appear by {@link CoinGameConfig#spawnRule()}: single-coin rules replace a picked coin at once, on a
 *       uniformly random cell without an agent; {@link CoinSpawnRule#PER_CELL} runs its per-cell pass;</li>
 *   <li>the episode ends after {@link CoinGameConfig#maxSteps()} steps.</li>
 * </ol>
 * Start ({@link #reset()}): the agents on two distinct uniformly random cells (reference
 * {@code _players_do_not_overlap_at_start}); one coin for the single-coin rules, none for
 * {@link CoinSpawnRule#PER_CELL} (paper 000 does not say; coins then appear from the first step on).
 *
 * <p>Observation (digest 003 §3.7): size × size × 4 one-hot planes in HWC order, entry
 * {@code ((y·size + x)·4 + plane)}: plane 0 own position, 1 the other agent's position, 2 coins of the observer's
 * colour, 3 coins of the other colour. "Own frame" means this plane order from the observer's side (reference
 * {@code same_obs_for_each_player = False} swaps planes for blue); coordinates are absolute, not re-centred.
 * {@link #step} and {@link #observe} allocate nothing.
 */
public final class CoinGame extends TwoAgentGridGame {
    /** Action: x + 1. */
    public static final int RIGHT = 0;
    /** Action: x − 1. */
    public static final int LEFT = 1;
    /** Action: y + 1. */
    public static final int DOWN = 2;
    /** Action: y − 1. */
    public static final int UP = 3;
    /** Action: stay (only if {@link CoinGameConfig#stayAction()}). */
    public static final int STAY = 4;
    /** Observation planes per cell. */
    public static final int PLANES = 4;
    /** Reward to the picker for any coin, per pick-up. */
    public static final double PICK_REWARD = 1.0;
    /** Reward to a coin's owner when the other agent picks it up, per pick-up. */
    public static final double OTHER_COLOUR_PENALTY = -2.0;

    private static final int[] DX = {1, -1, 0, 0, 0};
    private static final int[] DY = {0, 0, 1, -1, 0};
    private static final String[] NAMES = {"right", "left", "down", "up", "stay"};

    private final CoinGameConfig config;
    private final Rng rng;
    private final Grid grid;
    private final int size;
    private final int actions;
    private final int[] picked = new int[AGENTS];
    private final int[] pickedOwn = new int[AGENTS];
    private int lastColour;

    /**
     * @param config the settings
     * @param rng the game's own stream (start cells, coin cells and colours)
     */
    public CoinGame(CoinGameConfig config, Rng rng) {
        this.config = config;
        this.rng = rng;
        this.size = config.size();
        this.grid = new Grid(size, size);
        this.actions = config.stayAction() ? 5 : 4;
        reset();
    }

    /** @return 4 (right, left, down, up) or 5 with stay */
    @Override
    public int actions() {
        return actions;
    }

    /** @return size·size·4 (36 for 3×3, 100 for 5×5) */
    @Override
    public int observationSize() {
        return size * size * PLANES;
    }

    /** @return the episode length in steps (100 for amd, 500 for d3c) */
    @Override
    public int maxSteps() {
        return config.maxSteps();
    }

    /** Clears the board, places the agents on distinct random cells and, for single-coin rules, one coin. */
    @Override
    public void reset() {
        for (int k = 0; k < grid.size(); k++) {
            grid.set(k, Cell.EMPTY);
        }
        int first = GridRandom.nextInt(rng, grid.size());
        int second = GridRandom.nextInt(rng, grid.size() - 1);
        second += second >= first ? 1 : 0;
        xs[0] = grid.xOf(first);
        ys[0] = grid.yOf(first);
        xs[1] = grid.xOf(second);
        ys[1] = grid.yOf(second);
        picked[0] = picked[1] = 0;
        pickedOwn[0] = pickedOwn[1] = 0;
        restartEpisode();
        if (config.spawnRule() != CoinSpawnRule.PER_CELL) {
            lastColour = GridRandom.nextInt(rng, 2);
            placeSingleCoin();
        }
    }

    /**
     * One-hot planes of the class comment, from {@code agent}'s side.
     *
     * @param agent the observer, 0 or 1
     * @param out at least {@link #observationSize()} long; that many entries are overwritten with 0/1
     * @throws IllegalArgumentException if {@code agent} is out of range or {@code out} is too short
     */
    @Override
    public void observe(int agent, double[] out) {
        GameChecks.agent(agent, AGENTS);
        GameChecks.buffer(out, observationSize(), "observation");
        int other = 1 - agent;
        for (int k = 0; k < grid.size(); k++) {
            int cell = grid.get(k);
            int o = k * PLANES;
            out[o] = 0.0;
            out[o + 1] = 0.0;
            out[o + 2] = cell == Cell.COIN_0 + agent ? 1.0 : 0.0;
            out[o + 3] = cell == Cell.COIN_0 + other ? 1.0 : 0.0;
        }
        out[grid.index(xs[agent], ys[agent]) * PLANES] = 1.0;
        out[grid.index(xs[other], ys[other]) * PLANES + 1] = 1.0;
    }

    /**
     * One step (class comment).
     *
     * @param actions {@code int[2]}, each in [0, actions()); not modified
     * @param rewards {@code double[2]} receiving this step's extrinsic rewards (per step; each in [−2, 1])
     * @return {@code true} if this step ended the episode
     * @throws IllegalStateException if the episode has already ended
     * @throws IllegalArgumentException if an array length is not 2 or an action is out of range
     */
    @Override
    public boolean step(int[] actions, double[] rewards) {
        beginStep(actions, rewards);
        for (int i = 0; i < AGENTS; i++) {
            move(i, DX[actions[i]], DY[actions[i]]);
            rewards[i] = 0.0;
            picked[i] = 0;
            pickedOwn[i] = 0;
        }
        boolean anyPicked = false;
        for (int i = 0; i < AGENTS; i++) {
            int cell = grid.index(xs[i], ys[i]);
            int coin = grid.get(cell);
            if (coin != Cell.COIN_0 && coin != Cell.COIN_1) {
                continue;
            }
            int owner = coin - Cell.COIN_0;
            for (int j = i; j < AGENTS; j++) {
                if (grid.index(xs[j], ys[j]) == cell) {
                    collect(j, owner, rewards);
                }
            }
            grid.set(cell, Cell.EMPTY);
            anyPicked = true;
        }
        if (config.spawnRule() == CoinSpawnRule.PER_CELL) {
            CoinSpawner.spawnPerCell(grid, xs, ys, config.spawnProbability(), rng);
        } else if (anyPicked) {
            placeSingleCoin();
        }
        return endStep();
    }

    /**
     * @param action an action in [0, actions())
     * @return "right", "left", "down", "up" or "stay"
     * @throws IllegalArgumentException if {@code action} is out of range
     */
    @Override
    public String actionName(int action) {
        GameChecks.action(action, actions);
        return NAMES[action];
    }

    private void move(int i, int dx, int dy) {
        int x = xs[i] + dx;
        int y = ys[i] + dy;
        if (config.toroidal()) {
            xs[i] = Math.floorMod(x, size);
            ys[i] = Math.floorMod(y, size);
        } else if (grid.inBounds(x, y)) {
            xs[i] = x;
            ys[i] = y;
        }
    }

    private void collect(int agent, int owner, double[] rewards) {
        rewards[agent] += PICK_REWARD;
        picked[agent]++;
        if (owner == agent) {
            pickedOwn[agent]++;
        } else {
            rewards[owner] += OTHER_COLOUR_PENALTY;
        }
    }

    private void placeSingleCoin() {
        int colour = config.spawnRule() == CoinSpawnRule.ALTERNATING ? 1 - lastColour : GridRandom.nextInt(rng, 2);
        CoinSpawner.placeOne(grid, xs, ys, colour, rng);
        lastColour = colour;
    }

    /** @return the settings of this game */
    public CoinGameConfig config() {
        return config;
    }

    /** @return the board side, 3 or 5 for the factories */
    public int size() {
        return size;
    }

    /** @param x column in [0, size) @param y row in [0, size) @return −1 if no coin, else the owner's index 0/1 */
    public int coinAt(int x, int y) {
        int cell = grid.get(x, y);
        return cell == Cell.COIN_0 || cell == Cell.COIN_1 ? cell - Cell.COIN_0 : -1;
    }

    /** @return the number of coins on the board (single-coin rules: always 1) */
    public int coinCount() {
        return grid.count(Cell.COIN_0) + grid.count(Cell.COIN_1);
    }

    /** @param agent 0 or 1 @return coins the agent picked up in the last step, 0 or 1 */
    public int coinsPicked(int agent) {
        GameChecks.agent(agent, AGENTS);
        return picked[agent];
    }

    /** @param agent 0 or 1 @return coins of its own colour the agent picked up in the last step, 0 or 1 */
    public int ownCoinsPicked(int agent) {
        GameChecks.agent(agent, AGENTS);
        return pickedOwn[agent];
    }

    /** Test hook: puts an agent on a cell. @param agent 0 or 1 @param x column @param y row */
    void place(int agent, int x, int y) {
        xs[agent] = x;
        ys[agent] = y;
    }

    /** Test hook: sets a cell to a coin of {@code owner} (0/1) or clears it (−1). @param x col @param y row */
    void setCoin(int x, int y, int owner) {
        grid.set(x, y, owner < 0 ? Cell.EMPTY : Cell.COIN_0 + owner);
    }
}
