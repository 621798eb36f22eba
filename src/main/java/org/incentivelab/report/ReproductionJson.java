package org.incentivelab.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link ReproductionResult} as JSON, atomically:
 * {@code {"name": …, "rows": [{"experiment", "setting", "metric", "paper", "ours_mean", "ours_std", "ok",
 * "ours_runs"}]}} with probabilities as fractions in [0, 1] and other figures in their own units. "paper" is the
 * paper's mean; "ours_runs" lists each run's value in seed order (part 1's fields first, this one added after).
 */
public final class ReproductionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The document. @param name the reproduction's name @param rows one per cell */
    record Document(String name, List<Row> rows) {
    }

    /**
     * One cell.
     *
     * @param experiment e.g. "PD"
     * @param setting e.g. "planner"
     * @param metric "P(C,C)", "V" or "AAR"
     * @param paper the paper's mean
     * @param oursMean our mean over seeds
     * @param oursStd our population std over seeds
     * @param ok the verdict
     * @param oursRuns each run's value, in seed order
     */
    @JsonPropertyOrder({"experiment", "setting", "metric", "paper", "ours_mean", "ours_std", "ok", "ours_runs"})
    record Row(String experiment, String setting, String metric, double paper,
            @JsonProperty("ours_mean") double oursMean, @JsonProperty("ours_std") double oursStd, boolean ok,
            @JsonProperty("ours_runs") List<Double> oursRuns) {
    }

    private ReproductionJson() {
    }

    /** @param result a finished reproduction @return its JSON text */
    public static String toJson(ReproductionResult result) {
        List<Row> rows = result.rows().stream().map(r -> new Row(r.cell().experiment(), r.cell().setting(),
                r.cell().metric().label(), r.cell().paper().mean(), r.ours().mean(), r.ours().std(), r.ok(), r.runs()))
                .toList();
        try {
            return MAPPER.writeValueAsString(new Document(result.name(), rows));
        } catch (IOException e) {
            throw new IllegalStateException("a reproduction result always serialises", e);
        }
    }

    /**
     * @param result a finished reproduction
     * @param file the file to create or replace
     * @throws IOException if the file cannot be written (it is then untouched)
     */
    public static void write(ReproductionResult result, Path file) throws IOException {
        String json = toJson(result);
        AtomicFiles.writeText(file, w -> w.write(json + System.lineSeparator()));
    }
}
