package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.incentivelab.mech.lio.ExactLio.State;
import org.junit.jupiter.api.Test;

class ExactLioTest {
    private static final int A1 = ExactLio.AGENT_1;
    private static final int A2 = ExactLio.AGENT_2;
    /** Table B.3 (IPD): α_θ = α_η = 1e-3; App. B.4.2: γ = 0.99. */
    private static final double THESIS_LR = 1e-3;
    private static final double THESIS_GAMMA = 0.99;
    private static final double[][] RATES = {{1e-3, 1e-3, 0.99}, {0.1, 0.05, 0.5}, {0.01, 0.2, 0.0}, {0.3, 1.0, 0.9}};

    @Test
    void shouldMoveEveryIncentiveByTwoBetaAlphaOverOneMinusGammaSquaredPerStep() {
        SplittableRandom random = new SplittableRandom(20211201);
        for (double[] rates : RATES) {
            ExactLio lio = new ExactLio(rates[0], rates[1], rates[2]);
            double expected = 2 * rates[1] * rates[0] / ((1 - rates[2]) * (1 - rates[2]));
            for (int trial = 0; trial < 50; trial++) {
                State s = randomState(random, 0, 1, -3, 3);
                State next = lio.step(s);
                String where = s + " with " + rates[0] + ", " + rates[1] + ", " + rates[2];
                assertEquals(expected, next.etaC1() - s.etaC1(), 1e-9 * Math.max(1, expected), where);
                assertEquals(-expected, next.etaD1() - s.etaD1(), 1e-9 * Math.max(1, expected), where);
                assertEquals(expected, next.etaC2() - s.etaC2(), 1e-9 * Math.max(1, expected), where);
                assertEquals(-expected, next.etaD2() - s.etaD2(), 1e-9 * Math.max(1, expected), where);
                for (int giver : new int[] {A1, A2}) {
                    double[] g = lio.incentiveGradient(giver, s);
                    assertArrayEquals(new double[] {expected, -expected}, new double[] {rates[1] * g[0],
                            rates[1] * g[1]}, 1e-9 * Math.max(1, expected), where);
                }
            }
        }
    }

    @Test
    void shouldMatchTheIncentiveGradientByFiniteDifferencesThroughTheRecipientUpdate() {
        SplittableRandom random = new SplittableRandom(7);
        ExactLio lio = new ExactLio(0.01, 0.5, 0.9);
        double h = 1e-5;
        for (int trial = 0; trial < 30; trial++) {
            State s = randomState(random, 0.35, 0.65, 0, 2);
            double[] g1 = lio.incentiveGradient(A1, s);
            double upC = lookAheadValue(lio, A1, withEta(s, 0, h));
            double downC = lookAheadValue(lio, A1, withEta(s, 0, -h));
            assertEquals((upC - downC) / (2 * h), g1[0], 1e-6, s.toString());
            double upD = lookAheadValue(lio, A1, withEta(s, 1, h));
            double downD = lookAheadValue(lio, A1, withEta(s, 1, -h));
            assertEquals((upD - downD) / (2 * h), g1[1], 1e-6, s.toString());

            double[] g2 = lio.incentiveGradient(A2, s);
            double up2 = lookAheadValue(lio, A2, withEta(s, 2, h));
            double down2 = lookAheadValue(lio, A2, withEta(s, 2, -h));
            assertEquals((up2 - down2) / (2 * h), g2[0], 1e-6, s.toString());
        }
    }

