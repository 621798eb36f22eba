package org.incentivelab.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

/** A LIO run as the trainer and the views see it: evaluation series, switch, live settings, state, determinism. */
class LioExperimentTest {
    static LioPreset preset(String file) throws Exception {
        return (LioPreset) PresetLoader.load(Path.of("presets", file));
    }

    @Test
    void shouldReplayBitForBitFromTheSameSeed() throws Exception {
        LioPreset p = preset("lio-er-2-1.json");
        LioExperiment a = new LioExperiment(p, 4);
        LioExperiment b = new LioExperiment(p, 4);
        a.run(600);
        b.run(600);
        for (int s = 0; s < a.metrics().names().size(); s++) {
            assertArrayEquals(a.metrics().series(s), b.metrics().series(s), a.metrics().names().get(s));
        }
        LioExperiment c = new LioExperiment(p, 5);
        c.run(600);
        assertNotEquals(java.util.Arrays.toString(a.metrics().series(2)), java.util.Arrays.toString(c.metrics().series(2)));
    }

    @Test
    void shouldReplayCleanupBitForBitWithAgentsOnParallelThreadsAndRecordItsLastTestEpisode() throws Exception {
        LioPreset p = (LioPreset) PresetLoader.with(preset("lio-cleanup-7x7.json"), "evaluationPeriod", 10);
        LioExperiment a = new LioExperiment(p, 4);
        LioExperiment b = new LioExperiment(p, 4);
        a.run(20);
        b.run(20);
        for (int s = 0; s < a.metrics().names().size(); s++) {
            assertArrayEquals(a.metrics().series(s), b.metrics().series(s), a.metrics().names().get(s));
        }
        GridEpisode shown = a.state().gridEpisode();
        assertEquals(20, shown.episode());
        assertEquals(50, shown.steps(), "Cleanup episodes last 50 steps");
        assertEquals(b.state().gridEpisode(), shown);
        assertEquals(0, shown.frames().get(0).step());
        assertEquals(-1, shown.frames().get(0).action(0), "the start frame has no actions");
        assertTrue(shown.frames().get(1).action(0) >= 0);
        assertNull(new LioExperiment(preset("lio-er-2-1.json"), 1).state().gridEpisode(),
                "only Cleanup runs record grid episodes");
    }

    @Test
    void shouldProbeTheHarvesterOfTheLatestEvaluationAtTheThesisCheckpointsOfACleanupRun() throws Exception {
        LioPreset p = (LioPreset) PresetLoader.with(PresetLoader.with(preset("lio-cleanup-7x7.json"),
                "evaluationPeriod", 1), "episodes", 10);
        LioExperiment a = new LioExperiment(p, 3);
        int[] harvesters = new int[11];
        int ext1 = a.metrics().names().indexOf(LioMetricNames.extrinsic(1));
        int ext2 = a.metrics().names().indexOf(LioMetricNames.extrinsic(2));
        for (int e = 1; e <= 10; e++) {
            a.run(1);
            double[] r1 = a.metrics().series(ext1);
            double[] r2 = a.metrics().series(ext2);
            harvesters[e] = r2[e] > r1[e] ? 1 : 0;
        }
        var readings = a.probeReadings();
        assertEquals(4, readings.size(), "after 10k, 30k, 35k and 40k of 50k episodes: iterations 2, 6, 7, 8 of 10");
        long[] episodes = {2, 6, 7, 8};
        for (int k = 0; k < 4; k++) {
            ProbeReading r = readings.get(k);
            assertEquals(LioExperiment.PROBE_FRACTIONS[k], r.fraction());
            assertEquals(episodes[k], r.episode());
            assertEquals(harvesters[(int) r.episode()], r.harvester(), "the harvester of the latest evaluation");
            for (double paid : new double[] {r.r(), r.c(), r.m()}) {
                assertTrue(paid >= 0 && paid <= 2.0 * 50, "per episode in [0, R_max·steps]: " + paid);
            }
            assertEquals(r.c() - r.m(), r.cMinusM());
        }
        LioExperiment b = new LioExperiment(p, 3);
        b.run(10);
        assertEquals(readings, b.probeReadings(), "probing is deterministic");
        assertTrue(new LioExperiment(preset("lio-er-2-1.json"), 1).probeReadings().isEmpty());
        LioExperiment er = new LioExperiment(preset("lio-er-2-1.json"), 1);
        er.run(20);
        assertTrue(er.probeReadings().isEmpty(), "only Cleanup runs are probed");
    }

    @Test
    void shouldEvaluateAtEpisodeZeroAndEveryPeriod() throws Exception {
        LioExperiment run = new LioExperiment(preset("lio-er-2-1.json"), 1);
        run.run(350);
        assertArrayEquals(new double[] {0, 100, 200, 300}, run.metrics().episodes());
        assertEquals(LioMetricNames.all(run.preset().environment()), run.metrics().names());
    }

    @Test
    void shouldGiveNothingWhileIncentivesAreSwitchedOff() throws Exception {
        LioExperiment run = new LioExperiment(preset("lio-er-2-1.json"), 2);
        run.setMechanismSwitch(false);
        run.run(300);
        int given1 = run.metrics().names().indexOf(LioMetricNames.given(1));
        int given2 = run.metrics().names().indexOf(LioMetricNames.given(2));
        for (int k = 1; k < run.metrics().size(); k++) {
            assertEquals(0, run.metrics().series(given1)[k]);
            assertEquals(0, run.metrics().series(given2)[k]);
        }
        run.setMechanismSwitch(true);
        run.run(100);
        assertTrue(run.metrics().series(given1)[run.metrics().size() - 1] > 0, "giving again once back on");
    }

