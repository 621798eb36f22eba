package org.incentivelab.nn;

import org.incentivelab.math.Rng;

/**
 * A feed-forward network whose parameters live outside it in one flat {@code double[]}, so one architecture serves
 * a policy's θ and its updated θ̂ = θ + α f (thesis 001 Eq. 5.3) side by side. Implemented by {@link Mlp} (vector
 * observations: Escape Room, IPD) and {@link ConvNet} (image observations: Cleanup, thesis 001 Table B.5).
 *
 * <p>Inputs are one flat vector x of length {@link #inputs()}; a {@link ConvNet} reads the image from its first
 * H·W·C entries and the vector it concatenates after the first dense layer from the rest. Outputs are linear
 * (logits or values). Passes allocate nothing: activations live in a {@link Workspace}, one per thread.
 */
public interface Network {
    /** @return the length of an input vector x, at least 1 */
    int inputs();

    /** @return the length of the output vector, at least 1 */
    int outputs();

    /** @return the length of the flat parameter vector */
    int parameterCount();

    /**
     * Fills a parameter vector with a fresh Glorot-uniform initialisation and zero biases.
     *
     * @param params {@code double[parameterCount()]}, overwritten entirely
     * @param rng the stream the weights are drawn from
     * @throws IllegalArgumentException if {@code params} has the wrong length
     */
    void initialize(double[] params, Rng rng);

    /**
     * Fills the parameters as {@link #initialize}, but every dense layer orthogonal with the given gain and zero
     * bias (JAXRL's default initialiser, IQ-Flow's reference networks); convolution kernels as {@link #initialize}.
     *
     * @param params {@code double[parameterCount()]}, overwritten
     * @param rng the initialisation stream
     * @param gain the orthogonal scale, &gt; 0
     */
    void initializeOrthogonal(double[] params, Rng rng, double gain);

    /**
     * Multiplies the output layer's weights (not its bias, nor any other layer) by {@code factor}; after an
     * initialisation with factor 1/1000 this is the reference IQ-Flow code's {@code mini_init} of its incentive
     * network's last layer (digest 004 §2.6).
     *
     * @param params {@code double[parameterCount()]}, changed in place
     * @param factor any finite number
     * @throws IllegalArgumentException if {@code params} has the wrong length
     */
    void scaleOutputWeights(double[] params, double factor);

    /** @return a new workspace for one sample at a time on one thread */
    Workspace workspace();

    /**
     * Runs the network on one input and keeps every activation in the workspace for {@link #backward}.
     *
     * @param params {@code double[parameterCount()]}, not modified
     * @param x {@code double[inputs()]}, copied
     * @param ws a workspace of this architecture
     * @return {@code double[outputs()]}, the workspace's own array, overwritten by the next forward on {@code ws}
     * @throws IllegalArgumentException if an array has the wrong length or {@code ws} does not match
     */
    double[] forward(double[] params, double[] x, Workspace ws);

    /**
     * Accumulates {@code gradient += scale · (∂out/∂params)ᵀ dOut} at the activations of the last forward on
     * {@code ws}; the derivative at a ReLU kink is 0.
     *
     * @param params the parameters of that forward pass, not modified
     * @param ws the workspace of that forward pass
     * @param dOut {@code double[outputs()]} the cotangent; may be one of the workspace's spare buffers
     * @param scale a factor applied to {@code dOut}
     * @param gradient {@code double[parameterCount()]} added to, never cleared
     * @throws IllegalArgumentException if an array has the wrong length or {@code ws} does not match
     * @throws IllegalStateException if {@code ws} has seen no forward pass
     */
    void backward(double[] params, Workspace ws, double[] dOut, double scale, double[] gradient);

    /**
     * The inner product Σ_k u_k·w_k·g_k of a direction with the gradient g = (∂out/∂params)ᵀ dOut at the
     * activations of the last forward on {@code ws}, summed over the parameters in index order as
     * {@code Vectors.dot(u, w, g)} would sum the formed g (terms where g_k = 0 may be skipped; they add nothing). IQ-Flow's
     * closed-form meta-gradient needs one per replayed sample (⟨∇_θ̂ L, s ⊙ ∇_θ Q⟩, digest 004 §2.5).
     *
     * @param params the parameters of that forward pass, not modified
     * @param ws the workspace of that forward pass
     * @param dOut {@code double[outputs()]} the cotangent
     * @param u {@code double[parameterCount()]} the direction
     * @param w {@code double[parameterCount()]} per-parameter weights, or null for all 1
     * @return the sum
     * @throws IllegalArgumentException if an array has the wrong length or {@code ws} does not match
     * @throws IllegalStateException if {@code ws} has seen no forward pass
     */
    double gradientDot(double[] params, Workspace ws, double[] dOut, double[] u, double[] w);

    /**
     * @return whether the wide dense layers run on SIMD registers, i.e. the JVM was started with
     *     {@code --add-modules jdk.incubator.vector} (as {@code mvn javafx:run} and the tests are); the results are the
     *     same to the bit either way, only the speed differs
     */
    static boolean vectorApi() {
        return DenseLayer.VECTOR_API;
    }

    /**
     * Builds the thesis's network for an observation: a {@link ConvNet} with 6 filters 3×3, stride 1 (Table B.5)
     * when the observation starts with an image, else an {@link Mlp}.
     *
     * @param imageShape {@code {H, W, C}} of the image at the start of x, or null for a vector observation
     * @param inputs the length of x: the image (if any) followed by a vector of {@code inputs − H·W·C} entries
     *     concatenated after the first dense layer
     * @param hidden the dense hidden widths (at least one for an image with a vector part)
     * @param outputs the number of outputs
     * @param outputBias whether the output layer has a bias
     * @return the network
     * @throws IllegalArgumentException if the sizes do not fit
     */
    static Network of(int[] imageShape, int inputs, int[] hidden, int outputs, boolean outputBias) {
        if (imageShape == null) {
            return new Mlp(inputs, hidden, outputs, outputBias);
        }
        Conv2d conv = new Conv2d(imageShape[0], imageShape[1], imageShape[2], 6, 3);
        return new ConvNet(conv, hidden, inputs - conv.inputSize(), outputs, outputBias);
    }

    /** The buffers of one forward/backward pass, with two spare output-sized arrays for callers. */
    interface Workspace {
        /** @return a spare {@code double[outputs]} the network never reads or writes */
        double[] outputScratch();

        /** @return a second spare {@code double[outputs]}, meant for assembling {@code dOut}; never written */
        double[] outputGradient();
    }
}
