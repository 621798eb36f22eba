package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.LabRun;
import org.incentivelab.run.SeedBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A headless run's data so far: saved at checkpoints while the seeds train, gone once the run is complete. */
class PartialSeriesTest {
    @TempDir
    Path dir;

    private static PlannerPreset preset(int episodes, int seeds) throws Exception {
        return ((PlannerPreset) PresetLoader.load(Path.of("presets", "amd-pd-planner.json")))
                .withRuns(episodes, seeds, 7);
    }

    @Test
    void shouldCheckpointEveryRunBetweenChunksOnItsOwnThread() throws Exception {
        List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        List<LabRun> runs = SeedBatch.run(preset(1200, 2), List.of(), null,
                (seed, run) -> calls.add(seed + "@" + run.episode()), 0);
        assertEquals(2, runs.size());
        for (long seed : new long[] {7, 8}) {
            List<Long> episodes = calls.stream().filter(c -> c.startsWith(seed + "@"))
                    .map(c -> Long.parseLong(c.substring(c.indexOf('@') + 1))).toList();
            assertEquals(List.of(500L, 1000L, 1200L), episodes, "after every chunk of 500 episodes, in order");
        }
    }

    @Test
    void shouldSaveTheSeriesSoFarAndClearThemOnceComplete() throws Exception {
        PartialSeries partial = new PartialSeries(dir, new PrintWriter(new StringWriter()));
        LabRun run = SeedBatch.run(preset(300, 1), List.of(), null, partial, 0).get(0);
        Path file = partial.folder(7).resolve("p-c-c.csv");
        assertTrue(Files.exists(file), "P(C,C) saved so far");
        List<String> lines = Files.readAllLines(file);
        assertEquals("episode,seed_7", lines.get(0));
        assertEquals(run.metrics().size() + 1, lines.size(), "every row recorded by the checkpoint after the chunk");
        partial.clear();
        assertFalse(Files.exists(dir.resolve(PartialSeries.FOLDER)), "removed once the run is written");
        partial.clear();
    }

    @Test
    void shouldReportAFailedSaveOnceAndLetTheRunGoOn() throws Exception {
        Files.writeString(dir.resolve(PartialSeries.FOLDER), "a file where the folder should be");
        StringWriter err = new StringWriter();
        PartialSeries partial = new PartialSeries(dir, new PrintWriter(err));
        List<LabRun> runs = SeedBatch.run(preset(1200, 1), List.of(), null, partial, 0);
        assertEquals(1200, runs.get(0).episode(), "the run finished");
        String said = err.toString();
        assertTrue(said.contains("could not save the data so far"), said);
        assertEquals(said.indexOf("could not"), said.lastIndexOf("could not"), "reported once: " + said);
    }

    @Test
    void shouldRefuseANegativeInterval() throws Exception {
        PlannerPreset p = preset(10, 1);
        assertThrows(IllegalArgumentException.class, () -> SeedBatch.run(p, List.of(), null, (s, r) -> { }, -1));
    }
}
