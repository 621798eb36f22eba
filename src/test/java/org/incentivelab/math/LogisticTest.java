package org.incentivelab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogisticTest {

    @Test
    void shouldBeOneHalfAtZeroAndPointSymmetric() {
        assertEquals(0.5, Logistic.sigmoid(0), 0.0);
        for (double x = -30; x <= 30; x += 0.37) {
            assertEquals(1.0, Logistic.sigmoid(x) + Logistic.sigmoid(-x), 1e-15, "x = " + x);
        }
    }

    @Test
    void shouldMatchTheDefinitionAndIncreaseStrictlyInTheUsualRange() {
        double previous = 0;
        for (double x = -20; x <= 20; x += 0.25) {
            double s = Logistic.sigmoid(x);
            assertEquals(1 / (1 + Math.exp(-x)), s, 1e-15, "x = " + x);
            assertTrue(s > previous, "σ must increase at x = " + x);
            previous = s;
        }
    }

    @Test
    void shouldStayFiniteAndInTheUnitIntervalForHugeArguments() {
        for (double x : new double[] {-1e6, -800, -745, 745, 800, 1e6}) {
            double s = Logistic.sigmoid(x);
            assertTrue(s >= 0 && s <= 1, "σ(" + x + ") = " + s);
        }
    }

    @Test
    void shouldInvertSigmoidWithLogit() {
        for (double p = 0.001; p < 1; p += 0.0137) {
            assertEquals(p, Logistic.sigmoid(Logistic.logit(p)), 1e-13, "p = " + p);
        }
        for (double x = -15; x <= 15; x += 0.5) {
            assertEquals(x, Logistic.logit(Logistic.sigmoid(x)), 1e-7, "x = " + x);
        }
    }

    @Test
    void shouldGiveTheThesisInitialLogitForOneQuarter() {
        assertEquals(Math.log(1.0 / 3.0), Logistic.logit(0.25), 1e-15);
        assertEquals(0.0, Logistic.logit(0.5), 0.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.1, 1.5, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY})
    void shouldRejectLogitOutsideTheOpenUnitInterval(double p) {
        assertThrows(IllegalArgumentException.class, () -> Logistic.logit(p));
    }
}
