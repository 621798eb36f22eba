package org.incentivelab.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.incentivelab.nn.Mlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SoftmaxPolicyTest {
    private static final double H = 1e-6;

    private final Mlp net = new Mlp(5, new int[] {8, 6}, 4, true);
    private final SoftmaxPolicy policy = new SoftmaxPolicy(net);
    private final Mlp.Workspace ws = net.workspace();

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.05, 0.3, 1.0})
    void shouldPutProbabilitiesOnTheSimplexAboveTheExplorationFloor(double epsilon) {
        Rng rng = Rng.forComponent(11, "simplex");
        double[] params = gaussian(rng, net.parameterCount(), 1.5);
        double[] probs = new double[policy.actions()];
        for (int trial = 0; trial < 20; trial++) {
            policy.probabilities(params, gaussian(rng, net.inputs(), 2.0), epsilon, probs, ws);
            double sum = 0.0;
            for (double p : probs) {
                assertTrue(p >= epsilon / probs.length - 1e-15, "floor violated: " + p);
                assertTrue(p <= 1.0 + 1e-15);
                sum += p;
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @Test
    void shouldBeUniformWhenEpsilonIsOne() {
        Rng rng = Rng.forComponent(12, "uniform");
        double[] params = gaussian(rng, net.parameterCount(), 3.0);
        double[] obs = gaussian(rng, net.inputs(), 2.0);
        double[] probs = new double[policy.actions()];
        policy.probabilities(params, obs, 1.0, probs, ws);
        for (double p : probs) {
            assertEquals(0.25, p, 1e-15);
        }
        assertEquals(Math.log(4), policy.entropy(params, obs, 1.0, ws), 1e-12);
        assertEquals(Math.log(0.25), policy.logProbability(params, obs, 2, 1.0, ws), 1e-12);
    }

    @Test
    void shouldStayFiniteForHugeLogits() {
        Mlp linear = new Mlp(1, new int[] {}, 3, false);
        SoftmaxPolicy wide = new SoftmaxPolicy(linear);
        Mlp.Workspace w = linear.workspace();
        double[] params = {1000.0, 0.0, -1000.0};
        double[] probs = new double[3];
        wide.probabilities(params, new double[] {1.0}, 0.0, probs, w);
        assertEquals(1.0, probs[0], 1e-15);
        assertEquals(-2000.0, wide.logProbability(params, new double[] {1.0}, 2, 0.0, w), 1e-9);
        assertEquals(0.0, wide.entropy(params, new double[] {1.0}, 0.0, w), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.01, 0.2, 0.7, 1.0})
    void shouldMatchCentralFiniteDifferencesInAddGradient(double epsilon) {
        Rng rng = Rng.forComponent(13, "gradient-" + epsilon);
        for (int trial = 0; trial < 4; trial++) {
            double[] params = gaussian(rng, net.parameterCount(), 0.8);
            double[] obs = gaussian(rng, net.inputs(), 1.5);
            int action = trial % policy.actions();
            double logProbWeight = 2.0 * rng.nextGaussian();
            double entropyWeight = trial == 0 ? 0.0 : rng.nextGaussian();

            double[] gradient = new double[net.parameterCount()];
            policy.addGradient(params, obs, action, epsilon, logProbWeight, entropyWeight, gradient, ws);

            for (int k = 0; k < params.length; k++) {
                double saved = params[k];
                params[k] = saved + H;
                double plus = objective(params, obs, action, epsilon, logProbWeight, entropyWeight);
                params[k] = saved - H;
                double minus = objective(params, obs, action, epsilon, logProbWeight, entropyWeight);
                params[k] = saved;
                double numeric = (plus - minus) / (2 * H);
                assertEquals(numeric, gradient[k], 1e-6 * Math.max(1.0, Math.abs(numeric)),
                        "trial " + trial + " parameter " + k);
            }
        }
    }

    @Test
    void shouldAccumulateGradientsAcrossCalls() {
        Rng rng = Rng.forComponent(14, "accumulate");
        double[] params = gaussian(rng, net.parameterCount(), 0.8);
        double[] obs = gaussian(rng, net.inputs(), 1.0);
        double[] once = new double[net.parameterCount()];
        policy.addGradient(params, obs, 1, 0.1, 1.5, 0.2, once, ws);
        double[] twice = new double[net.parameterCount()];
        policy.addGradient(params, obs, 1, 0.1, 1.5, 0.2, twice, ws);
        policy.addGradient(params, obs, 1, 0.1, 1.5, 0.2, twice, ws);
        for (int k = 0; k < once.length; k++) {
            assertEquals(2 * once[k], twice[k], 1e-12);
        }
    }

    @Test
    void shouldSampleWithFrequenciesMatchingTheProbabilities() {
        double[] probs = {0.1, 0.45, 0.05, 0.4};
        Rng rng = Rng.forComponent(15, "sample");
        int draws = 200_000;
        int[] counts = new int[probs.length];
        for (int n = 0; n < draws; n++) {
            counts[SoftmaxPolicy.sample(probs, rng)]++;
        }
        double chiSquare = 0.0;
        for (int k = 0; k < probs.length; k++) {
            double expected = draws * probs[k];
            chiSquare += (counts[k] - expected) * (counts[k] - expected) / expected;
        }
        assertTrue(chiSquare < 16.27, "chi-square with 3 degrees of freedom above the 0.1% point: " + chiSquare);
    }

    @Test
    void shouldNeverSampleAZeroProbabilityActionEvenOnRoundOff() {
        double[] shortOfOne = {0.3, 0.3, 0.0}; // sums to 0.6, so draws above it fall back
        Rng rng = Rng.forComponent(16, "round-off");
        for (int n = 0; n < 1000; n++) {
            int a = SoftmaxPolicy.sample(shortOfOne, rng);
            assertTrue(a == 0 || a == 1, "sampled " + a);
        }
        assertThrows(IllegalArgumentException.class, () -> SoftmaxPolicy.sample(new double[] {0, 0}, rng));
    }

    @Test
    void shouldRejectBadEpsilonAndAction() {
        double[] params = new double[net.parameterCount()];
        double[] obs = new double[net.inputs()];
        double[] probs = new double[policy.actions()];
        double[] gradient = new double[net.parameterCount()];
        assertThrows(IllegalArgumentException.class, () -> policy.probabilities(params, obs, -0.1, probs, ws));
        assertThrows(IllegalArgumentException.class, () -> policy.probabilities(params, obs, 1.1, probs, ws));
        assertThrows(IllegalArgumentException.class, () -> policy.probabilities(params, obs, 0.1, new double[3], ws));
        assertThrows(IllegalArgumentException.class, () -> policy.logProbability(params, obs, 4, 0.1, ws));
        assertThrows(IllegalArgumentException.class,
                () -> policy.addGradient(params, obs, -1, 0.1, 1, 0, gradient, ws));
        assertThrows(IllegalArgumentException.class,
                () -> policy.addGradient(params, obs, 0, Double.NaN, 1, 0, gradient, ws));
    }

    @Test
    void shouldDecayEpsilonLinearlyThenHoldTheEnd() {
        EpsilonSchedule schedule = new EpsilonSchedule(0.5, 0.05, 100);
        assertEquals(0.5, schedule.at(0), 0.0);
        assertEquals(0.275, schedule.at(50), 1e-15);
        assertEquals(0.5 - 0.45 * 0.25, schedule.at(25), 1e-15);
        assertEquals(0.05, schedule.at(100), 0.0);
        assertEquals(0.05, schedule.at(101), 0.0);
        assertEquals(0.05, schedule.at(1_000_000_000_000L), 0.0);
        assertEquals(0.3, new EpsilonSchedule(0.3, 0.3, 1).at(0), 0.0);
    }

    @Test
    void shouldMatchTheReferenceCodesStepwiseDecay() {
        EpsilonSchedule schedule = new EpsilonSchedule(1.0, 0.1, 1000);
        double epsilon = 1.0;
        double step = (1.0 - 0.1) / 1000;
        for (int episode = 0; episode < 1000; episode++) {
            assertEquals(epsilon, schedule.at(episode), 1e-12, "episode " + episode);
            if (epsilon > 0.1) {
                epsilon -= step;
            }
        }
    }

    @Test
    void shouldRejectInvalidSchedulesNamingTheField() {
        assertMessageNames("start", () -> new EpsilonSchedule(1.5, 0.1, 10));
        assertMessageNames("start", () -> new EpsilonSchedule(Double.NaN, 0.1, 10));
        assertMessageNames("end", () -> new EpsilonSchedule(0.5, -0.1, 10));
        assertMessageNames("end", () -> new EpsilonSchedule(0.5, 0.6, 10));
        assertMessageNames("episodes", () -> new EpsilonSchedule(0.5, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new EpsilonSchedule(0.5, 0.1, 10).at(-1));
    }

    private static void assertMessageNames(String field, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    }

    private double objective(double[] params, double[] obs, int action, double epsilon, double wLog, double wEnt) {
        double value = wLog * policy.logProbability(params, obs, action, epsilon, ws);
        return value + wEnt * policy.entropy(params, obs, epsilon, ws);
    }

    private static double[] gaussian(Rng rng, int n, double sd) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = sd * rng.nextGaussian();
        }
        return v;
    }
}
