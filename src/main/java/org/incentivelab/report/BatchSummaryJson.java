package org.incentivelab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.incentivelab.preset.Preset;

/**
 * Writes {@code summary.json} for a batch of runs of one preset, atomically:
 * <pre>
 * {"preset": {"name", "source", "expect", "file"}, "seeds": [s…], "episodes": E,
 *  "runs": [{"seed", "episodes", "cooperation": [P(C)_i…], "mutualCooperation", "welfare",
 *            "averageAdditionalReward", "paidTotal"}…],
 *  "aggregate": {"P(C,C)": {"mean", "std"}, "V": {…}, "AAR": {…}},
 *  "series": {series name: CSV file name…}}
 * </pre>
 * Probabilities are fractions in [0, 1]; V and AAR are payoff units per round; std is the population one
 * ({@link MeanStd}).
 */
public final class BatchSummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BatchSummaryJson() {
    }

    /**
     * @param preset the preset that was run (with the seeds and episodes actually used)
     * @param presetFile where the preset was read from
     * @param seeds the master seeds, in run order
     * @param summaries the runs' summaries ({@code RunSummary} or {@code LioSummary} records), same order
     * @param aggregate each headline figure's mean and std over the runs, by label
     * @param series series name → CSV file name, as returned by {@link SeriesCsv#write}
     * @return the JSON document
     */
    public static ObjectNode toJson(Preset preset, Path presetFile, long[] seeds, List<? extends Record> summaries,
            Map<String, MeanStd> aggregate, Map<String, String> series) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode p = root.putObject("preset");
        p.put("name", preset.name());
        p.put("source", preset.source());
        p.put("expect", preset.expect());
        p.put("file", presetFile.toString());
        root.set("seeds", MAPPER.valueToTree(seeds));
        root.put("episodes", preset.episodes());
        var runs = root.putArray("runs");
        for (int k = 0; k < summaries.size(); k++) {
            ObjectNode run = runs.addObject();
            run.put("seed", seeds[k]);
            run.setAll((ObjectNode) MAPPER.valueToTree(summaries.get(k)));
        }
        ObjectNode figures = root.putObject("aggregate");
        for (Map.Entry<String, MeanStd> e : aggregate.entrySet()) {
            ObjectNode cell = figures.putObject(e.getKey());
            cell.put("mean", e.getValue().mean());
            cell.put("std", e.getValue().std());
        }
        root.set("series", MAPPER.valueToTree(series));
        return root;
    }

    /**
     * @param file the file to create or replace
     * @param summary the document from {@link #toJson}
     * @throws IOException if writing fails (the file is then untouched)
     */
    public static void write(Path file, ObjectNode summary) throws IOException {
        String json = summary.toPrettyString();
        AtomicFiles.writeText(file, w -> w.write(json + System.lineSeparator()));
    }
}
