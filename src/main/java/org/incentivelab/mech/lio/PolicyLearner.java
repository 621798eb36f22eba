package org.incentivelab.mech.lio;

import java.util.Arrays;
import org.incentivelab.learn.SoftmaxPolicy;
import org.incentivelab.learn.StepReduction;
import org.incentivelab.math.Adam;
import org.incentivelab.math.Finite;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Network;

/**
 * One agent's softmax MLP policy π_θ trained by REINFORCE on discounted returns-to-go with an entropy bonus
 * (thesis 001 Eqs. 5.3–5.4; loss −Σ_t log π̃(a_t|o_t) G_t − β Σ_t H(π̃(·|o_t)), plain SGD, as in the reference
 * code, or Adam, as IQ-Flow's reference agents on Cleanup: {@link org.incentivelab.learn.PolicyConfig#optimizer}).
 * It keeps θ and the updated θ̂ of Algorithm 2 side by side, and the per-step scores
 * g_t = ∇_θ log π̃(a_t|o_t) of the last update, which the meta-gradient (Eq. 5.8) needs. With parameter sharing
 * ({@link #sharing}) several learners, one per agent, alias one θ and θ̂: each keeps its own gradient and scores of
 * its agent's steps, and one of them steps θ̂ on their sum ({@link #step(PolicyLearner[])}). With
 * {@link StepReduction#MEAN} the step divides that sum by its number of samples (steps × sharing agents).
 */
final class PolicyLearner {
    final SoftmaxPolicy policy;
    final double[] theta;
    final double[] thetaHat;
    /** g_t of the last {@link #accumulate}, {@code double[maxSteps][|θ|]}, or null when no meta-gradient needs them. */
    final double[][] scores;
    private final double[] gradient;
    /** α_θ. */
    private final double lr;
    private final StepReduction reduction;
    /** The steps of the episode last {@link #accumulate}d. */
    private int steps;
    /** α_θ as the last {@link #step} applied it to the summed direction: α_θ, or α_θ / samples for the mean. */
    private double stepRate;
    /** The step's Adam, shared by the learners that share θ; null for plain SGD. */
    private final Adam adam;
    /** −(the summed direction), the gradient Adam descends; null for plain SGD. */
    private final double[] descent;
    private final double[] probabilities;
    private final Network.Workspace ws;
    private final PolicyLearner[] alone = {this};

    /**
     * @param net the policy network: observation → logits
     * @param maxSteps the episode length limit
     * @param keepScores whether {@link #accumulate} keeps the scores g_t (LIO and MetaGrad need them)
     * @param optimizer how {@link #step} moves θ̂: plain SGD or Adam
     * @param lr α_θ, &gt; 0
     * @param reduction whether {@link #step} follows the sum of the samples' directions or their mean
     * @param init the initialisation stream
     */
    PolicyLearner(Network net, int maxSteps, boolean keepScores, Optimizer.Kind optimizer, double lr,
            StepReduction reduction, Rng init) {
        this(new SoftmaxPolicy(net), initialized(net, init), maxSteps, keepScores, lr, reduction,
                optimizer == Optimizer.Kind.ADAM ? new Adam(lr, net.parameterCount()) : null);
    }

    private PolicyLearner(SoftmaxPolicy policy, double[] theta, int maxSteps, boolean keepScores, double lr,
            StepReduction reduction, Adam adam) {
        this(policy, theta, theta.clone(), maxSteps, keepScores, lr, reduction, adam);
    }

    private PolicyLearner(SoftmaxPolicy policy, double[] theta, double[] thetaHat, int maxSteps, boolean keepScores,
            double lr, StepReduction reduction, Adam adam) {
        this.policy = policy;
        this.theta = theta;
        this.thetaHat = thetaHat;
        this.scores = keepScores ? new double[maxSteps][theta.length] : null;
        this.gradient = new double[theta.length];
        this.lr = lr;
        this.reduction = reduction;
        this.stepRate = lr;
        this.adam = adam;
        this.descent = adam == null ? null : new double[theta.length];
        this.probabilities = new double[policy.net().outputs()];
        this.ws = policy.net().workspace();
    }

    private static double[] initialized(Network net, Rng init) {
        double[] theta = new double[net.parameterCount()];
        net.initialize(theta, init);
        return theta;
    }

    /**
     * Draws θ afresh (θ̂ = θ) and forgets Adam's moments: IQ-Flow's agent reset (digest 004 §2.7). A learner sharing
     * this one's θ is reset too.
     *
     * @param init the new initialisation stream
     */
    void reinitialize(Rng init) {
        policy.net().initialize(theta, init);
        System.arraycopy(theta, 0, thetaHat, 0, theta.length);
        if (adam != null) {
            adam.reset();
        }
    }

    /**
     * @param maxSteps the episode length limit
     * @return a learner for another agent that shares this one's policy, θ and θ̂ (parameter sharing), with its own
     *     gradient, scores (if this one keeps them) and workspace
     */
    PolicyLearner sharing(int maxSteps) {
        return new PolicyLearner(policy, theta, thetaHat, maxSteps, scores != null, lr, reduction, adam);
    }

