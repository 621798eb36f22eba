package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.LioMetricNames;
import org.incentivelab.run.Metrics;
import org.incentivelab.run.ProbeReading;
import org.junit.jupiter.api.Test;

/** The LIO figures a reproduction table reads from a finished run: the learning-curve mean and the probes. */
class TableMetricTest {
    @Test
    void shouldAverageTheLearningCurveAndTheProbesWhereTheThesisHarvesterPaysCOverM() throws Exception {
        LioPreset p = (LioPreset) PresetLoader.with(PresetLoader.with(
                PresetLoader.load(Path.of("presets", "lio-cleanup-7x7.json")), "evaluationPeriod", 2), "episodes", 10);
        LioExperiment run = new LioExperiment(p, 7);
        run.run(10);
        double[] curve = run.metrics().series(run.metrics().names().indexOf(LioMetricNames.COLLECTIVE_RETURN));
        assertEquals(6, curve.length, "evaluations at 0, 2, …, 10");
        assertEquals(Arrays.stream(curve).sum() / 6, TableMetric.COLLECTIVE_RETURN_CURVE.of(run), 1e-12);
        var readings = run.probeReadings();
        double expected = 0;
        for (ProbeReading r : readings.subList(0, 3)) {
            expected += (r.c() - r.m()) / 3;
        }
        assertEquals(0.8, readings.get(3).fraction(), "the fourth checkpoint (40k) is left out");
        assertEquals(expected, TableMetric.PROBE_C_MINUS_M_DURING.of(run), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> TableMetric.MUTUAL_COOPERATION.of(run));
    }

    @Test
    void shouldHaveNoProbeFigureBeforeTheFirstCheckpoint() throws Exception {
        LioPreset p = (LioPreset) PresetLoader.with(
                PresetLoader.load(Path.of("presets", "lio-cleanup-7x7.json")), "episodes", 20);
        LioExperiment run = new LioExperiment(p, 7);
        run.run(3);
        assertEquals(Double.NaN, TableMetric.PROBE_C_MINUS_M_DURING.of(run));
    }

    @Test
    void shouldCountAnAgentWhoseEstimatesKeptTheDilemmaRemovedForFiveHundredEpisodes() {
        // Agent 1: T < R and P < S from episode 200 to 700 (exactly 500 episodes), lost again at the end;
        // agent 2: two 400-episode stretches (S − P ≤ 0 at episode 500) — not held.
        double[][] agent1 = {{-1, -1, 1, 1, 1, 1, 1, 1, -1}, {1, 1, 2, 2, 2, 2, 2, 2, 2}};
        double[][] agent2 = {{1, 1, 1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 0, 1, 1, 1}};
        String start = "start";
        Metrics m = new Metrics(java.util.List.of(LioMetricNames.rewardMinusTemptation(start, 1),
                LioMetricNames.suckerMinusPunishment(start, 1), LioMetricNames.rewardMinusTemptation(start, 2),
                LioMetricNames.suckerMinusPunishment(start, 2)));
        for (int k = 0; k < 9; k++) {
            m.record(100L * k, new double[] {agent1[0][k], agent1[1][k], agent2[0][k], agent2[1][k]});
        }
        assertEquals(0.5, TableMetric.heldShare(m, 2), 0.0);
    }

    @Test
    void shouldGiveTheCleanersShareOfTheIncentivesTheRegulatorPaid() throws Exception {
        LioPreset p = (LioPreset) PresetLoader.with(
                PresetLoader.load(Path.of("presets", "iqflow-cleanup-7x7.json")), "episodes", 4);
        LioExperiment run = new LioExperiment(p, 7);
        run.run(4);
        var summary = run.summary();
        double[] extrinsic = summary.extrinsic();
        double[] received = summary.received();
        int cleaner = extrinsic[1] < extrinsic[0] ? 1 : 0;
        double total = received[0] + received[1];
        assertEquals(true, total > 0, "a fresh regulator pays about 1 per step");
        assertEquals(received[cleaner] / total, TableMetric.CLEANER_INCENTIVE_SHARE.of(run), 1e-12,
                "every figure reads the same final evaluation");
        run.run(1);
        assertEquals(5, run.summary().episodes(), "a new evaluation once the run trained further");
    }
}
