package org.incentivelab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.incentivelab.preset.Preset;

/**
 * Runs the seeds of a preset headless, in parallel on all cores, each to the preset's number of episodes.
 * Each run is independent and seeded, so the results do not depend on the number of threads.
 */
public final class SeedBatch {
    private SeedBatch() {
    }

    /**
     * @param preset a validated preset; its seeds preset.seed() … preset.seed() + preset.seeds() − 1 are run
     * @param progress called with the total number of episodes done so far (from worker threads), or null
     * @return the finished runs, in seed order
     * @throws IllegalStateException if a run produces NaN or infinity (the message names the preset and seed)
     */
    public static List<Experiment> run(Preset preset, LongConsumer progress) {
        return run(List.of(preset), progress).get(0);
    }

    /**
     * Runs several presets' batches on one thread pool.
     *
     * @param presets validated presets
     * @param progress called with the total number of episodes done so far over all presets, or null
     * @return for each preset, its finished runs in seed order
     * @throws IllegalStateException if a run produces NaN or infinity (the message names the preset and seed)
     */
    public static List<List<Experiment>> run(List<Preset> presets, LongConsumer progress) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "seed-batch");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        try {
            List<List<Future<Experiment>>> futures = new ArrayList<>();
            for (Preset preset : presets) {
                List<Future<Experiment>> batch = new ArrayList<>();
                for (int k = 0; k < preset.seeds(); k++) {
                    long seed = preset.seed() + k;
                    batch.add(pool.submit(() -> runOne(preset, seed, done, progress)));
                }
                futures.add(batch);
            }
            List<List<Experiment>> results = new ArrayList<>();
            for (List<Future<Experiment>> batch : futures) {
                List<Experiment> runs = new ArrayList<>();
                for (Future<Experiment> f : batch) {
                    runs.add(await(f));
                }
                results.add(runs);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Experiment runOne(Preset preset, long seed, AtomicLong done, LongConsumer progress) {
        Experiment run = new Experiment(preset, seed);
        final int chunk = 500;
        try {
            for (long left = preset.episodes(); left > 0; left -= chunk) {
                long count = Math.min(chunk, left);
                run.run(count);
                long total = done.addAndGet(count);
                if (progress != null) {
                    progress.accept(total);
                }
            }
        } catch (NumericalFailure e) {
            throw new IllegalStateException(preset.name() + ", seed " + seed + ": " + e.getMessage(), e);
        }
        return run;
    }

    private static Experiment await(Future<Experiment> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
