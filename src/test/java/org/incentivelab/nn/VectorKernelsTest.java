package org.incentivelab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SIMD passes give the scalar loops' bits (the same products added in the same order; the dot products' four
 * strided partial sums as lanes), for lengths with every remainder modulo four. Runs where the JVM has the Vector
 * API module (the build's main test run); the build's second run, without it, tests the scalar loops through
 * {@link DenseLayerTest}.
 */
class VectorKernelsTest {
    private static double[] random(int n, long seed) {
        Rng rng = Rng.forComponent(seed, "kernels");
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 16, 17, 18, 19, 37, 64})
    void shouldAddTheColumnsScalarLoopsWouldUpToTheLastFullLaneGroup(int n) {
        assumeTrue(Network.vectorApi(), "needs --add-modules jdk.incubator.vector");
        int done = n - n % 4;
        double[] p = random(6 * n, 1);
        double[] a = random(4, 2);
        int[] c = {0, 2 * n, 3 * n + 1, 5 * n - 1};
        double[] z = random(n, 3);
        double[] expected = z.clone();
        for (int o = 0; o < done; o++) {
            double s = expected[o];
            for (int k = 0; k < 4; k++) {
                s += a[k] * p[c[k] + o];
            }
            expected[o] = s;
        }
        assertEquals(done, VectorKernels.addColumns(p, c[0], c[1], c[2], c[3], a[0], a[1], a[2], a[3], z, n));
        assertArrayEquals(expected, z, 0, "the tail is the caller's");
        double[] g = random(6 * n, 4);
        double[] expectedG = g.clone();
        for (int k = 0; k < 4; k++) {
            for (int o = 0; o < done; o++) {
                expectedG[c[k] + o] += a[k] * z[o];
            }
        }
        assertEquals(done, VectorKernels.addOuterColumns(g, c[0], c[1], c[2], c[3], a[0], a[1], a[2], a[3], z, n));
        assertArrayEquals(expectedG, g, 0);
        for (int o = 0; o < done; o++) {
            expectedG[c[1] + o] += a[2] * z[o];
        }
        assertEquals(done, VectorKernels.axpy(z, 0, a[2], g, c[1], n));
        assertArrayEquals(expectedG, g, 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 16, 17, 18, 19, 37, 64})
    void shouldTakeDotProductsAsTheScalarLoopsDo(int n) {
        assumeTrue(Network.vectorApi(), "needs --add-modules jdk.incubator.vector");
        double[] p = random(5 * n + 4, 5);
        double[] d = random(n, 6);
        int[] c = {n, 0, 4 * n, 2 * n + 3};
        double[] out = new double[8];
        VectorKernels.dots(p, c[0], c[1], c[2], c[3], d, n, out, 7, 1, 4, 2);
        int[] rows = {7, 1, 4, 2};
        for (int k = 0; k < 4; k++) {
            double expected = DenseLayer.dot(p, c[k], d, n);
            assertEquals(expected, out[rows[k]], 0, "row " + k);
            assertEquals(expected, VectorKernels.dot(p, c[k], d, n), 0, "single row " + k);
        }
    }
}
