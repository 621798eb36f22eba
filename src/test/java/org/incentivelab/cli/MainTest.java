package org.incentivelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @Test
    void shouldExitWith2AndNameTheFieldForAnOutOfRangePreset(@TempDir Path dir) throws IOException {
        String good = Files.readString(Path.of("presets", "amd-pd-planner.json"));
        String bad = good.replace("\"initialCooperation\": 0.25", "\"initialCooperation\": 1.5");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, bad);
        CliRunner.Result r = CliRunner.run("run", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("learners.initialCooperation"), r.err());
        assertTrue(r.err().contains(file.toString()), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void shouldKeepTheDataAndNameTheComponentWhenARunMeetsANaN(@TempDir Path dir) throws IOException {
        String good = Files.readString(Path.of("presets", "amd-pd-planner.json"));
        String huge = good.replace("\"temptation\": 4", "\"temptation\": 1e308")
                .replace("\"reward\": 3", "\"reward\": 9e307");
        Path file = dir.resolve("huge.json");
        Files.writeString(file, huge);
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("run", file.toString(), "--seeds", "2", "--episodes", "300", "--out",
                out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("seed 0 stopped") && r.err().contains("episode"), r.err());
        assertTrue(r.err().contains("learner") || r.err().contains("planner"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(Files.exists(out.resolve("summary.json")), "the data recorded so far is written");
        assertTrue(Files.readAllLines(out.resolve("p-c-1.csv")).size() > 1);
    }

    @Test
    void shouldExitWith2ForAnUnknownReproduction() {
        CliRunner.Result r = CliRunner.run("reproduce", "amd-table-9.9");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown reproduction 'amd-table-9.9'"), r.err());
        assertTrue(r.err().contains("amd-table-4.2"), r.err());
    }

    @Test
    void shouldListBothReproductions() {
        CliRunner.Result r = CliRunner.run("reproduce", "--list");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("amd-table-4.2") && r.out().contains("amd-table-4.3"), r.out());
        assertTrue(r.out().contains("Table 4.2") && r.out().contains("Table 4.3"), r.out());
    }

    @Test
    void shouldExitWith2ForAUsageError() {
        assertEquals(2, CliRunner.run("run").code());
        assertEquals(2, CliRunner.run("reproduce").code());
        assertEquals(2, CliRunner.run("run", "amd-pd-planner", "--seeds", "0").code());
    }

    @Test
    void shouldExitWith2ForAMissingPreset() {
        CliRunner.Result r = CliRunner.run("run", "no-such-preset");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-preset.json"), r.err());
    }
}
