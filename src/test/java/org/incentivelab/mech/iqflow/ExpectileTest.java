package org.incentivelab.mech.iqflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The expectile loss of implicit Q-learning (seed 004 Eq. 1). */
class ExpectileTest {
    @Test
    void shouldWeighOverEstimatesByTauAndUnderEstimatesByOneMinusTau() {
        assertEquals(0.85 * 4, Expectile.loss(2, 0.85), 1e-15);
        assertEquals(0.15 * 4, Expectile.loss(-2, 0.85), 1e-15);
        assertEquals(0, Expectile.loss(0, 0.85));
        assertEquals(Expectile.loss(1.5, 0.5), Expectile.loss(-1.5, 0.5), 1e-15, "τ = ½ is the squared loss / 2");
    }

    @Test
    void shouldMatchCentralDifferencesAwayFromZero() {
        double h = 1e-6;
        for (double u : new double[] {-3, -0.2, 0.4, 5}) {
            double fd = (Expectile.loss(u + h, 0.85) - Expectile.loss(u - h, 0.85)) / (2 * h);
            assertEquals(fd, Expectile.derivative(u, 0.85), 1e-6, "u = " + u);
        }
        assertEquals(0, Expectile.derivative(0, 0.85));
    }
}
