package org.incentivelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incentivelab.mech.iqflow.SavedMechanism;
import org.incentivelab.report.MechanismFile;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.report.ProbeCsv;
import org.incentivelab.report.SeriesCsv;
import org.incentivelab.run.Experiment;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.Metrics;
import org.incentivelab.run.ProbeReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    static final int SEEDS = 2;
    static final int FIRST_SEED = 7;
    static final int EPISODES = 300;

    @Test
    void shouldWriteOneCsvPerSeriesAndASummary(@TempDir Path dir) throws IOException, PresetException {
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "amd-pd-planner", "--seeds", "" + SEEDS, "--seed", "" + FIRST_SEED,
                "--episodes", "" + EPISODES, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("P(C,C)"), r.out());

        PlannerPreset preset = (PlannerPreset) PresetLoader.load(Path.of("presets", "amd-pd-planner.json"));
        Experiment reference = new Experiment(preset, FIRST_SEED);
        reference.run(EPISODES);
        Metrics metrics = reference.metrics();
        for (int s = 0; s < metrics.names().size(); s++) {
            Path csv = out.resolve(SeriesCsv.fileName(metrics.names().get(s)));
            List<String> lines = Files.readAllLines(csv);
            assertEquals("episode,seed_7,seed_8", lines.get(0));
            assertEquals(metrics.size() + 1, lines.size(), csv.toString());
            double[] episodes = metrics.episodes();
            double[] values = metrics.series(s);
            double[] firstSeed = new double[values.length];
            for (int i = 0; i < episodes.length; i++) {
                String[] cells = lines.get(i + 1).split(",");
                assertEquals(1 + SEEDS, cells.length);
                assertEquals((long) episodes[i], Long.parseLong(cells[0]));
                firstSeed[i] = Double.parseDouble(cells[1]);
            }
            assertArrayEquals(values, firstSeed, csv.toString());
        }

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertFalse(Files.exists(out.resolve(org.incentivelab.report.PartialSeries.FOLDER)),
                "the data-so-far folder is gone once the complete files are written");
        assertEquals(preset.name(), summary.get("preset").get("name").asText());
        assertEquals(EPISODES, summary.get("episodes").asInt());
        assertEquals(SEEDS, summary.get("seeds").size());
        assertEquals(SEEDS, summary.get("runs").size());
        JsonNode first = summary.get("runs").get(0);
        assertEquals(FIRST_SEED, first.get("seed").asLong());
        assertEquals(reference.summary().mutualCooperation(), first.get("mutualCooperation").asDouble());
        assertEquals(reference.summary().averageAdditionalReward(), first.get("averageAdditionalReward").asDouble());
        for (String metric : List.of("P(C,C)", "V", "AAR")) {
            JsonNode a = summary.get("aggregate").get(metric);
            assertTrue(a.get("mean").isNumber() && a.get("std").asDouble() >= 0, metric);
        }
        assertEquals(metrics.names().size(), summary.get("series").size());
    }

    @Test
    void shouldWriteTheHarvestersProbeReadingsOfACleanupLioRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "lio-cleanup-7x7", "--seeds", "1", "--seed", "3",
                "--episodes", "10", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        LioPreset preset = (LioPreset) PresetLoader.with(PresetLoader.load(Path.of("presets", "lio-cleanup-7x7.json")),
                "episodes", 10);
        LioExperiment reference = new LioExperiment(preset, 3);
        reference.run(10);
        List<String> lines = Files.readAllLines(out.resolve(ProbeCsv.FILE));
        assertEquals("seed,fraction,episode,harvester,R,C,M", lines.get(0));
        assertEquals(1 + LioExperiment.PROBE_FRACTIONS.length, lines.size());
        ProbeReading first = reference.probeReadings().get(0);
        assertEquals("3,0.2,2," + (first.harvester() + 1) + "," + first.r() + "," + first.c() + "," + first.m(),
                lines.get(1));
        CliRunner.Result er = CliRunner.run("run", "lio-er-2-1", "--seeds", "1", "--episodes", "10", "--out",
                dir.resolve("er").toString());
        assertEquals(0, er.code(), er.err());
        assertFalse(Files.exists(dir.resolve("er").resolve(ProbeCsv.FILE)), "only Cleanup runs are probed");
        CliRunner.Result iq = CliRunner.run("run", "iqflow-chicken", "--seeds", "1", "--episodes", "60", "--out",
                dir.resolve("iq").toString());
        assertEquals(0, iq.code(), iq.err());
        assertTrue(iq.out().matches("(?s).*seed 12341 incentivised Q at the start state: agent 1 R−T [+-]\\d+\\.\\d\\d "
                + "S−P [+-]\\d+\\.\\d\\d, agent 2 .*"), iq.out());
    }

    @Test
    void shouldSaveEachSeedsTrainedRegulatorAndLoadItFrozenIntoFreshAgents(@TempDir Path dir) throws Exception {
        Path trained = dir.resolve("trained");
        CliRunner.Result r = CliRunner.run("run", "iqflow-stag-hunt", "--seeds", "2", "--seed", "5", "--episodes",
                "60", "--out", trained.toString());
        assertEquals(0, r.code(), r.err());
        Path file = trained.resolve("mechanism-5.json");
        SavedMechanism saved = MechanismFile.read(file);
        assertTrue(Files.exists(trained.resolve("mechanism-6.json")));
        LioPreset p = (LioPreset) PresetLoader.with(PresetLoader.load(Path.of("presets", "iqflow-stag-hunt.json")),
                "episodes", 60);
        LioExperiment reference = new LioExperiment(p, 5);
        reference.run(60);
        assertArrayEquals(reference.savedMechanism().eta(), saved.eta(), "the file holds the run's η");
        assertEquals(60, saved.episode());

        Path fresh = dir.resolve("fresh");
        CliRunner.Result load = CliRunner.run("run", "iqflow-stag-hunt", "--seeds", "1", "--seed", "9",
                "--episodes", "40", "--mechanism", file.toString(), "--out", fresh.toString());
        assertEquals(0, load.code(), load.err());
        assertArrayEquals(saved.eta(), MechanismFile.read(fresh.resolve("mechanism-9.json")).eta(),
                "frozen: the regulator did not learn");

        CliRunner.Result wrong = CliRunner.run("run", "iqflow-er-5-2", "--seeds", "1", "--episodes", "5",
                "--mechanism", file.toString(), "--out", dir.resolve("wrong").toString());
        assertTrue(wrong.code() != 0 && wrong.err().contains("cannot load the mechanism"), wrong.err());
        Files.writeString(dir.resolve("bad.json"), "{\"format\": \"other\"}");
        CliRunner.Result bad = CliRunner.run("run", "iqflow-stag-hunt", "--mechanism",
                dir.resolve("bad.json").toString(), "--out", dir.resolve("bad").toString());
        assertTrue(bad.code() != 0 && bad.err().contains("bad.json"), bad.err());
        Files.writeString(dir.resolve("old.json"), Files.readString(file).replace(SavedMechanism.FORMAT,
                SavedMechanism.FORMAT_1).replace("\"squash\" : \"SIGMOID\",", ""));
        CliRunner.Result old = CliRunner.run("run", "iqflow-stag-hunt", "--mechanism",
                dir.resolve("old.json").toString(), "--out", dir.resolve("old").toString());
        assertTrue(old.code() != 0 && old.err().contains("old.json") && old.err().contains("\"squash\": \"SIGMOID\""),
                old.err());
    }
}
