package org.incentivelab.mech.lio;

import org.incentivelab.learn.SoftmaxPolicy;
import org.incentivelab.math.Adam;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Network;

/**
 * The dual-RL (d) incentive designer of thesis 001 App. C.2.2: a categorical policy over the |S_r|^{|A|} joint
 * choices of one incentive level per action type (the action integer decoded in base |S_r|, one digit per action
 * type, as in the reference code), on the designer's input (global observation and all actions), trained by
 * REINFORCE with an entropy bonus and Adam on R^ID minus the incentives paid.
 */
final class DiscreteDesigner {
    /** The incentive set S_r of the lab: the middle of the thesis's three, {0, 1.1, 2.0}, scaled to R_max = 2. */
    static final double[] LEVELS = {0, 0.55, 1.0};

    final double[] params;
    private final SoftmaxPolicy policy;
    private final Network.Workspace ws;
    private final Adam optimizer;
    private final double[] probabilities;
    private final double[] gradient;
    private final int actionTypes;

    /** @return |levels|^types, the number of joint choices */
    static int choices(int actionTypes) {
        return (int) Math.round(Math.pow(LEVELS.length, actionTypes));
    }

    /**
     * @param net the policy network, with {@link #choices(int)} outputs
     * @param actionTypes the incentive types, each paid one level
     * @param learningRate the Adam learning rate
     * @param init the initialisation stream
     */
    DiscreteDesigner(Network net, int actionTypes, double learningRate, Rng init) {
        int choices = choices(actionTypes);
        this.policy = new SoftmaxPolicy(net);
        this.params = new double[net.parameterCount()];
        net.initialize(params, init);
        this.ws = net.workspace();
        this.optimizer = new Adam(learningRate, params.length);
        this.probabilities = new double[choices];
        this.gradient = new double[params.length];
        this.actionTypes = actionTypes;
    }

    /**
     * Samples a choice and writes the incentive per action type.
     *
     * @param input the designer's input
     * @param maxReward R_max (the levels are fractions of it)
     * @param rng the designer's stream
     * @param perAction {@code double[|A|]} receiving the incentive for each action type
     * @return the choice index (recorded for the update)
     */
    int give(double[] input, double maxReward, Rng rng, double[] perAction) {
        policy.probabilities(params, input, 0, probabilities, ws);
        int choice = SoftmaxPolicy.sample(probabilities, rng);
        int digits = choice;
        for (int k = 0; k < actionTypes; k++) {
            perAction[k] = LEVELS[digits % LEVELS.length] * maxReward;
            digits /= LEVELS.length;
        }
        return choice;
    }

    /** Accumulates ∇[weight·log π(choice|input) + entropy·H(π(·|input))]. */
    void addScore(double[] input, int choice, double weight, double entropy) {
        policy.addGradient(params, input, choice, 0, weight, entropy, gradient, ws);
    }

    /** One Adam step up the accumulated gradient, which is then cleared. */
    void ascend() {
        for (int p = 0; p < gradient.length; p++) {
            gradient[p] = -gradient[p];
        }
        optimizer.step(params, gradient);
        java.util.Arrays.fill(gradient, 0);
    }
}
