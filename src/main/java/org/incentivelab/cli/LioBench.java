package org.incentivelab.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.SeedBatch;

/**
 * {@code bench --lio}: the speed of LIO (thesis 001 Algorithm 2) on Escape Room ER(2,1) with the thesis's
 * networks (policy 64/32, incentives 64/16): one run of the preset's 50 000 episodes on one thread (median of the
 * repeats, construction included), the heap in use after a full GC every 10 000 episodes of that run (flat memory:
 * the metrics are bounded and the episode buffers reused), and a batch of two seeds on all cores against two
 * single runs.
 */
final class LioBench {
    private static final int HEAP_EVERY = 10_000;

    private LioBench() {
    }

    static void run(PrintWriter out, LioPreset preset, int repeat) {
        int episodes = preset.episodes();
        double[] seconds = new double[repeat];
        List<String> heap = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            long start = System.nanoTime();
            LioExperiment run = new LioExperiment(preset, preset.seed() + r);
            if (r == 0) {
                seconds[r] = (System.nanoTime() - start) / 1e9;
                for (int done = 0; done < episodes; done += HEAP_EVERY) {
                    heap.add(String.format(Locale.ROOT, "%d: %.1f MB", done, usedMegabytes()));
                    long before = System.nanoTime(); // the GC above is not timed
                    run.run(Math.min(HEAP_EVERY, episodes - done));
                    seconds[r] += (System.nanoTime() - before) / 1e9;
                }
                heap.add(String.format(Locale.ROOT, "%d: %.1f MB", episodes, usedMegabytes()));
            } else {
                run.run(episodes);
                seconds[r] = (System.nanoTime() - start) / 1e9;
            }
            if (run.failure().isPresent()) {
                throw new IllegalStateException(run.failure().get());
            }
        }
        long batchStart = System.nanoTime();
        SeedBatch.run(preset.withRuns(episodes, 2, preset.seed()), null);
        double batch = (System.nanoTime() - batchStart) / 1e9;
        double single = median(seconds);
        out.printf("bench --lio: %s, %d episodes per run, %d repeats, %s%n", preset.name(), episodes, repeat,
                BenchMachine.describe());
        out.printf(Locale.ROOT, "one run, one thread: median %.2f s (%s)%n", single, format(seconds));
        out.printf(Locale.ROOT, "per iteration (two episodes + updates): %.1f µs%n", single / episodes * 1e6);
        out.printf(Locale.ROOT, "two seeds as a batch on all cores: %.2f s (%.2f× one run)%n", batch, batch / single);
        out.println("heap in use after GC, by episode: " + String.join(", ", heap));
    }

    private static double usedMegabytes() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1e6;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String format(double[] xs) {
        StringBuilder b = new StringBuilder();
        for (double x : xs) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f s", x));
        }
        return b.toString();
    }
}