    @Test
    void shouldStopGivingAtTheScheduledEpisode() throws Exception {
        LioExperiment run = new LioExperiment(preset("lio-er-2-1.json"), 2);
        run.setTurnOffAtEpisode(200);
        run.run(199);
        assertTrue(run.mechanismActive());
        run.run(1);
        assertTrue(!run.mechanismActive());
    }

    @Test
    void shouldScaleIncentivesWithALiveMaxReward() throws Exception {
        LioExperiment run = new LioExperiment(preset("lio-er-2-1.json"), 3);
        run.setMaxReward(0.5);
        run.run(200);
        EpisodeTrace trace = run.state().trace();
        for (double[][] step : trace.given()) {
            for (double[] row : step) {
                for (double x : row) {
                    assertTrue(x >= 0 && x <= 0.5, "incentive " + x + " within the new R_max");
                }
            }
        }
        assertEquals(0.5, run.state().maxReward());
        assertThrows(IllegalArgumentException.class, () -> run.setMaxReward(0));
        assertThrows(IllegalArgumentException.class, () -> run.setCostWeight(-1));
        run.setCostWeight(0.25);
        assertEquals(0.25, run.state().costWeight());
    }

    @Test
    void shouldDescribeTheLatestEscapeRoomEpisodeForTheViews() throws Exception {
        LioExperiment run = new LioExperiment(preset("lio-er-3-2.json"), 1);
        run.run(100);
        LioState s = run.state();
        EpisodeTrace t = s.trace();
        assertNotNull(t.positions());
        assertEquals(t.steps() + 1, t.positions().length);
        for (int i = 0; i < 3; i++) {
            assertEquals(1, t.positions()[0][i], "everyone starts at start");
        }
        for (int k = 0; k < t.steps(); k++) {
            assertArrayEquals(t.actions()[k], t.positions()[k + 1], "positions follow the actions");
        }
        for (double[] pi : s.startPolicy()) {
            assertEquals(1, pi[0] + pi[1] + pi[2], 1e-12);
        }
        assertNull(s.stateIncentives());
        assertEquals(java.util.List.of("lever", "start", "door"), s.actionNames());
    }

    @Test
    void shouldDescribeTheIpdIncentivesPerState() throws Exception {
        LioExperiment run = new LioExperiment(preset("lio-ipd.json"), 1);
        LioState s = run.state();
        assertNull(s.trace().positions());
        assertEquals(2, s.stateIncentives().length);
        for (double[][] giver : s.stateIncentives()) {
            for (double[] state : giver) {
                for (double x : state) {
                    assertTrue(x >= 0 && x <= 3);
                }
            }
        }
        run.setMechanismSwitch(false);
        for (double[][] giver : run.state().stateIncentives()) {
            for (double[] state : giver) {
                assertArrayEquals(new double[2], state, "nothing is paid while incentives are off");
            }
        }
    }

    @Test
    void shouldReachMutualCooperationAndDefectCooperateInTheIpd() throws Exception {
        // Thesis 001 §5.4 (Fig. 5.4): two LIO agents cooperate; LIO against PG ends near (D, C). 60 000 episodes.
        LioSummary lio = finished("lio-ipd.json", 12340);
        assertEquals(-10, lio.collectiveReturn(), 0.5);
        LioSummary asym = finished("lio-asym-ipd.json", 12340);
        assertTrue(asym.actionRates()[0][0] < 0.1, "the LIO agent defects");
        assertTrue(asym.actionRates()[1][0] > 0.9, "the PG agent is paid to cooperate");
        LioSummary pg = finished("pg-ipd.json", 12340);
        assertTrue(pg.collectiveReturn() < -18, "PG agents defect: " + pg.collectiveReturn());
    }

    @Test
    void shouldSolveEscapeRoomTwoOneWithLioButNotWithPg() throws Exception {
        // Thesis 001 §5.4 (Fig. 5.5a): LIO near the optimum 9 in 50 000 episodes; PG negative.
        assertTrue(finished("lio-er-2-1.json", 12340).collectiveReturn() >= 8.5);
        assertTrue(finished("pg-er-2-1.json", 12340).collectiveReturn() < 0);
    }

    @Test
    void shouldLetTheMetaGradDesignerSolveEscapeRoomFiveTwo() throws Exception {
        // Thesis 001 §6.3 (Fig. 6.1): the designer's return net of incentives near 26; seed 12340 gets there by
        // 20 000 of the preset's 100 000 episodes.
        LioPreset p = preset("metagrad-er-5-2.json");
        LioExperiment run = new LioExperiment(p, 12340);
        run.run(20_000);
        LioSummary s = run.summary();
        assertTrue(s.designerReturn() >= 24, "designer return " + s.designerReturn());
        assertTrue(s.designerReturn() <= s.collectiveReturn() + 1e-9, "incentives are subtracted");
    }

    private static LioSummary finished(String file, long seed) throws Exception {
        LioPreset p = preset(file);
        LioExperiment run = new LioExperiment(p, seed);
        run.run(p.episodes());
        assertTrue(run.failure().isEmpty());
        return run.summary();
    }
}
