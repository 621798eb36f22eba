package org.incentivelab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the final ratio to optimal of every game of a batch of D3C runs as one CSV, atomically: header
 * {@code seed,game,ratio}, one line per game (games numbered from 1), ratio = Σ_i f_i / min Σ f.
 */
public final class RatioCsv {
    /** The file name written into a run's output folder. */
    public static final String FILE = "ratios.csv";

    private RatioCsv() {
    }

    /**
     * @param target the file to create or replace
     * @param seeds the batches' master seeds
     * @param ratios each batch's ratios, same order as {@code seeds}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the two lists differ in length
     */
    public static void write(Path target, long[] seeds, List<double[]> ratios) throws IOException {
        if (seeds.length != ratios.size()) {
            throw new IllegalArgumentException(seeds.length + " seeds for " + ratios.size() + " batches");
        }
        AtomicFiles.writeText(target, w -> {
            w.write("seed,game,ratio\n");
            for (int k = 0; k < seeds.length; k++) {
                double[] r = ratios.get(k);
                for (int g = 0; g < r.length; g++) {
                    w.write(seeds[k] + "," + (g + 1) + "," + r[g] + "\n");
                }
            }
        });
    }
}
