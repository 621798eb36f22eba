package org.incentivelab.mech.lio;

import java.util.Arrays;
import org.incentivelab.env.MarkovGame;
import java.util.List;
import org.incentivelab.math.Adam;
import org.incentivelab.math.Finite;
import org.incentivelab.math.Rng;
import org.incentivelab.math.Vectors;
import org.incentivelab.nn.Network;

/**
 * The MetaGrad incentive designer of thesis 001 ch. 6 (§6.2, Algorithm 3; App. C.2.2 for Escape Room): a central
 * incentive function μ_η on the global observation and all agents' actions, with one sigmoid output per action
 * type scaled to (0, R_max); every agent that takes action k is paid μ_η(s, a)_k. After the agents' inner
 * policy-gradient step θ → θ̂ on τ (Eq. 6.3, M = 1), η takes an Adam step along the meta-gradient of the designer's
 * objective measured on τ̂ played with θ̂ (Eq. 6.4), and a separate Adam step against the cost ψ = Σ_t γ^t Σ_i u_t^i
 * on τ (reference config: lr_cost, reg_coeff 1).
 *
 * <p>Outer objective. Eq. 6.5 is PPO-like, min(r A, clip(r) A) with r = π_θ̂(η)/stopgrad(π_θ̂(η)); with one outer
 * step per iteration r = 1 and its gradient is Σ_t A_t ∇_η log π_θ̂(η)(â_t), the clip never acting. As A_t the lab
 * takes the designer's reward-to-go Ĝ^ID_t = Σ_{l≥t} γ^{l−t} Σ_i r^{i,env}_l on τ̂ (Escape Room: no designer
 * critic), or with a {@link DesignerCritic} (Cleanup, Table C.3) the GAE advantages of its value network, fitted on τ
 * first as the reference does; either way the chain rule is LIO's (digest 001 §3.1) with the designer's
 * Jacobian: ∇_η = Σ_j Σ_l w^j_l ∂u^j_l/∂η, w^j_l = Σ_{t≤l} γ^{l−t} α (g^j_t · v^j) with α the rate of the step
 * the agents took ({@link PolicyLearner#stepRate()}: α_θ, or α_θ/(T·n) for the reference Cleanup agents' mean step;
 * the reference designer differentiates a summed copy of that step, a constant factor its Adam step does not see),
 * v^j = ∇_θ̂ of −Σ_t log π_θ̂^j(â^j_t) Ĝ^ID_t. Training R^ID excludes the incentives (§6.3.2 footnote); the test
 * accounting subtracts them. With parameter sharing the agents' θ̂ is one vector, so v = ∇_θ̂ Σ_k −Σ_t log π_θ̂(â^k_t|ô^k_t)
 * Ĝ^ID_t is the same for every agent j and w^j_l pairs it with agent j's own scores g^j.
 */
final class MetaGradDesigner {
    final IncentiveFunction net;
    final double[] eta;
    private final Adam rewardOptimizer;
    private final Adam costOptimizer;
    private final int n;
    /** A_0 … A_{T−1} of the outer step ({@link #advantages}), {@code double[maxSteps]}. */
    private final double[] advantage;
    private final double[] v;
    /** Parameter sharing: the sum of the agents' v (null without sharing). */
    private final double[] sharedV;
    private final double[][] weights;
    private final double[] dOut;
    private final double[] gradient;
    private final double[] costGradient;
    /** The designer's critic, or null for the reward-to-go advantage. */
    private final ValueCritic critic;
    private final DesignerCritic criticConfig;
    /** The critic's inputs s_0 … s_T, {@code double[maxSteps + 1][global observation]} (null without a critic). */
    private final double[][] states;
    /** V(s_0) … V(s_T) and the per-step designer rewards r^ID_t of the episode the critic reads. */
    private final double[] values;
    private final double[] rewards;

    /**
     * @param thetaSize |θ| of one agent's policy
     * @param sharedPolicies whether the agents share one θ
     *     ({@link org.incentivelab.learn.PolicyConfig#sharedParameters})
     */
    MetaGradDesigner(MarkovGame game, int thetaSize, boolean sharedPolicies, IncentiveConfig config, Rng init) {
        int agents = game.agents();
        int maxSteps = game.maxSteps();
        this.net = IncentiveFunction.designer(game, config.hidden());
        this.eta = new double[net.net().parameterCount()];
        net.net().initialize(eta, init);
        this.rewardOptimizer = new Adam(config.learningRate(), eta.length);
        this.costOptimizer = new Adam(config.costLearningRate(), eta.length);
        this.n = agents;
        this.advantage = new double[maxSteps];
        this.v = new double[thetaSize];
        this.sharedV = sharedPolicies ? new double[thetaSize] : null;
        this.weights = new double[maxSteps][agents];
        this.dOut = new double[game.incentiveTypes()];
        this.gradient = new double[eta.length];
        this.costGradient = new double[eta.length];
        this.criticConfig = config.designerCritic();
        this.critic = criticConfig == null ? null
                : new ValueCritic(Network.of(game.globalImageShape(), game.globalObservationSize(),
                        IncentiveFunction.widths(config.hidden()), 1, true), criticConfig.learningRate(), init);
        this.states = critic == null ? null : new double[maxSteps + 1][game.globalObservationSize()];
        this.values = critic == null ? null : new double[maxSteps + 1];
        this.rewards = critic == null ? null : new double[maxSteps];
    }

