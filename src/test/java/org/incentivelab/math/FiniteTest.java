package org.incentivelab.math;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FiniteTest {
    @Test
    void shouldRejectNaNAndBothInfinitiesAnywhere() {
        assertTrue(Finite.all(new double[0]));
        assertTrue(Finite.all(new double[] {0, -1e308, Double.MIN_VALUE}));
        assertFalse(Finite.all(new double[] {1, Double.NaN}));
        assertFalse(Finite.all(new double[] {Double.POSITIVE_INFINITY, 1}));
        assertFalse(Finite.all(new double[] {1, 2, Double.NEGATIVE_INFINITY}));
    }
}
