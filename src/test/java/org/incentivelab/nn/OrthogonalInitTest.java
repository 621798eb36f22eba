package org.incentivelab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

/** JAXRL's orthogonal initialiser: every dense layer's weights orthonormal up to the gain, biases zero. */
class OrthogonalInitTest {
    /** W of layer l as [inputs][outputs], read from the Mlp layout (input-major, bias after). */
    private static double[][] weights(double[] params, int offset, int inputs, int outputs) {
        double[][] w = new double[inputs][outputs];
        for (int i = 0; i < inputs; i++) {
            System.arraycopy(params, offset + i * outputs, w[i], 0, outputs);
        }
        return w;
    }

    /** Asserts the Gram matrix of W's columns (inputs ≥ outputs) or rows (inputs &lt; outputs) is gain²·I. */
    private static void assertOrthogonal(double[][] w, double gain) {
        int inputs = w.length;
        int outputs = w[0].length;
        boolean columns = inputs >= outputs;
        int n = columns ? outputs : inputs;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double dot = 0;
                for (int k = 0; k < (columns ? inputs : outputs); k++) {
                    dot += columns ? w[k][a] * w[k][b] : w[a][k] * w[b][k];
                }
                assertEquals(a == b ? gain * gain : 0, dot, 1e-9, "Gram[" + a + "][" + b + "]");
            }
        }
    }

    @Test
    void shouldMakeEveryDenseLayerOrthogonalWithTheGainAndZeroBias() {
        Mlp mlp = new Mlp(10, new int[] {16, 4}, 3, true);
        Network net = new OrthogonalInit(mlp, OrthogonalInit.RELU_GAIN);
        double[] p = new double[net.parameterCount()];
        java.util.Arrays.fill(p, 7);
        net.initialize(p, Rng.forComponent(3, "init"));
        int[] sizes = {10, 16, 4, 3};
        int offset = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            assertOrthogonal(weights(p, offset, sizes[l], sizes[l + 1]), Math.sqrt(2));
            offset += sizes[l] * sizes[l + 1];
            for (int o = 0; o < sizes[l + 1]; o++) {
                assertEquals(0, p[offset + o], "bias of layer " + l);
            }
            offset += sizes[l + 1];
        }
        assertEquals(p.length, offset);
    }

    @Test
    void shouldBeDeterministicPerStreamAndDelegateEverythingElse() {
        Mlp mlp = new Mlp(5, new int[] {8}, 2, false);
        Network net = new OrthogonalInit(mlp, 1);
        double[] a = new double[net.parameterCount()];
        double[] b = new double[net.parameterCount()];
        net.initialize(a, Rng.forComponent(1, "x"));
        net.initialize(b, Rng.forComponent(1, "x"));
        assertArrayEquals(a, b);
        double[] x = {1, 0, -2, 0.5, 3};
        assertArrayEquals(mlp.forward(a, x, mlp.workspace()).clone(), net.forward(a, x, net.workspace()).clone());
        assertEquals(mlp.parameterCount(), net.parameterCount());
        assertThrows(IllegalArgumentException.class, () -> new OrthogonalInit(mlp, 0));
    }

    @Test
    void shouldLeaveTheConvolutionAsGlorotAndMakeTheDenseLayersOrthogonal() {
        ConvNet conv = new ConvNet(new Conv2d(5, 5, 3, 6, 3), new int[] {8}, 2, 4, true);
        double[] glorot = new double[conv.parameterCount()];
        double[] orth = new double[conv.parameterCount()];
        conv.initialize(glorot, Rng.forComponent(2, "c"));
        conv.initializeOrthogonal(orth, Rng.forComponent(2, "c"), 1);
        int kernel = new Conv2d(5, 5, 3, 6, 3).parameterCount();
        assertArrayEquals(java.util.Arrays.copyOf(glorot, kernel), java.util.Arrays.copyOf(orth, kernel),
                "the convolution's kernel and bias as before");
    }
}
