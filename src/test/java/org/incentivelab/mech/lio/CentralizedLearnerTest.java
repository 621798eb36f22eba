package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.incentivelab.math.Rng;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

/** Cen: one learner over joint actions on the global observation, trained on the team's reward. */
class CentralizedLearnerTest {

    @Test
    void shouldDecodeOneJointActionForEveryAgentAndTrainOnTheTeamReward() throws Exception {
        LioAlgorithm cen = new LioAlgorithm(LioMetaGradientTest.preset("cen-cleanup-7x7.json", 2, 1), 3);
        int actions = cen.game().actions();
        assertEquals(cen.game().globalObservationSize(), cen.observationSize());
        assertEquals(actions * actions, cen.learners()[0].policy.actions());
        assertSame(cen.learners()[0], cen.learners()[1], "one learner acts for both");
        Trajectory tr = cen.newTrajectory();
        boolean paid = false;
        Rng[] acting = {Rng.forComponent(5, "a0"), Rng.forComponent(5, "a1")};
        Rng[] giving = {Rng.forComponent(5, "g0"), Rng.forComponent(5, "g1")};
        double[] global = new double[cen.observationSize()];
        for (int episode = 0; episode < 20; episode++) {
            cen.play(tr, 0.5, true, acting, giving, null);
            for (int t = 0; t < tr.steps(); t++) {
                int joint = tr.actions[t][0];
                assertEquals(joint % actions, tr.gameAction(t, 0), "agent 1 is the least significant digit");
                assertEquals(joint / actions, tr.gameAction(t, 1));
                assertEquals(tr.extrinsic(t, 0) + tr.extrinsic(t, 1), tr.reward(t, 0, true, false), 1e-12);
                paid |= tr.extrinsic(t, 1) > 0;
            }
        }
        assertTrue(paid, "agent 2 must collect at least once for the team-reward check to bite");
        cen.game().reset();
        cen.game().observeGlobal(global);
        assertEquals(global.length, tr.observation(0, 1).length, "every agent index holds the global observation");
    }

    @Test
    void shouldReportEachAgentsMarginalOfTheJointPolicy() throws Exception {
        LioAlgorithm cen = new LioAlgorithm(LioMetaGradientTest.preset("cen-cleanup-7x7.json", 2, 1), 4);
        int actions = cen.game().actions();
        double[] obs = new double[cen.observationSize()];
        cen.game().observeGlobal(obs);
        double[] joint = new double[actions * actions];
        cen.learners()[0].probabilities(obs, 0, joint);
        for (int agent = 0; agent < 2; agent++) {
            double[] marginal = new double[actions];
            cen.policy(agent, obs, marginal);
            double total = 0;
            for (int a = 0; a < actions; a++) {
                double expected = 0;
                for (int other = 0; other < actions; other++) {
                    expected += joint[agent == 0 ? a + actions * other : other + actions * a];
                }
                assertEquals(expected, marginal[a], 1e-12, "agent " + agent + ", action " + a);
                total += marginal[a];
            }
            assertEquals(1, total, 1e-12);
        }
    }

    @Test
    void shouldRejectCenWhereThereIsNoGlobalViewOrTooManyJointActions() throws Exception {
        PresetException e = assertThrows(PresetException.class,
                () -> PresetLoader.with(PresetLoader.load(Path.of("presets", "lio-ipd.json")), "method", "cen"));
        assertTrue(e.getMessage().contains("global observation"), e.getMessage());
        e = assertThrows(PresetException.class, () -> PresetLoader.with(
                PresetLoader.load(Path.of("presets", "metagrad-er-10-5.json")), "method", "cen"));
        assertTrue(e.getMessage().contains("4096"), e.getMessage());
        PresetLoader.with(PresetLoader.load(Path.of("presets", "lio-er-2-1.json")), "method", "cen"); // 3² is fine
    }
}
