package org.incentivelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.run.LioExperiment;

/**
 * {@code bench --lio-cleanup}: the wall-clock time of LIO (thesis 001 Algorithm 2) on Cleanup 7×7 with the Table
 * B.5 conv nets, one run of the given number of episodes (the per-agent work uses all cores), timed in blocks of
 * {@value #BLOCK} episodes after construction; the time of 50 000 episodes (the thesis's run length) is the run's
 * own total when it is that long, else extrapolated from the steady per-episode time of the last block.
 */
final class CleanupLioBench {
    private static final int BLOCK = 500;
    private static final int THESIS_EPISODES = 50_000;

    private CleanupLioBench() {
    }

    static void run(PrintWriter out, LioPreset preset, long episodes) {
        LioExperiment run = new LioExperiment(preset, preset.seed());
        out.printf("bench --lio-cleanup: %s, %d episodes, %d cores, Java %s%n", preset.name(), episodes,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        long start = System.nanoTime();
        double last = 0;
        for (long done = 0; done < episodes; done += BLOCK) {
            long block = Math.min(BLOCK, episodes - done);
            long before = System.nanoTime();
            run.run(block);
            last = (System.nanoTime() - before) / 1e9 / block;
            out.printf(Locale.ROOT, "episodes %d–%d: %.1f ms per episode%n", done, done + block, last * 1e3);
            out.flush();
            if (run.failure().isPresent()) {
                throw new IllegalStateException(run.failure().get());
            }
        }
        double total = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "total: %.1f s (%.1f ms per episode, evaluations included)%n", total,
                total / episodes * 1e3);
        double thesis = episodes >= THESIS_EPISODES ? total : last * THESIS_EPISODES;
        out.printf(Locale.ROOT, "50 000 episodes: %.1f min (%s)%n", thesis / 60,
                episodes >= THESIS_EPISODES ? "measured" : "extrapolated from the last block");
    }
}
