package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.incentivelab.math.Rng;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

/** The IA baseline as played: observations end with the smoothed rewards, training rewards carry the IA term. */
class InequityAversePlayTest {

    @Test
    void shouldObserveSmoothedRewardsAndTrainOnTheInequityTerm() throws Exception {
        LioPreset p = (LioPreset) PresetLoader.load(Path.of("presets", "ia-cleanup-7x7.json"));
        LioAlgorithm ia = new LioAlgorithm(LioMetaGradientTest.preset("ia-cleanup-7x7.json", 2, 1), 7);
        int n = 2;
        int base = ia.game().observationSize();
        assertEquals(base + n, ia.observationSize());
        Trajectory tr = ia.newTrajectory();
        Rng[] acting = streams("act");
        Rng[] giving = streams("gift");
        double decay = p.policy().discount() * InequityAversion.SMOOTHING;
        boolean unequal = false;
        for (int episode = 0; episode < 30; episode++) {
            ia.play(tr, 0.5, true, acting, giving, null);
            unequal |= check(tr, base, decay);
        }
        assertTrue(unequal, "some episode must give unequal apples for the check to bite");
    }

    /** @return whether some agent was ahead at some step */
    private static boolean check(Trajectory tr, int base, double decay) {
        int n = 2;
        double[] e = new double[n];
        boolean unequal = false;
        for (int t = 0; t < tr.steps(); t++) {
            for (int i = 0; i < n; i++) {
                assertEquals(e[i], tr.observation(t, i)[base + i], 1e-12, "own trace seen before step " + t);
                assertEquals(e[1 - i], tr.observation(t, i)[base + 1 - i], 1e-12, "other's trace before step " + t);
            }
            for (int i = 0; i < n; i++) {
                e[i] = decay * e[i] + tr.extrinsic(t, i);
            }
            for (int i = 0; i < n; i++) {
                double ahead = Math.max(e[i] - e[1 - i], 0);
                unequal |= ahead > 0;
                assertEquals(tr.extrinsic(t, i) - InequityAversion.ADVANTAGEOUS * ahead,
                        tr.reward(t, i, true, false), 1e-12, "IA reward of agent " + i + " at step " + t);
            }
        }
        return unequal;
    }

    private static Rng[] streams(String name) {
        return new Rng[] {Rng.forComponent(11, name + "-0"), Rng.forComponent(11, name + "-1")};
    }
}
