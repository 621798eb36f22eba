package org.incentivelab.run;

import java.util.Arrays;
import java.util.Objects;
import org.incentivelab.env.grid.Cell;

/**
 * One step of a gridworld run (Cleanup, thesis 001 §5.3.1, or the Coin Game) as the views draw it: the board after
 * the step, where the agents stand, what the cleaning beams covered, what each agent received, and Cleanup's spawn
 * state. {@link GridFrames} builds frames from the engine's games.
 *
 * <p>Coordinates are those of {@link org.incentivelab.env.grid.Grid}: {@code x} is the column in
 * {@code [0, width)}, {@code y} the row in {@code [0, height)} with row 0 at the top, and per-cell arrays are
 * row-major with flat index {@code y·width + x}. Agents are indexed from 0 here (views number them from 1).
 *
 * <p>Immutable: the constructor copies every array, and the array accessors return copies. Views read single
 * values without allocating through {@link #cell}, {@link #beamAt}, {@link #coinAt}, {@link #agentX},
 * {@link #agentY}, {@link #reward}, {@link #incentiveReceived} and {@link #action}. {@link #equals} and
 * {@link #hashCode} compare array contents.
 *
 * @param width number of columns, at least 1
 * @param height number of rows, at least 1
 * @param cells the board, {@code byte[width·height]} row-major, each a {@link Cell} code in {@code [0, Cell.TYPES)}
 * @param agents agent positions, {@code int[n][2]} indexed [agent][0 = x, 1 = y], n ≥ 1, every position on the board
 * @param beam cells covered by a cleaning beam in this step, {@code boolean[width·height]} row-major; null when the
 *     game has no beam (Coin Game)
 * @param incentivesReceived incentives each agent received in this step, {@code double[n]} (zeros without a
 *     mechanism)
 * @param actions each agent's action in this step, {@code int[n]}, or null when not recorded
 * @param rewards each agent's extrinsic reward in this step, {@code double[n]}
 * @param wasteDensity Cleanup: #waste / #potential-waste cells after the step, in [0, 1]; NaN for the Coin Game
 * @param thresholdDepletion Cleanup: density at or above which nothing spawns, in [0, 1]; NaN for the Coin Game
 * @param thresholdRestoration Cleanup: density at or below which apples spawn at the full rate, in [0, 1]; NaN for
 *     the Coin Game
 * @param appleSpawnProbability Cleanup: the per-cell apple spawn probability at {@code wasteDensity}, in [0, 1];
 *     NaN for the Coin Game
 * @param coins Coin Game: {@code byte[width·height]} row-major, −1 where there is no coin, else the owner's index;
 *     null for Cleanup
 * @param step steps taken in the episode, in {@code [0, maxSteps]} (0 is the start state)
 * @param maxSteps the episode length in steps, at least 1
 */
