package org.incentivelab.nn;

import java.util.Arrays;
import org.incentivelab.math.Rng;

/**
 * A multilayer perceptron architecture whose parameters live outside it, in one flat {@code double[]}.
 *
 * <p>Dense layers compute y = W x + b. Every hidden layer applies ReLU; the output layer is linear
 * (for a policy its outputs are the logits). Because the architecture holds no parameters, one
 * {@code Mlp} serves both a policy's θ and an updated θ̂ = θ + β f (thesis 001 Eq. 5.3), which LIO
 * and the incentive designer evaluate side by side.
 *
 * <p><b>Flat parameter layout.</b> Let the layer sizes be n_0 = inputs, n_1 … n_{L−1} = hidden,
 * n_L = outputs. The vector holds the L dense layers in order l = 1 … L. Each layer stores first its
 * weights W_l, input-major as {@code [n_{l−1}][n_l]} (index {@code offset + i·n_l + o} holds the
 * weight from input i to output o; see {@link DenseLayer} for why), then its bias b_l as {@code double[n_l]}. The output layer has a
 * bias only when {@code outputBias} is true; hidden layers always have one.
 *
 * <p><b>Performance.</b> Forward and backward passes allocate nothing: every intermediate vector lives
 * in a reusable {@link Workspace}, one per thread. The loops run over plain {@code double[]} arrays;
 * for nets this small (inputs up to about 20, hidden layers of 64 units) plain arrays are faster than
 * EJML, whose matrix wrappers and dispatch cost more than the arithmetic they save.
 *
 * <p>Sources: the architecture follows the policy networks of thesis 001 (FC 64/32 or 64/64 with ReLU
 * and a softmax head, App. B Tables B.3–B.5); the initialisation follows Glorot &amp; Bengio (2010),
 * the default kernel initialiser of TensorFlow's dense layer used by the authors' code.
 */
public final class Mlp implements Network {
    private final int[] sizes;
    private final boolean outputBias;
    private final DenseLayer[] layers;
    private final int parameterCount;