    /**
     * One outer step: the meta-gradient step and the cost step, both from the current η.
     *
     * @param separateCost whether the cost has its own Adam optimiser (else α·∇ψ joins the meta-gradient)
     */
    void learn(Trajectory tau, Trajectory tauHat, PolicyLearner[] learners, double gamma, double carry,
            double maxReward, double costWeight, boolean separateCost) {
        if (critic != null) {
            fitCritic(tau, gamma);
        }
        metaGradient(tau, tauHat, learners, gamma, carry, maxReward, gradient);
        Arrays.fill(costGradient, 0);
        addCostGradient(tau, gamma, maxReward, costGradient);
        for (int p = 0; p < eta.length; p++) {
            costGradient[p] *= costWeight;
        }
        if (separateCost) {
            rewardOptimizer.step(eta, gradient);
            costOptimizer.step(eta, costGradient);
        } else {
            for (int p = 0; p < eta.length; p++) {
                gradient[p] += costGradient[p];
            }
            rewardOptimizer.step(eta, gradient);
        }
    }

    /**
     * Writes the meta-gradient ∇_η of Σ_j −Σ_t log π_θ̂^j(â^j_t) A_t (cost excluded; A_t from {@link #advantages})
     * into {@code out}, through each agent's last policy step at its {@link PolicyLearner#stepRate()}.
     *
     * @param gamma γ of the designer's advantages
     * @param carry how an incentive at step l reaches the agents' policy-step weights of earlier steps t: γ for
     *     REINFORCE's returns-to-go, 0 for actor-critic TD errors ({@link PolicySignal#carry()})
     */
    void metaGradient(Trajectory tau, Trajectory tauHat, PolicyLearner[] learners, double gamma, double carry,
            double maxReward, double[] out) {
        Arrays.fill(out, 0);
        advantages(tauHat, gamma, advantage);
        if (sharedV != null) {
            Arrays.fill(sharedV, 0);
            for (int j = 0; j < n; j++) {
                learners[j].giverLossGradient(tauHat, j, advantage, v);
                for (int p = 0; p < v.length; p++) {
                    sharedV[p] += v[p];
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (sharedV == null) {
                learners[j].giverLossGradient(tauHat, j, advantage, v);
            }
            double[] vj = sharedV == null ? v : sharedV;
            double w = 0;
            for (int t = 0; t < tau.steps; t++) {
                w = carry * w + learners[j].stepRate() * Vectors.dot(learners[j].scores[t], vj);
                weights[t][j] = w;
            }
        }
        for (int t = 0; t < tau.steps; t++) {
            Arrays.fill(dOut, 0);
            for (int j = 0; j < n; j++) {
                dOut[tau.incentiveTypes[t][j]] += weights[t][j];
            }
            net.addGradient(eta, tau.designerInput[t], maxReward, dOut, out);
        }
    }

    /** One step of the critic on τ (mean squared TD error against its target network), then the target's step. */
    private void fitCritic(Trajectory tau, double gamma) {
        readEpisode(tau);
        critic.fit(states, rewards, tau.steps, gamma, values);
        critic.follow(criticConfig.targetRate());
    }

    /**
     * The advantages A_t of the outer objective on an episode: without a critic the reward-to-go Ĝ^ID_t; with one
     * the GAE advantages A_t = Σ_{l≥t} (γλ)^{l−t} δ_l, δ_l = r^ID_l + γV(s_{l+1}) − V(s_l), with the critic's current
     * V (bootstrapping from V(s_T), no terminal mask, as the reference). Independent of η.
     *
     * @param out {@code double[≥ steps]} receiving A_0 … A_{T−1}
     */
    void advantages(Trajectory episode, double gamma, double[] out) {
        if (critic == null) {
            episode.collectiveReturns(gamma, out);
            return;
        }
        readEpisode(episode);
        for (int t = 0; t <= episode.steps; t++) {
            values[t] = critic.value(states[t]);
        }
        double a = 0;
        for (int t = episode.steps - 1; t >= 0; t--) {
            double delta = rewards[t] + gamma * values[t + 1] - values[t];
            a = delta + gamma * criticConfig.gaeLambda() * a;
            out[t] = a;
        }
    }

    /** Copies an episode's global observations s_0 … s_T and rewards r^ID_t = Σ_i r^{i,env}_t into the scratch. */
    private void readEpisode(Trajectory episode) {
        for (int t = 0; t <= episode.steps; t++) {
            System.arraycopy(episode.designerInput[t], 0, states[t], 0, states[t].length);
        }
        for (int t = 0; t < episode.steps; t++) {
            rewards[t] = episode.collectiveReward(t);
        }
    }

    /** Adds ∇_η ψ, ψ = Σ_t γ^t Σ_i u^i_t on τ (incentives are ≥ 0), to {@code out}. */
    void addCostGradient(Trajectory tau, double gamma, double maxReward, double[] out) {
        double discount = 1;
        for (int t = 0; t < tau.steps; t++) {
            Arrays.fill(dOut, 0);
            for (int j = 0; j < n; j++) {
                dOut[tau.incentiveTypes[t][j]] += discount;
            }
            net.addGradient(eta, tau.designerInput[t], maxReward, dOut, out);
            discount *= gamma;
        }
    }

    /** Rewrites what the designer paid on τ with the current η (for finite-difference checks). */
    void repay(Trajectory tau, double maxReward) {
        for (int t = 0; t < tau.steps; t++) {
            net.give(eta, tau.designerInput[t], maxReward, dOut);
            for (int j = 0; j < n; j++) {
                tau.designerGiven[t][j] = dOut[tau.incentiveTypes[t][j]];
            }
        }
    }

    /** @return the designer's critic, or null (tests) */
    ValueCritic critic() {
        return critic;
    }

    /** @return whether η is all finite */
    boolean finite() {
        return Finite.all(eta);
    }

}
