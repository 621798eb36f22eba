package org.incentivelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.SeedBatch;

/**
 * {@code bench --iqflow}: the speed of IQ-Flow (seed 004 Algorithm 1: per episode one IQL update of the three critic
 * pairs on a batch of 64 and one meta-step on two batches of 64). A matrix-game run of its preset's 10 000 episodes
 * (20 rounds each) on one thread, construction included, and the preset's five seeds as a batch on all cores; then
 * Escape Room ER(5,2) (64/64 critics for five agents) on one thread for a given number of episodes after
 * {@code startTrain}, extrapolated to the preset's 25 000 episodes per run.
 */
final class IqFlowBench {
    private IqFlowBench() {
    }

    static void run(PrintWriter out, LioPreset matrix, LioPreset room, long roomEpisodes) {
        out.printf("bench --iqflow: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        long start = System.nanoTime();
        LioExperiment one = new LioExperiment(matrix, matrix.seed());
        one.run(matrix.episodes());
        double single = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%s, one run of %d episodes, one thread: %.1f s (%.0f µs per episode)%n",
                matrix.name(), matrix.episodes(), single, single / matrix.episodes() * 1e6);
        start = System.nanoTime();
        SeedBatch.run(matrix, null);
        double batch = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%s, its %d seeds as a batch on all cores: %.1f s%n", matrix.name(), matrix.seeds(),
                batch);
        LioExperiment er = new LioExperiment(room, room.seed());
        int warm = room.iqflow().startTrain() / room.environment().steps() + 1;
        er.run(warm);
        start = System.nanoTime();
        er.run(roomEpisodes);
        double perEpisode = (System.nanoTime() - start) / 1e9 / roomEpisodes;
        out.printf(Locale.ROOT, "%s, %d episodes after start_train, one thread: %.1f ms per episode → %.1f min"
                + " for the preset's %d episodes per run%n", room.name(), roomEpisodes, perEpisode * 1e3,
                perEpisode * room.episodes() / 60, room.episodes());
    }
}
