package org.incentivelab.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.incentivelab.run.LabRun;
import org.incentivelab.run.SeedBatch;

/**
 * What a headless {@code run} has recorded so far, saved while it trains so that a crash, an out-of-memory error or
 * a killed process does not lose it (DESIGN §5): each run's series as {@link SeriesCsv} files in
 * {@code DIR/partial/seed-S/}, rewritten atomically at every checkpoint and removed once the complete files are
 * written. Called on the runs' worker threads, one folder per run.
 */
public final class PartialSeries implements SeedBatch.Checkpoint {
    /** The sub-folder of the output folder that holds the runs' data so far. */
    public static final String FOLDER = "partial";

    private final Path root;
    private final PrintWriter err;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * @param dir the run's output folder
     * @param err where a failed save is reported (once); the runs go on
     */
    public PartialSeries(Path dir, PrintWriter err) {
        this.root = dir.resolve(FOLDER);
        this.err = err;
    }

    /** @return the folder of one run's data so far: {@code DIR/partial/seed-S} */
    public Path folder(long seed) {
        return root.resolve("seed-" + seed);
    }

    @Override
    public void save(long seed, LabRun run) {
        try {
            SeriesCsv.write(folder(seed), new long[] {seed}, List.of(run.metrics()));
        } catch (IOException e) {
            if (!warned.getAndSet(true)) {
                err.println("could not save the data so far to " + folder(seed) + " (the run goes on): " + e);
                err.flush();
            }
        }
    }

    /**
     * Removes {@code DIR/partial} once the complete series are written.
     *
     * @throws IOException if a file cannot be deleted
     */
    public void clear() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
