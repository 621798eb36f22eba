package org.incentivelab.nn;

/**
 * A network whose outputs are squashed into payments r_k = R·s(z_k) ∈ [0, R) ({@link Squash}): the incentive networks
 * of LIO (thesis 001 Eq. 5.1), the MetaGrad designer (§6.3.2) and IQ-Flow's regulator (seed 004 §4). The forward pass
 * and the gradient of a weighted sum of outputs. One workspace: one thread at a time.
 */
public final class BoundedHead {
    private final Network net;
    private final Squash squash;
    private final Network.Workspace ws;
    private final double[] dOut;

    /**
     * @param net the network producing the logits z
     * @param squash how a logit becomes a payment
     */
    public BoundedHead(Network net, Squash squash) {
        this.net = net;
        this.squash = squash;
        this.ws = net.workspace();
        this.dOut = new double[net.outputs()];
    }

    /** @return the network */
    public Network net() {
        return net;
    }

    /** @return how a logit becomes a payment */
    public Squash squash() {
        return squash;
    }

    /**
     * @param params the network's parameters
     * @param x its input
     * @param scale R &gt; 0
     * @param out {@code double[≤ outputs]} receiving R·s(z_k) for its first {@code out.length} outputs
     */
    public void forward(double[] params, double[] x, double scale, double[] out) {
        double[] z = net.forward(params, x, ws);
        for (int k = 0; k < out.length; k++) {
            out[k] = squash.value(z[k], scale);
        }
    }

    /**
     * Accumulates {@code gradient += Σ_k weights[k] · ∂(R·s(z_k(x)))/∂params}.
     *
     * @param params the network's parameters
     * @param x its input
     * @param scale R
     * @param weights {@code double[outputs]}
     * @param gradient {@code double[parameterCount()]} added to
     */
    public void addGradient(double[] params, double[] x, double scale, double[] weights, double[] gradient) {
        double[] z = net.forward(params, x, ws);
        for (int k = 0; k < dOut.length; k++) {
            dOut[k] = squash.slope(z[k], scale, weights[k]);
        }
        net.backward(params, ws, dOut, 1, gradient);
    }
}
