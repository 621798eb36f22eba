package org.incentivelab.nn;

import org.incentivelab.math.Rng;

/**
 * A network that hands every call to a wrapped one; a subclass overrides the calls it changes ({@link
 * OrthogonalInit} the initialisation, {@link FixedInput} the input).
 */
abstract class DelegatingNetwork implements Network {
    /** The wrapped network. */
    final Network net;

    DelegatingNetwork(Network net) {
        this.net = net;
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
        net.initialize(params, rng);
    }

    @Override
    public void initializeOrthogonal(double[] params, Rng rng, double gain) {
        net.initializeOrthogonal(params, rng, gain);
    }

    @Override
    public void scaleOutputWeights(double[] params, double factor) {
        net.scaleOutputWeights(params, factor);
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
