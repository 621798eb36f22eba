package org.incentivelab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MlpTest {
    private static final double H = 1e-6;

    static Stream<Arguments> architectures() {
        return Stream.of(
                Arguments.of(3, new int[] {}, 2, true),
                Arguments.of(3, new int[] {}, 2, false),
                Arguments.of(4, new int[] {5}, 3, true),
                Arguments.of(4, new int[] {5}, 3, false),
                Arguments.of(6, new int[] {8, 7}, 4, true),
                Arguments.of(2, new int[] {16, 9, 5}, 1, false),
                Arguments.of(10, new int[] {64}, 5, false));
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void shouldMatchCentralFiniteDifferencesInBackward(int inputs, int[] hidden, int outputs, boolean bias) {
        Mlp net = new Mlp(inputs, hidden, outputs, bias);
        Rng rng = Rng.forComponent(42, "mlp-" + inputs + "-" + hidden.length + "-" + bias);
        double[] params = gaussian(rng, net.parameterCount(), 0.7);
        double[] x = gaussian(rng, inputs, 1.5);
        double[] dOut = gaussian(rng, outputs, 1.0);
        double scale = 1.3;
        Mlp.Workspace ws = net.workspace();

        double[] gradient = new double[net.parameterCount()];
        net.forward(params, x, ws);
        net.backward(params, ws, dOut, scale, gradient);

        boolean sawDeadUnit = hidden.length == 0;
        for (int k = 0; k < params.length; k++) {
            double saved = params[k];
            params[k] = saved + H;
            double plus = scale * dot(dOut, net.forward(params, x, ws));
            params[k] = saved - H;
            double minus = scale * dot(dOut, net.forward(params, x, ws));
            params[k] = saved;
            double numeric = (plus - minus) / (2 * H);
            assertEquals(numeric, gradient[k], 1e-6 * Math.max(1.0, Math.abs(numeric)), "parameter " + k);
            sawDeadUnit |= gradient[k] == 0.0;
        }
        assertTrue(sawDeadUnit, "inputs should leave some ReLUs inactive so both branches are tested");
    }

    @Test
    void shouldAccumulateIntoTheGradientRatherThanOverwrite() {
        Mlp net = new Mlp(4, new int[] {6, 5}, 3, true);
        Rng rng = Rng.forComponent(7, "accumulate");
        double[] params = gaussian(rng, net.parameterCount(), 0.5);
        double[] x = gaussian(rng, 4, 1.0);
        double[] dOut = gaussian(rng, 3, 1.0);
        Mlp.Workspace ws = net.workspace();
        net.forward(params, x, ws);

        double[] once = new double[net.parameterCount()];
        net.backward(params, ws, dOut, 0.5, once);
        double[] twice = new double[net.parameterCount()];
        net.backward(params, ws, dOut, 0.5, twice);
        net.backward(params, ws, dOut, 0.5, twice);

        for (int k = 0; k < once.length; k++) {
            assertEquals(2 * once[k], twice[k], 1e-12, "parameter " + k);
        }
        assertNotEquals(0.0, dot(once, once));
    }

    @Test
    void shouldReturnTheWorkspaceOutputArrayAndComputeAKnownLinearMap() {
        Mlp net = new Mlp(2, new int[] {}, 2, true);
        // W = [[1, 2], [3, 4]] (output o, input i) stored input-major: W[0][0], W[1][0], W[0][1], W[1][1]; b = [0.5, -1].
        double[] params = {1, 3, 2, 4, 0.5, -1};
        Mlp.Workspace ws = net.workspace();
        double[] out = net.forward(params, new double[] {1, -1}, ws);
        assertArrayEquals(new double[] {-0.5, -2.0}, out, 1e-15);
        assertSame(out, net.forward(params, new double[] {0, 0}, ws));
        assertArrayEquals(new double[] {0.5, -1.0}, out, 1e-15);
    }

    @Test
    void shouldCountParametersLayerByLayer() {
        assertEquals(4 * 5 + 5 + 5 * 3 + 3, new Mlp(4, new int[] {5}, 3, true).parameterCount());
        assertEquals(4 * 5 + 5 + 5 * 3, new Mlp(4, new int[] {5}, 3, false).parameterCount());
        assertEquals(20 * 64 + 64 + 64 * 64 + 64 + 64 * 4, new Mlp(20, new int[] {64, 64}, 4, false).parameterCount());
    }

    @Test
    void shouldInitializeZeroBiasesAndWeightsWithinTheGlorotLimit() {
        Mlp net = new Mlp(5, new int[] {7}, 3, true);
        double[] params = new double[net.parameterCount()];
        java.util.Arrays.fill(params, 99.0);
        net.initialize(params, Rng.forComponent(3, "init"));

        double limit1 = Math.sqrt(6.0 / (5 + 7));
        double limit2 = Math.sqrt(6.0 / (7 + 3));
        int k = 0;
        k = InitChecks.checkWeights(params, k, 5 * 7, limit1);
        k = InitChecks.checkZeros(params, k, 7);
        k = InitChecks.checkWeights(params, k, 7 * 3, limit2);
        k = InitChecks.checkZeros(params, k, 3);
        assertEquals(params.length, k);
    }

    @Test
    void shouldScaleOnlyTheOutputLayersWeights() {
        Mlp net = new Mlp(5, new int[] {7, 4}, 3, true);
        double[] params = new double[net.parameterCount()];
        for (int k = 0; k < params.length; k++) {
            params[k] = k + 1;
        }
        double[] scaled = params.clone();
        net.scaleOutputWeights(scaled, 1e-3);
        int out = 5 * 7 + 7 + 7 * 4 + 4; // the output layer's weights [4][3] start here, its bias [3] follows
        for (int k = 0; k < params.length; k++) {
            double expected = k >= out && k < out + 4 * 3 ? params[k] * 1e-3 : params[k];
            assertEquals(expected, scaled[k], 0.0, "parameter " + k);
        }
        assertThrows(IllegalArgumentException.class, () -> net.scaleOutputWeights(new double[3], 2));
    }

    @Test
    void shouldInitializeTheSameWayFromTheSameStream() {
        Mlp net = new Mlp(3, new int[] {4}, 2, false);
        double[] a = new double[net.parameterCount()];
        double[] b = new double[net.parameterCount()];
        net.initialize(a, Rng.forComponent(9, "same"));
        net.initialize(b, Rng.forComponent(9, "same"));
        assertArrayEquals(a, b, 0.0);
    }

    @Test
    void shouldRejectBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> new Mlp(0, new int[] {4}, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new Mlp(3, new int[] {4, 0}, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new Mlp(3, new int[] {4}, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new Mlp(3, null, 2, true));
    }

    @Test
    void shouldRejectArraysOfTheWrongLength() {
        Mlp net = new Mlp(3, new int[] {4}, 2, true);
        Mlp.Workspace ws = net.workspace();
        double[] params = new double[net.parameterCount()];
        double[] gradient = new double[net.parameterCount()];
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[1], new double[3], ws));
        assertThrows(IllegalArgumentException.class, () -> net.forward(params, new double[4], ws));
        assertThrows(IllegalArgumentException.class, () -> net.initialize(new double[2], Rng.forComponent(1, "x")));
        net.forward(params, new double[3], ws);
        assertThrows(IllegalArgumentException.class, () -> net.backward(params, ws, new double[3], 1, gradient));
        assertThrows(IllegalArgumentException.class, () -> net.backward(params, ws, new double[2], 1, new double[1]));
        assertThrows(IllegalArgumentException.class,
                () -> net.forward(params, new double[3], new Mlp(3, new int[] {5}, 2, true).workspace()));
    }

    @Test
    void shouldRefuseBackwardBeforeAnyForward() {
        Mlp net = new Mlp(3, new int[] {4}, 2, true);
        double[] params = new double[net.parameterCount()];
        assertThrows(IllegalStateException.class,
                () -> net.backward(params, net.workspace(), new double[2], 1, new double[params.length]));
    }

    private static double[] gaussian(Rng rng, int n, double sd) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = sd * rng.nextGaussian();
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
