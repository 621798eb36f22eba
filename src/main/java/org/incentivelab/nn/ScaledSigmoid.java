package org.incentivelab.nn;

/**
 * A network whose outputs pass through a scaled logistic, r_k = R·σ(z_k) ∈ (0, R): the incentive networks of LIO
 * (thesis 001 Eq. 5.1), the MetaGrad designer (§6.3.2) and IQ-Flow's regulator (seed 004 §4, "sigmoid × 2"). The
 * forward pass and the gradient of a weighted sum of outputs, with ∂r_k/∂z_k = R σ(z_k)(1 − σ(z_k)). One workspace:
 * one thread at a time.
 */
public final class ScaledSigmoid {
    private final Network net;
    private final Network.Workspace ws;
    private final double[] dOut;

    /** @param net the network producing the logits z */
    public ScaledSigmoid(Network net) {
        this.net = net;
        this.ws = net.workspace();
        this.dOut = new double[net.outputs()];
    }

    /** @return the network */
    public Network net() {
        return net;
    }

    /**
     * @param params the network's parameters
     * @param x its input
     * @param scale R &gt; 0
     * @param out {@code double[≤ outputs]} receiving R·σ(z_k) for its first {@code out.length} outputs
     */
    public void forward(double[] params, double[] x, double scale, double[] out) {
        double[] z = net.forward(params, x, ws);
        for (int k = 0; k < out.length; k++) {
            out[k] = scale / (1 + Math.exp(-z[k]));
        }
    }

    /**
     * Accumulates {@code gradient += Σ_k weights[k] · ∂(R·σ(z_k(x)))/∂params}.
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
            double s = 1 / (1 + Math.exp(-z[k]));
            dOut[k] = weights[k] * scale * s * (1 - s);
        }
        net.backward(params, ws, dOut, 1, gradient);
    }
}
