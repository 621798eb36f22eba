package org.incentivelab.mech.d3c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.incentivelab.env.diff.BraessConfig;
import org.incentivelab.env.diff.BraessNetwork;
import org.incentivelab.env.diff.ConvexPrisonersDilemma;
import org.incentivelab.env.diff.DifferentiableGame;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * Exact D3C: d/dt f^A and its derivative in A against finite differences, the improve-stay/suffer-shift rule, and
 * short versions of the paper's results (GD's ρ, D3C reaching the optimum, ε = 0 stalling).
 */
class ExactD3cTest {
    private static D3cConfig config(D3cMethod method, double rateX, double rateA, double epsilon) {
        return new D3cConfig(method, rateX, rateA, epsilon, 0, 0.99, 1);
    }

    private static double[][] randomMatrix(int n, Rng rng) {
        double[][] a = new double[n][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextDouble();
            }
        }
        return a;
    }

    /** f^A_i(x) for a raw matrix. */
    private static double mixed(DifferentiableGame game, double[] x, double[][] a, int i) {
        double[] f = new double[game.players()];
        game.losses(x, f);
        double m = 0;
        for (int k = 0; k < f.length; k++) {
            m += a[k][i] * f[k];
        }
        return m;
    }

    @Test
    void shouldGiveTheTimeDerivativeOfEachMixedLossAlongTheField() {
        for (DifferentiableGame game : new DifferentiableGame[] {new BraessNetwork(BraessConfig.paper(true)),
                new ConvexPrisonersDilemma(4, 1)}) {
            Rng rng = Rng.forComponent(2, "t");
            double[] x = new double[game.dimension()];
            game.initialize(x, rng);
            double[][] a = randomMatrix(game.players(), rng);
            ExactD3c d3c = new ExactD3c(game);
            d3c.evaluate(x, a);
            double[] field = d3c.field().clone();
            double h = 1e-6;
            for (int i = 0; i < game.players(); i++) {
                double[] ahead = x.clone();
                double[] back = x.clone();
                for (int q = 0; q < x.length; q++) {
                    ahead[q] -= h * field[q];
                    back[q] += h * field[q];
                }
                double fd = (mixed(game, ahead, a, i) - mixed(game, back, a, i)) / (2 * h);
                assertEquals(fd, d3c.mixedLossRates()[i], 1e-5 * Math.max(1, Math.abs(fd)), "D_" + i);
            }
        }
    }

    @Test
    void shouldDifferentiateTheRateWithRespectToTheAgentsOwnRow() {
        for (DifferentiableGame game : new DifferentiableGame[] {new BraessNetwork(BraessConfig.paper(true)),
                new ConvexPrisonersDilemma(3, 1)}) {
            Rng rng = Rng.forComponent(3, "a");
            double[] x = new double[game.dimension()];
            game.initialize(x, rng);
            int n = game.players();
            double[][] a = randomMatrix(n, rng);
            ExactD3c d3c = new ExactD3c(game);
            double[] analytic = new double[n];
            double h = 1e-6;
            for (int i = 0; i < n; i++) {
                d3c.evaluate(x, a);
                d3c.rateGradient(i, analytic);
                for (int m = 0; m < n; m++) {
                    double saved = a[i][m];
                    a[i][m] = saved + h;
                    d3c.evaluate(x, a);
                    double plus = d3c.mixedLossRates()[i];
                    a[i][m] = saved - h;
                    d3c.evaluate(x, a);
                    double minus = d3c.mixedLossRates()[i];
                    a[i][m] = saved;
                    double fd = (plus - minus) / (2 * h);
                    assertEquals(fd, analytic[m], 1e-5 * Math.max(1, Math.abs(fd)), "∂D_" + i + "/∂A_" + i + m);
                }
            }
        }
    }

    @Test
    void shouldMoveOnlyTheRowsOfAgentsWhoseMixedLossRises() {
        ConvexPrisonersDilemma pd = new ConvexPrisonersDilemma(4, 1);
        Rng rng = Rng.forComponent(4, "x");
        D3cConfig c = config(D3cMethod.D3C, 0.05, 0.1, 0.0);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = new double[pd.dimension()];
            pd.initialize(x, rng);
            MixingMatrix a = MixingMatrix.initial(4, 0.9);
            double[][] before = a.copy();
            ExactD3c d3c = new ExactD3c(pd);
            d3c.step(x, a, c, true);
            for (int i = 0; i < 4; i++) {
                boolean suffers = d3c.mixedLossRates()[i] > 0;
                assertEquals(suffers, d3c.shifting()[i], "shift iff d/dt f^A_i + ε > 0");
                assertEquals(!suffers, Arrays.equals(before[i], a.copy()[i]), "stay: row " + i + " unchanged");
            }
        }
    }

    @Test
    void shouldLeaveAAloneWhenNotLearning() {
        BraessNetwork net = new BraessNetwork(BraessConfig.paper(true));
        double[] x = new double[net.dimension()];
        net.initialize(x, Rng.forComponent(5, "x"));
        MixingMatrix a = MixingMatrix.initial(4, 0.99);
        double[][] before = a.copy();
        ExactD3c d3c = new ExactD3c(net);
        for (int t = 0; t < 10; t++) {
            d3c.step(x, a, config(D3cMethod.D3C, 0.01, 0.1, 1), false);
        }
        assertArrayEquals(before, a.copy());
    }

    @Test
    void shouldLeadGradientDescentToTheShortcutsNashEquilibrium() {
        assertEquals(80.0 / 65, finalRatio(new BraessNetwork(BraessConfig.paper(true)), D3cMethod.SELFISH, 0.01, 1,
                4000, 8), 3e-3, "GD → ρ = 80/65 (Fig. 3b)");
    }

    @Test
    void shouldBringD3cNearTheOptimumOnBraess() {
        double ratio = finalRatio(new BraessNetwork(BraessConfig.paper(true)), D3cMethod.D3C, 0.01, 1, 3000, 8);
        assertTrue(ratio <= 1.05, "mean ratio to optimal " + ratio + " ≤ 1.05");
    }

    @Test
    void shouldReachTheOptimumOfThePrisonersDilemmaOnlyWithASlack() {
        ConvexPrisonersDilemma pd = new ConvexPrisonersDilemma(2, 1);
        assertEquals(2, finalRatio(pd, D3cMethod.SELFISH, 0.05, 0.1, 3000, 4), 1e-6, "GD: ρ = n/(n − 1) = 2");
        assertEquals(1, finalRatio(pd, D3cMethod.D3C, 0.05, 0.1, 3000, 4), 1e-3, "D3C with ε = 0.1: ρ → 1");
        assertTrue(finalRatio(pd, D3cMethod.D3C, 0.05, 0, 3000, 4) > 1.01, "ε = 0 stalls (digest 000 §4)");
    }

    @Test
    void shouldBoundTheLocalPriceOfAnarchyByOneAtAFixedPoint() {
        ConvexPrisonersDilemma pd = new ConvexPrisonersDilemma(3, 1);
        double[] x = new double[6];
        Arrays.fill(x, 1.0 / 3);
        MixingMatrix uniform = MixingMatrix.initial(3, 0.5);
        uniform.setSelfWeight(1.0 / 3);
        ExactD3c d3c = new ExactD3c(pd);
        d3c.step(x, uniform, config(D3cMethod.COOPERATIVE, 0.05, 0, 0.1), false);
        assertEquals(1, d3c.utilitarianBound(), 1e-12, "the optimum under A = 1/n is a fixed point");
        assertEquals(1, d3c.egalitarianBound(), 1e-12);
        pd.initialize(x, Rng.forComponent(6, "x"));
        d3c.step(x, MixingMatrix.initial(3, 0.99), config(D3cMethod.D3C, 0.05, 0.1, 0.1), true);
        assertTrue(d3c.utilitarianBound() >= 1 && d3c.egalitarianBound() >= 1);
    }

    /** Mean over runs of Σf / min Σf after the steps. */
    private static double finalRatio(DifferentiableGame game, D3cMethod method, double rateX, double epsilon, int steps,
            int runs) {
        double sum = 0;
        for (int r = 0; r < runs; r++) {
            double[] x = new double[game.dimension()];
            game.initialize(x, Rng.forComponent(r, "start"));
            MixingMatrix a = MixingMatrix.initial(game.players(), 0.99);
            if (method == D3cMethod.SELFISH) {
                a.setSelfWeight(1);
            }
            ExactD3c d3c = new ExactD3c(game);
            D3cConfig c = config(method, rateX, 0.1, epsilon);
            for (int t = 0; t < steps; t++) {
                d3c.step(x, a, c, method == D3cMethod.D3C);
                assertTrue(a.onSimplex());
            }
            double[] f = new double[game.players()];
            game.losses(x, f);
            sum += Arrays.stream(f).sum() / game.optimalTotal();
        }
        return sum / runs;
    }
}
