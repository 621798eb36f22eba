package org.incentivelab.mech.lio;

import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.env.grid.CleanupConfig;
import org.incentivelab.env.grid.CleanupMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

/** Shared assertion of the meta-gradient tests: an analytic gradient against central finite differences. */
final class BilevelCheck {
    private static final double H = 1e-5;

    private BilevelCheck() {
    }

    /**
     * Asserts that {@code analytic} matches the central differences of {@code loss} at {@code eta} in every
     * coordinate, within 1e-5 of the largest entry, and that the gradient is not trivially zero.
     *
     * @param eta the point, not modified
     * @param loss the whole objective as a function of the parameters
     * @param analytic the gradient under test
     */
    static void assertMatchesFiniteDifferences(double[] eta, ToDoubleFunction<double[]> loss, double[] analytic) {
        double scale = 0;
        double worst = 0;
        for (int p = 0; p < eta.length; p++) {
            double[] plus = eta.clone();
            double[] minus = eta.clone();
            plus[p] += H;
            minus[p] -= H;
            double fd = (loss.applyAsDouble(plus) - loss.applyAsDouble(minus)) / (2 * H);
            worst = Math.max(worst, Math.abs(fd - analytic[p]));
            scale = Math.max(scale, Math.abs(fd));
        }
        assertTrue(scale > 1e-6, "the meta-gradient is not trivially zero: " + scale);
        assertTrue(worst <= 1e-5 * scale + 1e-9, "largest error " + worst + " against largest entry " + scale);
    }

    /**
     * A Cleanup for gradient checks: 12-step episodes on the 10×10 map with apples spawning at once everywhere
     * (waste density 0.5 ≤ thresholdRestoration 0.6, appleRespawnProbability 1), so short episodes carry rewards and
     * the meta-gradients are not trivially zero; 9×9 views keep the conv nets small.
     */
    static MarkovGameConfig richCleanup() {
        return new MarkovGameConfig(MarkovGameType.CLEANUP, 2, 1, 12,
                new CleanupConfig(CleanupMap.LARGE, 1.0, 1.0, 0.6, 0.5, 4, 12));
    }
}
