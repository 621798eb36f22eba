package org.incentivelab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incentivelab.run.Metrics;

/**
 * Writes the recorded series of a batch of runs of one preset as CSV, one file per series, atomically. A file
 * has the header {@code episode,seed_<s>,…} and one line per recorded episode with each seed's value
 * ({@link Double#toString}, exact on reading back). The runs of one preset record the same episodes unless one
 * stopped early on a NaN; the axis is then the union of the runs' episodes and a run's cell is empty where it
 * recorded nothing.
 */
public final class SeriesCsv {
    private static final String GREEK = "αβγδεηθλμνρστφψω";
    private static final String[] GREEK_NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "eta", "theta",
        "lambda", "mu", "nu", "rho", "sigma", "tau", "phi", "psi", "omega"};

    private SeriesCsv() {
    }

    /**
     * A series' file name: lower case, Greek letters spelled out, runs of characters other than letters, digits and
     * '_' become one '-', e.g. "P(C,C)" → {@code p-c-c.csv}, "r^p_1(D,C)" → {@code r-p_1-d-c.csv}, "trial ρ 1" →
     * {@code trial-rho-1.csv}.
     *
     * @param series a series name ({@link org.incentivelab.run.MetricNames})
     * @return its file name
     */
    public static String fileName(String series) {
        String latin = series.toLowerCase(Locale.ROOT);
        for (int k = 0; k < GREEK.length(); k++) {
            latin = latin.replace(GREEK.substring(k, k + 1), " " + GREEK_NAMES[k] + " ");
        }
        String stem = latin.replaceAll("[^a-z0-9_]+", "-").replaceAll("^-|-$", "");
        return (stem.isEmpty() ? "series" : stem) + ".csv";
    }

    /**
     * @param dir the folder to write into (created if missing)
     * @param seeds the runs' master seeds, in column order
     * @param metrics the runs' recorded series, same order as {@code seeds}, all with the same names
     * @return series name → file name, in the series' order
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if the runs do not share their series' names, or two series map to one
     *     file name
     */
    public static Map<String, String> write(Path dir, long[] seeds, List<Metrics> metrics) throws IOException {
        if (metrics.isEmpty() || seeds.length != metrics.size()) {
            throw new IllegalArgumentException(seeds.length + " seeds for " + metrics.size() + " runs");
        }
        Metrics first = metrics.get(0);
        for (Metrics m : metrics) {
            if (!m.names().equals(first.names())) {
                throw new IllegalArgumentException("the runs do not share their series");
            }
        }
        double[] axis = metrics.stream().flatMapToDouble(m -> Arrays.stream(m.episodes())).distinct().sorted()
                .toArray();
        double[][] runAxes = metrics.stream().map(Metrics::episodes).toArray(double[][]::new);
        Map<String, String> files = new LinkedHashMap<>();
        for (int s = 0; s < first.names().size(); s++) {
            String name = first.names().get(s);
            String file = fileName(name);
            if (files.containsValue(file)) {
                throw new IllegalArgumentException("two series map to " + file);
            }
            files.put(name, file);
            double[][] columns = new double[metrics.size()][];
            for (int k = 0; k < columns.length; k++) {
                columns[k] = metrics.get(k).series(s);
            }
            AtomicFiles.writeText(dir.resolve(file), w -> {
                w.write("episode");
                for (long seed : seeds) {
                    w.write(",seed_" + seed);
                }
                w.write('\n');
                for (double episode : axis) {
                    w.write(Long.toString((long) episode));
                    for (int k = 0; k < columns.length; k++) {
                        w.write(',');
                        int at = Arrays.binarySearch(runAxes[k], episode);
                        if (at >= 0) {
                            w.write(Double.toString(columns[k][at]));
                        }
                    }
                    w.write('\n');
                }
            });
        }
        return files;
    }
}