    /**
     * Builds the architecture.
     *
     * @param inputs n_0, the length of an input vector, at least 1
     * @param hidden {@code int[H]} the widths of the H ≥ 0 hidden layers, each at least 1; an empty
     *     array gives a linear model. The array is copied.
     * @param outputs n_L, the length of the output vector, at least 1
     * @param outputBias whether the output layer has a bias vector
     * @throws IllegalArgumentException if {@code hidden} is null or any size is below 1
     */
    public Mlp(int inputs, int[] hidden, int outputs, boolean outputBias) {
        if (hidden == null) {
            throw new IllegalArgumentException("hidden must not be null (use an empty array)");
        }
        sizes = new int[hidden.length + 2];
        sizes[0] = requirePositive(inputs, "inputs");
        for (int h = 0; h < hidden.length; h++) {
            sizes[h + 1] = requirePositive(hidden[h], "hidden[" + h + "]");
        }
        sizes[sizes.length - 1] = requirePositive(outputs, "outputs");
        this.outputBias = outputBias;
        layers = new DenseLayer[sizes.length - 1];
        int offset = 0;
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new DenseLayer(sizes[l], sizes[l + 1], offset, l < layers.length - 1 || outputBias);
            offset = layers[l].end;
        }
        parameterCount = offset;
    }

    private static int requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    /** @return n_0, the length of an input vector (at least 1) */
    @Override
    public int inputs() {
        return sizes[0];
    }

    /** @return n_L, the length of the output vector (at least 1) */
    @Override
    public int outputs() {
        return sizes[sizes.length - 1];
    }

    /** @return the length of the flat parameter vector, laid out as described in the class javadoc */
    @Override
    public int parameterCount() {
        return parameterCount;
    }

    /** @return whether the output layer has a bias vector */
    public boolean hasOutputBias() {
        return outputBias;
    }

    /**
     * Fills a parameter vector with a fresh initialisation: Glorot-uniform weights, drawn uniformly
     * from [−limit, limit) with limit = sqrt(6 / (fanIn + fanOut)) per layer (Glorot &amp; Bengio 2010;
     * TensorFlow's dense-layer default), and zero biases.
     *
     * @param params {@code double[parameterCount()]}, overwritten entirely
     * @param rng the stream the weights are drawn from (one {@code nextDouble()} per weight, in layout order)
     * @throws IllegalArgumentException if {@code params} has the wrong length
     */
    @Override
    public void initialize(double[] params, Rng rng) {
        DenseLayer.requireLength(params, parameterCount, "params");
        for (DenseLayer layer : layers) {
            layer.initialize(params, rng);
        }
    }

    @Override
    public void initializeOrthogonal(double[] params, Rng rng, double gain) {
        DenseLayer.requireLength(params, parameterCount, "params");
        for (DenseLayer layer : layers) {
            layer.initializeOrthogonal(params, rng, gain);
        }
    }

    @Override
    public void scaleOutputWeights(double[] params, double factor) {
        DenseLayer.requireLength(params, parameterCount, "params");
        layers[layers.length - 1].scaleWeights(params, factor);
    }

    /** @return a new workspace sized for this architecture, for one sample at a time on one thread */
    @Override
    public Workspace workspace() {
        return new Workspace(sizes);
    }

    /**
     * Runs the network on one input and keeps every activation in the workspace for {@link #backward}.
     *
     * @param params {@code double[parameterCount()]} the parameters, not modified
     * @param x {@code double[inputs()]} the input, copied into the workspace (any finite values)
     * @param ws a workspace from an architecture of the same layer sizes
     * @return {@code double[outputs()]} the linear output (logits); this is the workspace's own array,
     *     overwritten by the next forward on {@code ws}
     * @throws IllegalArgumentException if {@code params} or {@code x} has the wrong length, or {@code ws}
     *     does not match this architecture
     */
    @Override
    public double[] forward(double[] params, double[] x, Network.Workspace workspace) {
        DenseLayer.requireLength(params, parameterCount, "params");
        DenseLayer.requireLength(x, sizes[0], "x");
        Workspace ws = requireWorkspace(workspace);
        System.arraycopy(x, 0, ws.activation[0], 0, x.length);
        for (int l = 0; l < layers.length; l++) {
            double[] pre = ws.preActivation[l];
            int nOut = sizes[l + 1];
            layers[l].forward(params, ws.activation[l], pre, ws.indices);
            double[] out = ws.activation[l + 1];
            if (l < layers.length - 1) {
                DenseLayer.relu(pre, out, nOut);
            } else {
                System.arraycopy(pre, 0, out, 0, nOut);
            }
        }
        ws.ready = true;
        return ws.activation[layers.length];
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
        DenseLayer.requireLength(gradient, parameterCount, "gradient");
        Workspace ws = deltas(params, workspace, dOut, scale);
        for (int l = layers.length - 1; l >= 0; l--) {
            layers[l].accumulateGradient(ws.activation[l], ws.delta[l], gradient, ws.indices);
        }
    }

    /**
     * {@inheritDoc} Here every layer's delta is propagated first, then the layers are summed from the first to the
     * last, so the terms come in the layout's order.
     */
    @Override
    public double gradientDot(double[] params, Network.Workspace workspace, double[] dOut, double[] u, double[] w) {
        DenseLayer.requireLength(u, parameterCount, "u");
        if (w != null) {
            DenseLayer.requireLength(w, parameterCount, "w");
        }
        Workspace ws = deltas(params, workspace, dOut, 1);
        double sum = 0;
        for (int l = 0; l < layers.length; l++) {
            sum = layers[l].gradientDot(ws.activation[l], ws.delta[l], u, w, sum);
        }
        return sum;
    }

    /** Back-propagates scale·dOut through the last forward on the workspace into every layer's delta. */
    private Workspace deltas(double[] params, Network.Workspace workspace, double[] dOut, double scale) {
        DenseLayer.requireLength(params, parameterCount, "params");
        DenseLayer.requireLength(dOut, outputs(), "dOut");
        Workspace ws = requireWorkspace(workspace);
        if (!ws.ready) {
            throw new IllegalStateException("backward needs a forward pass on this workspace first");
        }
        double[] delta = ws.delta[layers.length - 1];
        for (int o = 0; o < delta.length; o++) {
            delta[o] = scale * dOut[o];
        }
        for (int l = layers.length - 1; l > 0; l--) { // ws.delta[l - 1] = (Wᵀ delta) ⊙ relu'(pre)
            layers[l].propagate(params, ws.delta[l], sizes[l], ws.preActivation[l - 1], ws.delta[l - 1], ws.indices);
        }
        return ws;
    }

    private Workspace requireWorkspace(Network.Workspace workspace) {
        if (!(workspace instanceof Workspace ws) || !Arrays.equals(ws.sizes, sizes)) {
            throw new IllegalArgumentException("workspace does not match layer sizes " + Arrays.toString(sizes));
        }
        return ws;
    }

    /**
     * The buffers of one forward/backward pass on one sample: every layer's pre-activations and
     * activations, the back-propagated deltas, and two spare output-sized arrays for callers that
     * need scratch space (for example to assemble {@code dOut}) without allocating. Not thread-safe;
     * use one workspace per thread. Obtain one from {@link Mlp#workspace()}.
     */
    public static final class Workspace implements Network.Workspace {
        private final int[] sizes;
        private final double[][] activation;
        private final double[][] preActivation;
        private final double[][] delta;
        private final double[] outputScratch;
        private final double[] outputGradient;
        /** Index scratch of the layers' passes (their non-zero or active inputs). */
        private final int[] indices;
        private boolean ready;

        private Workspace(int[] sizes) {
            this.sizes = sizes.clone();
            int layers = sizes.length - 1;
            activation = new double[layers + 1][];
            preActivation = new double[layers][];
            delta = new double[layers][];
            activation[0] = new double[sizes[0]];
            for (int l = 0; l < layers; l++) {
                activation[l + 1] = new double[sizes[l + 1]];
                preActivation[l] = new double[sizes[l + 1]];
                delta[l] = new double[sizes[l + 1]];
            }
            indices = new int[Arrays.stream(sizes).max().getAsInt()];
            outputScratch = new double[sizes[layers]];
            outputGradient = new double[sizes[layers]];
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
         *     {@link Mlp#backward}; the network never writes it
         */
        @Override
        public double[] outputGradient() {
            return outputGradient;
        }
    }
}
