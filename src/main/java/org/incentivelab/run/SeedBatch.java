package org.incentivelab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.incentivelab.math.Parallel;
import org.incentivelab.preset.Preset;

/**
 * Runs the seeds of presets headless, in parallel on all cores, each to its preset's number of episodes,
 * optionally replaying a {@link Trainer}'s command log. Each run is independent and seeded, so the results do
 * not depend on the number of threads. A run that meets a NaN or infinity stops there and keeps its data; its
 * {@link LabRun#failure()} says why, and the other runs go on. A {@link Checkpoint} may save each run's data so far
 * while it trains, so a crash or a killed process loses at most the last interval.
 */
public final class SeedBatch {
    private static final int CHUNK = 500;

    /** Saves a run's data so far; called on the run's own worker thread between chunks, so it may read the run. */
    @FunctionalInterface
    public interface Checkpoint {
        /**
         * @param seed the run's master seed
         * @param run the run, paused between chunks for the duration of the call
         */
        void save(long seed, LabRun run);
    }

    /** Hears of each run as it ends; called on the run's own worker thread, so it must be thread-safe. */
    @FunctionalInterface
    public interface Finished {
        /**
         * @param preset the run's preset (one of the batch's presets)
         * @param seed the run's master seed
         * @param run the ended run: complete, or stopped by a NaN ({@link LabRun#failure()})
         */
        void done(Preset preset, long seed, LabRun run);
    }

    private SeedBatch() {
    }

    /**
     * @param preset a validated preset; its seeds preset.seed() … preset.seed() + preset.seeds() − 1 are run
     * @param progress called with the total number of episodes done so far (from worker threads), or null
     * @return the runs, in seed order
     */
    public static List<LabRun> run(Preset preset, LongConsumer progress) {
        return run(preset, List.of(), progress);
    }

    /**
     * Replays a session: the preset's seeds with each logged command applied before the episode it was logged
     * at, as the {@link Trainer} applied it.
     *
     * @param preset a validated preset
     * @param log commands in episode order, as from {@link Trainer#log()}
     * @param progress called with the total number of episodes done so far, or null
     * @return the runs, in seed order
     * @throws IllegalArgumentException if a command does not fit the runs
     */
    public static List<LabRun> run(Preset preset, List<Command.Timed> log, LongConsumer progress) {
        return run(List.of(preset), log, progress, null, 0, null).get(0);
    }

    /**
     * Replays a session as {@link #run(Preset, List, LongConsumer)} and saves each run's data along the way.
     *
     * @param preset a validated preset
     * @param log commands in episode order, as from {@link Trainer#log()}
     * @param progress called with the total number of episodes done so far, or null
     * @param checkpoint called for a run once at least {@code intervalMillis} have passed since its start or its
     *     previous checkpoint (checked between chunks of at most {@value #CHUNK} episodes)
     * @param intervalMillis the least time between two checkpoints of a run, ≥ 0 (0: after every chunk)
     * @return the runs, in seed order
     * @throws IllegalArgumentException if a command does not fit the runs or the interval is negative
     */
    public static List<LabRun> run(Preset preset, List<Command.Timed> log, LongConsumer progress,
            Checkpoint checkpoint, long intervalMillis) {
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("checkpoint interval must be ≥ 0 ms, got " + intervalMillis);
        }
        return run(List.of(preset), log, progress, checkpoint, intervalMillis, null).get(0);
    }

    /**
     * Runs several presets' batches on one thread pool.
     *
     * @param presets validated presets
     * @param progress called with the total number of episodes done so far over all presets, or null
     * @return for each preset, its runs in seed order
     */
    public static List<List<LabRun>> run(List<? extends Preset> presets, LongConsumer progress) {
        return run(presets, progress, null);
    }

    /**
     * Runs several presets' batches on one thread pool and reports each run as it ends, so that a long batch
     * killed part-way still leaves the figures of its finished runs.
     *
     * @param presets validated presets
     * @param progress called with the total number of episodes done so far over all presets, or null
     * @param finished told of each run as it ends, or null
     * @return for each preset, its runs in seed order
     */
    public static List<List<LabRun>> run(List<? extends Preset> presets, LongConsumer progress, Finished finished) {
        return run(presets, List.of(), progress, null, 0, finished);
    }

    private static List<List<LabRun>> run(List<? extends Preset> presets, List<Command.Timed> log,
            LongConsumer progress, Checkpoint checkpoint, long intervalMillis, Finished finished) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "seed-batch");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        try {
            List<List<Future<LabRun>>> futures = new ArrayList<>();
            for (Preset preset : presets) {
                List<Future<LabRun>> batch = new ArrayList<>();
                for (int k = 0; k < preset.seeds(); k++) {
                    long seed = preset.seed() + k;
                    batch.add(pool.submit(() -> {
                        LabRun run;
                        try (Parallel.Slot core = Parallel.occupy()) {
                            run = runOne(preset, seed, log, done, progress, checkpoint, intervalMillis);
                        }
                        if (finished != null) {
                            finished.done(preset, seed, run);
                        }
                        return run;
                    }));
                }
                futures.add(batch);
            }
            List<List<LabRun>> results = new ArrayList<>();
            for (List<Future<LabRun>> batch : futures) {
                List<LabRun> runs = new ArrayList<>();
                for (Future<LabRun> f : batch) {
                    runs.add(await(f));
                }
                results.add(runs);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static LabRun runOne(Preset preset, long seed, List<Command.Timed> log, AtomicLong done,
            LongConsumer progress, Checkpoint checkpoint, long intervalMillis) {
        LabRun run = Runs.create(preset, seed);
        long saved = System.nanoTime();
        int next = 0;
        while (run.episode() < preset.episodes() && run.failure().isEmpty()) {
            for (; next < log.size() && log.get(next).episode() <= run.episode(); next++) {
                log.get(next).command().applyTo(run);
            }
            long stop = Math.min(preset.episodes(), run.episode() + CHUNK);
            if (next < log.size()) {
                stop = Math.min(stop, log.get(next).episode());
            }
            long before = run.episode();
            run.run(stop - before);
            long total = done.addAndGet(run.episode() - before);
            if (progress != null) {
                progress.accept(total);
            }
            if (checkpoint != null && System.nanoTime() - saved >= intervalMillis * 1_000_000L) {
                checkpoint.save(seed, run);
                saved = System.nanoTime();
            }
        }
        return run;
    }

    private static LabRun await(Future<LabRun> f) {
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
