package org.incentivelab.nn;

import static org.incentivelab.nn.ConvTest.dot;
import static org.incentivelab.nn.ConvTest.gaussian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests of {@link ConvNet}: gradients against finite differences, layout, determinism, contracts. */
class ConvNetTest {
    private static final double H = 1e-6;

    static Stream<Arguments> architectures() {
        return Stream.of(
                Arguments.of(new Conv2d(4, 5, 2, 3, 3), new int[] {5}, 0, 3, true),
                Arguments.of(new Conv2d(4, 5, 2, 3, 3), new int[] {5}, 2, 3, false),
                Arguments.of(new Conv2d(4, 5, 2, 3, 3), new int[] {}, 0, 2, true),
                Arguments.of(new Conv2d(4, 5, 2, 2, 1), new int[] {4, 3, 2}, 3, 2, true),
                Arguments.of(new Conv2d(9, 9, 3, 6, 3), new int[] {12, 8}, 0, 6, true),
                Arguments.of(new Conv2d(9, 9, 3, 6, 3), new int[] {12, 8}, 6, 1, false));
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void shouldMatchCentralFiniteDifferencesInBackward(Conv2d conv, int[] hidden, int extra, int outputs,
            boolean bias) {
        ConvNet net = new ConvNet(conv, hidden, extra, outputs, bias);
        Rng rng = Rng.forComponent(42, "convnet-" + net.parameterCount() + "-" + extra + "-" + bias);
        double[] params = gaussian(rng, net.parameterCount(), 0.4);
        double[] image = gaussian(rng, net.imageSize(), 1.0);
        double[] extraInput = gaussian(rng, extra, 1.0);
        double[] dOut = gaussian(rng, outputs, 1.0);
        double scale = 1.3;
        ConvNet.Workspace ws = net.workspace();

        double[] gradient = new double[net.parameterCount()];
        net.forward(params, image, extraInput, ws);
        net.backward(params, ws, dOut, scale, gradient);

        boolean sawZero = false;
        for (int k = 0; k < params.length; k++) {
            double numeric = numericDerivative(net, params, k, image, extraInput, dOut, scale, ws);
            assertEquals(numeric, gradient[k], 1e-6 * Math.max(1.0, Math.abs(numeric)), "parameter " + k);
            sawZero |= gradient[k] == 0.0;
        }
        assertTrue(sawZero, "inputs should leave some ReLUs inactive so both branches are tested");
    }

    @Test
    void shouldMatchFiniteDifferencesAtTheFullCleanupSizeOnSampledParameters() {
        ConvNet net = new ConvNet(new Conv2d(15, 15, 3, 6, 3), new int[] {64, 64}, 6, 1, false);
        Rng rng = Rng.forComponent(43, "convnet-cleanup-10x10");
        double[] params = new double[net.parameterCount()];
        net.initialize(params, rng);
        for (int k = 0; k < params.length; k++) {
            params[k] += 0.05 * rng.nextGaussian(); // non-zero biases too
        }
        double[] image = gaussian(rng, net.imageSize(), 1.0);
        double[] extra = gaussian(rng, 6, 1.0);
        double[] dOut = {0.9};
        ConvNet.Workspace ws = net.workspace();
        double[] gradient = new double[params.length];
        net.forward(params, image, extra, ws);
        net.backward(params, ws, dOut, 1.0, gradient);

        int conv = net.conv().parameterCount();
        for (int k = 0; k < params.length; k += k < conv ? 1 : 97) {
            double numeric = numericDerivative(net, params, k, image, extra, dOut, 1.0, ws);
            assertEquals(numeric, gradient[k], 1e-6 * Math.max(1.0, Math.abs(numeric)), "parameter " + k);
        }
    }

    @Test
    void shouldComputeAHandWorkedTinyNetworkWithTheExtraInputAfterTheFirstLayer() {
        // 1×1×1 image, one 1×1 filter, FC 1, extra input of length 1, one output with bias.
        ConvNet net = new ConvNet(new Conv2d(1, 1, 1, 1, 1), new int[] {1}, 1, 1, true);
        // conv w = 3, b = −1 | FC1 W = 0.5, b = 1 | output W = (2 on h_1, −1 on extra), b = 0.25
        double[] params = {3, -1, 0.5, 1, 2, -1, 0.25};
        assertEquals(params.length, net.parameterCount());
        ConvNet.Workspace ws = net.workspace();
        // conv: 3·2 − 1 = 5 → relu 5; FC1: 0.5·5 + 1 = 3.5 → relu 3.5; out: 2·3.5 − 1·4 + 0.25 = 3.25
        double[] out = net.forward(params, new double[] {2}, new double[] {4}, ws);
        assertArrayEquals(new double[] {3.25}, out, 1e-15);
        // A negative conv pre-activation is cut by the ReLU: conv = −4 → 0; FC1 = 1; out = 2 − 4 + 0.25.
        assertSame(out, net.forward(params, new double[] {-1}, new double[] {4}, ws));
        assertArrayEquals(new double[] {-1.75}, out, 1e-15);
    }

    @Test
    void shouldCountTheParametersOfTableB5() {
        int conv = 3 * 3 * 3 * 6 + 6;
        int flat = 9 * 9 * 6;
        ConvNet policy = new ConvNet(new Conv2d(9, 9, 3, 6, 3), new int[] {64, 64}, 0, 6, true);
        assertEquals(conv + flat * 64 + 64 + 64 * 64 + 64 + 64 * 6 + 6, policy.parameterCount());
        ConvNet incentive = new ConvNet(new Conv2d(9, 9, 3, 6, 3), new int[] {64, 64}, 6, 1, false);
        assertEquals(conv + flat * 64 + 64 + (64 + 6) * 64 + 64 + 64, incentive.parameterCount());
        ConvNet linear = new ConvNet(new Conv2d(4, 5, 2, 3, 3), new int[] {}, 0, 2, false);
        assertEquals(3 * 3 * 2 * 3 + 3 + 4 * 5 * 3 * 2, linear.parameterCount());
    }

    @Test
    void shouldAccumulateIntoTheGradientRatherThanOverwrite() {
        ConvNet net = new ConvNet(new Conv2d(4, 5, 2, 3, 3), new int[] {6, 5}, 2, 3, true);
        Rng rng = Rng.forComponent(7, "convnet-accumulate");
        double[] params = gaussian(rng, net.parameterCount(), 0.5);
        double[] image = gaussian(rng, net.imageSize(), 1.0);
        double[] extra = gaussian(rng, 2, 1.0);
        double[] dOut = gaussian(rng, 3, 1.0);
        ConvNet.Workspace ws = net.workspace();
        net.forward(params, image, extra, ws);

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
    void shouldKeepNoHiddenStateBetweenPasses() {
        ConvNet net = new ConvNet(new Conv2d(9, 9, 3, 6, 3), new int[] {16, 8}, 4, 5, true);
        Rng rng = Rng.forComponent(8, "convnet-stateless");
        double[] params = new double[net.parameterCount()];
        net.initialize(params, rng);
        double[] image = gaussian(rng, net.imageSize(), 1.0);
        double[] extra = gaussian(rng, 4, 1.0);
        double[] otherImage = gaussian(rng, net.imageSize(), 1.0);
        double[] otherExtra = gaussian(rng, 4, 1.0);
        double[] dOut = gaussian(rng, 5, 1.0);
        ConvNet.Workspace ws = net.workspace();

        double[] first = net.forward(params, image, extra, ws).clone();
        double[] firstGradient = new double[params.length];
        net.backward(params, ws, dOut, 1.0, firstGradient);
        net.forward(params, otherImage, otherExtra, ws);
        net.backward(params, ws, dOut, 1.0, new double[params.length]);
        double[] second = net.forward(params, image, extra, ws).clone();
        double[] secondGradient = new double[params.length];
        net.backward(params, ws, dOut, 1.0, secondGradient);
        double[] fresh = net.forward(params, image, extra, net.workspace());

        assertArrayEquals(first, second, 0.0);
        assertArrayEquals(first, fresh, 0.0);
        assertArrayEquals(firstGradient, secondGradient, 0.0);
    }

    @Test
    void shouldCopyTheInputsSoLaterChangesDoNotLeakIntoBackward() {
        ConvNet net = new ConvNet(new Conv2d(4, 5, 2, 3, 3), new int[] {5}, 2, 3, true);
        Rng rng = Rng.forComponent(9, "convnet-copy");
        double[] params = gaussian(rng, net.parameterCount(), 0.5);
        double[] image = gaussian(rng, net.imageSize(), 1.0);
        double[] extra = gaussian(rng, 2, 1.0);
        double[] dOut = gaussian(rng, 3, 1.0);
        ConvNet.Workspace ws = net.workspace();
        net.forward(params, image, extra, ws);
        double[] expected = new double[params.length];
        net.backward(params, ws, dOut, 1.0, expected);
        Arrays.fill(image, 7.0);
        Arrays.fill(extra, -7.0);
        double[] actual = new double[params.length];
        net.backward(params, ws, dOut, 1.0, actual);
        assertArrayEquals(expected, actual, 0.0);
    }

    @Test
    void shouldInitializeWeightsAndConvBiasWithinTheGlorotLimitsAndZeroDenseBiases() {
        ConvNet net = new ConvNet(new Conv2d(4, 5, 2, 3, 3), new int[] {7, 6}, 2, 3, true);
        double[] params = new double[net.parameterCount()];
        Arrays.fill(params, 99.0);
        net.initialize(params, Rng.forComponent(3, "convnet-init"));

        int flat = 4 * 5 * 3;
        int k = 0;
        k = InitChecks.checkWeights(params, k, 3 * 3 * 2 * 3, Math.sqrt(6.0 / (3 * 3 * 2 + 3 * 3 * 3)));
        k = InitChecks.checkWeights(params, k, 3, Math.sqrt(6.0 / (1 + 3)));
        k = InitChecks.checkWeights(params, k, flat * 7, Math.sqrt(6.0 / (flat + 7)));
        k = InitChecks.checkZeros(params, k, 7);
        k = InitChecks.checkWeights(params, k, (7 + 2) * 6, Math.sqrt(6.0 / (7 + 2 + 6)));
        k = InitChecks.checkZeros(params, k, 6);
        k = InitChecks.checkWeights(params, k, 6 * 3, Math.sqrt(6.0 / (6 + 3)));
        k = InitChecks.checkZeros(params, k, 3);
        assertEquals(params.length, k);

        double[] again = new double[params.length];
        net.initialize(again, Rng.forComponent(3, "convnet-init"));
        assertArrayEquals(params, again, 0.0);
    }

    @Test
    void shouldScaleOnlyTheOutputLayersWeights() {
        Conv2d conv = new Conv2d(4, 4, 3, 2, 3);
        ConvNet net = new ConvNet(conv, new int[] {5}, 2, 3, true);
        double[] params = new double[net.parameterCount()];
        for (int k = 0; k < params.length; k++) {
            params[k] = k + 1;
        }
        double[] scaled = params.clone();
        net.scaleOutputWeights(scaled, -0.5);
        int out = params.length - 7 * 3 - 3; // the output layer (5 hidden + 2 extra inputs): weights [7][3], bias [3]
        for (int k = 0; k < params.length; k++) {
            double expected = k >= out && k < out + 7 * 3 ? params[k] * -0.5 : params[k];
            assertEquals(expected, scaled[k], 0.0, "parameter " + k);
        }
    }

    @Test
    void shouldRejectBadSizes() {
        Conv2d conv = new Conv2d(4, 5, 2, 3, 3);
        assertThrows(IllegalArgumentException.class, () -> new ConvNet(null, new int[] {4}, 0, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new ConvNet(conv, null, 0, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new ConvNet(conv, new int[] {4, 0}, 0, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new ConvNet(conv, new int[] {4}, -1, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new ConvNet(conv, new int[] {4}, 0, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new ConvNet(conv, new int[] {}, 2, 2, true));
    }

    @Test
    void shouldRejectArraysOfTheWrongLength() {
        ConvNet net = new ConvNet(new Conv2d(4, 5, 2, 3, 3), new int[] {4}, 2, 3, true);
        ConvNet plain = new ConvNet(new Conv2d(4, 5, 2, 3, 3), new int[] {4}, 0, 3, true);
        ConvNet.Workspace ws = net.workspace();
        double[] params = new double[net.parameterCount()];
        double[] image = new double[net.imageSize()];
        double[] extra = new double[2];
        double[] gradient = new double[net.parameterCount()];
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[1], image, extra, ws));
        assertThrows(IllegalArgumentException.class, () -> net.forward(params, new double[3], extra, ws));
        assertThrows(IllegalArgumentException.class, () -> net.forward(params, image, null, ws));
        assertThrows(IllegalArgumentException.class, () -> net.forward(params, image, new double[3], ws));
        assertThrows(IllegalArgumentException.class,
                () -> net.forward(params, image, extra, new ConvNet(new Conv2d(4, 5, 2, 3, 3), new int[] {4}, 2, 3,
                        false).workspace()));
        assertThrows(IllegalArgumentException.class,
                () -> net.initialize(new double[2], Rng.forComponent(1, "x")));
        net.forward(params, image, extra, ws);
        assertThrows(IllegalArgumentException.class, () -> net.backward(params, ws, new double[2], 1, gradient));
        assertThrows(IllegalArgumentException.class, () -> net.backward(params, ws, new double[3], 1, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> net.backward(new double[1], ws, new double[3], 1, gradient));

        double[] plainParams = new double[plain.parameterCount()];
        ConvNet.Workspace plainWs = plain.workspace();
        assertThrows(IllegalArgumentException.class, () -> plain.forward(plainParams, image, extra, plainWs));
        plain.forward(plainParams, image, null, plainWs);
        plain.forward(plainParams, image, new double[0], plainWs);
    }

    @Test
    void shouldRefuseBackwardBeforeAnyForward() {
        ConvNet net = new ConvNet(new Conv2d(4, 5, 2, 3, 3), new int[] {4}, 0, 2, true);
        double[] params = new double[net.parameterCount()];
        assertThrows(IllegalStateException.class,
                () -> net.backward(params, net.workspace(), new double[2], 1, new double[params.length]));
    }

    private static double numericDerivative(ConvNet net, double[] params, int k, double[] image, double[] extra,
            double[] dOut, double scale, ConvNet.Workspace ws) {
        double saved = params[k];
        params[k] = saved + H;
        double plus = scale * dot(dOut, net.forward(params, image, extra, ws));
        params[k] = saved - H;
        double minus = scale * dot(dOut, net.forward(params, image, extra, ws));
        params[k] = saved;
        return (plus - minus) / (2 * H);
    }
}
