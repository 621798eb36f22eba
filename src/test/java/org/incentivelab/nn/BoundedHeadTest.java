package org.incentivelab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The squashed incentive outputs: their range and their gradients against central finite differences. */
class BoundedHeadTest {
    private static final double R = 2.0;
    private static final double[] X = {0.3, -1.1, 0.8, 0.05};
    private static final double[] W = {0.7, -1.3};

    @ParameterizedTest
    @EnumSource(Squash.class)
    void shouldMatchCentralFiniteDifferencesOfAWeightedSumOfPayments(Squash squash) {
        Mlp net = new Mlp(X.length, new int[] {5}, W.length, true);
        double[] params = new double[net.parameterCount()];
        net.initialize(params, Rng.forComponent(11, "head"));
        params[params.length - 1] = 0.4; // the second output's bias, so that neither logit sits near |tanh|'s kink
        BoundedHead head = new BoundedHead(net, squash);
        double[] gradient = new double[params.length];
        head.addGradient(params, X, R, W, gradient);
        double h = 1e-6;
        for (int k = 0; k < params.length; k++) {
            double[] up = params.clone();
            double[] down = params.clone();
            up[k] += h;
            down[k] -= h;
            double fd = (weighted(head, up) - weighted(head, down)) / (2 * h);
            assertEquals(fd, gradient[k], 1e-8, squash + " ∂/∂θ[" + k + "]");
        }
    }

    @ParameterizedTest
    @EnumSource(Squash.class)
    void shouldPayWithinZeroAndR(Squash squash) { // R itself where the squash saturates in floating point
        Mlp net = new Mlp(X.length, new int[] {5}, W.length, true);
        double[] params = new double[net.parameterCount()];
        Rng rng = Rng.forComponent(5, "params");
        double[] out = new double[W.length];
        for (int trial = 0; trial < 50; trial++) {
            for (int k = 0; k < params.length; k++) {
                params[k] = 3 * rng.nextGaussian();
            }
            new BoundedHead(net, squash).forward(params, X, R, out);
            for (double r : out) {
                assertTrue(r >= 0 && r <= R, squash + " pays " + r);
            }
        }
    }

    @Test
    void shouldPayHalfOfRWithASigmoidAndNothingWithAnAbsoluteTanhAtAZeroLogit() {
        Mlp net = new Mlp(X.length, new int[] {5}, W.length, true);
        double[] zero = new double[net.parameterCount()];
        double[] out = new double[W.length];
        new BoundedHead(net, Squash.SIGMOID).forward(zero, X, R, out);
        assertEquals(R / 2, out[0], 0.0);
        new BoundedHead(net, Squash.ABS_TANH).forward(zero, X, R, out);
        assertEquals(0, out[0], 0.0);
        double[] g = new double[zero.length];
        new BoundedHead(net, Squash.ABS_TANH).addGradient(zero, X, R, W, g);
        for (double x : g) {
            assertEquals(0, x, 0.0, "sign(0) = 0: no slope at the kink");
        }
    }

    private static double weighted(BoundedHead head, double[] params) {
        double[] out = new double[W.length];
        head.forward(params, X, R, out);
        return W[0] * out[0] + W[1] * out[1];
    }
}
