package org.incentivelab.mech.planner;

import static org.incentivelab.mech.planner.PlannerFixtures.decode;
import static org.incentivelab.mech.planner.PlannerFixtures.randomize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.incentivelab.math.Logistic;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncentiveModelTest {
    private static final double C = 3.0;

    static IncentiveModel create(PlannerModel kind, int n, double maxReward, long seed) {
        return kind == PlannerModel.NETWORK ? new IncentiveNetwork(n, maxReward, Rng.forComponent(seed, "planner"))
                : new IncentiveTable(n, maxReward);
    }

    static Stream<Arguments> modelsAndSizes() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (PlannerModel kind : PlannerModel.values()) {
            for (int n : new int[] {2, 3, 5}) {
                b.add(Arguments.of(kind, n));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}, N = {1}")
    @MethodSource("modelsAndSizes")
    void shouldKeepRewardsStrictlyInsideTheBoundForRandomParameters(PlannerModel kind, int n) {
        SplittableRandom random = new SplittableRandom(n * 31L + kind.ordinal());
        IncentiveModel model = create(kind, n, C, n);
        double[] out = new double[n];
        double largest = 0;
        for (int trial = 0; trial < 50; trial++) {
            randomize(model.params(), random, 4.0);
            for (int m = 0; m < (1 << n); m++) {
                model.rewards(decode(m, n), out);
                for (double r : out) {
                    assertTrue(Math.abs(r) < C, "|vp| = " + Math.abs(r));
                    largest = Math.max(largest, Math.abs(r));
                }
            }
        }
        assertTrue(largest > 0.9 * C, "the trial should reach near the bound, got " + largest);
    }

    @ParameterizedTest(name = "{0}, N = {1}")
    @MethodSource("modelsAndSizes")
    void shouldStayFiniteAndWithinTheBoundForSaturatedParameters(PlannerModel kind, int n) {
        IncentiveModel model = create(kind, n, C, 1);
        double[] out = new double[n];
        for (double big : new double[] {1e3, -1e3, 1e6}) {
            java.util.Arrays.fill(model.params(), big);
            for (int m = 0; m < (1 << n); m++) {
                model.rewards(decode(m, n), out);
                for (double r : out) {
                    assertTrue(Double.isFinite(r) && Math.abs(r) <= C, "vp = " + r);
                }
            }
        }
    }

    static Stream<Arguments> gradientCases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (PlannerModel kind : PlannerModel.values()) {
            for (int n : new int[] {2, 3}) {
                b.add(Arguments.of(kind, n));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}, N = {1}")
    @MethodSource("gradientCases")
    void shouldMatchFiniteDifferencesOfTheWeightedIncentivesForAddGradient(PlannerModel kind, int n) {
        SplittableRandom random = new SplittableRandom(1000 + n * 7L + kind.ordinal());
        double maxReward = 2.5;
        IncentiveModel model = create(kind, n, maxReward, 3);
        double h = 1e-6;
        for (int trial = 0; trial < 3; trial++) {
            randomize(model.params(), random, 1.0);
            double[] params = model.params();
            for (int m = 0; m < (1 << n); m++) {
                int[] a = decode(m, n);
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = random.nextDouble(-2, 2);
                }
                double[] start = new double[params.length];
                for (int k = 0; k < start.length; k++) {
                    start[k] = random.nextDouble(-1, 1); // addGradient accumulates
                }
                double[] grad = start.clone();
                model.addGradient(a, w, grad);
                for (int k = 0; k < params.length; k++) {
                    double saved = params[k];
                    params[k] = saved + h;
                    double plus = weightedIncentives(model, a, w);
                    params[k] = saved - h;
                    double minus = weightedIncentives(model, a, w);
                    params[k] = saved;
                    assertEquals((plus - minus) / (2 * h), grad[k] - start[k], 1e-7,
                            "parameter " + k + " at joint action " + java.util.Arrays.toString(a));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void shouldComputeNetworkIncentivesFromTheDocumentedLayout(int n) {
        SplittableRandom random = new SplittableRandom(50 + n);
        IncentiveNetwork network = new IncentiveNetwork(n, C, Rng.forComponent(5, "planner"));
        randomize(network.params(), random, 1.5);
        double[] out = new double[n];
        for (int m = 0; m < (1 << n); m++) {
            int[] a = decode(m, n);
            double[] x = new double[n];
            for (int j = 0; j < n; j++) {
                x[j] = a[j];
            }
            network.rewards(a, out);
            for (int i = 0; i < n; i++) {
                assertEquals(PlannerFixtures.networkIncentive(network.params(), n, C, x, i), out[i], 1e-12);
            }
        }
        // the dummy-state row W[0][·] multiplies an input that is always 0
        double[] before = new double[n];
        int[] a = decode((1 << n) - 1, n);
        network.rewards(a, before);
        for (int i = 0; i < n; i++) {
            network.params()[i] += 5.0;
        }
        network.rewards(a, out);
        assertArrayEquals(before, out, 0.0);
    }

    @Test
    void shouldDependOnlyOnOwnActionAndTheNumberOfOtherCooperatorsInTheTable() {
        int n = 4;
        IncentiveTable table = new IncentiveTable(n, C);
        double[] out = new double[n];
        table.rewards(decode(5, n), out);
        assertArrayEquals(new double[n], out, 0.0, "a fresh table pays nothing");

        randomize(table.params(), new SplittableRandom(8), 1.0);
        for (int m = 0; m < (1 << n); m++) {
            int[] a = decode(m, n);
            table.rewards(a, out);
            int cooperators = java.util.Arrays.stream(a).sum();
            for (int i = 0; i < n; i++) {
                int k = cooperators - a[i];
                double phi = table.params()[(i * 2 + a[i]) * n + k]; // documented layout φ_i[a][k]
                assertEquals(2 * C * (Logistic.sigmoid(phi) - 0.5), out[i], 1e-12);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void shouldMatchFiniteDifferencesInTheContinuousOwnActionForActionDerivatives(int n) {
        SplittableRandom random = new SplittableRandom(70 + n);
        double maxReward = 2.0;
        IncentiveNetwork network = new IncentiveNetwork(n, maxReward, Rng.forComponent(6, "planner"));
        double h = 1e-6;
        for (int trial = 0; trial < 3; trial++) {
            randomize(network.params(), random, 1.0);
            double[] d = new double[n];
            for (int m = 0; m < (1 << n); m++) {
                int[] a = decode(m, n);
                network.actionDerivatives(a, d);
                double[] closedForm = PlannerFixtures.networkActionDerivatives(network.params(), n, maxReward, a);
                for (int i = 0; i < n; i++) {
                    double[] plus = new double[n];
                    double[] minus = new double[n];
                    for (int j = 0; j < n; j++) {
                        plus[j] = a[j];
                        minus[j] = a[j];
                    }
                    plus[i] += h;
                    minus[i] -= h;
                    double fd = (PlannerFixtures.networkIncentive(network.params(), n, maxReward, plus, i)
                            - PlannerFixtures.networkIncentive(network.params(), n, maxReward, minus, i)) / (2 * h);
                    assertEquals(fd, d[i], 1e-7, "d_" + i);
                    assertEquals(closedForm[i], d[i], 1e-12, "d_" + i + " closed form");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void shouldMatchFiniteDifferencesOfTheWeightedActionDerivativesForTheirGradient(int n) {
        SplittableRandom random = new SplittableRandom(90 + n);
        double maxReward = 3.0;
        IncentiveNetwork network = new IncentiveNetwork(n, maxReward, Rng.forComponent(7, "planner"));
        double h = 1e-6;
        double[] params = network.params();
        for (int trial = 0; trial < 3; trial++) {
            randomize(params, random, 1.0);
            for (int m = 0; m < (1 << n); m++) {
                int[] a = decode(m, n);
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = random.nextDouble(-2, 2);
                }
                double[] start = new double[params.length];
                for (int k = 0; k < start.length; k++) {
                    start[k] = random.nextDouble(-1, 1);
                }
                double[] grad = start.clone();
                network.addActionDerivativeGradient(a, w, grad);
                for (int k = 0; k < params.length; k++) {
                    double saved = params[k];
                    params[k] = saved + h;
                    double plus = weighted(PlannerFixtures.networkActionDerivatives(params, n, maxReward, a), w);
                    params[k] = saved - h;
                    double minus = weighted(PlannerFixtures.networkActionDerivatives(params, n, maxReward, a), w);
                    params[k] = saved;
                    assertEquals((plus - minus) / (2 * h), grad[k] - start[k], 1e-7,
                            "parameter " + k + " at " + java.util.Arrays.toString(a));
                }
            }
        }
    }

    @Test
    void shouldInitialiseNetworkWeightsFromTheSeedWithStandardDeviationOneTenth() {
        int n = 32;
        IncentiveNetwork a = new IncentiveNetwork(n, C, Rng.forComponent(11, "planner"));
        IncentiveNetwork b = new IncentiveNetwork(n, C, Rng.forComponent(11, "planner"));
        IncentiveNetwork other = new IncentiveNetwork(n, C, Rng.forComponent(12, "planner"));
        assertArrayEquals(a.params(), b.params(), 0.0);
        assertTrue(!java.util.Arrays.equals(a.params(), other.params()));
        double sum = 0;
        double squares = 0;
        for (double x : a.params()) {
            sum += x;
            squares += x * x;
        }
        int count = a.params().length; // (N + 2)·N = 1088
        double mean = sum / count;
        assertEquals(0.0, mean, 0.01);
        assertEquals(0.1, Math.sqrt(squares / count - mean * mean), 0.01);
    }

    private static double weightedIncentives(IncentiveModel model, int[] a, double[] w) {
        double[] out = new double[a.length];
        model.rewards(a, out);
        return weighted(out, w);
    }

    private static double weighted(double[] v, double[] w) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += w[i] * v[i];
        }
        return s;
    }
}
