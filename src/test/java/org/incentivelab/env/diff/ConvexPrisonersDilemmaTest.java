package org.incentivelab.env.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

/** The convex n-player Prisoner's Dilemma of Eq. 12: losses, Nash equilibrium, optimum and gradients. */
class ConvexPrisonersDilemmaTest {
    @Test
    void shouldHaveTheNashTotalAtTheOriginAndTheOptimumAtCOverN() {
        ConvexPrisonersDilemma pd = new ConvexPrisonersDilemma(10, 1);
        double[] f = new double[10];
        double[] x = new double[90];
        pd.losses(x, f);
        assertEquals(pd.worstNashTotal(), Arrays.stream(f).sum(), 1e-9);
        assertEquals(90, pd.worstNashTotal(), 1e-12);
        Arrays.fill(x, 0.1);
        pd.losses(x, f);
        assertEquals(pd.optimalTotal(), Arrays.stream(f).sum(), 1e-9);
        assertEquals(81, pd.optimalTotal(), 1e-12);
        assertEquals(10.0 / 9, pd.worstNashTotal() / pd.optimalTotal(), 1e-12, "ρ = 10/9 (paper)");
    }

    @Test
    void shouldMakeEachPlayersOwnBlockStationaryAtTheOriginAndTheSumStationaryAtTheOptimum() {
        ConvexPrisonersDilemma pd = new ConvexPrisonersDilemma(4, 2);
        double[][] j = new double[4][12];
        double[] f = new double[4];
        pd.gradients(new double[12], f, j);
        for (int q = 0; q < 12; q++) {
            assertEquals(0, j[pd.owner(q)][q], 1e-12, "selfish gradient is 0 at the Nash equilibrium x = 0");
        }
        double[] opt = new double[12];
        Arrays.fill(opt, 2.0 / 4);
        pd.gradients(opt, f, j);
        for (int q = 0; q < 12; q++) {
            double total = 0;
            for (int k = 0; k < 4; k++) {
                total += j[k][q];
            }
            assertEquals(0, total, 1e-12, "∇Σf = 0 at x = c/n");
        }
    }

    @Test
    void shouldMatchCentralFiniteDifferences() {
        ConvexPrisonersDilemma pd = new ConvexPrisonersDilemma(5, 1.5);
        double[] x = new double[20];
        pd.initialize(x, Rng.forComponent(1, "x"));
        double[][] j = new double[5][20];
        pd.gradients(x, new double[5], j);
        double[] plus = new double[5];
        double[] minus = new double[5];
        double h = 1e-6;
        for (int q = 0; q < 20; q++) {
            double saved = x[q];
            x[q] = saved + h;
            pd.losses(x, plus);
            x[q] = saved - h;
            pd.losses(x, minus);
            x[q] = saved;
            for (int k = 0; k < 5; k++) {
                assertEquals((plus[k] - minus[k]) / (2 * h), j[k][q], 1e-6);
            }
        }
    }

    @Test
    void shouldPointEachCoordinateAtAnotherPlayer() {
        ConvexPrisonersDilemma pd = new ConvexPrisonersDilemma(3, 1);
        assertEquals(java.util.List.of(1, 2, 0, 2, 0, 1),
                java.util.stream.IntStream.range(0, 6).map(pd::target).boxed().toList());
        assertEquals(java.util.List.of(0, 0, 1, 1, 2, 2),
                java.util.stream.IntStream.range(0, 6).map(pd::owner).boxed().toList());
    }

    @Test
    void shouldRefuseBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> new ConvexPrisonersDilemma(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ConvexPrisonersDilemma(3, 0));
    }
}
