package org.incentivelab.nn;

/**
 * A network that ignores its input and always feeds the wrapped network the same fixed vector, so its output is a
 * learned constant. It reproduces IQ-Flow's reference value networks V_env and V_ind for vector observations
 * (digest 004 §2.6: {@code CentralizedInterestVNetMLP} applies its MLP to the tuple of its own layer sizes
 * (n_h1, n_h2, N) instead of the observation, so V^i(s) is the same for every state s). Everything but the input is
 * the wrapped network's.
 */
public final class FixedInput extends DelegatingNetwork {
    private final int inputs;
    private final double[] input;

    /**
     * @param net the network applied to the fixed vector
     * @param inputs the length of the inputs this network accepts and ignores, ≥ 0
     * @param input the fixed vector, {@code double[net.inputs()]} (copied)
     * @throws IllegalArgumentException if {@code input.length != net.inputs()} or {@code inputs < 0}
     */
    public FixedInput(Network net, int inputs, double[] input) {
        super(net);
        if (input.length != net.inputs() || inputs < 0) {
            throw new IllegalArgumentException("fixed input of length " + input.length + " for a network of "
                    + net.inputs() + " inputs, accepting " + inputs);
        }
        this.inputs = inputs;
        this.input = input.clone();
    }

    @Override
    public int inputs() {
        return inputs;
    }

    /** @return the wrapped network's output at the fixed vector, whatever {@code x} is */
    @Override
    public double[] forward(double[] params, double[] x, Workspace ws) {
        return net.forward(params, input, ws);
    }
}
