package org.incentivelab.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static List<Experiment> planner(List<LabRun> runs) {
        return runs.stream().map(Experiment.class::cast).toList();
    }

    private static PlannerPreset preset(String file, int episodes, int seeds) throws Exception {
        return ((PlannerPreset) PresetLoader.load(Path.of("presets", file))).withRuns(episodes, seeds, 7);
    }

    private static Snapshot await(Trainer trainer, Predicate<Snapshot> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Snapshot s = trainer.latest();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("trainer did not reach the condition; last snapshot at episode "
                + trainer.latest().episode());
    }

    @Test
    void shouldGiveIdenticalSeriesForTheSamePresetAndSeed() throws Exception {
        PlannerPreset p = preset("amd-pd-planner.json", 600, 1);
        Experiment a = new Experiment(p, 3);
        Experiment b = new Experiment(p, 3);
        a.run(600);
        b.run(600);
        for (int s = 0; s < a.metrics().names().size(); s++) {
            assertArrayEquals(a.metrics().series(s), b.metrics().series(s), a.metrics().names().get(s));
        }
        Experiment c = new Experiment(p, 4);
        c.run(600);
        assertNotEquals(a.summary().mutualCooperation(), c.summary().mutualCooperation());
    }

    @Test
    void shouldReplayATrainerSessionFromItsCommandLog() throws Exception {
        PlannerPreset p = preset("amd-pd-planner.json", 2000, 2);
        List<Experiment> live;
        List<Command.Timed> log;
        try (Trainer trainer = new Trainer(p)) {
            trainer.step(150);
            await(trainer, s -> s.episode() == 150);
            trainer.submit(new Command.OverrideIncentive(0, 0, 0, -2.5));
            trainer.step(100);
            await(trainer, s -> s.episode() == 250);
            trainer.submit(new Command.SetMechanism(false));
            trainer.step(50);
            await(trainer, s -> s.episode() == 300);
            log = trainer.log();
            live = planner(trainer.runs());
        }
        assertEquals(List.of(150L, 250L), log.stream().map(Command.Timed::episode).toList());
        List<Experiment> replay = planner(SeedBatch.run(p.withRuns(300, 2, p.seed()), log, null));
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(live.get(k).probabilities(), replay.get(k).probabilities());
            assertEquals(live.get(k).summary().paidTotal(), replay.get(k).summary().paidTotal());
            for (int s = 0; s < live.get(k).metrics().names().size(); s++) {
                assertArrayEquals(live.get(k).metrics().series(s), replay.get(k).metrics().series(s));
            }
        }
        assertNotEquals(live.get(0).summary().paidTotal(),
                planner(SeedBatch.run(p.withRuns(300, 1, p.seed()), null)).get(0).summary().paidTotal(),
                "the log matters: without it the run differs");
    }

    @Test
    void shouldStepPastThePresetsEndAndThenRunOn() throws Exception {
        PlannerPreset p = preset("amd-pd-planner.json", 100, 1);
        try (Trainer trainer = new Trainer(p)) {
            trainer.step(150);
            await(trainer, s -> s.episode() == 150);
            trainer.setRunning(true);
            await(trainer, s -> s.episode() > 400);
        }
    }

    @Test
    void shouldShowNoIncentivesWhileThePlannerIsInactive() throws Exception {
        PlannerPreset p = preset("amd-pd-no-planner.json", 1000, 1);
        try (Trainer trainer = new Trainer(p)) {
            trainer.step(50);
            Snapshot s = await(trainer, x -> x.episode() == 50);
            for (double[][] player : s.planner().incentives()) {
                for (double[] row : player) {
                    for (double r : row) {
                        assertEquals(0, r);
                    }
                }
            }
            assertEquals(s.planner().payoffs().greed(), s.planner().modifiedGame(0).greed());
            assertEquals(s.planner().payoffs().greed(), s.focus(MetricNames.greed(1)).orElseThrow().last());
        }
    }

    @Test
    void shouldStopPayingAndLearningWhenThePlannerIsSwitchedOff() throws Exception {
        PlannerPreset p = preset("amd-pd-planner.json", 1000, 1);
        try (Trainer trainer = new Trainer(p)) {
            trainer.step(200);
            Snapshot on = await(trainer, s -> s.episode() == 200);
            assertTrue(on.mechanismActive());
            double paidBefore = on.series(MetricNames.PAID_CUMULATIVE).orElseThrow().last();
            assertTrue(paidBefore > 0);
            trainer.submit(new Command.SetMechanism(false));
            trainer.step(100);
            Snapshot off = await(trainer, s -> s.episode() == 300);
            assertFalse(off.mechanismActive());
            assertEquals(paidBefore, off.series(MetricNames.PAID_CUMULATIVE).orElseThrow().last(), 1e-9);
            assertEquals(List.of(new Snapshot.Marker(200, "planner off")), off.markers());
        }
    }

    @Test
    void shouldPauseOnceAtThePresetsEpisodesAndContinueAfterwards() throws Exception {
        PlannerPreset p = preset("amd-stag-hunt-planner.json", 300, 1);
        try (Trainer trainer = new Trainer(p)) {
            trainer.setRunning(true);
            Snapshot end = await(trainer, s -> s.episode() == 300 && !s.running());
            assertEquals(300, end.episodesPlanned());
            Thread.sleep(50);
            assertEquals(300, trainer.latest().episode());
            trainer.setRunning(true);
            await(trainer, s -> s.episode() > 300);
        }
    }

    @Test
    void shouldPublishThePauseAtOnce() throws Exception {
        PlannerPreset p = preset("amd-pd-planner.json", 1_000_000, 1);
        try (Trainer trainer = new Trainer(p)) {
            trainer.setSpeed(2000);
            trainer.setRunning(true);
            await(trainer, s -> s.running() && s.episode() > 20);
            trainer.setRunning(false);
            Snapshot paused = await(trainer, s -> !s.running());
            Thread.sleep(50);
            assertEquals(paused.episode(), trainer.latest().episode());
        }
    }

    @Test
    void shouldAverageSeedsWithABand() throws Exception {
        PlannerPreset p = preset("amd-chicken-no-planner.json", 500, 3);
        try (Trainer trainer = new Trainer(p)) {
            trainer.step(500);
            Snapshot s = await(trainer, x -> x.episode() == 500);
            Series pc = s.series(MetricNames.cooperation(1)).orElseThrow();
            double mean = 0;
            for (Experiment run : planner(trainer.runs())) {
                mean += run.probabilities()[0] / 3;
            }
            assertEquals(mean, pc.last(), 1e-12);
            assertTrue(pc.std() != null && pc.std()[pc.std().length - 1] >= 0);
            assertTrue(pc.episodes().length <= Trainer.DISPLAY_POINTS);
            Series focus = s.focus(MetricNames.cooperation(1)).orElseThrow();
            assertEquals(planner(trainer.runs()).get(0).probabilities()[0], focus.last(), 1e-12, "focus = first seed");
            assertEquals(focus.mean().length, s.trajectory()[0].length);
        }
    }

    @Test
    void shouldStopOnNonFiniteNumbersKeepingTheDataAndNamingTheComponent() throws Exception {
        PlannerPreset base = preset("amd-pd-planner.json", 1000, 1);
        PlannerPreset huge = (PlannerPreset) PresetLoader.with(PresetLoader.with(base, "game.payoffs.temptation", 1e308),
                "game.payoffs.reward", 9e307);
        try (Trainer trainer = new Trainer(huge)) {
            trainer.setRunning(true);
            Snapshot s = await(trainer, x -> x.failure().isPresent() && !x.running());
            String message = s.failure().orElseThrow();
            assertTrue(message.contains("seed 7") && message.contains("episode"), message);
            assertTrue(message.contains("learner") || message.contains("planner"), message);
            assertFalse(s.running());
            long stoppedAt = s.episode();
            Thread.sleep(50);
            assertEquals(stoppedAt, trainer.latest().episode());
        }
    }

    @Test
    void shouldRejectABadCommandWithoutStoppingTheRun() throws Exception {
        PlannerPreset p = preset("amd-pd-planner.json", 1000, 1);
        try (Trainer trainer = new Trainer(p)) {
            trainer.submit(new Command.OverrideIncentive(5, 0, 0, 1));
            trainer.step(10);
            Snapshot s = await(trainer, x -> x.episode() == 10);
            assertTrue(s.notice().orElseThrow().contains("player 5"), s.notice().toString());
            assertTrue(s.failure().isEmpty());
            assertTrue(trainer.log().isEmpty());
        }
    }

    @Test
    void shouldReplayALioBatchWithItsLoggedCommandsBitForBit() throws Exception {
        Preset p = ((LioPreset) PresetLoader.load(Path.of("presets", "lio-er-2-1.json"))).withRuns(600, 2, 3);
        List<Command.Timed> log;
        List<LabRun> live;
        try (Trainer trainer = new Trainer(p)) {
            trainer.step(200);
            await(trainer, s -> s.episode() == 200);
            trainer.submit(new Command.SetMaxIncentive(1.0));
            trainer.submit(new Command.SetCostWeight(0.5));
            trainer.step(200);
            await(trainer, s -> s.episode() == 400);
            trainer.submit(new Command.SetMechanism(false));
            trainer.step(200);
            Snapshot end = await(trainer, s -> s.episode() == 600);
            assertEquals("incentives off", end.markers().get(0).label());
            assertEquals(1.0, end.lio().maxReward());
            assertTrue(!end.mechanismActive());
            log = trainer.log();
            live = trainer.runs();
        }
        List<LabRun> replay = SeedBatch.run(p, log, null);
        for (int k = 0; k < 2; k++) {
            for (int s = 0; s < live.get(k).metrics().names().size(); s++) {
                assertArrayEquals(live.get(k).metrics().series(s), replay.get(k).metrics().series(s));
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> new Command.OverrideIncentive(0, 0, 0, 1).applyTo(replay.get(0)), "no planner in a LIO run");
    }
}
