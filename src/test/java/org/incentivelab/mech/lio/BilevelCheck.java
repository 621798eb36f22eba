package org.incentivelab.mech.lio;

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
}
