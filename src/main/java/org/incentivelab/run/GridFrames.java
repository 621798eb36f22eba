package org.incentivelab.run;

import java.util.function.IntUnaryOperator;
import org.incentivelab.env.grid.Cell;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.env.grid.CleanupConfig;
import org.incentivelab.env.grid.CoinGame;

/**
 * Builds {@link GridFrame}s from the engine's gridworlds after a step (or after a reset): every value is copied, so
 * stepping or resetting the game afterwards does not change the frame. Actions are not known to the games; add them
 * with {@link GridFrame#withActions(int[])}.
 */
public final class GridFrames {
    private GridFrames() {
    }

    /**
     * The Cleanup board after the last step: cells, agents, the cells covered by this step's cleaning beams, the
     * waste density, both thresholds of the game's {@link CleanupConfig} and the live apple spawn probability.
     *
     * @param game the game, after {@link Cleanup#step} or {@link Cleanup#reset()}
     * @param rewards the extrinsic rewards of the step, {@code double[2]}; copied
     * @param incentives the incentives each agent received in the step, {@code double[2]}, or null for zeros; copied
     * @return the frame (actions not recorded)
     * @throws IllegalArgumentException if an array length is not {@value Cleanup#AGENTS}
     */
    public static GridFrame of(Cleanup game, double[] rewards, double[] incentives) {
        int w = game.map().width();
        int h = game.map().height();
        byte[] cells = new byte[w * h];
        boolean[] beam = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                cells[y * w + x] = (byte) game.cell(x, y);
                beam[y * w + x] = game.beamAt(x, y);
            }
        }
        CleanupConfig c = game.config();
        return new GridFrame(w, h, cells, positions(game.agents(), game::agentX, game::agentY), beam,
                received(incentives, game.agents()), null, rewards, game.wasteDensity(), c.thresholdDepletion(),
                c.thresholdRestoration(), game.appleSpawnProbability(), null, game.stepsTaken(), game.maxSteps());
    }

    /**
     * The Coin Game board after the last step: agents and coins (the cells hold {@link Cell#COIN_0} or
     * {@link Cell#COIN_1} where a coin lies, else {@link Cell#EMPTY}); no beam, and NaN for Cleanup's values.
     *
     * @param game the game, after {@link CoinGame#step} or {@link CoinGame#reset()}
     * @param rewards the extrinsic rewards of the step, {@code double[2]}; copied
     * @param incentives the incentives each agent received in the step, {@code double[2]}, or null for zeros; copied
     * @return the frame (actions not recorded)
     * @throws IllegalArgumentException if an array length is not {@value CoinGame#AGENTS}
     */
    public static GridFrame of(CoinGame game, double[] rewards, double[] incentives) {
        int n = game.size();
        byte[] cells = new byte[n * n];
        byte[] coins = new byte[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int owner = game.coinAt(x, y);
                coins[y * n + x] = (byte) owner;
                cells[y * n + x] = (byte) (owner < 0 ? Cell.EMPTY : Cell.COIN_0 + owner);
            }
        }
        return new GridFrame(n, n, cells, positions(game.agents(), game::agentX, game::agentY), null,
                received(incentives, game.agents()), null, rewards, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                coins, game.stepsTaken(), game.maxSteps());
    }

    private static int[][] positions(int n, IntUnaryOperator x, IntUnaryOperator y) {
        int[][] p = new int[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new int[] {x.applyAsInt(i), y.applyAsInt(i)};
        }
        return p;
    }

    private static double[] received(double[] incentives, int n) {
        return incentives == null ? new double[n] : incentives;
    }
}
