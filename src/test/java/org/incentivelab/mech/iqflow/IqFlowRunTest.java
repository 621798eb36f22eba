package org.incentivelab.mech.iqflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.nn.Squash;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.Command;
import org.incentivelab.run.LioMetricNames;
import org.incentivelab.run.QFlowState;
import org.junit.jupiter.api.Test;

/** IQ-Flow played through the lab's run machinery: it pays, learns, replays bit for bit and can be switched off. */
class IqFlowRunTest {
    static LioPreset preset(String file) throws Exception {
        return (LioPreset) PresetLoader.load(Path.of("presets", file));
    }

    @Test
    void shouldPayBothAgentsWithinRmaxAndReplayBitForBitFromTheSameSeed() throws Exception {
        LioPreset p = preset("iqflow-prisoners-dilemma.json");
        LioExperiment a = new LioExperiment(p, 3);
        LioExperiment b = new LioExperiment(p, 3);
        a.run(300);
        b.run(300);
        for (int s = 0; s < a.metrics().names().size(); s++) {
            assertArrayEquals(a.metrics().series(s), b.metrics().series(s), a.metrics().names().get(s));
        }
        assertTrue(a.failure().isEmpty(), a.failure().toString());
        int received1 = a.metrics().names().indexOf(LioMetricNames.received(1));
        double[] r = a.metrics().series(received1);
        double last = r[r.length - 1];
        assertTrue(last > 0 && last < 2.0 * p.environment().steps(), "per episode in (0, R_max·rounds): " + last);
        DilemmaGaps[] gaps = a.incentivisedGaps();
        assertEquals(2, gaps.length);
        for (DilemmaGaps g : gaps) {
            assertTrue(Double.isFinite(g.rewardMinusTemptation()) && Double.isFinite(g.suckerMinusPunishment()));
        }
        assertEquals(java.util.Arrays.asList(gaps), java.util.Arrays.asList(b.incentivisedGaps()), "deterministic");
        assertNull(new LioExperiment(preset("lio-ipd.json"), 1).incentivisedGaps(), "only IQ-Flow has the critics");
        assertNull(new LioExperiment(preset("lio-ipd.json"), 1).incentivisedPayoffGaps(), "nor a regulator");
    }

