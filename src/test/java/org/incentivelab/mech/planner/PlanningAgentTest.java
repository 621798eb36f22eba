package org.incentivelab.mech.planner;

import static org.incentivelab.mech.planner.PlannerFixtures.decode;
import static org.incentivelab.mech.planner.PlannerFixtures.othersProbability;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.learn.SigmoidLearner;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanningAgentTest {
    private static final double C = 3.0;

    private static PlanningAgent agent(int n, PlannerModel model, LookAhead lookAhead, boolean revenueNeutral, long seed) {
        double[] eta = new double[n];
        Arrays.fill(eta, 0.01);
        return new PlanningAgent(new DilemmaGame(n, SocialDilemma.PD),
                PlannerFixtures.config(model, lookAhead, IncentiveCost.REALIZED_NORM, 0.0002, C, 0.01, revenueNeutral),
                eta, Rng.forComponent(seed, "planner"));
    }

    static Stream<Arguments> modelsSizesAndNeutrality() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (PlannerModel model : PlannerModel.values()) {
            for (int n : new int[] {2, 3, 5}) {
                for (boolean neutral : new boolean[] {false, true}) {
                    b.add(Arguments.of(model, n, neutral));
                }
            }
        }
        return b.build();
    }

    static Stream<Arguments> modelsAndSizes() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (PlannerModel model : PlannerModel.values()) {
            for (int n : new int[] {2, 3, 5}) {
                b.add(Arguments.of(model, n));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} N={1}")
    @MethodSource("modelsAndSizes")
    void shouldPayIncentivesThatSumToZeroWhenRevenueNeutral(PlannerModel model, int n) {
        PlanningAgent agent = agent(n, model, LookAhead.EXACT_DIFFERENCE, true, 1);
        SplittableRandom random = new SplittableRandom(n * 13L + model.ordinal());
        double[] out = new double[n];
        double largest = 0;
        for (int trial = 0; trial < 20; trial++) {
            PlannerFixtures.randomize(agent.model().params(), random, 3.0);
            for (int m = 0; m < (1 << n); m++) {
                agent.incentives(decode(m, n), out);
                double sum = 0;
                for (double r : out) {
                    sum += r;
                    largest = Math.max(largest, Math.abs(r));
                }
                assertEquals(0.0, sum, 1e-12, "Σ_i r^p_i at joint action " + m);
            }
        }
        assertTrue(largest > 0.5, "the incentives should not all vanish, largest |r^p| = " + largest);
    }

    @ParameterizedTest(name = "{0} N={1} revenue-neutral={2}")
    @MethodSource("modelsSizesAndNeutrality")
    void shouldKeepEveryAppliedIncentiveStrictlyInsideTheBound(PlannerModel model, int n, boolean neutral) {
        PlanningAgent agent = agent(n, model, LookAhead.EXACT_DIFFERENCE, neutral, 2);
        SplittableRandom random = new SplittableRandom(n * 17L + model.ordinal() + (neutral ? 100 : 0));
        double[] out = new double[n];
        double largest = 0;
        for (int trial = 0; trial < 50; trial++) {
            PlannerFixtures.randomize(agent.model().params(), random, 4.0);
            for (int m = 0; m < (1 << n); m++) {
                agent.incentives(decode(m, n), out);
                for (double r : out) {
                    assertTrue(Math.abs(r) < C, "|r^p| = " + Math.abs(r) + " ≥ c = " + C);
                    largest = Math.max(largest, Math.abs(r));
                }
            }
        }
        assertTrue(largest > 0.7 * C, "the trial should come near the bound, got " + largest);
    }

    @Test
    void shouldKeepIncentivesInsideTheBoundWhileLearning() {
        int n = 3;
        PlanningAgent agent = new PlanningAgent(new DilemmaGame(n, SocialDilemma.PD),
                new PlannerConfig(true, PlannerModel.NETWORK, LookAhead.ESTIMATED, IncentiveCost.REALIZED_NORM, 0.0,
                        C, Optimizer.Kind.ADAM, 0.5, true, 0.0, null),
                new double[] {1, 1, 1}, Rng.forComponent(3, "planner"));
        SplittableRandom random = new SplittableRandom(3);
        DilemmaGame game = new DilemmaGame(n, SocialDilemma.PD);
        double[] out = new double[n];
        double[] env = new double[n];
        for (int step = 0; step < 2000; step++) {
            int[] a = PlannerFixtures.randomActions(random, n);
            agent.incentives(a, out);
            for (double r : out) {
                assertTrue(Math.abs(r) < C, "|r^p| = " + Math.abs(r) + " at step " + step);
            }
            game.payoffs(a, env);
            agent.learn(PlannerFixtures.probabilities(random, n), env);
        }
    }

    @Test
    void shouldRejectOverridesOutsideTheBoundOrTheTable() {
        PlanningAgent agent = agent(3, PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE, false, 4);
        assertThrows(IllegalArgumentException.class, () -> agent.setOverride(0, 1, 0, C + 1e-9));
        assertThrows(IllegalArgumentException.class, () -> agent.setOverride(0, 1, 0, -C - 0.5));
        assertThrows(IllegalArgumentException.class, () -> agent.setOverride(0, 1, 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> agent.setOverride(-1, 1, 0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> agent.setOverride(3, 1, 0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> agent.setOverride(0, 2, 0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> agent.setOverride(0, -1, 0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> agent.setOverride(0, 1, -1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> agent.setOverride(0, 1, 3, 1.0));
        for (int player = 0; player < 3; player++) {
            for (int own = 0; own < 2; own++) {
                for (int k = 0; k < 3; k++) {
                    assertFalse(agent.isOverridden(player, own, k), "a rejected override must not stick");
                }
            }
        }
        assertDoesNotThrow(() -> agent.setOverride(0, 1, 0, C));
        assertDoesNotThrow(() -> agent.setOverride(2, 0, 2, -C));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldReplaceExactlyTheOverriddenCellAndRestoreItOnNaN(boolean neutral) {
        int n = 3;
        PlanningAgent agent = agent(n, PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE, neutral, 5);
        PlannerFixtures.randomize(agent.model().params(), new SplittableRandom(5), 1.0);
        double[][] before = allIncentives(agent, n);
        double[][][] tablesBefore = new double[n][][];
        for (int i = 0; i < n; i++) {
            tablesBefore[i] = table(agent, n, i);
        }

        int player = 1;
        int own = 1;
        int others = 1;
        double value = 0.77;
        agent.setOverride(player, own, others, value);
        assertTrue(agent.isOverridden(player, own, others));

        double[][] after = allIncentives(agent, n);
        for (int m = 0; m < (1 << n); m++) {
            int[] a = decode(m, n);
            int othersCooperating = Arrays.stream(a).sum() - a[player];
            for (int i = 0; i < n; i++) {
                boolean cell = i == player && a[i] == own && othersCooperating == others;
                assertEquals(cell ? value : before[m][i], after[m][i], 0.0, "player " + i + " at " + Arrays.toString(a));
            }
        }
        for (int i = 0; i < n; i++) {
            double[][] table = table(agent, n, i);
            for (int a = 0; a < 2; a++) {
                for (int k = 0; k < n; k++) {
                    boolean cell = i == player && a == own && k == others;
                    assertEquals(cell ? value : tablesBefore[i][a][k], table[a][k], 0.0,
                            "table of player " + i + " cell [" + a + "][" + k + "]");
                }
            }
        }

        agent.setOverride(player, own, others, Double.NaN);
        assertFalse(agent.isOverridden(player, own, others));
        double[][] cleared = allIncentives(agent, n);
        for (int m = 0; m < (1 << n); m++) {
            assertArrayEquals(before[m], cleared[m], 0.0);
        }
    }

    @Test
    void shouldGiveTheFullTwoByTwoTableForTwoPlayers() {
        PlanningAgent agent = agent(2, PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE, false, 6);
        PlannerFixtures.randomize(agent.model().params(), new SplittableRandom(6), 1.0);
        double[] out = new double[2];
        for (int player = 0; player < 2; player++) {
            double[][] table = table(agent, 2, player);
            for (int own = 0; own < 2; own++) {
                for (int other = 0; other < 2; other++) {
                    int[] a = player == 0 ? new int[] {own, other} : new int[] {other, own};
                    agent.incentives(a, out);
                    assertEquals(out[player], table[own][other], 0.0);
                }
            }
        }
    }

    @Test
    void shouldNotLetAnOverrideChangeThePlannersOwnLearning() {
        int n = 2;
        PlanningAgent plain = agent(n, PlannerModel.TABULAR, LookAhead.EXACT_DIFFERENCE, false, 7);
        PlanningAgent overridden = agent(n, PlannerModel.TABULAR, LookAhead.EXACT_DIFFERENCE, false, 7);
        SplittableRandom random = new SplittableRandom(7);
        PlannerFixtures.randomize(plain.model().params(), random, 1.0);
        System.arraycopy(plain.model().params(), 0, overridden.model().params(), 0, plain.model().params().length);
        overridden.setOverride(0, 1, 1, 2.5);
        overridden.setOverride(1, 0, 0, -2.5);
        double[] p = {0.3, 0.6};
        int[] a = {1, 1};
        double[] env = new double[n];
        plain.incentives(a, new double[n]);
        plain.learn(p, env);
        double[] out = new double[n];
        overridden.incentives(a, out);
        assertEquals(2.5, out[0], 0.0);
        overridden.learn(p, env);
        assertArrayEquals(plain.model().params(), overridden.model().params(), 0.0);
    }

    static Stream<Arguments> differenceCases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (PlannerModel model : PlannerModel.values()) {
            for (int n : new int[] {2, 3, 4}) {
                for (boolean neutral : new boolean[] {false, true}) {
                    for (boolean override : new boolean[] {false, true}) {
                        b.add(Arguments.of(model, n, neutral, override));
                    }
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} N={1} revenue-neutral={2} override={3}")
    @MethodSource("differenceCases")
    void shouldComputeIncentiveDifferencesAsExpectedRewardGivenCooperationMinusGivenDefection(PlannerModel model,
            int n, boolean neutral, boolean override) {
        PlanningAgent agent = agent(n, model, LookAhead.EXACT_DIFFERENCE, neutral, 8);
        SplittableRandom random = new SplittableRandom(n * 19L + (neutral ? 1 : 0) + (override ? 2 : 0));
        PlannerFixtures.randomize(agent.model().params(), random, 1.0);
        if (override) {
            agent.setOverride(0, 1, n - 1, -1.25);
            agent.setOverride(n - 1, 0, 0, 2.0);
        }
        double[] p = PlannerFixtures.probabilities(random, n);
        double[][] applied = allIncentives(agent, n);
        double[] givenC = new double[n];
        double[] givenD = new double[n];
        for (int m = 0; m < (1 << n); m++) {
            int[] a = decode(m, n);
            for (int i = 0; i < n; i++) {
                double weight = othersProbability(p, a, i); // P(a_−i)
                if (a[i] == 1) {
                    givenC[i] += weight * applied[m][i];
                } else {
                    givenD[i] += weight * applied[m][i];
                }
            }
        }
        double[] actual = new double[n];
        agent.incentiveDifferences(p, actual);
        for (int i = 0; i < n; i++) {
            assertEquals(givenC[i] - givenD[i], actual[i], 1e-12, "Δ^p_" + i);
        }
    }

    @Test
    void shouldRejectTheActionDerivativeLookAheadWithATable() {
        assertThrows(IllegalArgumentException.class,
                () -> agent(2, PlannerModel.TABULAR, LookAhead.ACTION_DERIVATIVE, false, 1));
    }

    @Test
    void shouldRejectTheEnumeratingFormsBeyondTheirPlayerLimit() {
        int n = PlanningAgent.MAX_EXACT_PLAYERS + 1;
        assertThrows(IllegalArgumentException.class, () -> agent(n, PlannerModel.NETWORK, LookAhead.EXACT_DIFFERENCE, false, 1));
        assertThrows(IllegalArgumentException.class, () -> agent(n, PlannerModel.TABULAR, LookAhead.EXACT_DIFFERENCE, false, 1));
        double[] eta = new double[n];
        Arrays.fill(eta, 0.01);
        assertThrows(IllegalArgumentException.class, () -> new PlanningAgent(new DilemmaGame(n, SocialDilemma.PD),
                new PlannerConfig(true, PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE, IncentiveCost.SQUARED_EXPECTED,
                        0.0002, C, Optimizer.Kind.ADAM, 0.01, false, 0.0, null), eta, Rng.forComponent(1, "planner")));
        assertDoesNotThrow(() -> agent(PlanningAgent.MAX_EXACT_PLAYERS, PlannerModel.TABULAR, LookAhead.EXACT_DIFFERENCE,
                false, 1));
        assertDoesNotThrow(() -> agent(DilemmaGame.MAX_PLAYERS, PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE,
                false, 1));
    }

    @ParameterizedTest(name = "N={0}")
    @ValueSource(ints = {PlanningAgent.MAX_EXACT_PLAYERS + 1, 31, DilemmaGame.MAX_PLAYERS})
    void shouldRefuseIncentiveDifferencesBeyondTheEnumerationLimit(int n) {
        PlanningAgent agent = agent(n, PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE, false, 1);
        double[] p = new double[n];
        Arrays.fill(p, 0.5);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> agent.incentiveDifferences(p, new double[n]));
        assertTrue(e.getMessage().contains("N ≤ " + PlanningAgent.MAX_EXACT_PLAYERS)
                && e.getMessage().contains("N = " + n), e.getMessage());
        assertDoesNotThrow(() -> agent(PlanningAgent.MAX_EXACT_PLAYERS, PlannerModel.NETWORK,
                LookAhead.ACTION_DERIVATIVE, false, 1).incentiveDifferences(
                        new double[PlanningAgent.MAX_EXACT_PLAYERS], new double[PlanningAgent.MAX_EXACT_PLAYERS]));
    }

    @Test
    void shouldSeeEachActionFlippedWithTheConfiguredProbability() {
        double flip = 0.3;
        PlanningAgent agent = new PlanningAgent(new DilemmaGame(2, SocialDilemma.PD),
                new PlannerConfig(true, PlannerModel.TABULAR, LookAhead.EXACT_DIFFERENCE, IncentiveCost.REALIZED_NORM,
                        0.0, C, Optimizer.Kind.SGD, 0.01, false, flip, null),
                new double[] {0.01, 0.01}, Rng.forComponent(9, "planner"));
        // four distinct incentives for player 0, one per observed (own, other) cell
        double[][] cells = {{-2.0, -1.0}, {1.0, 2.0}};
        for (int own = 0; own < 2; own++) {
            for (int other = 0; other < 2; other++) {
                agent.setOverride(0, own, other, cells[own][other]);
            }
        }
        int rounds = 40_000;
        int ownFlips = 0;
        int otherFlips = 0;
        double[] out = new double[2];
        for (int t = 0; t < rounds; t++) {
            agent.incentives(new int[] {1, 0}, out);
            int seenOwn = -1;
            int seenOther = -1;
            for (int own = 0; own < 2; own++) {
                for (int other = 0; other < 2; other++) {
                    if (out[0] == cells[own][other]) {
                        seenOwn = own;
                        seenOther = other;
                    }
                }
            }
            assertTrue(seenOwn >= 0, "the incentive must come from one of the four cells, got " + out[0]);
            ownFlips += seenOwn != 1 ? 1 : 0;
            otherFlips += seenOther != 0 ? 1 : 0;
        }
        double tolerance = 5 * Math.sqrt(flip * (1 - flip) / rounds);
        assertEquals(flip, (double) ownFlips / rounds, tolerance);
        assertEquals(flip, (double) otherFlips / rounds, tolerance);
    }

    @Test
    void shouldSeeTheTrueActionsWithoutFlipping() {
        PlanningAgent agent = agent(2, PlannerModel.TABULAR, LookAhead.EXACT_DIFFERENCE, false, 10);
        agent.setOverride(0, 1, 0, 1.0);
        agent.setOverride(0, 0, 1, -1.0);
        double[] out = new double[2];
        for (int t = 0; t < 1000; t++) {
            agent.incentives(new int[] {1, 0}, out);
            assertEquals(1.0, out[0], 0.0);
        }
    }

    @Test
    void shouldMakeExactLearnersCooperateInThePrisonersDilemma() {
        // Thesis 003 Table 4.2 in miniature: the same learners without the planner defect; with it they cooperate.
        DilemmaGame game = new DilemmaGame(2, SocialDilemma.PD);
        assertTrue(runExact(game, null, 4000) < 0.05);
        PlanningAgent planner = new PlanningAgent(game,
                new PlannerConfig(true, PlannerModel.TABULAR, LookAhead.EXACT_DIFFERENCE, IncentiveCost.SQUARED_EXPECTED,
                        0.0002, C, Optimizer.Kind.ADAM, 0.01, false, 0.0, null),
                new double[] {0.01, 0.01}, Rng.forComponent(0, "planner"));
        assertTrue(runExact(game, planner, 4000) > 0.9);
    }

    /** @return P(C,C) after exact learners (Adam, η = 0.01, P(C) = 0.25) train for the given rounds */
    private static double runExact(DilemmaGame game, PlanningAgent planner, int rounds) {
        int n = game.players();
        SigmoidLearner[] learners = new SigmoidLearner[n];
        for (int i = 0; i < n; i++) {
            learners[i] = new SigmoidLearner(0.25, Optimizer.Kind.ADAM, 0.01, null);
        }
        double[] p = new double[n];
        double[] own = new double[n];
        double[] delta = new double[n];
        double[] env = new double[n];
        double[] out = new double[n];
        int[] a = new int[n];
        for (int t = 0; t < rounds; t++) {
            for (int i = 0; i < n; i++) {
                p[i] = learners[i].probability();
                a[i] = p[i] > 0.5 ? 1 : 0; // any observed action; the exact look-ahead does not use it
            }
            game.ownGradients(p, own);
            if (planner != null) {
                planner.incentives(a, out);
                game.payoffs(a, env);
                planner.learn(p, env);
                planner.incentiveDifferences(p, delta);
            }
            for (int i = 0; i < n; i++) {
                learners[i].learnExact(own[i] + delta[i]);
            }
        }
        double cc = 1;
        for (SigmoidLearner l : learners) {
            cc *= l.probability();
        }
        return cc;
    }

    private static double[][] allIncentives(PlanningAgent agent, int n) {
        double[][] all = new double[1 << n][n];
        for (int m = 0; m < (1 << n); m++) {
            agent.incentives(decode(m, n), all[m]);
        }
        return all;
    }

    @Test
    void shouldDrawTheSameInitialNetworkForTheSameSeed() {
        PlanningAgent a = agent(3, PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE, false, 42);
        PlanningAgent b = agent(3, PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE, false, 42);
        PlanningAgent c = agent(3, PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE, false, 43);
        assertArrayEquals(a.model().params(), b.model().params(), 0.0);
        assertNotEquals(Arrays.toString(a.model().params()), Arrays.toString(c.model().params()));
    }

    private static double[][] table(PlanningAgent agent, int n, int player) {
        double[][] t = new double[2][n];
        agent.incentiveTable(player, t);
        return t;
    }
}
