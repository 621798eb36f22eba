package org.incentivelab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import org.incentivelab.env.MarkovGame;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.env.grid.CleanupConfig;
import org.incentivelab.env.grid.CoinGame;
import org.incentivelab.env.grid.CoinGameConfig;
import org.incentivelab.math.Rng;

/**
 * {@code bench --grid}: environment steps per second of the gridworlds on one thread with uniformly random
 * actions, every agent's observation written at every step (Cleanup: egocentric RGB, plus the who-fired vector),
 * episodes reset as they end. Each repeat runs for about a second after a one-second warm-up; the median is
 * reported. Target (issue 4): Cleanup 7×7 at ≥ 500 000 steps per second.
 */
final class GridBench {
    private static final long WINDOW_NANOS = 1_000_000_000L;

    private GridBench() {
    }

    static void run(PrintWriter out, int repeat) {
        out.printf("bench --grid: %d repeats of ~1 s, one thread, random actions, observations included, Java %s%n",
                repeat, System.getProperty("java.version"));
        report(out, "Cleanup 7x7 (9x9x3 views)", new Cleanup(CleanupConfig.small(), Rng.forComponent(1, "env")),
                repeat);
        report(out, "Cleanup 10x10 (15x15x3 views)",
                new Cleanup(CleanupConfig.large(), Rng.forComponent(1, "env")), repeat);
        report(out, "Coin Game 5x5", new CoinGame(CoinGameConfig.d3c(), Rng.forComponent(1, "env")), repeat);
        report(out, "Coin Game 3x3", new CoinGame(CoinGameConfig.amd(), Rng.forComponent(1, "env")), repeat);
    }

    private static void report(PrintWriter out, String name, MarkovGame game, int repeat) {
        Rng actions = Rng.forComponent(2, "actions");
        stepsPerSecond(game, actions); // warm-up
        double[] rates = new double[repeat];
        for (int r = 0; r < repeat; r++) {
            rates[r] = stepsPerSecond(game, actions);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%-32s | median %,.0f steps/s (min %,.0f, max %,.0f)%n", name,
                sorted[repeat / 2], sorted[0], sorted[repeat - 1]);
    }

    private static double stepsPerSecond(MarkovGame game, Rng rng) {
        int n = game.agents();
        int[] joint = new int[n];
        double[] rewards = new double[n];
        double[][] obs = new double[n][game.observationSize()];
        double[] fired = new double[n];
        Cleanup cleanup = game instanceof Cleanup c ? c : null;
        long steps = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < WINDOW_NANOS) {
            game.reset();
            boolean done = false;
            while (!done) {
                for (int i = 0; i < n; i++) {
                    game.observe(i, obs[i]);
                    joint[i] = (int) (rng.nextDouble() * game.actions());
                }
                if (cleanup != null) {
                    cleanup.whoFired(fired);
                }
                done = game.step(joint, rewards);
                steps++;
            }
        }
        return steps / ((System.nanoTime() - start) / 1e9);
    }
}
