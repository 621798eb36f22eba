package org.incentivelab.mech.planner;

import static org.incentivelab.mech.planner.PlannerFixtures.decode;
import static org.incentivelab.mech.planner.PlannerFixtures.incentiveDifferences;
import static org.incentivelab.mech.planner.PlannerFixtures.incentives;
import static org.incentivelab.mech.planner.PlannerFixtures.jointProbability;
import static org.incentivelab.mech.planner.PlannerFixtures.maxAbs;
import static org.incentivelab.mech.planner.PlannerFixtures.welfareSlopes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.math.Logistic;
import org.incentivelab.math.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner's parameter update checked against central finite differences of the whole objective it is meant
 * to ascend, J − cost (thesis 003 Eqs. 4.3, 4.5, 4.7 and the reference code's variants), and, for the exact
 * tabular planner, against the true bilevel objective: welfare after the learners' real next step.
 */
class PlanningAgentGradientTest {
    private static final double PLANNER_LR = 0.5;

    static Stream<Arguments> objectiveCases() {
        Stream.Builder<Arguments> b = Stream.builder();
        Object[][] forms = {
            {PlannerModel.NETWORK, LookAhead.EXACT_DIFFERENCE},
            {PlannerModel.TABULAR, LookAhead.EXACT_DIFFERENCE},
            {PlannerModel.NETWORK, LookAhead.ACTION_DERIVATIVE},
            {PlannerModel.NETWORK, LookAhead.ESTIMATED},
            {PlannerModel.TABULAR, LookAhead.ESTIMATED},
        };
        for (Object[] form : forms) {
            for (int n : new int[] {2, 3}) {
                for (boolean neutral : new boolean[] {false, true}) {
                    b.add(Arguments.of(form[0], form[1], IncentiveCost.REALIZED_NORM, 0.0, n, neutral));
                    b.add(Arguments.of(form[0], form[1], IncentiveCost.REALIZED_NORM, 0.05, n, neutral));
                    b.add(Arguments.of(form[0], form[1], IncentiveCost.SQUARED_EXPECTED, 0.05, n, neutral));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1} {2} α={3} N={4} revenue-neutral={5}")
    @MethodSource("objectiveCases")
    void shouldStepAlongFiniteDifferencesOfTheWholeObjective(PlannerModel model, LookAhead lookAhead,
            IncentiveCost cost, double alpha, int n, boolean revenueNeutral) {
        SplittableRandom random = new SplittableRandom(
                31L * n + 7L * lookAhead.ordinal() + 3L * model.ordinal() + (revenueNeutral ? 1 : 0) + (long) (alpha * 100));
        double maxReward = 2.0;
        for (int trial = 0; trial < 3; trial++) {
            DilemmaGame game = new DilemmaGame(n, SocialDilemma.fromGreedFear(random.nextDouble(-1, 1.5),
                    random.nextDouble(-1, 1.5)));
            double[] eta = new double[n];
            for (int i = 0; i < n; i++) {
                eta[i] = random.nextDouble(0.5, 1.5);
            }
            PlannerConfig config = PlannerFixtures.config(model, lookAhead, cost, alpha, maxReward, PLANNER_LR,
                    revenueNeutral);
            PlanningAgent agent = new PlanningAgent(game, config, eta, Rng.forComponent(trial, "planner"));
            double[] params = agent.model().params();
            PlannerFixtures.randomize(params, random, 1.0);
            double[] p = PlannerFixtures.probabilities(random, n);
            int[] actions = PlannerFixtures.randomActions(random, n);
            double[] environment = new double[n];
            game.payoffs(actions, environment);
            Objective objective = new Objective(game, agent.model(), lookAhead, cost, alpha, maxReward, revenueNeutral,
                    eta, p, actions, environment);

            double[] before = params.clone();
            double[] applied = new double[n];
            agent.incentives(actions, applied);
            assertArrayEquals(incentives(agent.model(), actions, revenueNeutral), applied, 1e-12,
                    "applied incentives of the observed action");
            agent.learn(p, environment);
            double[] lossGradient = new double[params.length];
            for (int k = 0; k < params.length; k++) {
                lossGradient[k] = (before[k] - params[k]) / PLANNER_LR;
            }
            System.arraycopy(before, 0, params, 0, params.length);

            assertEquals(objective.lookAhead(), agent.lastLookAhead(), 1e-12, "J");
            assertEquals(objective.cost(), agent.lastCost(), 1e-12, "cost");

            double h = 1e-5;
            double[] fd = new double[params.length];
            for (int k = 0; k < params.length; k++) {
                params[k] = before[k] + h;
                double plus = objective.loss();
                params[k] = before[k] - h;
                double minus = objective.loss();
                params[k] = before[k];
                fd[k] = (plus - minus) / (2 * h);
            }
            double scale = maxAbs(fd);
            assertTrue(scale > 1e-4, "the objective should depend on the parameters, max |∂| = " + scale);
            assertArrayEquals(fd, lossGradient, 1e-6 * scale + 1e-9, "∇(−J + cost) at trial " + trial);
        }
    }

    static Stream<Arguments> bilevelCases() {
        Stream.Builder<Arguments> b = Stream.builder();
        SocialDilemma[] games = {SocialDilemma.PD, SocialDilemma.CHICKEN, SocialDilemma.STAG_HUNT};
        for (SocialDilemma g : games) {
            for (int n : new int[] {2, 3}) {
                for (boolean neutral : new boolean[] {false, true}) {
                    b.add(Arguments.of(g, n, neutral));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} N={1} revenue-neutral={2}")
    @MethodSource("bilevelCases")
    void shouldFollowTheGradientOfWelfareAfterTheLearnersRealExactStep(SocialDilemma payoffs, int n,
            boolean revenueNeutral) {
        double eta = 1e-3;
        double maxReward = 3.0;
        DilemmaGame game = new DilemmaGame(n, payoffs);
        SplittableRandom random = new SplittableRandom(n * 101L + (revenueNeutral ? 1 : 0) + payoffs.hashCode());
        for (int trial = 0; trial < 3; trial++) {
            double[] etas = new double[n];
            java.util.Arrays.fill(etas, eta);
            PlannerConfig config = PlannerFixtures.config(PlannerModel.TABULAR, LookAhead.EXACT_DIFFERENCE,
                    IncentiveCost.REALIZED_NORM, 0.0, maxReward, 1.0, revenueNeutral);
            PlanningAgent agent = new PlanningAgent(game, config, etas, Rng.forComponent(trial, "planner"));
            double[] params = agent.model().params();
            PlannerFixtures.randomize(params, random, 1.0);
            double[] p = PlannerFixtures.probabilities(random, n);
            int[] actions = PlannerFixtures.randomActions(random, n);
            double[] environment = new double[n];
            game.payoffs(actions, environment);

            double[] before = params.clone();
            agent.incentives(actions, new double[n]);
            agent.learn(p, environment);
            double[] lookAheadGradient = new double[params.length]; // ∇_φ J (the optimiser minimises −J)
            for (int k = 0; k < params.length; k++) {
                lookAheadGradient[k] = params[k] - before[k];
            }
            System.arraycopy(before, 0, params, 0, params.length);

            double h = 1e-4;
            double[] fd = new double[params.length];
            for (int k = 0; k < params.length; k++) {
                params[k] = before[k] + h;
                double plus = welfareAfterLearnerStep(game, agent.model(), p, eta, revenueNeutral);
                params[k] = before[k] - h;
                double minus = welfareAfterLearnerStep(game, agent.model(), p, eta, revenueNeutral);
                params[k] = before[k];
                fd[k] = (plus - minus) / (2 * h);
            }
            double scale = maxAbs(fd);
            assertTrue(scale > 1e-6, "the bilevel objective should depend on φ, max |∂| = " + scale);
            assertArrayEquals(fd, lookAheadGradient, 0.03 * scale, "∇_φ V(θ + η∇V^tot) vs ∇_φ J");
        }
    }

    /** V(θ′) with θ′_i = θ_i + η·p_i(1 − p_i)·(∂V_i/∂p_i + Δ^p_i): one real exact learner step (Eq. 4.1). */
    private static double welfareAfterLearnerStep(DilemmaGame game, IncentiveModel model, double[] p, double eta,
            boolean revenueNeutral) {
        int n = p.length;
        double[] own = PlannerFixtures.ownSlopes(game, p);
        double[] delta = incentiveDifferences(model, p, revenueNeutral);
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            double theta = Logistic.logit(p[i]) + eta * p[i] * (1 - p[i]) * (own[i] + delta[i]);
            next[i] = Logistic.sigmoid(theta);
        }
        return PlannerFixtures.welfare(game, next);
    }

    /** The planner's loss −J + cost, recomputed from the thesis formulas for the model's current parameters. */
    private record Objective(DilemmaGame game, IncentiveModel model, LookAhead lookAheadForm, IncentiveCost costForm,
            double alpha, double maxReward, boolean revenueNeutral, double[] eta, double[] p, int[] actions,
            double[] environment) {

        double loss() {
            return -lookAhead() + cost();
        }

        double lookAhead() {
            int n = p.length;
            double[] dV = welfareSlopes(game, p);
            double j = 0;
            switch (lookAheadForm) {
                case EXACT_DIFFERENCE -> {
                    double[] delta = incentiveDifferences(model, p, revenueNeutral);
                    for (int i = 0; i < n; i++) {
                        double slope = p[i] * (1 - p[i]);
                        j += eta[i] * slope * slope * dV[i] * delta[i];
                    }
                }
                case ACTION_DERIVATIVE -> {
                    double[] d = PlannerFixtures.networkActionDerivatives(model.params(), n, maxReward, actions);
                    for (int i = 0; i < n; i++) {
                        double slope = p[i] * (1 - p[i]);
                        j += eta[i] * slope * slope * dV[i] * d[i];
                    }
                }
                case ESTIMATED -> {
                    SocialDilemma g = game.payoffs();
                    double v = -(n * (g.temptation() + g.sucker()) / 2 - 0.1);
                    for (double r : environment) {
                        v += r;
                    }
                    double[] raw = incentives(model, actions, false); // the look-ahead uses raw incentives
                    for (int i = 0; i < n; i++) {
                        double score = actions[i] - p[i];
                        j += eta[i] * score * score * v * raw[i];
                    }
                }
                default -> throw new IllegalStateException();
            }
            return j;
        }

        double cost() {
            if (costForm == IncentiveCost.REALIZED_NORM) {
                double[] r = incentives(model, actions, revenueNeutral);
                double s = 0;
                for (double x : r) {
                    s += x * x;
                }
                return alpha * Math.sqrt(s);
            }
            int n = p.length;
            double[] expected = new double[n];
            for (int m = 0; m < (1 << n); m++) {
                int[] a = decode(m, n);
                double[] r = incentives(model, a, revenueNeutral);
                double pi = jointProbability(p, a);
                for (int i = 0; i < n; i++) {
                    expected[i] += pi * r[i];
                }
            }
            double s = 0;
            for (double x : expected) {
                s += x * x;
            }
            return alpha * s;
        }
    }
}
