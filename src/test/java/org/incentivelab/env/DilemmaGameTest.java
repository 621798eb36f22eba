package org.incentivelab.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DilemmaGameTest {
    private static final int C = DilemmaGame.COOPERATE;
    private static final int D = DilemmaGame.DEFECT;

    static Stream<SocialDilemma> twoByTwoGames() {
        return Stream.of(SocialDilemma.PD, SocialDilemma.CHICKEN, SocialDilemma.STAG_HUNT,
                SocialDilemma.CANONICAL_CHICKEN, SocialDilemma.CANONICAL_STAG_HUNT, new SocialDilemma(2.5, -1.3, 4.7, 0.4));
    }

    @ParameterizedTest
    @MethodSource("twoByTwoGames")
    void shouldEqualTheTwoByTwoMatrixForTwoPlayers(SocialDilemma matrix) {
        DilemmaGame game = new DilemmaGame(2, matrix);
        double[] out = new double[2];
        for (int a0 = 0; a0 < 2; a0++) {
            for (int a1 = 0; a1 < 2; a1++) {
                game.payoffs(new int[] {a0, a1}, out);
                assertEquals(matrix.payoff(a0, a1), out[0], 1e-12, "row player at (" + a0 + "," + a1 + ")");
                assertEquals(matrix.payoff(a1, a0), out[1], 1e-12, "column player at (" + a0 + "," + a1 + ")");
            }
        }
    }

    @Test
    void shouldGiveTheFootnote4PayoffsForTenPlayers() {
        DilemmaGame game = new DilemmaGame(10, SocialDilemma.PD);
        double[] out = new double[10];

        game.payoffs(filled(10, C), out);
        for (double x : out) {
            assertEquals(3.0, x, 1e-12, "all cooperate");
        }

        game.payoffs(filled(10, D), out);
        for (double x : out) {
            assertEquals(1.0, x, 1e-12, "all defect");
        }

        int[] loneDefector = filled(10, C);
        loneDefector[4] = D;
        game.payoffs(loneDefector, out);
        assertEquals(4.0, out[4], 1e-12, "lone defector");

        int[] loneCooperator = filled(10, D);
        loneCooperator[7] = C;
        game.payoffs(loneCooperator, out);
        assertEquals(0.0, out[7], 1e-12, "lone cooperator");
    }

    @Test
    void shouldInterpolateLinearlyInTheNumberOfOtherCooperators() {
        int n = 10;
        DilemmaGame game = new DilemmaGame(n, SocialDilemma.PD);
        double[] out = new double[n];
        for (int cooperators = 0; cooperators <= n; cooperators++) {
            int[] actions = new int[n];
            for (int i = 0; i < cooperators; i++) {
                actions[i] = C;
            }
            game.payoffs(actions, out);
            for (int i = 0; i < n; i++) {
                double othersCooperating = cooperators - actions[i];
                double f = othersCooperating / (n - 1);
                // footnote 4 endpoints: cooperator 0 → 3, defector 1 → 4, as the fraction f of others cooperating grows
                double expected = actions[i] == C ? 0 + (3 - 0) * f : 1 + (4 - 1) * f;
                assertEquals(expected, out[i], 1e-12, cooperators + " cooperators, player " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5})
    void shouldMatchBruteForceExpectedPayoffs(int n) {
        SplittableRandom random = new SplittableRandom(100 + n);
        for (int trial = 0; trial < 5; trial++) {
            DilemmaGame game = new DilemmaGame(n, randomGame(random));
            double[] p = randomProbabilities(random, n);
            double[] expected = bruteForceExpectedPayoffs(game, p);
            double[] actual = new double[n];
            game.expectedPayoffs(p, actual);
            double welfare = 0;
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], actual[i], 1e-12, "V_" + i);
                welfare += expected[i];
            }
            assertEquals(welfare, game.welfare(p), 1e-12, "welfare");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 10})
    void shouldMatchFiniteDifferencesForOwnAndWelfareGradients(int n) {
        SplittableRandom random = new SplittableRandom(200 + n);
        double h = 1e-6;
        for (int trial = 0; trial < 5; trial++) {
            DilemmaGame game = new DilemmaGame(n, randomGame(random));
            double[] p = randomProbabilities(random, n);
            double[] own = new double[n];
            double[] welfare = new double[n];
            game.ownGradients(p, own);
            game.welfareGradients(p, welfare);
            double[] vPlus = new double[n];
            double[] vMinus = new double[n];
            for (int i = 0; i < n; i++) {
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[i] += h;
                minus[i] -= h;
                game.expectedPayoffs(plus, vPlus);
                game.expectedPayoffs(minus, vMinus);
                assertEquals((vPlus[i] - vMinus[i]) / (2 * h), own[i], 1e-6, "∂V_i/∂p_i for i = " + i);
                assertEquals((game.welfare(plus) - game.welfare(minus)) / (2 * h), welfare[i], 1e-6,
                        "∂V/∂p_i for i = " + i);
            }
        }
    }

    @Test
    void shouldGiveTheClosedFormTwoPlayerGradients() {
        SplittableRandom random = new SplittableRandom(300);
        for (SocialDilemma m : new SocialDilemma[] {SocialDilemma.PD, SocialDilemma.CHICKEN, SocialDilemma.STAG_HUNT,
                randomGame(random)}) {
            DilemmaGame game = new DilemmaGame(2, m);
            for (int trial = 0; trial < 10; trial++) {
                double[] p = randomProbabilities(random, 2);
                double[] welfare = new double[2];
                double[] own = new double[2];
                game.welfareGradients(p, welfare);
                game.ownGradients(p, own);
                for (int i = 0; i < 2; i++) {
                    double q = p[1 - i];
                    double r = m.reward();
                    double s = m.sucker();
                    double t = m.temptation();
                    double pp = m.punishment();
                    assertEquals(q * (2 * r - t - s) + (1 - q) * (t + s - 2 * pp), welfare[i], 1e-12, "∂V/∂p_" + i);
                    assertEquals(-(q * m.greed() + (1 - q) * m.fear()), own[i], 1e-12, "∂V_i/∂p_" + i);
                }
            }
        }
    }

    @Test
    void shouldMakeDefectionDominantInThePrisonersDilemma() {
        DilemmaGame game = new DilemmaGame(10, SocialDilemma.PD);
        double[] own = new double[10];
        SplittableRandom random = new SplittableRandom(1);
        for (int trial = 0; trial < 20; trial++) {
            game.ownGradients(randomProbabilities(random, 10), own);
            for (double g : own) {
                assertEquals(-1.0, g, 1e-12); // u_C(k) − u_D(k) = −(greed·f + fear·(1 − f)) = −1 for PD
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, DilemmaGame.MAX_PLAYERS + 1, 1000})
    void shouldRejectPlayerCountsOutsideTheSupportedRange(int players) {
        assertThrows(IllegalArgumentException.class, () -> new DilemmaGame(players, SocialDilemma.PD));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, DilemmaGame.MAX_PLAYERS})
    void shouldAcceptTheEndsOfThePlayerRange(int players) {
        assertEquals(players, new DilemmaGame(players, SocialDilemma.PD).players());
    }

    static double[] bruteForceExpectedPayoffs(DilemmaGame game, double[] p) {
        int n = game.players();
        double[] expected = new double[n];
        double[] out = new double[n];
        int[] actions = new int[n];
        for (int m = 0; m < (1 << n); m++) {
            double probability = 1;
            for (int i = 0; i < n; i++) {
                actions[i] = (m >> i) & 1;
                probability *= actions[i] == C ? p[i] : 1 - p[i];
            }
            game.payoffs(actions, out);
            for (int i = 0; i < n; i++) {
                expected[i] += probability * out[i];
            }
        }
        return expected;
    }

    static SocialDilemma randomGame(SplittableRandom random) {
        return new SocialDilemma(random.nextDouble(-2, 5), random.nextDouble(-2, 5), random.nextDouble(-2, 5),
                random.nextDouble(-2, 5));
    }

    static double[] randomProbabilities(SplittableRandom random, int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = random.nextDouble(0.05, 0.95);
        }
        return p;
    }

    private static int[] filled(int n, int action) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, action);
        return a;
    }
}
