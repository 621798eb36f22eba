package org.incentivelab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OptimizerTest {

    @Test
    void shouldMoveSgdParametersAgainstTheGradientScaledByTheLearningRate() {
        double lr = 0.05;
        double[] params = {1.0, -2.0, 0.5, 3.0};
        double[] gradient = {2.0, -4.0, 0.0, 1e-3};
        double[] before = params.clone();

        new Sgd(lr).step(params, gradient);

        for (int i = 0; i < params.length; i++) {
            assertEquals(before[i] - lr * gradient[i], params[i], 1e-15, "parameter " + i);
        }
    }

    @Test
    void shouldNotModifyTheGradientArray() {
        double[] gradient = {0.3, -0.7};
        double[] copy = gradient.clone();
        new Sgd(0.1).step(new double[] {1, 2}, gradient);
        new Adam(0.1, 2).step(new double[] {1, 2}, gradient);
        assertArrayEquals(copy, gradient);
    }

    @Test
    void shouldMoveEachParameterByLearningRateTimesSignOfGradientOnTheFirstAdamStep() {
        // First Adam step: m̂ = g, v̂ = g², so the step is lr·g/(|g| + ε) ≈ lr·sign(g) whatever |g| is.
        double lr = 0.01;
        double[] gradient = {0.02, -0.5, 3.0, -250.0, 1e4};
        double[] params = {0.0, 1.0, -1.0, 2.0, 5.0};
        double[] before = params.clone();

        new Adam(lr, params.length).step(params, gradient);

        for (int i = 0; i < params.length; i++) {
            double expected = -lr * Math.signum(gradient[i]);
            assertEquals(expected, params[i] - before[i], lr * 1e-4, "parameter " + i);
        }
    }

    @Test
    void shouldStepAsAFreshAdamAfterAReset() {
        Adam used = new Adam(0.01, 2);
        double[] params = {1.0, 1.0};
        for (int k = 0; k < 5; k++) {
            used.step(params, new double[] {0.3 * k, -1.0});
        }
        used.reset();
        double[] afterReset = {0.5, 0.5};
        double[] fresh = afterReset.clone();
        used.step(afterReset, new double[] {2.0, -0.1});
        new Adam(0.01, 2).step(fresh, new double[] {2.0, -0.1});
        assertArrayEquals(fresh, afterReset, 0.0);
    }

    @Test
    void shouldLeaveAParameterWithZeroGradientUnchangedOnTheFirstAdamStep() {
        double[] params = {0.7, 0.7};
        new Adam(0.1, 2).step(params, new double[] {0.0, 1.0});
        assertEquals(0.7, params[0], 0.0);
        assertTrue(params[1] < 0.7);
    }

    @ParameterizedTest
    @EnumSource(Optimizer.Kind.class)
    void shouldMinimiseAQuadraticBowl(Optimizer.Kind kind) {
        // f(x) = Σ_i s_i (x_i − c_i)², gradient 2 s_i (x_i − c_i).
        double[] scale = {1.0, 0.5, 2.0};
        double[] centre = {3.0, -1.0, 0.25};
        double[] x = {0.0, 0.0, 0.0};
        double[] g = new double[3];
        Optimizer optimizer = kind.create(0.05, x.length);
        for (int step = 0; step < 3000; step++) {
            for (int i = 0; i < x.length; i++) {
                g[i] = 2 * scale[i] * (x[i] - centre[i]);
            }
            optimizer.step(x, g);
        }
        assertArrayEquals(centre, x, 1e-2);
    }

    @Test
    void shouldCreateTheOptimiserOfEachKind() {
        assertInstanceOf(Sgd.class, Optimizer.Kind.SGD.create(0.1, 3));
        assertInstanceOf(Adam.class, Optimizer.Kind.ADAM.create(0.1, 3));
    }

    @Test
    void shouldScaleRmsPropStepsByTheRunningRootMeanSquareOfTheGradient() {
        double lr = 0.01;
        double[] params = {1.0, -1.0};
        RmsProp opt = new RmsProp(lr, 2);
        opt.step(params, new double[] {0.5, -2000.0});
        // first step: ν = 0.1 g², so the move is lr·g/√(0.1 g² + ε) ≈ lr·sign(g)/√0.1 whatever |g| is
        assertEquals(-lr / Math.sqrt(0.1), params[0] - 1.0, 1e-7);
        assertEquals(lr / Math.sqrt(0.1), params[1] + 1.0, 1e-7);
        double nu0 = 0.1 * 0.25;
        double nu1 = 0.1 * 4e6;
        double[] before = params.clone();
        opt.step(params, new double[] {0.1, 4.0});
        nu0 = 0.9 * nu0 + 0.1 * 0.01;
        nu1 = 0.9 * nu1 + 0.1 * 16.0;
        assertEquals(before[0] - lr * 0.1 / Math.sqrt(nu0 + 1e-8), params[0], 1e-15);
        assertEquals(before[1] - lr * 4.0 / Math.sqrt(nu1 + 1e-8), params[1], 1e-15);
    }

    @Test
    void shouldRefuseANonPositiveRmsPropLearningRate() {
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(Double.NaN, 3));
    }
}
