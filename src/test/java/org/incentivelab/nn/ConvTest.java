package org.incentivelab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests of {@link Conv2d}: gradients against finite differences, SAME padding, layout, contracts. */
class ConvTest {
    private static final double H = 1e-6;

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(9, 9, 3, 6, 3),
                Arguments.of(15, 15, 3, 6, 3),
                Arguments.of(4, 5, 2, 3, 3),
                Arguments.of(4, 5, 2, 2, 1),
                Arguments.of(4, 5, 2, 2, 2),
                Arguments.of(3, 4, 1, 2, 5),
                Arguments.of(1, 1, 2, 3, 3));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void shouldMatchCentralFiniteDifferencesForTheParameters(int h, int w, int c, int f, int k) {
        Conv2d conv = new Conv2d(h, w, c, f, k);
        Rng rng = Rng.forComponent(11, "conv-params-" + h + "x" + w + "x" + c + "-" + f + "-" + k);
        int offset = 3;
        double[] params = gaussian(rng, conv.parameterCount() + offset + 2, 0.7);
        double[] x = gaussian(rng, conv.inputSize(), 1.5);
        double[] dOut = gaussian(rng, conv.outputSize(), 1.0);
        double[] out = new double[conv.outputSize()];
        double scale = -0.8;

        double[] gradient = new double[params.length];
        conv.backward(params, offset, x, dOut, scale, gradient, null);

        for (int p = 0; p < params.length; p++) {
            double saved = params[p];
            params[p] = saved + H;
            conv.forward(params, offset, x, out);
            double plus = scale * dot(dOut, out);
            params[p] = saved - H;
            conv.forward(params, offset, x, out);
            double minus = scale * dot(dOut, out);
            params[p] = saved;
            double numeric = (plus - minus) / (2 * H);
            assertEquals(numeric, gradient[p], 1e-6 * Math.max(1.0, Math.abs(numeric)), "parameter " + p);
        }
        assertEquals(0.0, gradient[0], 0.0, "entries before the slice are untouched");
        assertEquals(0.0, gradient[params.length - 1], 0.0, "entries after the slice are untouched");
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void shouldMatchCentralFiniteDifferencesForTheInput(int h, int w, int c, int f, int k) {
        Conv2d conv = new Conv2d(h, w, c, f, k);
        Rng rng = Rng.forComponent(12, "conv-input-" + h + "x" + w + "x" + c + "-" + f + "-" + k);
        double[] params = gaussian(rng, conv.parameterCount(), 0.7);
        double[] x = gaussian(rng, conv.inputSize(), 1.5);
        double[] dOut = gaussian(rng, conv.outputSize(), 1.0);
        double[] out = new double[conv.outputSize()];
        double scale = 1.7;

        double[] dInput = new double[conv.inputSize()];
        Arrays.fill(dInput, 123.0);
        conv.backward(params, 0, x, dOut, scale, new double[params.length], dInput);

        for (int i = 0; i < x.length; i++) {
            double saved = x[i];
            x[i] = saved + H;
            conv.forward(params, 0, x, out);
            double plus = scale * dot(dOut, out);
            x[i] = saved - H;
            conv.forward(params, 0, x, out);
            double minus = scale * dot(dOut, out);
            x[i] = saved;
            double numeric = (plus - minus) / (2 * H);
            assertEquals(numeric, dInput[i], 1e-6 * Math.max(1.0, Math.abs(numeric)), "input " + i);
        }
    }

    @Test
    void shouldKeepTheSpatialShapeWithSamePadding() {
        Conv2d small = new Conv2d(9, 9, 3, 6, 3);
        assertEquals(9 * 9 * 3, small.inputSize());
        assertEquals(9 * 9 * 6, small.outputSize());
        assertEquals(3 * 3 * 3 * 6 + 6, small.parameterCount());
        Conv2d large = new Conv2d(15, 15, 3, 6, 3);
        assertEquals(15 * 15 * 6, large.outputSize());
        Conv2d wideKernel = new Conv2d(2, 3, 1, 4, 7);
        assertEquals(2 * 3 * 4, wideKernel.outputSize());
    }

    @Test
    void shouldComputeAHandWorkedSingleFilterExample() {
        // Input rows [1 2 3; 4 5 6; 7 8 9]; kernel K[0][0] = 1, K[2][2] = 2, others 0; bias 0.5.
        // Cross-correlation with one pixel of zero padding: z(y, x) = in(y−1, x−1) + 2·in(y+1, x+1) + 0.5.
        Conv2d conv = new Conv2d(3, 3, 1, 1, 3);
        double[] params = {1, 0, 0, 0, 0, 0, 0, 0, 2, 0.5};
        double[] input = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] out = new double[9];
        conv.forward(params, 0, input, out);
        assertArrayEquals(new double[] {10.5, 12.5, 0.5, 16.5, 19.5, 2.5, 0.5, 4.5, 5.5}, out, 1e-15);

        // An all-ones kernel sums each 3×3 neighbourhood inside the image: corners see 4 pixels.
        double[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
        conv.forward(ones, 0, input, out);
        assertArrayEquals(new double[] {12, 21, 16, 27, 45, 33, 24, 39, 28}, out, 1e-15);
    }

    @Test
    void shouldReadTheKernelInHwioOrderAndTheImageChannelsLast() {
        // 1×2 image, 2 channels, 2 filters, k = 1: z[x, f] = Σ_c K[c][f] in[x, c] + b[f].
        Conv2d conv = new Conv2d(1, 2, 2, 2, 1);
        double[] params = {1, 2, 3, 4, 10, 20}; // K[c=0] = (1, 2), K[c=1] = (3, 4), b = (10, 20)
        double[] input = {1, -1, 2, 0.5}; // pixel 0 = (1, −1), pixel 1 = (2, 0.5)
        double[] out = new double[4];
        conv.forward(params, 0, input, out);
        assertArrayEquals(new double[] {1 - 3 + 10, 2 - 4 + 20, 2 + 1.5 + 10, 4 + 2 + 20}, out, 1e-15);
    }

    @Test
    void shouldAccumulateTheParameterGradientAndOverwriteTheInputGradient() {
        Conv2d conv = new Conv2d(4, 5, 2, 3, 3);
        Rng rng = Rng.forComponent(5, "conv-accumulate");
        double[] params = gaussian(rng, conv.parameterCount(), 0.5);
        double[] x = gaussian(rng, conv.inputSize(), 1.0);
        double[] dOut = gaussian(rng, conv.outputSize(), 1.0);

        double[] once = new double[params.length];
        double[] dInputOnce = new double[x.length];
        conv.backward(params, 0, x, dOut, 0.5, once, dInputOnce);
        double[] twice = new double[params.length];
        double[] dInputTwice = new double[x.length];
        conv.backward(params, 0, x, dOut, 0.5, twice, dInputTwice);
        conv.backward(params, 0, x, dOut, 0.5, twice, dInputTwice);

        for (int p = 0; p < once.length; p++) {
            assertEquals(2 * once[p], twice[p], 1e-12, "parameter " + p);
        }
        assertArrayEquals(dInputOnce, dInputTwice, 0.0);
        assertNotEquals(0.0, dot(once, once));

        double[] skipped = new double[params.length];
        conv.backward(params, 0, x, dOut, 0.5, skipped, null);
        assertArrayEquals(once, skipped, 0.0);
    }

    @Test
    void shouldGiveTheSameOutputAtAnyParameterOffset() {
        Conv2d conv = new Conv2d(4, 5, 2, 3, 3);
        Rng rng = Rng.forComponent(6, "conv-offset");
        double[] params = gaussian(rng, conv.parameterCount(), 0.5);
        double[] shifted = new double[params.length + 7];
        System.arraycopy(params, 0, shifted, 4, params.length);
        double[] x = gaussian(rng, conv.inputSize(), 1.0);
        double[] a = new double[conv.outputSize()];
        double[] b = new double[conv.outputSize()];
        conv.forward(params, 0, x, a);
        conv.forward(shifted, 4, x, b);
        assertArrayEquals(a, b, 0.0);
    }

    @Test
    void shouldInitializeKernelAndBiasWithinTheirGlorotLimitsAsTensorFlowDoes() {
        Conv2d conv = new Conv2d(9, 9, 3, 6, 3);
        double[] params = new double[conv.parameterCount() + 4];
        Arrays.fill(params, 99.0);
        conv.initialize(params, 2, Rng.forComponent(3, "conv-init"));

        double limit = Math.sqrt(6.0 / (3 * 3 * 3 + 3 * 3 * 6));
        int kernelCount = 3 * 3 * 3 * 6;
        double maxAbs = 0.0;
        for (int p = 2; p < 2 + kernelCount; p++) {
            assertTrue(Math.abs(params[p]) <= limit, "weight " + p + " = " + params[p] + " beyond " + limit);
            maxAbs = Math.max(maxAbs, Math.abs(params[p]));
        }
        assertTrue(maxAbs > limit / 2, "weights should spread over the range");
        // the bias variable [1, 1, 1, F] has fans 1 and F (TensorFlow's default initialiser, alg/networks.py)
        InitChecks.checkWeights(params, 2 + kernelCount, 6, Math.sqrt(6.0 / (1 + 6)));
        assertEquals(99.0, params[0], 0.0);
        assertEquals(99.0, params[params.length - 1], 0.0);
    }

    @Test
    void shouldRejectBadSizesAndLengths() {
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(0, 3, 1, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(3, 3, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(3, 3, 0, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(3, 3, 1, 0, 3));
        Conv2d conv = new Conv2d(3, 4, 2, 2, 3);
        double[] params = new double[conv.parameterCount()];
        double[] in = new double[conv.inputSize()];
        double[] out = new double[conv.outputSize()];
        double[] gradient = new double[params.length];
        assertThrows(IllegalArgumentException.class, () -> conv.forward(new double[3], 0, in, out));
        assertThrows(IllegalArgumentException.class, () -> conv.forward(params, 1, in, out));
        assertThrows(IllegalArgumentException.class, () -> conv.forward(params, -1, in, out));
        assertThrows(IllegalArgumentException.class, () -> conv.forward(params, 0, new double[5], out));
        assertThrows(IllegalArgumentException.class, () -> conv.forward(params, 0, in, new double[5]));
        assertThrows(IllegalArgumentException.class, () -> conv.backward(params, 0, in, out, 1, new double[2], null));
        assertThrows(IllegalArgumentException.class,
                () -> conv.backward(params, 0, in, new double[5], 1, gradient, null));
        assertThrows(IllegalArgumentException.class,
                () -> conv.backward(params, 0, in, out, 1, gradient, new double[1]));
        assertThrows(IllegalArgumentException.class,
                () -> conv.initialize(new double[2], 0, Rng.forComponent(1, "x")));
    }

    static double[] gaussian(Rng rng, int n, double sd) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = sd * rng.nextGaussian();
        }
        return v;
    }

    static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
