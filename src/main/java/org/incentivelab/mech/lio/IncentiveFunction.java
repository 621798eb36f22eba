package org.incentivelab.mech.lio;

import java.util.List;
import org.incentivelab.nn.Mlp;

/**
 * An incentive function: an MLP on an observation concatenated with one-hot actions, ReLU hidden layers, no
 * output bias, a sigmoid output scaled by R_max, so every output lies in [0, R_max]. Parameters η live outside in
 * a flat array, as for {@link Mlp}. Two uses:
 * <ul>
 *   <li>LIO's r_η^i: O × A^{−i} → [0, R_max]^{N−1} (thesis 001 §5.2 Eq. 5.1, §5.3.2): the giver's observation and
 *       the other agents' actions (in increasing agent order), one output per other agent (no self-reward);</li>
 *   <li>the MetaGrad incentive designer's μ_η (thesis 001 §6.3.2, App. C.2.2): the global observation and every
 *       agent's action, one output per action type — output k is paid to any agent that takes action k.</li>
 * </ul>
 */
public final class IncentiveFunction {
    private final Mlp net;
    private final int observationSize;
    private final int actions;
    private final int excluded;
    private final Mlp.Workspace ws;
    private final double[] dOut;

    /**
     * LIO's incentive function of one giver: sees the N − 1 other agents' actions, pays each of them.
     *
     * @param observationSize the giver's observation length
     * @param actions |A| of the game
     * @param agents N ≥ 2
     * @param hidden hidden layer widths ([64, 16] Escape Room, [16, 8] IPD)
     */
    public IncentiveFunction(int observationSize, int actions, int agents, List<Integer> hidden) {
        this(observationSize, actions, agents, true, agents - 1, hidden);
    }

    /**
     * @param observationSize the observation length
     * @param actions |A| of the game
     * @param agents N ≥ 2
     * @param excludesGiver true: the input holds the actions of the N − 1 agents other than the giver passed to
     *     {@link #input}; false: of all N agents
     * @param outputs the number of outputs
     * @param hidden hidden layer widths
     */
    IncentiveFunction(int observationSize, int actions, int agents, boolean excludesGiver, int outputs,
            List<Integer> hidden) {
        this.observationSize = observationSize;
        this.actions = actions;
        this.excluded = excludesGiver ? 1 : 0;
        this.net = new Mlp(observationSize + (agents - excluded) * actions,
                hidden.stream().mapToInt(Integer::intValue).toArray(), outputs, false);
        this.ws = net.workspace();
        this.dOut = new double[outputs];
    }

    /**
     * The MetaGrad designer's μ_η: global observation and all agents' actions → one incentive per action type.
     *
     * @param observationSize the designer's observation length (Escape Room: 3N, every agent's position)
     * @param actions |A| of the game, also the number of outputs
     * @param agents N
     * @param hidden hidden layer widths d1, d2 ([64, 32] in Table C.1)
     * @return the designer's incentive function
     */
    static IncentiveFunction designer(int observationSize, int actions, int agents, List<Integer> hidden) {
        return new IncentiveFunction(observationSize, actions, agents, false, actions, hidden);
    }

    /** @return the network (for the parameter count and initialisation) */
    public Mlp net() {
        return net;
    }

    /**
     * Writes the input x = [o, one-hot(a^k) for k ≠ i] (LIO) or [o, one-hot(a^k) for every k] (designer).
     *
     * @param obs {@code double[observationSize]} the observation
     * @param gameActions {@code int[N]} the joint action
     * @param giver i, whose own action is left out (LIO), or −1 (designer)
     * @param x {@code double[net().inputs()]} overwritten
     */
    void input(double[] obs, int[] gameActions, int giver, double[] x) {
        System.arraycopy(obs, 0, x, 0, observationSize);
        writeActions(gameActions, actions, excluded == 1 ? giver : -1, x, observationSize);
    }

    /**
     * Writes the one-hot actions of every agent but {@code skip}, in increasing agent order, from {@code offset} to
     * the end of {@code x} (which is cleared there first).
     *
     * @param gameActions {@code int[N]} the joint action
     * @param actions |A|
     * @param skip the agent left out, or −1 for none
     * @param x the input vector
     * @param offset where the actions start
     */
    static void writeActions(int[] gameActions, int actions, int skip, double[] x, int offset) {
        java.util.Arrays.fill(x, offset, x.length, 0);
        int slot = 0;
        for (int k = 0; k < gameActions.length; k++) {
            if (k != skip) {
                x[offset + slot * actions + gameActions[k]] = 1;
                slot++;
            }
        }
    }

    /**
     * @param eta η, {@code double[net().parameterCount()]}
     * @param x the input from {@link #input}
     * @param maxReward R_max &gt; 0
     * @param out {@code double[outputs]} receiving r_k = R_max·σ(z_k), per step: for the k-th other agent (LIO) or
     *     for action k (designer)
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
     * @param weights {@code double[outputs]}
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
