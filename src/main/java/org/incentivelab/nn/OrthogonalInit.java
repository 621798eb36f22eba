package org.incentivelab.nn;

import org.incentivelab.math.Rng;

/**
 * A network whose {@link #initialize} is the orthogonal one ({@link Network#initializeOrthogonal}) with a fixed
 * gain: JAXRL's {@code default_init}, orthogonal with gain √2 for every dense layer, used by IQ-Flow's reference
 * critics and incentive network (digest 004 §2.6). Everything else is the wrapped network's.
 */
public final class OrthogonalInit implements Network {
    /** JAXRL's default gain, √2. */
    public static final double RELU_GAIN = Math.sqrt(2);

    private final Network net;
    private final double gain;

    /**
     * @param net the network
     * @param gain the orthogonal scale, &gt; 0
     * @throws IllegalArgumentException if the gain is not positive
     */
    public OrthogonalInit(Network net, double gain) {
        if (!(gain > 0)) {
            throw new IllegalArgumentException("orthogonal gain must be > 0, got " + gain);
        }
        this.net = net;
        this.gain = gain;
    }

    @Override
    public int inputs() {
        return net.inputs();
    }

    @Override
    public int outputs() {
        return net.outputs();
    }

    @Override
    public int parameterCount() {
        return net.parameterCount();
    }

    @Override
    public void initialize(double[] params, Rng rng) {
        net.initializeOrthogonal(params, rng, gain);
    }

    @Override
    public void initializeOrthogonal(double[] params, Rng rng, double scale) {
        net.initializeOrthogonal(params, rng, scale);
    }

    @Override
    public Workspace workspace() {
        return net.workspace();
    }

    @Override
    public double[] forward(double[] params, double[] x, Workspace ws) {
        return net.forward(params, x, ws);
    }

    @Override
    public void backward(double[] params, Workspace ws, double[] dOut, double scale, double[] gradient) {
        net.backward(params, ws, dOut, scale, gradient);
    }

    @Override
    public double gradientDot(double[] params, Workspace ws, double[] dOut, double[] u, double[] w) {
        return net.gradientDot(params, ws, dOut, u, w);
    }
}
