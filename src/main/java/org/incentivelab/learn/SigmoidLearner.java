package org.incentivelab.learn;

import org.incentivelab.math.Logistic;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Rng;

/**
 * A one-parameter learner of thesis 003 §4.2: P(C) = σ(θ) = e^θ/(1 + e^θ), P(D) = 1 − P(C).
 *
 * <p>It ascends its own total value V_i + V^p_i (Eq. 4.1) with its optimiser, either from samples
 * (actor-critic: gradient of log π(a) = a − P(C) times the critic's δ) or from the exact expected
 * gradient ∂V^tot_i/∂θ = p(1 − p)·Δ^tot_i (digest 003 §4.10). The mechanism never touches θ directly;
 * it reads {@link #probability()} for its look-ahead.
 */
public final class SigmoidLearner {
    private final double[] theta = new double[1];
    private final double[] grad = new double[1];
    private final Optimizer optimizer;
    private final CentralizedCritic critic;
    private final double learningRate;

    /**
     * @param initialCooperation initial P(C) in (0, 1); the thesis uses 0.25
     * @param optimizer the actor's optimiser kind (the reference code: Adam)
     * @param lr η_i, the learning rate (0.01 in the thesis)
     * @param critic the centralised critic for sampled mode, or null in exact mode
     */
    public SigmoidLearner(double initialCooperation, Optimizer.Kind optimizer, double lr, CentralizedCritic critic) {
        this.theta[0] = Logistic.logit(initialCooperation);
        this.optimizer = optimizer.create(lr, 1);
        this.critic = critic;
        this.learningRate = lr;
    }

    /** @return P(C) = σ(θ) */
    public double probability() {
        return Logistic.sigmoid(theta[0]);
    }

    /** @return θ, the policy's logit */
    public double theta() {
        return theta[0];
    }

    /** @return η_i, the learning rate the planner's look-ahead assumes */
    public double learningRate() {
        return learningRate;
    }

    /** @param rng the learner's stream @return 1 (cooperate) with probability P(C), else 0 (defect) */
    public int act(Rng rng) {
        return rng.bernoulli(probability()) ? 1 : 0;
    }

    /**
     * One actor-critic step on a sampled round (reference code order: critic first, then actor on δ).
     *
     * @param action the action taken, 0 = D, 1 = C
     * @param reward total reward of the round (environment + incentive), per round
     * @param probabilities {@code double[N]} every player's P(C) this round, the critic's input
     * @throws IllegalStateException if this learner was built without a critic
     */
    public void learnSampled(int action, double reward, double[] probabilities) {
        if (critic == null) {
            throw new IllegalStateException("a learner in exact mode has no critic");
        }
        double delta = critic.learn(probabilities, reward);
        grad[0] = -(action - probability()) * delta; // loss −log π(a)·δ
        optimizer.step(theta, grad);
    }

    /**
     * One step up the exact expected gradient.
     *
     * @param dValueDp ∂V^tot_i/∂p_i = Δ^tot_i, per round
     */
    public void learnExact(double dValueDp) {
        double p = probability();
        grad[0] = -p * (1 - p) * dValueDp;
        optimizer.step(theta, grad);
    }
}
