package org.incentivelab.mech.lio;

import java.util.Arrays;
import org.incentivelab.learn.SoftmaxPolicy;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Network;

/**
 * One agent's softmax MLP policy π_θ trained by REINFORCE on discounted returns-to-go with an entropy bonus
 * (thesis 001 Eqs. 5.3–5.4; loss −Σ_t log π̃(a_t|o_t) G_t − β Σ_t H(π̃(·|o_t)), plain SGD, as in the reference
 * code). It keeps θ and the updated θ̂ of Algorithm 2 side by side, and the per-step scores
 * g_t = ∇_θ log π̃(a_t|o_t) of the last update, which the meta-gradient (Eq. 5.8) needs.
 */
final class PolicyLearner {
    final SoftmaxPolicy policy;
    final double[] theta;
    final double[] thetaHat;
    /** g_t of the last {@link #update}, {@code double[maxSteps][|θ|]}, or null when no meta-gradient needs them. */
    final double[][] scores;
    private final double[] gradient;
    private final double[] probabilities;
    private final Network.Workspace ws;

    /**
     * @param net the policy network: observation → logits
     * @param maxSteps the episode length limit
     * @param keepScores whether {@link #update} keeps the scores g_t (LIO and MetaGrad need them)
     * @param init the initialisation stream
     */
    PolicyLearner(Network net, int maxSteps, boolean keepScores, Rng init) {
        int actions = net.outputs();
        this.policy = new SoftmaxPolicy(net);
        this.theta = new double[net.parameterCount()];
        net.initialize(theta, init);
        this.thetaHat = theta.clone();
        this.scores = keepScores ? new double[maxSteps][theta.length] : null;
        this.gradient = new double[theta.length];
        this.probabilities = new double[actions];
        this.ws = net.workspace();
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
     * Eq. 5.3: θ̂ = θ − lr·∇_θ[−Σ_t log π̃(a_t|o_t) G_t − β Σ_t H_t], keeping the scores g_t.
     *
     * @param tau the trajectory
     * @param agent this agent's index in it
     * @param returns G_t, {@code double[≥ tau.steps()]}
     * @param epsilon the exploration floor used in τ
     * @param lr α_θ
     * @param entropy β, the entropy coefficient
     */
    void update(Trajectory tau, int agent, double[] returns, double epsilon, double lr, double entropy) {
        Arrays.fill(gradient, 0);
        for (int t = 0; t < tau.steps; t++) {
            double[] g = scores == null ? null : scores[t];
            if (g != null) {
                Arrays.fill(g, 0);
            }
            policy.addGradients(theta, tau.obs[t][agent], tau.actions[t][agent], epsilon, returns[t], entropy,
                    gradient, g, ws);
        }
        for (int p = 0; p < theta.length; p++) {
            thetaHat[p] = theta[p] + lr * gradient[p];
        }
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
        for (double x : theta) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
