package org.incentivelab.mech.iqflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.LioMetricNames;
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
        IqFlowLearner learner = new IqFlowLearner(c, 2, 2, 5, p.incentives().hidden(), 2.0, 3e-3, 0.99, 1);
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
}
