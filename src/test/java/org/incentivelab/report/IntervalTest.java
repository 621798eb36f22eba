package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {
    @Test
    void shouldUseTheSlackWhenThePaperStdIsSmall() {
        Interval i = Interval.around(new MeanStd(5.975, 0.002), 3, 0.05);
        assertEquals(5.925, i.lo(), 1e-12);
        assertEquals(6.025, i.hi(), 1e-12);
    }

    @Test
    void shouldUseTheStdWhenItIsLarge() {
        Interval i = Interval.around(new MeanStd(0.613, 0.2), 1.5, 0.05).clip(0, 1);
        assertEquals(0.313, i.lo(), 1e-12);
        assertEquals(0.913, i.hi(), 1e-12);
    }

    @Test
    void shouldContainItsBoundsButNotNan() {
        Interval i = new Interval(0.1, 0.95);
        assertTrue(i.contains(0.1) && i.contains(0.95));
        assertFalse(i.contains(0.96) || i.contains(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Interval(1, 0));
    }

    @Test
    void shouldComputeThePopulationStd() {
        MeanStd m = MeanStd.of(new double[] {1, 3});
        assertEquals(2, m.mean(), 1e-12);
        assertEquals(1, m.std(), 1e-12);
    }

    @Test
    void shouldAllowTheChickenMarginInAPattern() {
        Pattern below = Pattern.below("planner");
        assertFalse(below.holds(0.990, 0.990));
        assertTrue(below.within(0.01).holds(0.995, 0.990));
        assertTrue(Pattern.above("planner").holds(3.2, 0.8));
    }
}
