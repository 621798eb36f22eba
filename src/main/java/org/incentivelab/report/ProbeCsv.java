package org.incentivelab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.incentivelab.run.ProbeReading;

/**
 * Writes the incentive-probe readings of a batch of Cleanup LIO runs (thesis 001 Fig. 5.6b) as one CSV, atomically:
 * header {@code seed,fraction,episode,harvester,R,C,M}, one line per reading with the harvester numbered from 1 and
 * what it paid each probe per episode (reward units, undiscounted).
 */
public final class ProbeCsv {
    /** The file name written into a run's output folder. */
    public static final String FILE = "probes.csv";

    private ProbeCsv() {
    }

    /**
     * @param target the file to create or replace
     * @param seeds the runs' master seeds
     * @param readings each run's readings, same order as {@code seeds}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the two lists differ in length
     */
    public static void write(Path target, long[] seeds, List<List<ProbeReading>> readings) throws IOException {
        if (seeds.length != readings.size()) {
            throw new IllegalArgumentException(seeds.length + " seeds for " + readings.size() + " runs");
        }
        AtomicFiles.writeText(target, w -> {
            w.write("seed,fraction,episode,harvester,R,C,M\n");
            for (int k = 0; k < seeds.length; k++) {
                for (ProbeReading r : readings.get(k)) {
                    w.write(seeds[k] + "," + r.fraction() + "," + r.episode() + "," + (r.harvester() + 1) + ","
                            + r.r() + "," + r.c() + "," + r.m() + "\n");
                }
            }
        });
    }
}
