package org.incentivelab.nn;

import java.util.Arrays;
import org.incentivelab.math.Rng;

/**
 * A 2-D convolution layer (stride 1, SAME zero padding, one bias per filter) whose parameters live
 * outside it, in a slice of a flat {@code double[]}.
 *
 * <p>The layer is linear: it computes the pre-activation z = conv(x, K) + b and applies no
 * nonlinearity. The caller applies ReLU ({@link ConvNet} does), which keeps this class a pure
 * convolution whose input gradient is easy to test.
 *
 * <p><b>Image layout (channels-last).</b> An H×W×C image is a {@code double[H·W·C]} with pixel (y, x),
 * channel c at index {@code (y·W + x)·C + c}, for 0 ≤ y &lt; H rows and 0 ≤ x &lt; W columns. This is
 * TensorFlow's NHWC layout for one sample. The output is an H×W×F image in the same layout: filter f
 * at pixel (y, x) sits at index {@code (y·W + x)·F + f}; flattening it as it stands gives the same order
 * as TensorFlow's {@code reshape} of an NHWC tensor.
 *
 * <p><b>Arithmetic.</b> With p = ⌊(k − 1)/2⌋ (TensorFlow's SAME rule for stride 1: p rows of zeros above
 * and k − 1 − p below, likewise left and right), the output is the cross-correlation (no kernel flip)
 * <pre>
 *   z[y, x, f] = b[f] + Σ_{dy, dx &lt; k} Σ_{c &lt; C} K[dy, dx, c, f] · x[y + dy − p, x + dx − p, c],
 * </pre>
 * where pixels outside the image count as 0. The output has the input's height and width.
 *
 * <p><b>Parameter layout</b>, starting at a caller-chosen {@code offset} in the flat vector: first the
 * kernel K as {@code [k][k][C][F]} row-major (TensorFlow's HWIO order), so K[dy, dx, c, f] sits at
 * {@code offset + ((dy·k + dx)·C + c)·F + f}; then the bias b as {@code double[F]} at
 * {@code offset + k·k·C·F + f}. {@link #parameterCount()} = k·k·C·F + F.
 *
 * <p><b>Performance.</b> Nothing is allocated per call. The loops clip the kernel window to the image
 * instead of padding, and their innermost loop runs over the F filters of one kernel row, a contiguous
 * run in both the kernel and the output. For the Cleanup observations (9×9×3 or 15×15×3, 6 filters
 * 3×3) a pass costs about 13 000 or 36 000 multiply-adds, small beside the dense layer that follows.
 *
 * <p>Sources: thesis 001 App. B Table B.5 (Cleanup: conv 6 filters 3×3, stride 1, ReLU); the authors'
 * code (LIO repository, {@code alg/networks.py}: {@code tf.nn.conv2d} with {@code padding='SAME'},
 * NHWC, HWIO kernel, bias added after the convolution).
 */
public final class Conv2d {
    private final int height;
    private final int width;
    private final int channels;
    private final int filters;
    private final int kernel;
    private final int pad;

    /**
     * Builds the layer.
     *
     * @param height H, the number of image rows, at least 1
     * @param width W, the number of image columns, at least 1
     * @param channels C, the number of input channels, at least 1
     * @param filters F, the number of filters (output channels), at least 1
     * @param kernel k, the side of the square k×k kernel, at least 1 (may exceed H or W: SAME padding
     *     still gives an H×W output)
     * @throws IllegalArgumentException if any size is below 1
     */
    public Conv2d(int height, int width, int channels, int filters, int kernel) {
        this.height = requirePositive(height, "height");
        this.width = requirePositive(width, "width");
        this.channels = requirePositive(channels, "channels");
        this.filters = requirePositive(filters, "filters");
        this.kernel = requirePositive(kernel, "kernel");
        this.pad = (kernel - 1) / 2;
    }

    private static int requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    /** @return H, the number of image rows */
    public int height() {
        return height;
    }

    /** @return W, the number of image columns */
    public int width() {
        return width;
    }

