package org.incentivelab.nn;

import java.util.Arrays;
import org.incentivelab.math.Rng;
import org.incentivelab.math.Vectors;

/**
 * The image network of the Cleanup experiments: conv → ReLU → flatten → dense hidden layers (ReLU) →
 * linear output, with an optional data vector concatenated after the first dense layer. Like {@link Mlp}
 * the architecture holds no parameters: they live in one flat {@code double[]}, so one {@code ConvNet}
 * serves a policy's θ and its updated θ̂ alike.
 *
 * <p><b>Computation.</b> For an H×W×C image x (channels-last, see {@link Conv2d}) and an optional vector
 * e of length E ({@link #extraInputs()}), with hidden widths n_1 … n_L and output size m:
 * <pre>
 *   u   = flatten(relu(conv(x)))                 length H·W·F, index (y·W + x)·F + f
 *   h_1 = relu(W_1 u + b_1)                      length n_1
 *   v   = [h_1, e]                               length n_1 + E (h_1 first, then e)
 *   h_2 = relu(W_2 v + b_2), …, h_L = relu(W_L h_{L−1} + b_L)
 *   out = W_o h_L (+ b_o when outputBias)        length m, linear (logits or a value)
 * </pre>
 * With no hidden layers the output layer reads u directly, and no extra input is allowed. The extra
 * vector carries data the image lacks: the LIO incentive network on Cleanup concatenates the other
 * agents' one-hot actions after FC1, and the inequity-aversion (IA) baseline its temporally smoothed
 * rewards of all agents (thesis 001 Table B.5; code {@code reward} and {@code actor_image_vec}). The
 * network does not differentiate with respect to e or x: {@link #backward} gives parameter gradients only.
 *
 * <p><b>Flat parameter layout.</b> First the conv layer's slice at offset 0 (kernel {@code [k][k][C][F]}
 * then bias {@code [F]}, see {@link Conv2d}); then the L + 1 dense layers in order, each its weights
 * {@code [n_in][n_out]} input-major (index {@code offset + i·n_out + o}; see {@link DenseLayer})
 * followed by its bias {@code [n_out]}. The inputs of layer 1 are u; of layer 2, v (n_1 + E inputs, h_1's
 * first); of later layers, the previous hidden vector. Hidden layers and the conv layer always
 * have a bias; the output layer only when {@code outputBias} (the LIO incentive head has none).
 *
 * <p><b>Table B.5.</b> Policy on the 7×7 map: {@code new ConvNet(new Conv2d(9, 9, 3, 6, 3), new int[] {64,
 * 64}, 0, 6, true)}; value: the same with 1 output; LIO incentive network: E = the length of the other
 * agents' action indicator (one block per other agent; code {@code l_action_for_r·(n_agents − 1)}),
 * {@code outputBias = false}, and its output passed through a sigmoid × R_max by the caller. The 10×10
 * map gives 15×15×3 views.
 *
 * <p><b>Why plain arrays rather than EJML.</b> The shapes are small and fixed, and a 3×3 convolution over
 * a few channels is a nest of short loops, not a matrix product worth a library call; building an
 * im2col matrix for EJML would allocate or copy more than the arithmetic it saves. The dense layers are
 * matrix-vector products of at most a few thousand columns, where EJML's wrappers add dispatch and
 * no speed. Forward and backward allocate nothing: all buffers live in a reusable {@link Workspace}.
 *
 * <p><b>Initialisation.</b> As the authors' TensorFlow code: Glorot-uniform conv kernel and bias
 * ({@link Conv2d#initialize}) and dense weights, zero dense biases.
 *
 * <p>Sources: thesis 001 App. B Table B.5 and digest §3.1; IQ-Flow digest §4 "ConvNet" (the same trunk);
 * the LIO code {@code alg/networks.py} ({@code convnet}, {@code actor}, {@code vnet}, {@code reward},
 * {@code actor_image_vec}); Glorot &amp; Bengio (2010).
 */
public final class ConvNet implements Network {
    private final Conv2d conv;
    private final int[] hidden;
    private final int extraInputs;
    private final int outputs;
    private final boolean outputBias;
    private final DenseLayer[] dense;
    private final int parameterCount;
    private final int[] shape;

