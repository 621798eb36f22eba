package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reproduction machinery on a short Table 4.2 protocol (3 seeds, 1000 episodes per phase). Only facts that
 * hold at that length are asserted; the full protocol's numbers are checked by {@code reproduce}.
 */
class ReproductionRunTest {
    static final PresetSource PRESETS = PresetSource.folder(Path.of("presets"));
    static final int SEEDS = 3;
    static final int PHASE = 1000;

    static ReproductionRun run;
    static ReproductionResult result;
    static final List<String> FINISHED = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @BeforeAll
    static void runShortProtocol() throws PresetException {
        run = ReproductionRun.prepare(new AmdTable42(PHASE), PRESETS, SEEDS, 0);
        result = run.run(null, FINISHED::add);
    }

    @Test
    void shouldReportEveryRunsFiguresAsItEnds() {
        assertEquals(run.presets().size() * SEEDS, FINISHED.size(), "one line per run: " + FINISHED);
        for (Preset p : run.presets()) {
            for (int k = 0; k < SEEDS; k++) {
                String head = p.name() + ", seed " + (p.seed() + k) + ": ";
                List<String> lines = FINISHED.stream().filter(l -> l.startsWith(head)).toList();
                assertEquals(1, lines.size(), head);
                for (CellResult c : result.rows()) {
                    if (c.cell().preset().equals(p)) {
                        String label = c.cell().metric().label() + " ";
                        assertTrue(lines.get(0).contains(label), label + "in " + lines.get(0));
                    }
                }
            }
        }
    }

    static double mean(ReproductionResult r, String game, String setting, TableMetric metric) {
        List<CellResult> hits = r.rows().stream().filter(c -> c.cell().experiment().equals(game)
                && c.cell().setting().equals(setting) && c.cell().metric() == metric).toList();
        assertEquals(1, hits.size(), game + " / " + setting + " / " + metric);
        return hits.get(0).ours().mean();
    }

    @Test
    void shouldRunEachDistinctPresetOnceWithTheOverriddenSeeds() {
        assertEquals(9, run.presets().size());
        for (Preset p : run.presets()) {
            assertEquals(SEEDS, p.seeds(), p.name());
        }
        long expected = SEEDS * (6L * PHASE + 3L * 2 * PHASE);
        assertEquals(expected, run.totalEpisodes());
    }

    @Test
    void shouldTurnThePlannerOffAfterOnePhase() {
        List<PlannerPreset> off = run.presets().stream().map(PlannerPreset.class::cast)
                .filter(p -> p.planner().turnOffAtEpisode() != null).toList();
        assertEquals(3, off.size());
        for (PlannerPreset p : off) {
            assertEquals(PHASE, p.planner().turnOffAtEpisode());
            assertEquals(2 * PHASE, p.episodes());
        }
    }

    @Test
    void shouldHaveEveryGameSettingAndMetricOnce() {
        assertEquals(18, result.rows().size());
        assertEquals(18, result.rows().stream().map(r -> r.cell().experiment() + "/" + r.cell().setting() + "/"
                + r.cell().metric()).collect(Collectors.toSet()).size());
    }

    @Test
    void shouldLiftCooperationFarAboveTheNoPlannerRunsInEveryGame() {
        for (String game : List.of("PD", "Chicken", "Stag Hunt")) {
            double with = mean(result, game, "planner", TableMetric.MUTUAL_COOPERATION);
            double without = mean(result, game, "no planner", TableMetric.MUTUAL_COOPERATION);
            assertTrue(with > without + 0.3, game + ": " + with + " vs " + without);
            assertTrue(mean(result, game, "planner", TableMetric.WELFARE)
                    > mean(result, game, "no planner", TableMetric.WELFARE), game);
        }
        assertTrue(mean(result, "PD", "no planner", TableMetric.MUTUAL_COOPERATION) < 0.05);
    }

    @Test
    void shouldKeepStagHuntCooperationAfterTurningOffBetterThanPd() {
        assertTrue(mean(result, "Stag Hunt", "turned off", TableMetric.MUTUAL_COOPERATION)
                > mean(result, "PD", "turned off", TableMetric.MUTUAL_COOPERATION));
    }

    @Test
    void shouldJudgeEachCellByItsInterval() {
        for (CellResult r : result.rows()) {
            assertEquals(r.cell().accept().contains(r.ours().mean()), r.inInterval());
            assertEquals(r.inInterval() && r.patternHolds(), r.ok());
            assertTrue(r.ours().std() >= 0);
        }
        assertEquals(result.rows().stream().allMatch(CellResult::ok), result.ok());
    }

    @Test
    void shouldPrintPaperAndOursAsPercentagesWithAVerdictPerCell() {
        String table = ReproductionTable.format(result);
        assertTrue(table.contains("| 98.7% ± 0.1% "), table);
        assertTrue(table.contains("| 2.024 ± 0.003 "), table);
        long verdicts = table.lines().filter(l -> l.endsWith("| ok") || l.contains("| FAIL (")).count();
        assertEquals(result.rows().size(), verdicts, table);
    }

    @Test
    void shouldGiveTheSameNumbersOnASecondRun() throws PresetException {
        ReproductionResult again = ReproductionRun.prepare(new AmdTable42(PHASE), PRESETS, SEEDS, 0).run(null);
        for (int k = 0; k < result.rows().size(); k++) {
            assertEquals(result.rows().get(k).ours(), again.rows().get(k).ours());
        }
    }

    @Test
    void shouldFoldTable43PatternsIntoTheVerdicts() throws PresetException {
        ReproductionResult r = ReproductionRun.prepare(new AmdTable43(300), PRESETS, 2, 0).run(null);
        assertEquals(18, r.rows().size());
        int patterns = 0;
        for (CellResult c : r.rows()) {
            Pattern p = c.cell().pattern();
            if (p == null) {
                assertTrue(c.patternHolds());
                continue;
            }
            patterns++;
            double reference = mean(r, c.cell().experiment(), p.reference(), c.cell().metric());
            assertEquals(p.holds(c.ours().mean(), reference), c.patternHolds(), c.cell().toString());
        }
        assertEquals(9, patterns, "revenue-neutral and estimated P(C,C), estimated AAR, per game");
    }
}
