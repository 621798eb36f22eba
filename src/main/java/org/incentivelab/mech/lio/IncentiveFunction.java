package org.incentivelab.mech.lio;

import java.util.List;
import org.incentivelab.nn.Mlp;

/**
 * LIO's incentive function r_η^i: O × A^{−i} → [0, R_max]^{N−1} (thesis 001 §5.2 Eq. 5.1, §5.3.2): an MLP on the
 * giver's observation concatenated with the one-hot actions of the other agents (in increasing agent order),
 * ReLU hidden layers, no output bias, a sigmoid output scaled by R_max, one output per other agent (no
 * self-reward). Parameters η live outside in a flat array, as for {@link Mlp}.
 */
public final class IncentiveFunction {
    private final Mlp net;
    private final int observationSize;
    private final int actions;
    private final int agents;
    private final Mlp.Workspace ws;
    private final double[] dOut;

    /**
     * @param observationSize the giver's observation length
     * @param actions |A| of the game
     * @param agents N ≥ 2
     * @param hidden hidden layer widths ([64, 16] Escape Room, [16, 8] IPD)
     */
    public IncentiveFunction(int observationSize, int actions, int agents, List<Integer> hidden) {
        this.observationSize = observationSize;
        this.actions = actions;
        this.agents = agents;
        this.net = new Mlp(observationSize + (agents - 1) * actions,
                hidden.stream().mapToInt(Integer::intValue).toArray(), agents - 1, false);
        this.ws = net.workspace();
        this.dOut = new double[agents - 1];
    }

    /** @return the network (for the parameter count and initialisation) */
    public Mlp net() {
        return net;
    }

    /**
     * Writes the input x = [o^i, one-hot(a^k) for k ≠ i].
     *
     * @param obs {@code double[observationSize]} the giver's observation
     * @param gameActions {@code int[N]} the joint action
     * @param giver i
     * @param x {@code double[net().inputs()]} overwritten
     */
    void input(double[] obs, int[] gameActions, int giver, double[] x) {
        System.arraycopy(obs, 0, x, 0, observationSize);
        java.util.Arrays.fill(x, observationSize, x.length, 0);
        int slot = 0;
        for (int k = 0; k < agents; k++) {
            if (k != giver) {
                x[observationSize + slot * actions + gameActions[k]] = 1;
                slot++;
            }
        }
    }

    /**
     * @param eta η, {@code double[net().parameterCount()]}
     * @param x the input from {@link #input}
     * @param maxReward R_max &gt; 0
     * @param out {@code double[N − 1]} receiving r_k = R_max·σ(z_k), per step, for the k-th other agent
     */
    void give(double[] eta, double[] x, double maxReward, double[] out) {
        double[] z = net.forward(eta, x, ws);
        for (int k = 0; k < out.length; k++) {
            out[k] = maxReward / (1 + Math.exp(-z[k]));
        }
    }

    /**
     * Accumulates {@code gradient += Σ_k weights[k] · ∂r_k(x)/∂η}, with ∂r_k/∂z_k = R_max σ(z_k)(1 − σ(z_k)).
     *
     * @param eta η
     * @param x the input from {@link #input}
     * @param maxReward R_max
     * @param weights {@code double[N − 1]}
     * @param gradient {@code double[net().parameterCount()]} added to
     */
    void addGradient(double[] eta, double[] x, double maxReward, double[] weights, double[] gradient) {
        double[] z = net.forward(eta, x, ws);
        for (int k = 0; k < dOut.length; k++) {
            double s = 1 / (1 + Math.exp(-z[k]));
            dOut[k] = weights[k] * maxReward * s * (1 - s);
        }
        net.backward(eta, ws, dOut, 1, gradient);
    }

    /** @return the slot of recipient j in a giver i's outputs (j ≠ i) */
    static int slot(int giver, int recipient) {
        return recipient < giver ? recipient : recipient - 1;
    }
}