    /** @return an action sampled from π̃(·|obs) under θ (hat = false) or θ̂ (hat = true) */
    int act(boolean hat, double[] obs, double epsilon, Rng rng) {
        policy.probabilities(hat ? thetaHat : theta, obs, epsilon, probabilities, ws);
        return SoftmaxPolicy.sample(probabilities, rng);
    }

    /** Writes π̃(·|obs) under θ into {@code out}. */
    void probabilities(double[] obs, double epsilon, double[] out) {
        policy.probabilities(theta, obs, epsilon, out, ws);
    }

    /**
     * The ascent direction of Eq. 5.3 for this learner's agent, ∇_θ[Σ_t log π̃(a_t|o_t) G_t + β Σ_t H_t], kept
     * with the scores g_t until {@link #step}.
     *
     * @param tau the trajectory
     * @param agent this agent's index in it
     * @param returns G_t, {@code double[≥ tau.steps()]}
     * @param epsilon the exploration floor used in τ
     * @param entropy β, the entropy coefficient
     */
    void accumulate(Trajectory tau, int agent, double[] returns, double epsilon, double entropy) {
        Arrays.fill(gradient, 0);
        steps = tau.steps;
        for (int t = 0; t < tau.steps; t++) {
            double[] g = scores == null ? null : scores[t];
            if (g != null) {
                Arrays.fill(g, 0);
            }
            policy.addGradients(theta, tau.obs[t][agent], tau.actions[t][agent], epsilon, returns[t], entropy,
                    gradient, g, ws);
        }
    }

    /** Eq. 5.3 for this learner alone: θ̂ = θ + α_θ·(its accumulated direction), or Adam's step on it. */
    void step() {
        step(alone);
    }

    /**
     * θ̂ = θ + α_θ·Σ_k (the accumulated direction of learner k) over the learners of all agents that share this θ
     * (parameter sharing), the sum divided by Σ_k (learner k's steps) for {@link StepReduction#MEAN}; with Adam,
     * θ̂ = θ moved by Adam's step on that sum or mean.
     *
     * @param sharers the learners whose directions are summed, each aliasing this θ
     */
    void step(PolicyLearner[] sharers) {
        System.arraycopy(theta, 0, thetaHat, 0, theta.length);
        int samples = 0;
        for (PolicyLearner k : sharers) {
            samples += k.steps;
        }
        double scale = reduction == StepReduction.MEAN ? 1.0 / Math.max(1, samples) : 1;
        double rate = lr * scale;
        for (PolicyLearner k : sharers) {
            k.stepRate = rate;
        }
        if (adam == null) {
            for (PolicyLearner k : sharers) {
                for (int p = 0; p < theta.length; p++) {
                    thetaHat[p] += rate * k.gradient[p];
                }
            }
            return;
        }
        Arrays.fill(descent, 0);
        for (PolicyLearner k : sharers) {
            for (int p = 0; p < theta.length; p++) {
                descent[p] -= scale * k.gradient[p];
            }
        }
        adam.step(thetaHat, descent);
    }

    /**
     * @return the factor the last {@link #step} applied to this learner's summed direction: α_θ, or α_θ over the
     *     step's samples for {@link StepReduction#MEAN} — what a meta-gradient through that step multiplies by
     */
    double stepRate() {
        return stepRate;
    }

    /**
     * v = ∇_θ̂ of a giver's loss −Σ_t log π_θ̂(â_t|ô_t) Ĝ_t on τ̂ (Eq. 5.10), with the plain softmax (no ε), as the
     * reference code's "PolicyNew".
     *
     * @param tauHat τ̂
     * @param agent this agent's index in it
     * @param giverReturns the giver's extrinsic returns-to-go Ĝ_t on τ̂
     * @param v {@code double[|θ|]} overwritten
     */
    void giverLossGradient(Trajectory tauHat, int agent, double[] giverReturns, double[] v) {
        Arrays.fill(v, 0);
        for (int t = 0; t < tauHat.steps; t++) {
            policy.addGradient(thetaHat, tauHat.obs[t][agent], tauHat.actions[t][agent], 0, -giverReturns[t], 0, v,
                    ws);
        }
    }

    /** @return the giver's loss −Σ_t log π_θ̂(â_t|ô_t) Ĝ_t under θ̂ (for finite-difference checks) */
    double giverLoss(Trajectory tauHat, int agent, double[] giverReturns) {
        double loss = 0;
        for (int t = 0; t < tauHat.steps; t++) {
            loss -= giverReturns[t] * policy.logProbability(thetaHat, tauHat.obs[t][agent],
                    tauHat.actions[t][agent], 0, ws);
        }
        return loss;
    }

    /** θ ← θ̂ (Algorithm 2, step 2e). */
    void commit() {
        System.arraycopy(thetaHat, 0, theta, 0, theta.length);
    }

    /** @return whether θ is all finite */
    boolean finite() {
        return Finite.all(theta);
    }
}
