package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InequityAversionTest {
    private static final double TOL = 1e-12;

    @Test
    void shouldSmoothRewardsWithDecayGammaLambdaIncludingTheCurrentStep() {
        InequityAversion ia = new InequityAversion(2, 0.9, 0, 0, 0.5);
        double[] out = new double[2];
        double[] seen = new double[3];
        ia.shape(new double[] {1, 0}, out);
        ia.shape(new double[] {0, 2}, out);
        ia.observe(seen, 1);
        assertArrayEquals(new double[] {0, 0.45, 2}, seen, TOL); // e_1 = 0.45·1 + 0, e_2 = 0.45·0 + 2
    }

    @Test
    void shouldChargeAdvantageAndDisadvantageAveragedOverTheOthers() {
        InequityAversion ia = new InequityAversion(3, 1, 0.4, 0.1, 0);
        double[] out = new double[3];
        ia.shape(new double[] {3, 1, 0}, out); // λ = 0: the traces are the step's rewards
        // agent 0 is ahead of both by 2 and 3; agent 1 behind 0 by 2 and ahead of 2 by 1; agent 2 behind by 3 and 1
        assertArrayEquals(new double[] {-0.1 * 5 / 2, -(0.4 * 2 + 0.1 * 1) / 2, -0.4 * 4 / 2}, out, TOL);
    }

    @Test
    void shouldStartEveryEpisodeFromZeroTraces() {
        InequityAversion ia = InequityAversion.thesis(2, 0.99);
        double[] out = new double[2];
        ia.shape(new double[] {1, 0}, out);
        ia.reset();
        double[] seen = new double[2];
        ia.observe(seen, 0);
        assertArrayEquals(new double[] {0, 0}, seen, 0);
        ia.shape(new double[] {0, 0}, out);
        assertArrayEquals(new double[] {0, 0}, out, 0);
    }

    @Test
    void shouldUseTheThesisWeightsOnlyAgainstAdvantage() {
        InequityAversion ia = InequityAversion.thesis(2, 0.99);
        double[] out = new double[2];
        ia.shape(new double[] {1, 0}, out);
        assertArrayEquals(new double[] {-0.05, 0}, out, TOL); // Table B.5: α = 0, β = 0.05
    }

    @Test
    void shouldRejectBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new InequityAversion(1, 0.9, 0, 0.05, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new InequityAversion(2, 1.1, 0, 0.05, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new InequityAversion(2, 0.9, -1, 0.05, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new InequityAversion(2, 0.9, 0, 0.05, Double.NaN));
    }
}