    /** A short reproduction of seed 004 Figs. 3–4 at the presets' seed (the full protocol: `reproduce iqflow-matrix-games`). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"iqflow-prisoners-dilemma.json", "iqflow-chicken.json",
        "iqflow-stag-hunt.json"})
    void shouldRemoveTheEstimatedDilemmaAtTheStartWithin1500Episodes(String file) throws Exception {
        LioPreset p = preset(file);
        LioExperiment run = new LioExperiment(p, p.seed());
        DilemmaGaps[] before = run.incentivisedGaps();
        run.run(1500);
        assertTrue(run.failure().isEmpty(), run.failure().toString());
        DilemmaGaps[] after = run.incentivisedGaps();
        for (int i = 0; i < 2; i++) {
            assertTrue(after[i].rewardMinusTemptation() > 0 && after[i].suckerMinusPunishment() > 0,
                    file + " agent " + (i + 1) + ": T < R and P < S on Q_ind at the start, got " + after[i]
                            + " (untrained " + before[i] + ")");
        }
    }

    @Test
    void shouldPayNothingWhileSwitchedOff() throws Exception {
        LioExperiment run = new LioExperiment(preset("iqflow-stag-hunt.json"), 4);
        run.setMechanismSwitch(false);
        run.run(200);
        for (int i = 1; i <= 2; i++) {
            double[] r = run.metrics().series(run.metrics().names().indexOf(LioMetricNames.received(i)));
            for (int k = 1; k < r.length; k++) {
                assertEquals(0, r[k], "agent " + i + " receives nothing while the mechanism is off");
            }
        }
    }

    @Test
    void shouldStartMetaStepsOnlyAfterStartTrainSteps() throws Exception {
        LioPreset p = preset("iqflow-chicken.json");
        IqFlowConfig c = p.iqflow();
        IqFlowLearner learner = new IqFlowLearner(c, 2, 2, 5, null, p.incentives().hidden(), 2.0, 3e-3, 0.99, 1);
        double[] o = new double[10];
        double[] r = new double[2];
        for (int t = 0; t < c.startTrain() - 1; t++) {
            learner.add(o, new int[] {t % 2, 0}, r, o, false);
            assertNull(learner.train(true), "no meta-step before startTrain: step " + t);
        }
        learner.add(o, new int[] {1, 1}, r, o, true);
        MetaStep step = learner.train(true);
        assertTrue(step != null && Double.isFinite(step.loss()), "the first meta-step at startTrain");
        assertNull(learner.train(false), "no meta-step while frozen");
        assertNull(learner.nonFinite());
    }

    @Test
    void shouldPoolTheMaskActivityOfTheMetaStepsSinceTheLastDrain() throws Exception {
        LioPreset p = preset("iqflow-chicken.json");
        IqFlowConfig c = p.iqflow();
        IqFlowLearner learner = new IqFlowLearner(c, 2, 2, 5, null, p.incentives().hidden(), 2.0, 3e-3, 0.99, 1);
        double[] o = new double[10];
        double[] r = {3, 3};
        long[] active = new long[2];
        long[] dilemma = new long[2];
        int steps = 0;
        double loss = 0;
        for (int t = 0; t < c.startTrain() + 5; t++) {
            learner.add(o, new int[] {t % 2, (t / 2) % 2}, r, o, t % 5 == 4);
            MetaStep step = learner.train(true);
            if (step != null) {
                steps++;
                loss += step.loss();
                for (int k = 0; k < step.active().length; k++) {
                    for (int i = 0; i < 2; i++) {
                        active[i] += step.active()[k][i] ? 1 : 0;
                        dilemma[i] += step.noDilemma()[k][i] ? 0 : 1;
                    }
                }
            }
        }
        MaskActivity m = learner.drainMaskActivity();
        assertEquals(steps, m.metaSteps());
        assertTrue(steps > 0);
        assertEquals(loss / steps, m.loss(), 1e-12);
        for (int i = 0; i < 2; i++) {
            assertEquals((double) active[i] / (steps * c.batch()), m.active()[i], 1e-12, "agent " + i);
            assertEquals((double) dilemma[i] / (steps * c.batch()), m.dilemma()[i], 1e-12, "agent " + i);
        }
        MaskActivity empty = learner.drainMaskActivity();
        assertEquals(0, empty.metaSteps());
        assertArrayEquals(new double[2], empty.active(), "a new stretch starts after each drain");
    }

    @Test
    void shouldReadEveryStateOfTheMatrixGameAndRecordTheIncentivisedGapsAtEachEvaluation() throws Exception {
        LioPreset p = preset("iqflow-prisoners-dilemma.json");
        LioExperiment run = new LioExperiment(p, 5);
        run.run(300); // evaluations every 100 episodes: the last one is at episode 300, now
        QFlowState q = run.qFlowState();
        for (int s = 0; s < QFlowState.STATES; s++) {
            for (int i = 0; i < 2; i++) {
                assertTrue(q.cooperation()[s][i] >= 0 && q.cooperation()[s][i] <= 1);
                for (int a = 0; a < 4; a++) {
                    double r = q.incentives()[s][a][i];
                    assertTrue(r > 0 && r < p.incentives().maxReward(), "sigmoid × R_max: " + r);
                }
                String name = IteratedMatrixGame.stateName(s);
                DilemmaGaps g = q.gaps(CriticPair.INCENTIVISED, s, i);
                assertEquals(g.rewardMinusTemptation(), last(run, LioMetricNames.rewardMinusTemptation(name, i + 1)));
                assertEquals(g.suckerMinusPunishment(), last(run, LioMetricNames.suckerMinusPunishment(name, i + 1)));
                double[][] env = q.values(CriticPair.ENVIRONMENT, s, i);
                assertTrue(env[0][0] != env[0][1] || env[1][0] != env[1][1], "the critic has learned something");
            }
        }
        DilemmaGaps[] start = run.incentivisedGaps();
        for (int i = 0; i < 2; i++) {
            assertEquals(q.gaps(CriticPair.INCENTIVISED, IteratedMatrixGame.START_FLAG, i), start[i]);
        }
        for (int i = 1; i <= 2; i++) {
            double active = last(run, LioMetricNames.maskActive(i));
            double dilemma = last(run, LioMetricNames.estimatedDilemma(i));
            assertTrue(active >= 0 && active <= 1 && dilemma >= 0 && dilemma <= 1, active + " " + dilemma);
        }
        assertTrue(last(run, LioMetricNames.META_LOSS) > 0, "meta-steps were taken since the last evaluation");
        assertNull(new LioExperiment(preset("lio-ipd.json"), 1).qFlowState(), "only IQ-Flow has the critics");
    }

    @Test
    void shouldKeepPayingButStopLearningWhileFrozen() throws Exception {
        LioExperiment run = new LioExperiment(preset("iqflow-stag-hunt.json"), 6);
        run.run(100);
        Command.FreezeIncentives freeze = new Command.FreezeIncentives(true);
        freeze.applyTo(run);
        double[][][] before = run.qFlowState().incentives();
        double[][][][][] critics = run.qFlowState().q();
        run.run(100);
        assertTrue(java.util.Arrays.deepEquals(before, run.qFlowState().incentives()),
                "η does not move while frozen");
        assertTrue(java.util.Arrays.deepEquals(critics, run.qFlowState().q()), "nor do the critics");
        assertTrue(last(run, LioMetricNames.received(1)) > 0, "a frozen regulator still pays");
        assertEquals(0, last(run, LioMetricNames.META_LOSS), "no meta-step while frozen");
        new Command.FreezeIncentives(false).applyTo(run);
        run.run(100);
        assertTrue(!java.util.Arrays.deepEquals(before, run.qFlowState().incentives()), "learning resumes");
    }

    @Test
    void shouldStartTheRegulatorFromTheReferencesOrthogonalInitWhenAsked() throws Exception {
        LioPreset glorot = (LioPreset) PresetLoader.with(preset("iqflow-prisoners-dilemma.json"),
                "iqflow.orthogonalInit", false);
        LioPreset orthogonal = (LioPreset) PresetLoader.with(glorot, "iqflow.orthogonalInit", true);
        double[] a = new LioExperiment(glorot, 3).savedMechanism().eta();
        double[] b = new LioExperiment(orthogonal, 3).savedMechanism().eta();
        assertEquals(a.length, b.length);
        assertTrue(!java.util.Arrays.equals(a, b), "another initial η");
        assertEquals(14, JointInput.length(10, 2, 2), "14 inputs into 16: W's rows are the orthogonal ones");
        double gram = 0;
        for (int o = 0; o < 16; o++) { // the first layer's first row (input-major)
            gram += b[o] * b[o];
        }
        assertEquals(2, gram, 1e-9, "a row of gain √2: squared norm 2");
        LioExperiment run = new LioExperiment(orthogonal, 3);
        run.run(20);
        assertTrue(run.failure().isEmpty(), run.failure().toString());
    }

    @Test
    void shouldLearnOneValuePerAgentForEveryStateAsTheReferenceWhenAsked() throws Exception {
        for (boolean constant : new boolean[] {true, false}) {
            LioPreset p = (LioPreset) PresetLoader.with(preset("iqflow-prisoners-dilemma.json"),
                    "iqflow.constantValues", constant);
            IqFlowLearner learner = new IqFlowLearner(p.iqflow(), 2, 2, 5, null, p.incentives().hidden(), 2.0,
                    p.incentives().learningRate(), 0.99, 7);
            double before = learner.critic(CriticPair.INCENTIVISED).value(0, IqFlowFixtures.joint(0));
            ReplayBuffer transitions = IqFlowFixtures.buffer(400, 8);
            double[] obs = new double[IqFlowFixtures.OBS];
            double[] next = new double[IqFlowFixtures.OBS];
            for (int t = 0; t < transitions.size(); t++) {
                learner.add(transitions.observation(t, obs), transitions.actions(t),
                        new double[] {transitions.reward(t, 0), transitions.reward(t, 1)},
                        transitions.nextObservation(t, next), transitions.done(t));
                learner.train(true);
            }
            for (CriticPair pair : CriticPair.values()) {
                IqlCritic critic = learner.critic(pair);
                for (int i = 0; i < 2; i++) {
                    double start = critic.value(i, IqFlowFixtures.joint(4));
                    boolean same = true;
                    for (int state = 0; state < 4; state++) {
                        same &= critic.value(i, IqFlowFixtures.joint(state)) == start;
                    }
                    boolean expected = constant && pair != CriticPair.COOPERATIVE; // the reference's V_coop sees s
                    assertEquals(expected, same, pair + " V^" + i + " the same in every state, constants " + constant);
                }
            }
            assertTrue(learner.critic(CriticPair.INCENTIVISED).value(0, IqFlowFixtures.joint(0)) != before,
                    "V_ind learned");
        }
    }

    @Test
    void shouldLearnOnCleanupsImageViewsThroughTheConvolutionalCritics() throws Exception {
        LioPreset p = (LioPreset) org.incentivelab.preset.PresetLoader.with(preset("iqflow-cleanup-7x7.json"),
                "evaluationPeriod", 4);
        LioExperiment run = new LioExperiment(p, 2);
        double[] before = run.savedMechanism().eta();
        run.run(8); // start_train 200 steps = 4 episodes of 50: meta-steps in episodes 5 to 8
        assertTrue(run.failure().isEmpty(), run.failure().toString());
        assertTrue(last(run, LioMetricNames.META_LOSS) > 0, "meta-steps on the image batches");
        assertTrue(!java.util.Arrays.equals(before, run.savedMechanism().eta()), "η learned");
        for (int i = 1; i <= 2; i++) {
            double received = last(run, LioMetricNames.received(i));
            assertTrue(received > 0 && received < 2.0 * 50, "per episode in (0, R_max·50): " + received);
        }
        assertNull(run.qFlowState(), "the matrix-game read-out is for 2×2 games");
    }

    @Test
    void shouldStartFromAPretrainedRegulatorFrozenAndRefuseOneOfAnotherShape() throws Exception {
        LioPreset p = preset("iqflow-stag-hunt.json");
        LioExperiment trained = new LioExperiment(p, 3);
        trained.run(50);
        SavedMechanism m = trained.savedMechanism();
        LioPreset pre = (LioPreset) org.incentivelab.preset.PresetLoader.with(p, "iqflow.pretrained", m);
        LioExperiment fresh = new LioExperiment(pre, 9);
        assertArrayEquals(m.eta(), fresh.savedMechanism().eta(), "the regulator starts as saved");
        fresh.run(30);
        assertArrayEquals(m.eta(), fresh.savedMechanism().eta(), "and stays frozen");
        assertTrue(fresh.state().frozen());
        assertTrue(last(fresh, LioMetricNames.received(1)) > 0, "it pays");
        LioPreset er = (LioPreset) org.incentivelab.preset.PresetLoader.with(preset("iqflow-er-5-2.json"),
                "iqflow.pretrained", m);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new LioExperiment(er, 1));
        assertTrue(e.getMessage().contains("cannot load the mechanism"), e.getMessage());
    }

    @Test
    void shouldStartPayingAlmostNothingWithTheMiniInitAndKeepItsSquashThroughSaveAndLoad() throws Exception {
        LioPreset sigmoid = preset("iqflow-stag-hunt.json");
        LioPreset mini = (LioPreset) PresetLoader.with(sigmoid, "iqflow.miniInit", true);
        LioExperiment a = new LioExperiment(sigmoid, 3);
        LioExperiment b = new LioExperiment(mini, 3);
        a.run(1);
        b.run(1);
        assertTrue(last(a, LioMetricNames.received(1)) > 0.5, "σ: ≈ R/2 per step at the start");
        assertTrue(last(b, LioMetricNames.received(1)) < 0.05, "mini init: ≈ 0");
        b.run(40);
        SavedMechanism m = b.savedMechanism();
        assertEquals(Squash.ABS_TANH, m.squash());
        assertEquals(Squash.SIGMOID, a.savedMechanism().squash());
        LioExperiment loaded = new LioExperiment((LioPreset) PresetLoader.with(sigmoid, "iqflow.pretrained", m), 9);
        assertEquals(Squash.ABS_TANH, loaded.savedMechanism().squash(), "a loaded regulator pays as it was trained");
        assertArrayEquals(m.eta(), loaded.savedMechanism().eta());
    }

    @Test
    void shouldDrawTheAgentsAfreshEveryResetPeriodAndKeepTheMechanism() throws Exception {
        LioPreset still = (LioPreset) org.incentivelab.preset.PresetLoader.with(preset("iqflow-chicken.json"),
                "policy.learningRate", 1e-12); // the policies hardly move: only a reset changes them
        LioPreset reset = (LioPreset) org.incentivelab.preset.PresetLoader.with(still, "iqflow.agentResetPeriod", 3);
        LioExperiment a = new LioExperiment(reset, 4);
        LioExperiment b = new LioExperiment(still, 4);
        double[][] start = a.state().startPolicy();
        a.run(3);
        b.run(3);
        assertArrayEquals(start[0], a.state().startPolicy()[0], 1e-9, "no reset before episode 3");
        a.run(1);
        b.run(1);
        assertArrayEquals(start[0], b.state().startPolicy()[0], 1e-9, "without resets the policy stays");
        assertTrue(Math.abs(start[0][0] - a.state().startPolicy()[0][0]) > 1e-4, "a fresh policy after the reset");
        assertArrayEquals(b.savedMechanism().eta(), a.savedMechanism().eta(), 1e-15,
                "the reset leaves the mechanism's η alone");
    }

    private static double last(LioExperiment run, String series) {
        double[] v = run.metrics().series(run.metrics().names().indexOf(series));
        return v[v.length - 1];
    }
}
