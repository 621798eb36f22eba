package org.incentivelab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.incentivelab.math.Rng;
import org.incentivelab.math.Vectors;
import org.junit.jupiter.api.Test;

/** A network fed a fixed vector whatever its input: a learned constant, as IQ-Flow's reference V_env and V_ind. */
class FixedInputTest {
    private static final double[] SIZES = {16, 8, 2};

    @Test
    void shouldGiveTheWrappedNetworksOutputAtTheFixedVectorForEveryInput() {
        Mlp mlp = new Mlp(3, new int[] {16, 8}, 2, true);
        Network net = new FixedInput(mlp, 10, SIZES);
        assertEquals(10, net.inputs());
        assertEquals(2, net.outputs());
        assertEquals(mlp.parameterCount(), net.parameterCount());
        double[] p = new double[net.parameterCount()];
        net.initialize(p, Rng.forComponent(4, "init"));
        double[] expected = mlp.forward(p, SIZES, mlp.workspace()).clone();
        Network.Workspace ws = net.workspace();
        Rng rng = Rng.forComponent(5, "inputs");
        for (int t = 0; t < 5; t++) {
            double[] x = new double[10];
            for (int j = 0; j < x.length; j++) {
                x[j] = rng.nextGaussian();
            }
            assertArrayEquals(expected, net.forward(p, x, ws), 0, "input " + t + " is ignored");
        }
    }

    @Test
    void shouldBackPropagateTheWrappedNetworksGradientAtTheFixedVector() {
        Mlp mlp = new Mlp(3, new int[] {16, 8}, 2, true);
        Network net = new FixedInput(mlp, 10, SIZES);
        double[] p = new double[net.parameterCount()];
        net.initialize(p, Rng.forComponent(6, "init"));
        double[] d = {0.7, -1.3};
        Network.Workspace ws = net.workspace();
        net.forward(p, new double[10], ws);
        double[] g = new double[p.length];
        net.backward(p, ws, d, 1, g);
        double h = 1e-6;
        for (int k = 0; k < p.length; k++) { // ⟨d, f(p)⟩ by central differences
            double keep = p[k];
            p[k] = keep + h;
            double up = Vectors.dot(d, net.forward(p, new double[10], ws));
            p[k] = keep - h;
            double down = Vectors.dot(d, net.forward(p, new double[10], ws));
            p[k] = keep;
            assertEquals((up - down) / (2 * h), g[k], 1e-6, "parameter " + k);
        }
        net.forward(p, new double[10], ws);
        assertEquals(Vectors.dot(g, g), net.gradientDot(p, ws, d, g, null), 1e-9, "⟨g, ∇⟩ = |g|²");
    }

    @Test
    void shouldRejectAFixedVectorOfTheWrongLength() {
        Mlp mlp = new Mlp(3, new int[] {4}, 1, true);
        assertThrows(IllegalArgumentException.class, () -> new FixedInput(mlp, 10, new double[] {16, 8}));
        assertThrows(IllegalArgumentException.class, () -> new FixedInput(mlp, -1, SIZES));
    }
}
