package org.incentivelab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incentivelab.math.Parallel;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.SeedBatch;

/**
 * {@code bench --iqflow}: the speed of IQ-Flow (seed 004 Algorithm 1: per episode one IQL update of the three critic
 * pairs on a batch of 64 and one meta-step on two batches of 64). A matrix-game run of its preset's 10 000 episodes
 * (20 rounds each) on one thread, construction included, and the preset's five seeds as a batch on all cores; then
 * Escape Room ER(5,2) (64/64 critics for five agents) for a given number of episodes after {@code startTrain},
 * extrapolated to the preset's 25 000 episodes per run: alone, its agents' heads spread over the cores, and on one
 * thread, as each run of a batch that fills the cores.
 */
final class IqFlowBench {
    private IqFlowBench() {
    }

    static void run(PrintWriter out, LioPreset matrix, LioPreset room, long roomEpisodes) {
        out.printf("bench --iqflow: %s%n", BenchMachine.describe());
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
        int cores = Runtime.getRuntime().availableProcessors();
        double alone = roomEpisode(room, roomEpisodes);
        List<Parallel.Slot> taken = new ArrayList<>();
        for (int c = 0; c < cores; c++) {
            taken.add(Parallel.occupy()); // as in a batch with one run per core: the heads stay on one thread
        }
        double oneThread;
        try {
            oneThread = roomEpisode(room, roomEpisodes);
        } finally {
            taken.forEach(Parallel.Slot::close);
        }
        out.printf(Locale.ROOT, "%s, %d episodes after start_train, alone (the agents' heads on all cores): %.1f ms"
                + " per episode → %.1f min for the preset's %d episodes per run%n", room.name(), roomEpisodes,
                alone * 1e3, alone * room.episodes() / 60, room.episodes());
        out.printf(Locale.ROOT, "%s, the same on one thread (a batch with a run per core): %.1f ms per episode → its"
                + " %d seeds in ≈ %.1f min on %d cores%n", room.name(), oneThread * 1e3, room.seeds(),
                oneThread * room.episodes() * Math.ceil(room.seeds() / (double) cores) / 60, cores);
    }

    /** @return the seconds per episode of a fresh run of the preset, timed after start_train */
    private static double roomEpisode(LioPreset room, long episodes) {
        LioExperiment er = new LioExperiment(room, room.seed());
        er.run(room.iqflow().startTrain() / room.environment().steps() + 1);
        long start = System.nanoTime();
        er.run(episodes);
        return (System.nanoTime() - start) / 1e9 / episodes;
    }
}
