package org.incentivelab.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CentralizedCriticTest {

    @ParameterizedTest
    @CsvSource({"1.0, 0.9", "2.5, 0.9", "-1.0, 0.5", "3.0, 0.0"})
    void shouldShrinkTheTdErrorAsTheValueApproachesTheDiscountedReturnOfAConstantReward(double reward, double gamma) {
        CentralizedCritic critic = new CentralizedCritic(2, gamma, 0.01, Rng.forComponent(4, "critic"));
        double[] p = {0.25, 0.25};
        int steps = 4000;
        int window = 200;
        double[] meanAbs = new double[steps / window];
        double first = 0;
        for (int t = 0; t < steps; t++) {
            double delta = critic.learn(p, reward);
            if (t == 0) {
                first = delta;
            }
            meanAbs[t / window] += Math.abs(delta) / window;
        }
        // Before learning, V(s) ≈ 0.1 (the initial output bias) so δ = r − (1 − γ)V(s) starts near r.
        assertEquals(reward, first, 0.3 + 0.1 * Math.abs(reward));
        // |δ| falls from window to window until it is small, i.e. V → r/(1 − γ).
        for (int w = 1; w < 5; w++) {
            assertTrue(meanAbs[w] < meanAbs[w - 1], "window " + w + ": " + meanAbs[w] + " ≥ " + meanAbs[w - 1]);
        }
        double last = meanAbs[meanAbs.length - 1];
        assertTrue(last < 0.02 * Math.abs(reward), "final mean |δ| = " + last);
        double value = (reward - critic.learn(p, reward)) / (1 - gamma);
        assertEquals(reward / (1 - gamma), value, 0.05 * Math.abs(reward / (1 - gamma)));
    }
}