public record GridFrame(int width, int height, byte[] cells, int[][] agents, boolean[] beam,
        double[] incentivesReceived, int[] actions, double[] rewards, double wasteDensity,
        double thresholdDepletion, double thresholdRestoration, double appleSpawnProbability, byte[] coins, int step,
        int maxSteps) {

    /**
     * Validates the shapes and ranges documented on the components and copies every array.
     *
     * @throws IllegalArgumentException if a dimension, length or value is outside its documented range
     * @throws NullPointerException if {@code cells}, {@code agents}, {@code incentivesReceived} or {@code rewards}
     *     is null
     */
    public GridFrame {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("frame must be at least 1×1, got " + width + "×" + height);
        }
        int size = width * height;
        cells = checkCells(Objects.requireNonNull(cells, "cells"), size);
        agents = copyAgents(Objects.requireNonNull(agents, "agents"), width, height);
        int n = agents.length;
        beam = beam == null ? null : checkLength(beam.clone(), beam.length, size, "beam");
        Objects.requireNonNull(incentivesReceived, "incentivesReceived");
        incentivesReceived = checkLength(incentivesReceived.clone(), incentivesReceived.length, n,
                "incentivesReceived");
        actions = actions == null ? null : checkLength(actions.clone(), actions.length, n, "actions");
        rewards = checkLength(Objects.requireNonNull(rewards, "rewards").clone(), rewards.length, n, "rewards");
        checkFraction("wasteDensity", wasteDensity);
        checkFraction("thresholdDepletion", thresholdDepletion);
        checkFraction("thresholdRestoration", thresholdRestoration);
        checkFraction("appleSpawnProbability", appleSpawnProbability);
        coins = coins == null ? null : checkCoins(coins.clone(), size, n);
        if (maxSteps < 1 || step < 0 || step > maxSteps) {
            throw new IllegalArgumentException("need 0 ≤ step ≤ maxSteps and maxSteps ≥ 1, got step " + step
                    + " of " + maxSteps);
        }
    }

    /** @return a copy of the board, {@code byte[width·height]} row-major {@link Cell} codes */
    @Override
    public byte[] cells() {
        return cells.clone();
    }

    /** @return a copy of the agent positions, {@code int[n][2]} indexed [agent][x, y] */
    @Override
    public int[][] agents() {
        return copyAgents(agents, width, height);
    }

    /** @return a copy of the beam mask, {@code boolean[width·height]} row-major, or null (Coin Game) */
    @Override
    public boolean[] beam() {
        return beam == null ? null : beam.clone();
    }

    /** @return a copy of the incentives received in this step, {@code double[n]} */
    @Override
    public double[] incentivesReceived() {
        return incentivesReceived.clone();
    }

    /** @return a copy of the actions of this step, {@code int[n]}, or null when not recorded */
    @Override
    public int[] actions() {
        return actions == null ? null : actions.clone();
    }

    /** @return a copy of the extrinsic rewards of this step, {@code double[n]} */
    @Override
    public double[] rewards() {
        return rewards.clone();
    }

    /** @return a copy of the coin owners, {@code byte[width·height]} row-major (−1 none), or null (Cleanup) */
    @Override
    public byte[] coins() {
        return coins == null ? null : coins.clone();
    }

    /**
     * @param recorded each agent's action in this step, {@code int[n]}, or null; copied
     * @return this frame with these actions
     * @throws IllegalArgumentException if the length is not the number of agents
     */
    public GridFrame withActions(int[] recorded) {
        return new GridFrame(width, height, cells, agents, beam, incentivesReceived, recorded, rewards, wasteDensity,
                thresholdDepletion, thresholdRestoration, appleSpawnProbability, coins, step, maxSteps);
    }

    /** @return whether this is a Coin Game frame ({@link #coins()} is not null) */
    public boolean coinGame() {
        return coins != null;
    }

    /** @return the number of agents n, at least 1 */
    public int agentCount() {
        return agents.length;
    }

    /** @param agent in {@code [0, n)} @return its column */
    public int agentX(int agent) {
        return agents[agent][0];
    }

    /** @param agent in {@code [0, n)} @return its row (0 = top) */
    public int agentY(int agent) {
        return agents[agent][1];
    }

    /** @param x column in {@code [0, width)} @param y row in {@code [0, height)} @return the {@link Cell} code there */
    public int cell(int x, int y) {
        return cells[y * width + x];
    }

    /** @param x column in {@code [0, width)} @param y row in {@code [0, height)} @return whether a beam covered it */
    public boolean beamAt(int x, int y) {
        return beam != null && beam[y * width + x];
    }

    /** @param x column in {@code [0, width)} @param y row in {@code [0, height)} @return the coin's owner, or −1 */
    public int coinAt(int x, int y) {
        return coins == null ? -1 : coins[y * width + x];
    }

    /** @param agent in {@code [0, n)} @return its extrinsic reward in this step */
    public double reward(int agent) {
        return rewards[agent];
    }

    /** @param agent in {@code [0, n)} @return the incentives it received in this step */
    public double incentiveReceived(int agent) {
        return incentivesReceived[agent];
    }

    /** @param agent in {@code [0, n)} @return its action in this step, or −1 when actions are not recorded */
    public int action(int agent) {
        return actions == null ? -1 : actions[agent];
    }

    /** @return whether {@code o} is a frame with equal dimensions, values and array contents */
    @Override
    public boolean equals(Object o) {
        return o instanceof GridFrame f && width == f.width && height == f.height && step == f.step
                && maxSteps == f.maxSteps && Arrays.equals(cells, f.cells) && Arrays.deepEquals(agents, f.agents)
                && Arrays.equals(beam, f.beam) && Arrays.equals(incentivesReceived, f.incentivesReceived)
                && Arrays.equals(actions, f.actions) && Arrays.equals(rewards, f.rewards)
                && Arrays.equals(coins, f.coins) && Double.compare(wasteDensity, f.wasteDensity) == 0
                && Double.compare(thresholdDepletion, f.thresholdDepletion) == 0
                && Double.compare(thresholdRestoration, f.thresholdRestoration) == 0
                && Double.compare(appleSpawnProbability, f.appleSpawnProbability) == 0;
    }

    /** @return a hash of the dimensions, values and array contents, consistent with {@link #equals} */
    @Override
    public int hashCode() {
        int h = Objects.hash(width, height, step, maxSteps, wasteDensity, thresholdDepletion, thresholdRestoration,
                appleSpawnProbability);
        h = 31 * h + Arrays.hashCode(cells);
        h = 31 * h + Arrays.deepHashCode(agents);
        h = 31 * h + Arrays.hashCode(beam);
        h = 31 * h + Arrays.hashCode(incentivesReceived);
        h = 31 * h + Arrays.hashCode(actions);
        h = 31 * h + Arrays.hashCode(rewards);
        return 31 * h + Arrays.hashCode(coins);
    }

    /** @return e.g. {@code "GridFrame[Cleanup 7×7, 2 agents, step 3/50]"} */
    @Override
    public String toString() {
        return "GridFrame[" + (coinGame() ? "Coin Game " : "Cleanup ") + width + "×" + height + ", " + agents.length
                + " agents, step " + step + "/" + maxSteps + "]";
    }

    private static byte[] checkCells(byte[] cells, int size) {
        checkLength(cells, cells.length, size, "cells");
        byte[] copy = cells.clone();
        for (byte c : copy) {
            if (c < 0 || c >= Cell.TYPES) {
                throw new IllegalArgumentException("cell code must be in [0, " + Cell.TYPES + "), got " + c);
            }
        }
        return copy;
    }

    private static byte[] checkCoins(byte[] coins, int size, int agents) {
        checkLength(coins, coins.length, size, "coins");
        for (byte c : coins) {
            if (c < -1 || c >= agents) {
                throw new IllegalArgumentException("coin owner must be −1 or an agent in [0, " + agents + "), got "
                        + c);
            }
        }
        return coins;
    }

    private static int[][] copyAgents(int[][] agents, int width, int height) {
        if (agents.length == 0) {
            throw new IllegalArgumentException("a frame needs at least one agent");
        }
        int[][] copy = new int[agents.length][];
        for (int i = 0; i < agents.length; i++) {
            checkLength(agents[i], agents[i].length, 2, "agents[" + i + "]");
            int x = agents[i][0];
            int y = agents[i][1];
            if (x < 0 || x >= width || y < 0 || y >= height) {
                throw new IllegalArgumentException("agent " + i + " at (" + x + ", " + y + ") is off the "
                        + width + "×" + height + " board");
            }
            copy[i] = new int[] {x, y};
        }
        return copy;
    }

    private static <T> T checkLength(T array, int length, int expected, String name) {
        if (length != expected) {
            throw new IllegalArgumentException(name + " must have length " + expected + ", got " + length);
        }
        return array;
    }

    private static void checkFraction(String name, double value) {
        if (!Double.isNaN(value) && !(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be NaN or in [0, 1], got " + value);
        }
    }
}
