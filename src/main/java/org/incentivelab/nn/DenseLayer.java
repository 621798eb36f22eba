package org.incentivelab.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.incentivelab.math.Rng;

/**
 * One dense layer z = W a + b over a slice of a flat parameter vector, for {@link Mlp} and {@link ConvNet}.
 *
 * <p>Layout, as in {@link Mlp}: the weights W input-major as {@code [inputs][outputs]} (the weight from
 * input i to output o at {@code weightOffset + i·outputs + o}), then, if present, the bias b as
 * {@code double[outputs]} at {@code biasOffset}. The layer applies no nonlinearity; the caller does.
 * All methods work in place on caller-owned arrays and allocate nothing.
 *
 * <p>Why input-major: the forward pass and the weight gradient become loops over the inputs, each adding a
 * contiguous column of W (or of the gradient) scaled by one input, and inputs that are exactly zero, as half of the
 * ReLU activations are, are skipped; back-propagation computes the input gradient only where the input's ReLU is
 * active. This made the conv nets of Cleanup several times faster. The JIT does not vectorise these loops itself;
 * with the Vector API module the wide layers run them on SIMD registers ({@link VectorKernels}, the same bits).
 */
final class DenseLayer {
    final int inputs;
    final int outputs;
    final int weightOffset;
    /** The start of the bias, or −1 when the layer has none. */
    final int biasOffset;
    /** The first index after this layer's slice. */
    final int end;
    /**
     * From this many outputs on, the passes handle four inputs at a time (each output loaded and stored once per four
     * inputs instead of once per input); below it, as for a head of a few actions, the bookkeeping costs more than it
     * saves.
     */
    static final int BLOCKED_OUTPUTS = 16;
    /**
     * Whether the JVM runs with {@code --add-modules jdk.incubator.vector}: then the wide layers' passes run on SIMD
     * registers ({@link VectorKernels}, the same bits), else in the scalar loops below. Checked here, not in
     * {@code VectorKernels}, since loading that class needs the module.
     */
    static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /**
     * @param inputs the length of the input vector a, at least 1
     * @param outputs the length of the output vector z, at least 1
     * @param offset where the slice starts in the flat vector
     * @param bias whether the layer has a bias vector
     */
    DenseLayer(int inputs, int outputs, int offset, boolean bias) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.weightOffset = offset;
        this.biasOffset = bias ? offset + inputs * outputs : -1;
        this.end = offset + inputs * outputs + (bias ? outputs : 0);
    }

    /** Multiplies every weight of the layer (not its bias) by {@code factor}. */
    void scaleWeights(double[] params, double factor) {
        for (int k = weightOffset; k < weightOffset + inputs * outputs; k++) {
            params[k] *= factor;
        }
    }

    /** Glorot-uniform weights with fanIn = inputs, fanOut = outputs (one draw each, in order); zero bias. */
    void initialize(double[] params, Rng rng) {
        double limit = Math.sqrt(6.0 / (inputs + outputs));
        for (int o = 0; o < outputs; o++) { // drawn output by output, as TensorFlow's [outputs][inputs] order
            for (int i = 0; i < inputs; i++) {
                params[weightOffset + i * outputs + o] = (2.0 * rng.nextDouble() - 1.0) * limit;
            }
        }
        if (biasOffset >= 0) {
            Arrays.fill(params, biasOffset, biasOffset + outputs, 0.0);
        }
    }

    /**
     * Orthogonal weights with the given gain and zero bias, as JAX/Flax's {@code orthogonal(scale)} initialiser (the
     * JAXRL default of IQ-Flow's reference networks, digest 004 §2.6): a Gaussian matrix of the larger by the smaller
     * dimension is QR-factorised, Q's columns signed by R's diagonal, and W (or Wᵀ when inputs &lt; outputs) set to
     * gain·Q, so its columns (rows) are orthonormal up to the gain.
     *
     * @param gain the scale, &gt; 0 (√2 for ReLU layers)
     */
    void initializeOrthogonal(double[] params, Rng rng, double gain) {
        int rows = Math.max(inputs, outputs);
        int cols = Math.min(inputs, outputs);
        DMatrixRMaj a = new DMatrixRMaj(rows, cols);
        for (int k = 0; k < rows * cols; k++) {
            a.data[k] = rng.nextGaussian();
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(rows, cols);
        if (!qr.decompose(a)) {
            throw new IllegalStateException("QR of a Gaussian " + rows + "×" + cols + " matrix failed");
        }
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj r = qr.getR(null, true);
        for (int c = 0; c < cols; c++) {
            double sign = r.get(c, c) < 0 ? -1 : 1;
            for (int row = 0; row < rows; row++) {
                double w = gain * sign * q.get(row, c);
                int i = inputs >= outputs ? row : c;
                int o = inputs >= outputs ? c : row;
                params[weightOffset + i * outputs + o] = w;
            }
        }
        if (biasOffset >= 0) {
            Arrays.fill(params, biasOffset, biasOffset + outputs, 0.0);
        }
    }

    /**
     * @param in {@code double[≥ inputs]} the input a; its first {@code inputs} entries are read
     * @param pre {@code double[≥ outputs]} its first {@code outputs} entries are overwritten with z
     * @param nonZero {@code int[≥ inputs]} scratch, overwritten
     */
    void forward(double[] params, double[] in, double[] pre, int[] nonZero) {
        if (biasOffset >= 0) {
            System.arraycopy(params, biasOffset, pre, 0, outputs);
        } else {
            Arrays.fill(pre, 0, outputs, 0.0);
        }
        addInputColumns(in, nonZero, params, pre, false);
    }

    /**
     * For every input a_i ≠ 0 and W[i] the column of input i in {@code matrix}: z += a_i·W[i] into {@code vector}
     * (the forward pass), or W[i] += a_i·{@code vector} (the weight gradient, {@code intoMatrix}). Wide layers take
     * four non-zero inputs per pass over the outputs, each output still summed input after input (the same bits).
     */
    private void addInputColumns(double[] in, int[] nonZero, double[] matrix, double[] vector, boolean intoMatrix) {
        if (outputs < BLOCKED_OUTPUTS) {
            for (int i = 0; i < inputs; i++) {
                if (in[i] != 0.0) {
                    addInputColumn(in[i], column(i), matrix, vector, intoMatrix);
                }
            }
            return;
        }
        int count = nonZero(in, nonZero);
        int j = 0;
        for (; j + 3 < count; j += 4) {
            int i = nonZero[j];
            int k = nonZero[j + 1];
            int l = nonZero[j + 2];
            int m = nonZero[j + 3];
            if (intoMatrix) {
                addOuterColumns(column(i), column(k), column(l), column(m), in[i], in[k], in[l], in[m], vector,
                        matrix);
            } else {
                addColumns(matrix, column(i), column(k), column(l), column(m), in[i], in[k], in[l], in[m], vector);
            }
        }
        for (; j < count; j++) {
            addInputColumn(in[nonZero[j]], column(nonZero[j]), matrix, vector, intoMatrix);
        }
    }

    /** One input's share: {@code vector += a·matrix[c …]}, or {@code matrix[c …] += a·vector} when intoMatrix. */
    private void addInputColumn(double a, int c, double[] matrix, double[] vector, boolean intoMatrix) {
        if (intoMatrix) {
            axpy(vector, 0, a, matrix, c);
        } else {
            axpy(matrix, c, a, vector, 0);
        }
    }

    /** @return where input i's column of W (or of the gradient) starts in the flat vector */
    private int column(int i) {
        return weightOffset + i * outputs;
    }

    /** y[yFrom + o] += a·x[xFrom + o] for o &lt; outputs: one column of W into z, or a·delta into the gradient. */
    private void axpy(double[] x, int xFrom, double a, double[] y, int yFrom) {
        int o = VECTOR_API && outputs >= BLOCKED_OUTPUTS ? VectorKernels.axpy(x, xFrom, a, y, yFrom, outputs) : 0;
        for (; o < outputs; o++) {
            y[yFrom + o] += a * x[xFrom + o];
        }
    }

    /** Writes the indices i &lt; inputs with in[i] ≠ 0 into {@code nonZero}, in increasing order; returns their count. */
    private int nonZero(double[] in, int[] nonZero) {
        int count = 0;
        for (int i = 0; i < inputs; i++) {
            if (in[i] != 0.0) {
                nonZero[count++] = i;
            }
        }
        return count;
    }

    /**
     * z += a_i·W[i] + a_j·W[j] + a_k·W[k] + a_l·W[l] (W[r] the column starting at c_r), added one column after the
     * other into each output as four single-column passes would (so the sums are the same to the last bit), but each
     * output read and written once.
     */
    private void addColumns(double[] params, int ci, int cj, int ck, int cl, double ai, double aj, double ak,
            double al, double[] pre) {
        int o = VECTOR_API ? VectorKernels.addColumns(params, ci, cj, ck, cl, ai, aj, ak, al, pre, outputs) : 0;
        for (; o < outputs; o++) {
            double z = pre[o];
            z += ai * params[ci + o];
            z += aj * params[cj + o];
            z += ak * params[ck + o];
            z += al * params[cl + o];
            pre[o] = z;
        }
    }

    /**
     * Σ_{i < count} a[from + i]·b[i] with four partial sums, which the JIT keeps in registers in parallel (a plain
     * running sum is one long dependency chain); the order of additions differs from a left-to-right sum only by
     * round-off.
     */
    static double dot(double[] a, int from, double[] b, int count) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = 0;
        for (; i + 3 < count; i += 4) {
            s0 += a[from + i] * b[i];
            s1 += a[from + i + 1] * b[i + 1];
            s2 += a[from + i + 2] * b[i + 2];
            s3 += a[from + i + 3] * b[i + 3];
        }
        for (; i < count; i++) {
            s0 += a[from + i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Accumulates the parameter gradient {@code gradient += ∂z/∂params ᵀ delta}.
     *
     * @param in {@code double[≥ inputs]} the input a of the forward pass
     * @param delta {@code double[≥ outputs]} ∂f/∂z, already scaled
     * @param nonZero {@code int[≥ inputs]} scratch, overwritten
     */
    void accumulateGradient(double[] in, double[] delta, double[] gradient, int[] nonZero) {
        if (biasOffset >= 0) {
            for (int o = 0; o < outputs; o++) {
                gradient[biasOffset + o] += delta[o];
            }
        }
        addInputColumns(in, nonZero, gradient, delta, true);
    }

    /** The gradient's columns starting at c_r of four inputs, += a_r·delta, with each delta entry loaded once. */
    private void addOuterColumns(int ci, int cj, int ck, int cl, double ai, double aj, double ak, double al,
            double[] delta, double[] gradient) {
        int o = VECTOR_API
                ? VectorKernels.addOuterColumns(gradient, ci, cj, ck, cl, ai, aj, ak, al, delta, outputs) : 0;
        for (; o < outputs; o++) {
            double d = delta[o];
            gradient[ci + o] += ai * d;
            gradient[cj + o] += aj * d;
            gradient[ck + o] += ak * d;
            gradient[cl + o] += al * d;
        }
    }

    /**
     * Continues the sum Σ_k u_k·w_k·g_k over this layer's slice in index order (the weights input by input, then
     * the bias), where g is the slice {@link #accumulateGradient} would add to a zero gradient: g = a_i·delta_o for
     * the weight from input i to output o, delta_o for the bias. Inputs a_i = 0 add nothing and are skipped.
     *
     * @param in {@code double[≥ inputs]} the input a of the forward pass
     * @param delta {@code double[≥ outputs]} ∂f/∂z, already scaled
     * @param u the direction, a full parameter vector
     * @param w per-parameter weights, a full parameter vector, or null for all 1
     * @param sum the sum so far (over the earlier layers)
     * @return the sum including this layer
     */
    double gradientDot(double[] in, double[] delta, double[] u, double[] w, double sum) {
        double s = sum;
        for (int i = 0; i < inputs; i++) {
            double a = in[i];
            if (a != 0.0) {
                int column = weightOffset + i * outputs;
                for (int o = 0; o < outputs; o++) {
                    double direction = w == null ? u[column + o] : u[column + o] * w[column + o];
                    s += direction * (a * delta[o]);
                }
            }
        }
        if (biasOffset >= 0) {
            for (int o = 0; o < outputs; o++) {
                double direction = w == null ? u[biasOffset + o] : u[biasOffset + o] * w[biasOffset + o];
                s += direction * delta[o];
            }
        }
        return s;
    }

    /** out[i] = max(pre[i], 0) for i &lt; count. */
    static void relu(double[] pre, double[] out, int count) {
        for (int i = 0; i < count; i++) {
            out[i] = pre[i] > 0.0 ? pre[i] : 0.0;
        }
    }

    /** @throws IllegalArgumentException naming the array if it is null or not {@code expected} long */
    static void requireLength(double[] array, int expected, String name) {
        if (array == null || array.length != expected) {
            String actual = array == null ? "null" : "length " + array.length;
            throw new IllegalArgumentException(name + " must have length " + expected + ", got " + actual);
        }
    }

    /**
     * Overwrites {@code below[i] = relu'(pre[i]) · Σ_o W[o][i] · delta[o]} for i &lt; count: the gradient with
     * respect to the first {@code count} inputs through the ReLU that produced them (0 where {@code pre[i] ≤ 0},
     * the kink included); later inputs, such as a concatenated data vector, are skipped. Wide layers compute the
     * active inputs four at a time, each sum as {@link #dot} would (the same bits), sharing the loads of delta.
     *
     * @param count how many leading inputs to propagate to, 0 ≤ count ≤ inputs
     * @param pre {@code double[≥ count]} the pre-activations of those inputs
     * @param below {@code double[≥ count]} overwritten in its first {@code count} entries
     * @param active {@code int[≥ count]} scratch, overwritten
     */
    void propagate(double[] params, double[] delta, int count, double[] pre, double[] below, int[] active) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (pre[i] > 0.0) {
                active[n++] = i;
            } else {
                below[i] = 0.0;
            }
        }
        int j = 0;
        boolean wide = outputs >= BLOCKED_OUTPUTS;
        if (wide) {
            for (; j + 3 < n; j += 4) {
                dots(params, delta, active[j], active[j + 1], active[j + 2], active[j + 3], below);
            }
        }
        for (; j < n; j++) {
            int i = active[j];
            below[i] = VECTOR_API && wide ? VectorKernels.dot(params, column(i), delta, outputs)
                    : dot(params, column(i), delta, outputs);
        }
    }

    /** below[r] = {@link #dot}(W[r], delta) for four rows r, in one pass over delta. */
    private void dots(double[] params, double[] delta, int i, int j, int k, int l, double[] below) {
        int ci = column(i);
        int cj = column(j);
        int ck = column(k);
        int cl = column(l);
        if (VECTOR_API) {
            VectorKernels.dots(params, ci, cj, ck, cl, delta, outputs, below, i, j, k, l);
            return;
        }
        double i0 = 0.0;
        double i1 = 0.0;
        double i2 = 0.0;
        double i3 = 0.0;
        double j0 = 0.0;
        double j1 = 0.0;
        double j2 = 0.0;
        double j3 = 0.0;
        double k0 = 0.0;
        double k1 = 0.0;
        double k2 = 0.0;
        double k3 = 0.0;
        double l0 = 0.0;
        double l1 = 0.0;
        double l2 = 0.0;
        double l3 = 0.0;
        int o = 0;
        for (; o + 3 < outputs; o += 4) {
            double d0 = delta[o];
            double d1 = delta[o + 1];
            double d2 = delta[o + 2];
            double d3 = delta[o + 3];
            i0 += params[ci + o] * d0;
            i1 += params[ci + o + 1] * d1;
            i2 += params[ci + o + 2] * d2;
            i3 += params[ci + o + 3] * d3;
            j0 += params[cj + o] * d0;
            j1 += params[cj + o + 1] * d1;
            j2 += params[cj + o + 2] * d2;
            j3 += params[cj + o + 3] * d3;
            k0 += params[ck + o] * d0;
            k1 += params[ck + o + 1] * d1;
            k2 += params[ck + o + 2] * d2;
            k3 += params[ck + o + 3] * d3;
            l0 += params[cl + o] * d0;
            l1 += params[cl + o + 1] * d1;
            l2 += params[cl + o + 2] * d2;
            l3 += params[cl + o + 3] * d3;
        }
        for (; o < outputs; o++) {
            double d = delta[o];
            i0 += params[ci + o] * d;
            j0 += params[cj + o] * d;
            k0 += params[ck + o] * d;
            l0 += params[cl + o] * d;
        }
        below[i] = (i0 + i1) + (i2 + i3);
        below[j] = (j0 + j1) + (j2 + j3);
        below[k] = (k0 + k1) + (k2 + k3);
        below[l] = (l0 + l1) + (l2 + l3);
    }
}