    /** @return C, the number of input channels */
    public int channels() {
        return channels;
    }

    /** @return F, the number of filters */
    public int filters() {
        return filters;
    }

    /** @return k, the kernel side */
    public int kernel() {
        return kernel;
    }

    /** @return H·W·C, the length of an input image */
    public int inputSize() {
        return height * width * channels;
    }

    /** @return H·W·F, the length of an output image */
    public int outputSize() {
        return height * width * filters;
    }

    /** @return k·k·C·F + F, the length of this layer's parameter slice */
    public int parameterCount() {
        return kernel * kernel * channels * filters + filters;
    }

    /**
     * Fills this layer's parameter slice with a fresh initialisation, TensorFlow's default Glorot-uniform
     * initialiser for both variables of the reference code's {@code conv} (LIO repository {@code alg/networks.py}:
     * {@code tf.get_variable} without an initialiser, kernel shape [k, k, C, F], bias shape [1, 1, 1, F]): kernel
     * entries uniform in [−limit, limit) with limit = sqrt(6 / (k·k·(C + F))) (fans k·k·C and k·k·F), then
     * biases uniform in [−b, b) with b = sqrt(6 / (1 + F)) (fans 1 and F). The non-zero biases matter: most
     * pixels of a Cleanup view are black, and with zero biases the conv features (and so every policy score and
     * LIO's meta-gradient, which is quadratic in them) would be far sparser than the authors' nets.
     *
     * @param params the flat vector; entries {@code [offset, offset + parameterCount())} are overwritten
     * @param offset where this layer's slice starts, at least 0
     * @param rng the stream the parameters are drawn from (one {@code nextDouble()} per entry, in layout order)
     * @throws IllegalArgumentException if the slice does not fit in {@code params}
     */
    public void initialize(double[] params, int offset, Rng rng) {
        requireSlice(params, offset);
        int kernelCount = kernel * kernel * channels * filters;
        double limit = Math.sqrt(6.0 / (kernel * kernel * (channels + filters)));
        for (int i = offset; i < offset + kernelCount; i++) {
            params[i] = (2.0 * rng.nextDouble() - 1.0) * limit;
        }
        double biasLimit = Math.sqrt(6.0 / (1 + filters));
        for (int i = offset + kernelCount; i < offset + kernelCount + filters; i++) {
            params[i] = (2.0 * rng.nextDouble() - 1.0) * biasLimit;
        }
    }

