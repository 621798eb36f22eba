package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Mlp;
import org.junit.jupiter.api.Test;

/** The continuous give-reward policy of PG-c and dual-RL (c): gifts in (0, R_max), score against FD, ascent. */
class GaussianGiftTest {
    private static final double H = 1e-6;

    @Test
    void shouldKeepGiftsWithinZeroAndMaxReward() {
        GaussianGift g = new GaussianGift(new Mlp(4, new int[] {6}, 3, true), Optimizer.Kind.SGD, 0.1, Rng.forComponent(1, "init"));
        Rng rng = Rng.forComponent(1, "draws");
        double[] draws = new double[3];
        double[] gifts = new double[3];
        for (int k = 0; k < 1000; k++) {
            g.give(new double[] {1, 0, -1, 0.5}, 2.0, rng, draws, gifts);
            for (int j = 0; j < 3; j++) {
                assertTrue(gifts[j] > 0 && gifts[j] < 2);
                assertEquals(2.0 / (1 + Math.exp(-draws[j])), gifts[j], 1e-12);
            }
        }
    }

    @Test
    void shouldAscendTheScoreFunctionGradientOfTheLogDensity() {
        GaussianGift g = new GaussianGift(new Mlp(3, new int[] {5}, 2, true), Optimizer.Kind.SGD, 1.0, Rng.forComponent(2, "init"));
        double[] x = {0.3, -0.7, 1.1};
        double[] draws = {0.4, -1.2};
        double before = g.logDensity(x, draws);
        double[] phi = g.phi.clone();
        double[] fd = new double[phi.length];
        for (int p = 0; p < phi.length; p++) {
            double keep = g.phi[p];
            g.phi[p] = keep + H;
            double up = g.logDensity(x, draws);
            g.phi[p] = keep - H;
            double down = g.logDensity(x, draws);
            g.phi[p] = keep;
            fd[p] = (up - down) / (2 * H);
        }
        g.addScore(x, draws, 0.5);
        g.ascend(); // SGD with learning rate 1: φ ← φ + 0.5·∇ log N
        for (int p = 0; p < phi.length; p++) {
            assertEquals(phi[p] + 0.5 * fd[p], g.phi[p], 1e-6, "parameter " + p);
        }
        assertTrue(g.logDensity(x, draws) > before, "the step makes the drawn gifts more likely");
    }
}
