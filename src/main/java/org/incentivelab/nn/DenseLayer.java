package org.incentivelab.nn;

import java.util.Arrays;
import org.incentivelab.math.Rng;

/**
 * One dense layer z = W a + b over a slice of a flat parameter vector, for {@link Mlp} and {@link ConvNet}.
 *
 * <p>Layout, as in {@link Mlp}: the weights W as {@code [outputs][inputs]} row-major (the weight from
 * input i to output o at {@code weightOffset + o·inputs + i}), then, if present, the bias b as
 * {@code double[outputs]} at {@code biasOffset}. The layer applies no nonlinearity; the caller does.
 * All methods work in place on caller-owned arrays and allocate nothing.
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
        for (int k = weightOffset; k < weightOffset + inputs * outputs; k++) {
            params[k] = (2.0 * rng.nextDouble() - 1.0) * limit;
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
        for (int o = 0; o < outputs; o++) {
            double sum = biasOffset >= 0 ? params[biasOffset + o] : 0.0;
            int row = weightOffset + o * inputs;
            for (int i = 0; i < inputs; i++) {
                sum += params[row + i] * in[i];
            }
            pre[o] = sum;
        }
    }

    /**
     * Accumulates the parameter gradient {@code gradient += ∂z/∂params ᵀ delta}.
     *
     * @param in {@code double[≥ inputs]} the input a of the forward pass
     * @param delta {@code double[≥ outputs]} ∂f/∂z, already scaled
     */
    void accumulateGradient(double[] in, double[] delta, double[] gradient) {
        for (int o = 0; o < outputs; o++) {
            double d = delta[o];
            if (biasOffset >= 0) {
                gradient[biasOffset + o] += d;
            }
            if (d != 0.0) {
                int row = weightOffset + o * inputs;
                for (int i = 0; i < inputs; i++) {
                    gradient[row + i] += d * in[i];
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

    /** delta[i] = 0 where pre[i] ≤ 0, i &lt; count: the ReLU derivative, taken as 0 at the kink. */
    static void maskInactive(double[] pre, double[] delta, int count) {
        for (int i = 0; i < count; i++) {
            if (pre[i] <= 0.0) {
                delta[i] = 0.0;
            }
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
     * Overwrites {@code below[i] = Σ_o W[o][i] · delta[o]} for i &lt; count (the gradient with respect to
     * the first {@code count} inputs; later inputs, such as a concatenated data vector, are skipped).
     *
     * @param count how many leading inputs to propagate to, 0 ≤ count ≤ inputs
     * @param below {@code double[≥ count]} overwritten in its first {@code count} entries
     */
    void propagate(double[] params, double[] delta, int count, double[] below) {
        Arrays.fill(below, 0, count, 0.0);
        for (int o = 0; o < outputs; o++) {
            double d = delta[o];
            if (d != 0.0) {
                int row = weightOffset + o * inputs;
                for (int i = 0; i < count; i++) {
                    below[i] += params[row + i] * d;
                }
            }
        }
    }
}