    /**
     * Computes the pre-activation z = conv(x, K) + b (no ReLU).
     *
     * @param params the flat vector holding this layer's slice at {@code offset}; not modified
     * @param offset where this layer's slice starts
     * @param input {@code double[H·W·C]} the image x, channels-last; not modified
     * @param output {@code double[H·W·F]} overwritten with z, channels-last; must not be {@code input}
     * @throws IllegalArgumentException if an array has the wrong length or the slice does not fit
     */
    public void forward(double[] params, int offset, double[] input, double[] output) {
        requireSlice(params, offset);
        requireLength(input, inputSize(), "input");
        requireLength(output, outputSize(), "output");
        int bias = offset + kernel * kernel * channels * filters;
        for (int y = 0; y < height; y++) {
            int dyLo = Math.max(0, pad - y);
            int dyHi = Math.min(kernel, height + pad - y);
            for (int x = 0; x < width; x++) {
                int dxLo = Math.max(0, pad - x);
                int dxHi = Math.min(kernel, width + pad - x);
                int out = (y * width + x) * filters;
                System.arraycopy(params, bias, output, out, filters);
                for (int dy = dyLo; dy < dyHi; dy++) {
                    int rowIn = (y + dy - pad) * width;
                    for (int dx = dxLo; dx < dxHi; dx++) {
                        int in = (rowIn + x + dx - pad) * channels;
                        int w = offset + (dy * kernel + dx) * channels * filters;
                        for (int c = 0; c < channels; c++) {
                            double v = input[in + c];
                            if (v != 0.0) { // black pixels and empty channels add nothing
                                int wc = w + c * filters;
                                for (int f = 0; f < filters; f++) {
                                    output[out + f] += v * params[wc + f];
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Back-propagates an output cotangent: accumulates {@code gradient += scale · (∂z/∂params)ᵀ dOutput}
     * into this layer's slice and, when {@code dInput} is given, overwrites it with
     * {@code scale · (∂z/∂x)ᵀ dOutput}. Since z is linear in both, nothing of the forward pass is needed
     * beyond its input.
     *
     * @param params the flat vector of the forward pass, holding this layer's slice at {@code offset}
     * @param offset where this layer's slice starts (in both {@code params} and {@code gradient})
     * @param input {@code double[H·W·C]} the image x of the forward pass; not modified
     * @param dOutput {@code double[H·W·F]} the cotangent ∂f/∂z of some scalar f, channels-last; not modified
     * @param scale a factor applied to {@code dOutput} (any finite value)
     * @param gradient same length as {@code params}; entries {@code [offset, offset + parameterCount())}
     *     are added to, never cleared, and no others are touched
     * @param dInput {@code double[H·W·C]} overwritten with the input gradient, channels-last; or
     *     {@code null} to skip that work (for a first layer, whose input is data)
     * @throws IllegalArgumentException if an array has the wrong length or the slice does not fit
     */
    public void backward(double[] params, int offset, double[] input, double[] dOutput, double scale,
            double[] gradient, double[] dInput) {
        requireSlice(params, offset);
        requireLength(input, inputSize(), "input");
        requireLength(dOutput, outputSize(), "dOutput");
        requireLength(gradient, params.length, "gradient");
        if (dInput != null) {
            requireLength(dInput, inputSize(), "dInput");
            Arrays.fill(dInput, 0.0);
        }
        int bias = offset + kernel * kernel * channels * filters;
        for (int y = 0; y < height; y++) {
            int dyLo = Math.max(0, pad - y);
            int dyHi = Math.min(kernel, height + pad - y);
            for (int x = 0; x < width; x++) {
                int dxLo = Math.max(0, pad - x);
                int dxHi = Math.min(kernel, width + pad - x);
                int out = (y * width + x) * filters;
                for (int f = 0; f < filters; f++) {
                    gradient[bias + f] += scale * dOutput[out + f];
                }
                for (int dy = dyLo; dy < dyHi; dy++) {
                    int rowIn = (y + dy - pad) * width;
                    for (int dx = dxLo; dx < dxHi; dx++) {
                        int in = (rowIn + x + dx - pad) * channels;
                        int w = offset + (dy * kernel + dx) * channels * filters;
                        accumulatePixel(params, input, dOutput, scale, gradient, dInput, in, w, out);
                    }
                }
            }
        }
    }

    /** The contribution of one (input pixel, kernel tap, output pixel) triple to both gradients. */
    private void accumulatePixel(double[] params, double[] input, double[] dOutput, double scale,
            double[] gradient, double[] dInput, int in, int w, int out) {
        for (int c = 0; c < channels; c++) {
            double sv = scale * input[in + c];
            int wc = w + c * filters;
            if (sv != 0.0) {
                for (int f = 0; f < filters; f++) {
                    gradient[wc + f] += sv * dOutput[out + f];
                }
            }
            if (dInput != null) {
                double sum = 0.0;
                for (int f = 0; f < filters; f++) {
                    sum += params[wc + f] * dOutput[out + f];
                }
                dInput[in + c] += scale * sum;
            }
        }
    }

    private void requireSlice(double[] params, int offset) {
        if (params == null || offset < 0 || offset > params.length - parameterCount()) {
            String actual = params == null ? "null" : "length " + params.length;
            throw new IllegalArgumentException("params must hold " + parameterCount() + " entries from offset "
                    + offset + ", got " + actual);
        }
    }

    private static void requireLength(double[] array, int expected, String name) {
        if (array == null || array.length != expected) {
            String actual = array == null ? "null" : "length " + array.length;
            throw new IllegalArgumentException(name + " must have length " + expected + ", got " + actual);
        }
    }
}