    /**
     * Builds the architecture.
     *
     * @param conv the convolution layer; it fixes the image shape H×W×C and the filters F (kernel k)
     * @param hidden {@code int[L]} the widths n_1 … n_L of the L ≥ 0 hidden dense layers, each at least 1;
     *     copied
     * @param extraInputs E ≥ 0, the length of the vector concatenated after the first hidden layer; must
     *     be 0 when there are no hidden layers
     * @param outputs m, the length of the output vector, at least 1
     * @param outputBias whether the output layer has a bias vector
     * @throws IllegalArgumentException if {@code conv} or {@code hidden} is null, a size is out of range,
     *     or E &gt; 0 with no hidden layer
     */
    public ConvNet(Conv2d conv, int[] hidden, int extraInputs, int outputs, boolean outputBias) {
        if (conv == null) {
            throw new IllegalArgumentException("conv must not be null");
        }
        if (hidden == null) {
            throw new IllegalArgumentException("hidden must not be null (use an empty array)");
        }
        for (int h = 0; h < hidden.length; h++) {
            requireAtLeast(hidden[h], 1, "hidden[" + h + "]");
        }
        requireAtLeast(extraInputs, 0, "extraInputs");
        requireAtLeast(outputs, 1, "outputs");
        if (extraInputs > 0 && hidden.length == 0) {
            throw new IllegalArgumentException("an extra input is concatenated after the first hidden layer,"
                    + " so it needs at least one");
        }
        this.conv = conv;
        this.hidden = hidden.clone();
        this.extraInputs = extraInputs;
        this.outputs = outputs;
        this.outputBias = outputBias;
        this.dense = new DenseLayer[hidden.length + 1];
        int offset = conv.parameterCount();
        int in = conv.outputSize();
        for (int l = 0; l < dense.length; l++) {
            boolean last = l == dense.length - 1;
            int out = last ? outputs : hidden[l];
            dense[l] = new DenseLayer(in, out, offset, !last || outputBias);
            offset = dense[l].end;
            in = out + (l == 0 ? extraInputs : 0);
        }
        this.parameterCount = offset;
        this.shape = shapeOf(conv, this.hidden, extraInputs, outputs, outputBias);
    }

    private static int[] shapeOf(Conv2d conv, int[] hidden, int extra, int outputs, boolean bias) {
        int[] s = new int[hidden.length + 8];
        s[0] = conv.height();
        s[1] = conv.width();
        s[2] = conv.channels();
        s[3] = conv.filters();
        s[4] = conv.kernel();
        s[5] = extra;
        s[6] = outputs;
        s[7] = bias ? 1 : 0;
        System.arraycopy(hidden, 0, s, 8, hidden.length);
        return s;
    }

