package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.incentivelab.math.Rng;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

/** The shared-reward baseline (seed 004 §5.3): every agent trains on the team's extrinsic reward, and nobody pays. */
class SharedRewardTest {
    @Test
    void shouldTrainEveryAgentOnTheSumOfTheExtrinsicRewards() throws Exception {
        LioPreset p = (LioPreset) PresetLoader.with(PresetLoader.load(Path.of("presets", "dual-rl-c-er-5-2.json")),
                "method", "shared");
        LioAlgorithm shared = new LioAlgorithm(p, 4);
        Trajectory tr = shared.newTrajectory();
        Rng[] acting = new Rng[5];
        Rng[] giving = new Rng[5];
        for (int i = 0; i < 5; i++) {
            acting[i] = Rng.forComponent(4, "act-" + i);
            giving[i] = Rng.forComponent(4, "gift-" + i);
        }
        boolean unequal = false;
        for (int episode = 0; episode < 20; episode++) {
            shared.play(tr, 0, true, acting, giving, null);
            for (int t = 0; t < tr.steps(); t++) {
                double team = 0;
                for (int i = 0; i < 5; i++) {
                    team += tr.extrinsic(t, i);
                }
                for (int i = 0; i < 5; i++) {
                    unequal |= tr.extrinsic(t, i) != tr.extrinsic(t, 0);
                    assertEquals(team, tr.reward(t, i, true, true), 1e-12, "agent " + i + " at step " + t);
                    assertEquals(0, tr.received(t, i), "nobody pays under shared reward");
                }
            }
        }
        assertTrue(unequal, "some step must reward the agents differently for the check to bite");
    }
}
