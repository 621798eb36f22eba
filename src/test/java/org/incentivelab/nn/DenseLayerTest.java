package org.incentivelab.nn;

import static org.incentivelab.nn.ConvTest.gaussian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.incentivelab.math.Rng;
import org.incentivelab.math.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dense layer's passes over four inputs at a time give the sums of the plain one-input-at-a-time loops to the
 * last bit (the runs' figures depend on it), and {@link Network#gradientDot} sums exactly what a formed gradient would.
 */
class DenseLayerTest {

    /** A layer with a bias, Gaussian parameters and an input whose zeros fall at random places. */
    private record Fixture(DenseLayer layer, double[] params, double[] in, double[] delta) {
        static Fixture of(int inputs, int outputs, String name) {
            Rng rng = Rng.forComponent(7, name);
            DenseLayer layer = new DenseLayer(inputs, outputs, 3, true); // a slice that starts after 3 entries
            double[] params = gaussian(rng, layer.end + 2, 1.0);
            double[] in = gaussian(rng, inputs, 1.0);
            for (int i = 0; i < inputs; i++) {
                if (rng.nextDouble() < 0.45) {
                    in[i] = 0.0;
                }
            }
            return new Fixture(layer, params, in, gaussian(rng, outputs, 1.0));
        }
    }

    // widths below, at and above the blocked passes' threshold, with counts that are not multiples of 4
    @ParameterizedTest
    @ValueSource(ints = {3, 15, 16, 37, 64})
    void shouldGiveTheForwardSumsOfOneInputAtATime(int outputs) {
        Fixture f = Fixture.of(23, outputs, "forward-" + outputs);
        double[] expected = new double[outputs];
        System.arraycopy(f.params, f.layer.biasOffset, expected, 0, outputs);
        for (int i = 0; i < f.in.length; i++) {
            if (f.in[i] != 0.0) {
                for (int o = 0; o < outputs; o++) {
                    expected[o] += f.in[i] * f.params[f.layer.weightOffset + i * outputs + o];
                }
            }
        }
        double[] pre = new double[outputs];
        f.layer.forward(f.params, f.in, pre, new int[f.in.length]);
        assertArrayEquals(expected, pre, 0.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 15, 16, 37, 64})
    void shouldAddTheGradientOfOneInputAtATime(int outputs) {
        Fixture f = Fixture.of(29, outputs, "gradient-" + outputs);
        double[] start = gaussian(Rng.forComponent(8, "start"), f.params.length, 1.0);
        double[] expected = start.clone();
        for (int o = 0; o < outputs; o++) {
            expected[f.layer.biasOffset + o] += f.delta[o];
        }
        for (int i = 0; i < f.in.length; i++) {
            for (int o = 0; o < outputs; o++) {
                if (f.in[i] != 0.0) {
                    expected[f.layer.weightOffset + i * outputs + o] += f.in[i] * f.delta[o];
                }
            }
        }
        double[] gradient = start.clone();
        f.layer.accumulateGradient(f.in, f.delta, gradient, new int[f.in.length]);
        assertArrayEquals(expected, gradient, 0.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 15, 16, 37, 64})
    void shouldPropagateEachActiveInputAsItsOwnDotProduct(int outputs) {
        Fixture f = Fixture.of(27, outputs, "propagate-" + outputs);
        double[] pre = f.in; // its zeros and negative entries are the inactive ReLUs
        double[] expected = new double[pre.length];
        for (int i = 0; i < pre.length; i++) {
            expected[i] = pre[i] > 0 ? DenseLayer.dot(f.params, f.layer.weightOffset + i * outputs, f.delta, outputs) : 0;
        }
        double[] below = gaussian(Rng.forComponent(9, "stale"), pre.length, 1.0); // stale values are overwritten
        f.layer.propagate(f.params, f.delta, pre.length, pre, below, new int[pre.length]);
        assertArrayEquals(expected, below, 0.0);
        double sum = 0;
        for (int o = 0; o < outputs; o++) {
            sum += f.params[f.layer.weightOffset + o] * f.delta[o];
        }
        assertEquals(pre[0] > 0 ? sum : 0, below[0], 1e-12, "row 0 is Σ_o W[0][o]·delta[o]");
    }

    @Test
    void shouldSumTheMlpGradientAgainstADirectionAsTheFormedGradientWould() {
        Mlp net = new Mlp(30, new int[] {64, 37}, 3, true);
        Rng rng = Rng.forComponent(10, "gradient-dot");
        double[] params = gaussian(rng, net.parameterCount(), 0.3);
        double[] x = gaussian(rng, 30, 1.0);
        for (int i = 0; i < x.length; i += 3) {
            x[i] = 0.0; // one-hot-like zeros, skipped by the fused sum
        }
        double[] u = gaussian(rng, net.parameterCount(), 1.0);
        double[] w = gaussian(rng, net.parameterCount(), 1.0);
        double[] dOut = {0, 1, 0};
        Network.Workspace ws = net.workspace();
        net.forward(params, x, ws);
        double[] gradient = new double[net.parameterCount()];
        net.backward(params, ws, dOut, 1, gradient);

        assertEquals(Vectors.dot(u, gradient), net.gradientDot(params, ws, dOut, u, null), 0.0);
        assertEquals(Vectors.dot(u, w, gradient), net.gradientDot(params, ws, dOut, u, w), 0.0);
    }

    @Test
    void shouldSumTheConvNetGradientAgainstADirectionAsTheFormedGradientWould() {
        ConvNet net = new ConvNet(new Conv2d(5, 5, 3, 6, 3), new int[] {16}, 2, 3, true);
        Rng rng = Rng.forComponent(11, "conv-gradient-dot");
        double[] params = gaussian(rng, net.parameterCount(), 0.3);
        double[] x = gaussian(rng, net.inputs(), 1.0);
        double[] u = gaussian(rng, net.parameterCount(), 1.0);
        double[] w = gaussian(rng, net.parameterCount(), 1.0);
        double[] dOut = {0.5, -1, 2};
        Network.Workspace ws = net.workspace();
        net.forward(params, x, ws);
        double[] gradient = new double[net.parameterCount()];
        net.backward(params, ws, dOut, 1, gradient);

        assertEquals(Vectors.dot(u, gradient), net.gradientDot(params, ws, dOut, u, null), 0.0);
        assertEquals(Vectors.dot(u, w, gradient), net.gradientDot(params, ws, dOut, u, w), 0.0);
    }
}