    @Test
    void shouldEqualTheBruteForceExpectationOverTheFourOutcomes() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 50; trial++) {
            State s = randomState(random, 0, 1, -3, 3);
            double gamma = random.nextDouble(0, 0.99);
            double t1 = s.theta1();
            double t2 = s.theta2();
            double[] p = {t1 * t2, t1 * (1 - t2), (1 - t1) * t2, (1 - t1) * (1 - t2)};
            // Eqs. B.2 and B.3, outcomes ordered (CC, CD, DC, DD)
            double[] r1 = {-1 + s.etaC2(), -3 + s.etaC2(), 0 + s.etaD2(), -2 + s.etaD2()};
            double[] r2 = {-1 + s.etaC1(), 0 + s.etaD1(), -3 + s.etaC1(), -2 + s.etaD1()};
            double v1 = 0;
            double v2 = 0;
            for (int k = 0; k < 4; k++) {
                v1 += p[k] * r1[k];
                v2 += p[k] * r2[k];
            }
            assertEquals(v1 / (1 - gamma), ExactLio.value(A1, s, gamma), 1e-9, s.toString());
            assertEquals(v2 / (1 - gamma), ExactLio.value(A2, s, gamma), 1e-9, s.toString());
        }
    }

    @Test
    void shouldUpdatePoliciesAlongTheFiniteDifferenceGradientOfTheValue() {
        SplittableRandom random = new SplittableRandom(3);
        double h = 1e-6;
        for (double[] rates : RATES) {
            ExactLio lio = new ExactLio(rates[0], rates[1], rates[2]);
            for (int trial = 0; trial < 30; trial++) {
                State s = randomState(random, 0.1, 0.9, -3, 3);
                double fd1 = (ExactLio.value(A1, withTheta(s, A1, h), rates[2])
                        - ExactLio.value(A1, withTheta(s, A1, -h), rates[2])) / (2 * h);
                double fd2 = (ExactLio.value(A2, withTheta(s, A2, h), rates[2])
                        - ExactLio.value(A2, withTheta(s, A2, -h), rates[2])) / (2 * h);
                double tol = 1e-6 / (1 - rates[2]);
                assertEquals(s.theta1() + rates[0] * fd1, lio.thetaHat(A1, s), rates[0] * tol, s.toString());
                assertEquals(s.theta2() + rates[0] * fd2, lio.thetaHat(A2, s), rates[0] * tol, s.toString());
                // closed forms of Eqs. B.4 and B.5
                double scale = rates[0] / (1 - rates[2]);
                assertEquals(s.theta2() + scale * (s.etaC1() - s.etaD1() - 1), lio.thetaHat(A2, s), 1e-9);
                assertEquals(s.theta1() + scale * (s.etaC2() - s.etaD2() - 1), lio.thetaHat(A1, s), 1e-9);
            }
        }
    }

    @Test
    void shouldCrossIntoDominantCooperationThenConvergeToMutualCooperation() {
        // Table B.3 learning rates α = β = 1e-3 with γ = 0.99: η_C − η_D grows by 0.04 per step, so C becomes
        // dominant after 26 steps; θ first falls to 0, then climbs to 1 about 25 steps later.
        assertConverges(new ExactLio(THESIS_LR, THESIS_LR, THESIS_GAMMA), 26, 200);
        // α = β = 1e-4 with γ = 0.99: 0.0004 per step, dominant after 2501 steps, CC within a few thousand steps.
        assertConverges(new ExactLio(1e-4, 1e-4, THESIS_GAMMA), 2501, 5000);
    }

    @Test
    void shouldConvergeWithIncentivesBoundedByRmax() {
        ExactLio lio = new ExactLio(THESIS_LR, THESIS_LR, THESIS_GAMMA, 3.0);
        State s = assertConverges(lio, 51, 400);
        assertEquals(3.0, s.etaC1(), 1e-12, "η_C saturates at R_max = 3 (Table B.3)");
        assertEquals(0.0, s.etaD1(), 1e-12, "η_D stays at the lower bound 0");
        assertTrue(lio.clipsIncentives());
        assertFalse(new ExactLio(0.1, 0.1, 0.5).clipsIncentives());
    }

    @Test
    void shouldGiveTheVectorFieldArrowOfOneIteration() {
        SplittableRandom random = new SplittableRandom(11);
        for (double[] rates : RATES) {
            ExactLio lio = new ExactLio(rates[0], rates[1], rates[2]);
            for (int trial = 0; trial < 20; trial++) {
                State s = randomState(random, 0, 1, 0, 3);
                double[] arrow = ExactLio.arrow(s.etaC1(), s.etaD1(), s.theta2(), rates[0], rates[1], rates[2]);
                assertEquals(lio.step(s).etaC1() - s.etaC1(), arrow[0], 1e-9 * Math.max(1, arrow[0]));
                assertEquals(lio.thetaHat(A2, s) - s.theta2(), arrow[1], 1e-9);
            }
        }
        assertArrayEquals(new double[] {0.02, 0.1 * (2 - 0.5 - 1)},
                ExactLio.arrow(2, 0.5, 0.3, THESIS_LR, THESIS_LR, THESIS_GAMMA), 1e-12);
    }

    @Test
    void shouldReconstructTableB1() {
        State s = new State(0.5, 0.5, 1.5, 0.25, 2.0, 0.75);
        double[][][] t = ExactLio.payoffTable(s);
        assertArrayEquals(new double[] {-1 + 2.0, -1 + 1.5}, t[0][0], 1e-12, "CC");
        assertArrayEquals(new double[] {-3 + 2.0, 0 + 0.25}, t[0][1], 1e-12, "CD");
        assertArrayEquals(new double[] {0 + 0.75, -3 + 1.5}, t[1][0], 1e-12, "DC");
        assertArrayEquals(new double[] {-2 + 0.75, -2 + 0.25}, t[1][1], 1e-12, "DD");
    }

    @Test
    void shouldMakeCooperationDominantExactlyWhenTheIncentiveGapExceedsOne() {
        assertTrue(ExactLio.cooperationDominant(1.6, 0.5));
        assertFalse(ExactLio.cooperationDominant(1.5, 0.5));
        assertFalse(ExactLio.cooperationDominant(0.0, 0.0));
        // with the gap above 1, C beats D for the recipient against either action of the other agent (Table B.1)
        State s = new State(0.5, 0.5, 1.6, 0.5, 0, 0);
        double[][][] t = ExactLio.payoffTable(s);
        assertTrue(t[0][0][A2] > t[0][1][A2]);
        assertTrue(t[1][0][A2] > t[1][1][A2]);
    }

    @Test
    void shouldRejectBadParameters() {
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> new ExactLio(0, 0.1, 0.5));
        assertTrue(a.getMessage().contains("0.0") && a.getMessage().contains("> 0"), a.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ExactLio(0.1, -1, 0.5));
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class, () -> new ExactLio(0.1, 0.1, 1));
        assertTrue(g.getMessage().contains("[0, 1)"), g.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ExactLio(0.1, 0.1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new ExactLio(0.1, 0.1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new ExactLio(Double.NaN, 0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new State(1.1, 0.5, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new State(0.5, 0.5, Double.NaN, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ExactLio.value(2, new State(0.5, 0.5, 0, 0, 0, 0), 0.5));
        assertThrows(IllegalArgumentException.class, () -> ExactLio.arrow(0, 0, 0.5, 0.1, 0.1, 1.0));
    }

    private static State assertConverges(ExactLio lio, int expectedCrossing, int maxSteps) {
        State s = new State(0.5, 0.5, 0, 0, 0, 0);
        int crossing = -1;
        for (int t = 1; t <= maxSteps; t++) {
            s = lio.step(s);
            boolean dominant = ExactLio.cooperationDominant(s.etaC1(), s.etaD1())
                    && ExactLio.cooperationDominant(s.etaC2(), s.etaD2());
            if (dominant && crossing < 0) {
                crossing = t;
                assertTrue(s.theta1() < 0.5 && s.theta2() < 0.5, "defection grew before the crossing: " + s);
            }
        }
        // the gap reaches exactly 1 one step before expectedCrossing, so allow rounding either way
        assertTrue(Math.abs(crossing - expectedCrossing) <= 1, "first step with η_C − η_D > 1: " + crossing);
        assertEquals(1.0, s.theta1(), 1e-12, "agent 1 cooperates: " + s);
        assertEquals(1.0, s.theta2(), 1e-12, "agent 2 cooperates: " + s);
        return s;
    }

    private static double lookAheadValue(ExactLio lio, int agent, State s) {
        State ahead = new State(lio.thetaHat(A1, s), lio.thetaHat(A2, s), s.etaC1(), s.etaD1(), s.etaC2(), s.etaD2());
        return ExactLio.value(agent, ahead, lio.gamma());
    }

    private static State randomState(SplittableRandom random, double thetaLo, double thetaHi, double etaLo,
            double etaHi) {
        return new State(random.nextDouble(thetaLo, thetaHi), random.nextDouble(thetaLo, thetaHi),
                random.nextDouble(etaLo, etaHi), random.nextDouble(etaLo, etaHi),
                random.nextDouble(etaLo, etaHi), random.nextDouble(etaLo, etaHi));
    }

    private static State withTheta(State s, int agent, double delta) {
        return agent == A1
                ? new State(s.theta1() + delta, s.theta2(), s.etaC1(), s.etaD1(), s.etaC2(), s.etaD2())
                : new State(s.theta1(), s.theta2() + delta, s.etaC1(), s.etaD1(), s.etaC2(), s.etaD2());
    }

    /** Perturbs η component k of (η¹_C, η¹_D, η²_C, η²_D). */
    private static State withEta(State s, int k, double delta) {
        double[] eta = {s.etaC1(), s.etaD1(), s.etaC2(), s.etaD2()};
        eta[k] += delta;
        return new State(s.theta1(), s.theta2(), eta[0], eta[1], eta[2], eta[3]);
    }
}
