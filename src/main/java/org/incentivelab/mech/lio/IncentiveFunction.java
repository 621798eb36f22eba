package org.incentivelab.mech.lio;

import java.util.List;
import org.incentivelab.env.MarkovGame;
import org.incentivelab.nn.BoundedHead;
import org.incentivelab.nn.Network;
import org.incentivelab.nn.Squash;

/**
 * An incentive function: a network on the input of {@link IncentiveInput} (an observation, one-hot actions and the
 * game's events), ReLU hidden layers, no output bias, a sigmoid output scaled by R_max, so every output lies in
 * [0, R_max]; an MLP for vector observations, the conv net of Table B.5 for Cleanup's images. Parameters η live outside in
 * a flat array, as for {@link Network}. Two uses:
 * <ul>
 *   <li>LIO's r_η^i: O × A^{−i} → [0, R_max]^{N−1} (thesis 001 §5.2 Eq. 5.1, §5.3.2): the giver's observation and
 *       the other agents' actions (in increasing agent order; on Cleanup who fired instead, App. B.4.1), one output
 *       per other agent (no self-reward);</li>
 *   <li>the MetaGrad incentive designer's μ_η (thesis 001 §6.3.2, App. C.2.2): the global observation and every
 *       agent's action (Escape Room) or who fired (Cleanup), one output per incentive type — output k is paid to any
 *       agent whose step has type k ({@link MarkovGame#incentiveType}: its action in Escape Room; fire, collect,
 *       else in Cleanup).</li>
 * </ul>
 */
public final class IncentiveFunction {
    private final BoundedHead head;
    private final IncentiveInput layout;

    /**
     * @param net the network: {@code layout.length()} inputs, one output per recipient or incentive type, no output
     *     bias (an {@link org.incentivelab.nn.Mlp}, or on images a {@link org.incentivelab.nn.ConvNet} whose extra
     *     inputs are the actions and events)
     * @param layout the input layout
     * @throws IllegalArgumentException if the network's input length differs from the layout's
     */
    IncentiveFunction(Network net, IncentiveInput layout) {
        if (net.inputs() != layout.length()) {
            throw new IllegalArgumentException("network inputs " + net.inputs() + " ≠ layout " + layout.length());
        }
        this.head = new BoundedHead(net, Squash.SIGMOID);
        this.layout = layout;
    }

    /**
     * LIO's incentive function of one giver: Escape Room [64, 16] and IPD [16, 8] MLPs (Tables B.3–B.4), on Cleanup
     * conv → FC1 → concat(who fired) → FC2 → linear (Table B.5, App. B.4.1); one output per other agent.
     *
     * @param game the game
     * @param observationSize the giver's observation length (the game's plus Escape Room's given totals)
     * @param hidden hidden layer widths
     * @return the giver's incentive function
     */
    public static IncentiveFunction giver(MarkovGame game, int observationSize, List<Integer> hidden) {
        IncentiveInput layout = IncentiveInput.giver(game, observationSize);
        return new IncentiveFunction(Network.of(game.imageShape(), layout.length(), widths(hidden),
                game.agents() - 1, false), layout);
    }

    /**
     * The MetaGrad designer's μ_η: global observation (and, in Escape Room, all agents' actions; in Cleanup, who
     * fired) → one incentive per incentive type ({@link MarkovGame#incentiveType}).
     *
     * @param game the game
     * @param hidden hidden layer widths d1, d2 ([64, 32] in Table C.1)
     * @return the designer's incentive function
     */
    static IncentiveFunction designer(MarkovGame game, List<Integer> hidden) {
        IncentiveInput layout = IncentiveInput.designer(game);
        return new IncentiveFunction(Network.of(game.globalImageShape(), layout.length(), widths(hidden),
                game.incentiveTypes(), false), layout);
    }

    static int[] widths(List<Integer> hidden) {
        return hidden.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return the network (for the parameter count and initialisation) */
    public Network net() {
        return head.net();
    }

    /**
     * Writes the input x = [o, one-hot actions, events] of a step already played.
     *
     * @param obs the observation before the step, at least {@code layout().observationSize()} long
     * @param gameActions {@code int[N]} the joint action
     * @param giver i, whose own action is left out (LIO), or −1 (designer)
     * @param game the game after the step (for its events)
     * @param x {@code double[net().inputs()]} overwritten
     */
    void input(double[] obs, int[] gameActions, int giver, MarkovGame game, double[] x) {
        System.arraycopy(obs, 0, x, 0, layout.observationSize());
        layout.complete(gameActions, giver, game, x);
    }

    /**
     * @param eta η, {@code double[net().parameterCount()]}
     * @param x the input from {@link #input}
     * @param maxReward R_max &gt; 0
     * @param out {@code double[outputs]} receiving r_k = R_max·σ(z_k), per step: for the k-th other agent (LIO) or
     *     for action k (designer)
     */
    void give(double[] eta, double[] x, double maxReward, double[] out) {
        head.forward(eta, x, maxReward, out);
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
        head.addGradient(eta, x, maxReward, weights, gradient);
    }

    /** @return the slot of recipient j in a giver i's outputs (j ≠ i) */
    static int slot(int giver, int recipient) {
        return recipient < giver ? recipient : recipient - 1;
    }
}
