package org.incentivelab.env.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.incentivelab.env.SocialDilemma;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

/** 2×2 games in expected form: the price of anarchy with pure and mixed equilibria, losses and gradients. */
class ExpectedMatrixGameTest {
    @Test
    void shouldFindTheWorstPureOrMixedEquilibrium() {
        ExpectedMatrixGame pd = new ExpectedMatrixGame(SocialDilemma.CANONICAL_PD);
        assertEquals(4, pd.optimalTotal(), 1e-12, "CC: shortfall 2 each from max 4 + 1");
        assertEquals(8, pd.worstNashTotal(), 1e-12, "DD");
        ExpectedMatrixGame chicken = new ExpectedMatrixGame(SocialDilemma.CANONICAL_CHICKEN);
        assertEquals(6, chicken.worstNashTotal(), 1e-12, "the mixed equilibrium P(C) = 1/2 pays 2 each: worse than CD");
        ExpectedMatrixGame stag = new ExpectedMatrixGame(SocialDilemma.CANONICAL_STAG_HUNT);
        assertEquals(2, stag.optimalTotal(), 1e-12, "CC gives both the best payoff: 1 each (the shift's unit)");
        assertEquals(8, stag.worstNashTotal(), 1e-12, "DD is the worst of CC, DD and the mixed one");
    }

    @Test
    void shouldGiveExpectedShortfallsAndTheirGradients() {
        ExpectedMatrixGame game = new ExpectedMatrixGame(SocialDilemma.CANONICAL_CHICKEN);
        double[] x = {0.4, -1.1};
        double[] f = new double[2];
        game.losses(x, f);
        double p = 1 / (1 + Math.exp(-0.4));
        double q = 1 / (1 + Math.exp(1.1));
        double payoff = p * q * 3 + p * (1 - q) * 1 + (1 - p) * q * 4;
        assertEquals(5 - payoff, f[0], 1e-12);
        double[][] j = new double[2][2];
        game.gradients(x, new double[2], j);
        double h = 1e-6;
        double[] plus = new double[2];
        double[] minus = new double[2];
        for (int k = 0; k < 2; k++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[k] += h;
            xm[k] -= h;
            game.losses(xp, plus);
            game.losses(xm, minus);
            for (int i = 0; i < 2; i++) {
                assertEquals((plus[i] - minus[i]) / (2 * h), j[i][k], 1e-8, "∂f_" + i + "/∂x_" + k);
            }
        }
        game.initialize(x, Rng.forComponent(1, "x"));
        assertEquals(2, game.dimension());
    }
}
