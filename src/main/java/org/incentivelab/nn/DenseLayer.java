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
 * contiguous column of W (or of the gradient) scaled by one input — loops the JIT vectorises — and inputs that
 * are exactly zero, as half of the ReLU activations are, are skipped; back-propagation computes the input
 * gradient only where the input's ReLU is active. This made the conv nets of Cleanup several times faster.
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
     */
    void forward(double[] params, double[] in, double[] pre) {
        if (biasOffset >= 0) {
            System.arraycopy(params, biasOffset, pre, 0, outputs);
        } else {
            Arrays.fill(pre, 0, outputs, 0.0);
        }
        for (int i = 0; i < inputs; i++) {
            double a = in[i];
            if (a != 0.0) {
                int column = weightOffset + i * outputs;
                for (int o = 0; o < outputs; o++) {
                    pre[o] += a * params[column + o];
                }
            }
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
     */
    void accumulateGradient(double[] in, double[] delta, double[] gradient) {
        if (biasOffset >= 0) {
            for (int o = 0; o < outputs; o++) {
                gradient[biasOffset + o] += delta[o];
            }
        }
        for (int i = 0; i < inputs; i++) {
            double a = in[i];
            if (a != 0.0) {
                int column = weightOffset + i * outputs;
                for (int o = 0; o < outputs; o++) {
                    gradient[column + o] += a * delta[o];
                }
            }
        }
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
     * the kink included); later inputs, such as a concatenated data vector, are skipped.
     *
     * @param count how many leading inputs to propagate to, 0 ≤ count ≤ inputs
     * @param pre {@code double[≥ count]} the pre-activations of those inputs
     * @param below {@code double[≥ count]} overwritten in its first {@code count} entries
     */
    void propagate(double[] params, double[] delta, int count, double[] pre, double[] below) {
        for (int i = 0; i < count; i++) {
            below[i] = pre[i] > 0.0 ? dot(params, weightOffset + i * outputs, delta, outputs) : 0.0;
        }
    }
}
