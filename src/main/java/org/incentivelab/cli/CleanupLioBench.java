package org.incentivelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.run.LioExperiment;

/**
 * {@code bench --lio-cleanup}: the wall-clock time of LIO (thesis 001 Algorithm 2) on Cleanup 7×7 with the Table
 * B.5 conv nets, one run of the given number of iterations (the per-agent work uses all cores), timed in blocks of
 * {@value #BLOCK} iterations after construction. Each iteration plays two episodes (τ and τ̂) and learns; the
 * thesis's run of 50 000 episodes is {@value #THESIS_ITERATIONS} iterations, as the reference code train_ssd.py
 * counts both rollouts. Its time is the run's own total when the run is that long, else extrapolated from the
 * steady per-iteration time of the last block.
 */
final class CleanupLioBench {
    private static final int BLOCK = 500;
    private static final int THESIS_ITERATIONS = 25_000;

    private CleanupLioBench() {
    }

    static void run(PrintWriter out, LioPreset preset, long iterations) {
        LioExperiment run = new LioExperiment(preset, preset.seed());
        out.printf("bench --lio-cleanup: %s, %d iterations (two episodes each), %s%n", preset.name(), iterations,
                BenchMachine.describe());
        long start = System.nanoTime();
        double last = 0;
        for (long done = 0; done < iterations; done += BLOCK) {
            long block = Math.min(BLOCK, iterations - done);
            long before = System.nanoTime();
            run.run(block);
            last = (System.nanoTime() - before) / 1e9 / block;
            out.printf(Locale.ROOT, "iterations %d–%d: %.1f ms per iteration%n", done, done + block, last * 1e3);
            out.flush();
            if (run.failure().isPresent()) {
                throw new IllegalStateException(run.failure().get());
            }
        }
        double total = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "total: %.1f s (%.1f ms per iteration, evaluations included)%n", total,
                total / iterations * 1e3);
        double thesis = iterations >= THESIS_ITERATIONS ? total : last * THESIS_ITERATIONS;
        out.printf(Locale.ROOT, "50 000 episodes (25 000 iterations): %.1f min (%s)%n", thesis / 60,
                iterations >= THESIS_ITERATIONS ? "measured" : "extrapolated from the last block");
    }
}
