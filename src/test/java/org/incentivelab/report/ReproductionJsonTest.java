package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproductionJsonTest {
    static final Set<String> EXPERIMENTS = Set.of("PD", "Chicken", "Stag Hunt");
    static final Set<String> SETTINGS = Set.of("no planner", "planner", "turned off", "revenue-neutral", "estimated");
    static final Set<String> METRICS = Set.of("P(C,C)", "V", "AAR");
    static final List<String> FIELDS = List.of("experiment", "setting", "metric", "paper", "ours_mean", "ours_std",
            "ok", "ours_runs");

    @Test
    void shouldWriteTheDocumentedSchemaForBothTables(@TempDir Path dir) throws IOException, PresetException {
        for (Reproduction r : List.of(new AmdTable42(200), new AmdTable43(200))) {
            ReproductionResult result = ReproductionRun.prepare(r, PresetSource.builtIn(), 2, 0).run(null);
            Path file = dir.resolve(r.name() + ".json");
            ReproductionJson.write(result, file);
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            assertEquals(List.of("name", "rows"), names(root));
            assertEquals(r.name(), root.get("name").asText());
            assertEquals(result.rows().size(), root.get("rows").size());
            for (JsonNode row : root.get("rows")) {
                assertEquals(FIELDS, names(row));
                assertTrue(EXPERIMENTS.contains(row.get("experiment").asText()), row.toString());
                assertTrue(SETTINGS.contains(row.get("setting").asText()), row.toString());
                assertTrue(METRICS.contains(row.get("metric").asText()), row.toString());
                assertTrue(row.get("paper").isNumber() && row.get("ours_mean").isNumber()
                        && row.get("ours_std").isNumber(), row.toString());
                assertTrue(row.get("ok").isBoolean(), row.toString());
                JsonNode runs = row.get("ours_runs");
                assertEquals(2, runs.size(), "one value per run: " + row);
                double mean = (runs.get(0).asDouble() + runs.get(1).asDouble()) / 2;
                assertEquals(row.get("ours_mean").asDouble(), mean, 1e-12, "the runs average to the mean");
                assertEquals(row.get("ours_std").asDouble(), Math.abs(runs.get(0).asDouble() - mean), 1e-12,
                        "population std of two runs");
                if (row.get("metric").asText().equals("P(C,C)")) {
                    for (String f : List.of("paper", "ours_mean", "ours_std")) {
                        double x = row.get(f).asDouble();
                        assertTrue(x >= 0 && x <= 1, f + " not a fraction: " + row);
                    }
                }
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