    private static void requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
    }

    /** @return the convolution layer (its parameters are the first slice of the flat vector) */
    public Conv2d conv() {
        return conv;
    }

    /** @return H·W·C, the length of an input image */
    public int imageSize() {
        return conv.inputSize();
    }

    /** @return {@code int[L]} a copy of the hidden widths n_1 … n_L */
    public int[] hidden() {
        return hidden.clone();
    }

    /** @return H·W·C + E, the length of a flat input: the image, then the vector after the first dense layer */
    @Override
    public int inputs() {
        return conv.inputSize() + extraInputs;
    }

    /** @return E, the length of the vector concatenated after the first hidden layer (0 if none) */
    public int extraInputs() {
        return extraInputs;
    }

    /** @return m, the length of the output vector */
    @Override
    public int outputs() {
        return outputs;
    }

    /** @return whether the output layer has a bias vector */
    public boolean hasOutputBias() {
        return outputBias;
    }

    /** @return the length of the flat parameter vector, laid out as in the class javadoc */
    @Override
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * Fills a parameter vector with a fresh initialisation: Glorot-uniform conv kernel and bias
     * ({@link Conv2d#initialize}) and dense weights (fanIn = n_in, fanOut = n_out), zero dense biases.
     *
     * @param params {@code double[parameterCount()]}, overwritten entirely
     * @param rng the stream the weights are drawn from (one {@code nextDouble()} per weight, in layout order)
     * @throws IllegalArgumentException if {@code params} has the wrong length
     */
    @Override
    public void initialize(double[] params, Rng rng) {
        DenseLayer.requireLength(params, parameterCount, "params");
        conv.initialize(params, 0, rng);
        for (DenseLayer layer : dense) {
            layer.initialize(params, rng);
        }
    }

    @Override
    public void initializeOrthogonal(double[] params, Rng rng, double gain) {
        DenseLayer.requireLength(params, parameterCount, "params");
        conv.initialize(params, 0, rng);
        for (DenseLayer layer : dense) {
            layer.initializeOrthogonal(params, rng, gain);
        }
    }

    @Override
    public void scaleOutputWeights(double[] params, double factor) {
        DenseLayer.requireLength(params, parameterCount, "params");
        dense[dense.length - 1].scaleWeights(params, factor);
    }

    /** @return a new workspace sized for this architecture, for one sample at a time on one thread */
    @Override
    public Workspace workspace() {
        return new Workspace(this);
    }

    /**
     * Runs the network on one sample and keeps every activation in the workspace for {@link #backward}.
     *
     * @param params {@code double[parameterCount()]} the parameters, not modified
     * @param image {@code double[H·W·C]} the image, channels-last (index (y·W + x)·C + c); copied
     * @param extra {@code double[E]} the vector concatenated after the first hidden layer; copied. When
     *     E = 0 pass {@code null} or an empty array.
     * @param ws a workspace from an architecture of the same shape
     * @return {@code double[outputs()]} the linear output; this is the workspace's own array, overwritten
     *     by the next forward on {@code ws}
     * @throws IllegalArgumentException if an array has the wrong length or {@code ws} does not match
     */
    public double[] forward(double[] params, double[] image, double[] extra, Workspace ws) {
        DenseLayer.requireLength(image, conv.inputSize(), "image");
        if (extraInputs > 0 || extra != null) {
            DenseLayer.requireLength(extra, extraInputs, "extra");
        }
        return run(params, image, extra, 0, ws);
    }

    /**
     * {@inheritDoc} Here x is the image (channels-last) followed by the E entries concatenated after the first dense
     * layer.
     */
    @Override
    public double[] forward(double[] params, double[] x, Network.Workspace ws) {
        DenseLayer.requireLength(x, inputs(), "x");
        return run(params, x, x, conv.inputSize(), ws);
    }

    private double[] run(double[] params, double[] image, double[] extra, int extraOffset,
            Network.Workspace workspace) {
        DenseLayer.requireLength(params, parameterCount, "params");
        Workspace ws = requireWorkspace(workspace);
        System.arraycopy(image, 0, ws.image, 0, ws.image.length);
        conv.forward(params, 0, ws.image, ws.convPre);
        DenseLayer.relu(ws.convPre, ws.activation[0], ws.convPre.length);
        int layers = dense.length;
        for (int l = 0; l < layers; l++) {
            DenseLayer layer = dense[l];
            layer.forward(params, ws.activation[l], ws.preActivation[l], ws.indices);
            if (l < layers - 1) {
                DenseLayer.relu(ws.preActivation[l], ws.activation[l + 1], layer.outputs);
                if (l == 0 && extraInputs > 0) {
                    System.arraycopy(extra, extraOffset, ws.activation[1], layer.outputs, extraInputs);
                }
            } else {
                System.arraycopy(ws.preActivation[l], 0, ws.activation[l + 1], 0, outputs);
            }
        }
        ws.ready = true;
        return ws.activation[layers];
    }

    /**
     * Back-propagates an output cotangent through the activations of the last {@link #forward} on
     * {@code ws} and accumulates {@code gradient += scale · (∂out/∂params)ᵀ dOut}. At a ReLU kink
     * (pre-activation exactly 0) the derivative taken is 0.
     *
     * @param params {@code double[parameterCount()]} the parameters of that forward pass, not modified
     * @param ws the workspace of that forward pass
     * @param dOut {@code double[outputs()]} the cotangent ∂f/∂out of some scalar f; not modified, and may
     *     be one of the workspace's spare buffers
     * @param scale a factor applied to {@code dOut} (any finite value)
     * @param gradient {@code double[parameterCount()]} added to, never cleared
     * @throws IllegalArgumentException if an array has the wrong length or {@code ws} does not match
     * @throws IllegalStateException if {@code ws} has seen no forward pass
     */
    @Override
    public void backward(double[] params, Network.Workspace workspace, double[] dOut, double scale,
            double[] gradient) {
        DenseLayer.requireLength(params, parameterCount, "params");
        DenseLayer.requireLength(dOut, outputs, "dOut");
        DenseLayer.requireLength(gradient, parameterCount, "gradient");
        Workspace ws = requireWorkspace(workspace);
        if (!ws.ready) {
            throw new IllegalStateException("backward needs a forward pass on this workspace first");
        }
        int layers = dense.length;
        double[] top = ws.delta[layers - 1];
        for (int o = 0; o < outputs; o++) {
            top[o] = scale * dOut[o];
        }
        for (int l = layers - 1; l >= 0; l--) {
            DenseLayer layer = dense[l];
            layer.accumulateGradient(ws.activation[l], ws.delta[l], gradient, ws.indices);
            if (l > 0) {
                int count = dense[l - 1].outputs;
                layer.propagate(params, ws.delta[l], count, ws.preActivation[l - 1], ws.delta[l - 1], ws.indices);
            } else {
                layer.propagate(params, ws.delta[0], layer.inputs, ws.convPre, ws.convDelta, ws.indices);
            }
        }
        conv.backward(params, 0, ws.image, ws.convDelta, 1.0, gradient, null);
    }

    /** {@inheritDoc} Here the gradient is formed in the workspace (allocated on first use) and then summed. */
    @Override
    public double gradientDot(double[] params, Network.Workspace workspace, double[] dOut, double[] u, double[] w) {
        DenseLayer.requireLength(u, parameterCount, "u");
        if (w != null) {
            DenseLayer.requireLength(w, parameterCount, "w");
        }
        Workspace ws = requireWorkspace(workspace);
        if (ws.gradient == null) {
            ws.gradient = new double[parameterCount];
        }
        Arrays.fill(ws.gradient, 0);
        backward(params, ws, dOut, 1, ws.gradient);
        return w == null ? Vectors.dot(u, ws.gradient) : Vectors.dot(u, w, ws.gradient);
    }

    private Workspace requireWorkspace(Network.Workspace workspace) {
        if (!(workspace instanceof Workspace ws) || !Arrays.equals(ws.shape, shape)) {
            throw new IllegalArgumentException("workspace does not match this network's shape");
        }
        return ws;
    }

    /**
     * The buffers of one forward/backward pass on one sample: the copied image, the conv
     * pre-activations, every dense layer's input, pre-activations and deltas, and two spare output-sized
     * arrays for callers that need scratch space (for example to assemble {@code dOut}) without
     * allocating. Not thread-safe; use one workspace per thread. Obtain one from
     * {@link ConvNet#workspace()}.
     */
    public static final class Workspace implements Network.Workspace {
        private final int[] shape;
        private final double[] image;
        private final double[] convPre;
        private final double[] convDelta;
        /** activation[l] is the input of dense layer l; activation[L + 1] is the output. */
        private final double[][] activation;
        private final double[][] preActivation;
        private final double[][] delta;
        private final double[] outputScratch;
        private final double[] outputGradient;
        /** Index scratch of the dense layers' passes (their non-zero or active inputs). */
        private final int[] indices;
        /** A formed gradient for {@link ConvNet#gradientDot}, allocated on its first call. */
        private double[] gradient;
        private boolean ready;

        private Workspace(ConvNet net) {
            shape = net.shape.clone();
            image = new double[net.conv.inputSize()];
            convPre = new double[net.conv.outputSize()];
            convDelta = new double[net.conv.outputSize()];
            int layers = net.dense.length;
            activation = new double[layers + 1][];
            preActivation = new double[layers][];
            delta = new double[layers][];
            for (int l = 0; l < layers; l++) {
                activation[l] = new double[net.dense[l].inputs];
                preActivation[l] = new double[net.dense[l].outputs];
                delta[l] = new double[net.dense[l].outputs];
            }
            activation[layers] = new double[net.outputs];
            indices = new int[Arrays.stream(net.dense).mapToInt(d -> d.inputs).max().orElse(0)];
            outputScratch = new double[net.outputs];
            outputGradient = new double[net.outputs];
        }

        /**
         * @return a spare {@code double[outputs]} the network never reads or writes; callers may use it
         *     freely between passes (its contents are whatever the last user left)
         */
        @Override
        public double[] outputScratch() {
            return outputScratch;
        }

        /**
         * @return a second spare {@code double[outputs]}, meant for assembling the {@code dOut} given to
         *     {@link ConvNet#backward}; the network never writes it
         */
        @Override
        public double[] outputGradient() {
            return outputGradient;
        }
    }
}
