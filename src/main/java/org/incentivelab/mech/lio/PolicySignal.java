package org.incentivelab.mech.lio;

import java.util.function.Supplier;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.learn.PolicyUpdate;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Network;

/**
 * What weights ∇ log π in the agents' policy steps: REINFORCE's discounted returns-to-go (thesis 001 Eq. 5.4) or,
 * for {@link PolicyUpdate#ACTOR_CRITIC}, the TD errors of a {@link ValueCritic} per agent (Eqs. B.9–B.10,
 * reference code lio_ac.py: the critic is fitted on the episode first; the giver's loss on τ̂ uses its own TD
 * errors of its extrinsic reward; the target network follows after each fit and after each incentive step).
 * With {@link GiverCritic#EXTRINSIC} each agent has a second critic, fitted alongside on the extrinsic reward
 * alone, that judges τ̂ in its place. Calls for different agents touch disjoint state and may run on different
 * threads.
 */
final class PolicySignal {
    private final PolicyConfig config;
    private final ValueCritic[] critics;
    /** {@link GiverCritic#EXTRINSIC}: each agent's critic of its extrinsic reward alone; else all null. */
    private final ValueCritic[] extrinsicCritics;
    private final Supplier<Network> critic;
    /**
     * Actor-critic: γV_φ(s_{t+1}) − V_φ(s_t) with φ as it was before each agent's last critic fit (the reference
     * code fetches both values in the same pass as the critic step), so that δ_t = r_t + tdTerms[t].
     */
    private final double[][] tdTerms;
    private final double[][][] observations;
    /** Actor-critic: each agent's V_φ(s_0) … V_φ(s_T) before its last critic fit. */
    private final double[][] values;
    private final double[][] rewards;
    /** {@link GiverCritic#EXTRINSIC}: each agent's extrinsic critic's values before its last fit. */
    private final double[][] extrinsicValues;
    private final long seed;

    /**
     * @param config the policy settings
     * @param giverCritic which critic judges a giver's τ̂ (actor-critic only)
     * @param agents N
     * @param critic builds one value network (observation → 1 output) per call
     * @param maxSteps the episode length limit
     * @param seed the run's master seed (critic initialisation streams)
     */
    PolicySignal(PolicyConfig config, GiverCritic giverCritic, int agents, Supplier<Network> critic, int maxSteps,
            long seed) {
        this.config = config;
        this.critic = critic;
        this.seed = seed;
        this.critics = new ValueCritic[agents];
        this.extrinsicCritics = new ValueCritic[agents];
        boolean extrinsic = giverCritic == GiverCritic.EXTRINSIC;
        if (config.update() == PolicyUpdate.ACTOR_CRITIC) {
            for (int i = 0; i < agents; i++) {
                critics[i] = newCritic("critic-init-" + i);
                if (extrinsic) {
                    extrinsicCritics[i] = newCritic("extrinsic-critic-init-" + i);
                }
            }
        }
        this.tdTerms = new double[agents][maxSteps];
        this.observations = new double[agents][maxSteps + 1][];
        this.values = new double[agents][maxSteps + 1];
        this.rewards = new double[agents][maxSteps];
        this.extrinsicValues = new double[extrinsic ? agents : 0][maxSteps + 1];
    }

    /** @return a fresh value critic (and optimiser) initialised from the run seed's stream {@code component} */
    private ValueCritic newCritic(String component) {
        return new ValueCritic(critic.get(), config.criticLearningRate(), Rng.forComponent(seed, component));
    }

    /**
     * @return how a return's dependence on an incentive carries back to earlier steps: γ for returns-to-go, 0 for
     *     TD errors (δ_t depends on the incentive of step t only)
     */
    double carry() {
        return critics[0] == null ? config.discount() : 0;
    }

    /**
     * The weights of ∇ log π in an agent's policy step: REINFORCE's returns-to-go G_t (Eq. 5.4), IQ-Flow's
     * reference weights γ^t·r_t ({@link PolicyUpdate#IMMEDIATE_REWARD}) or the actor-critic TD errors
     * δ_t = r_t + γV(s_{t+1}) − V(s_t) (Eq. B.9).
     *
     * @param tr the trajectory
     * @param j the agent
     * @param incentives whether its reward includes the incentives received
     * @param pays whether its reward subtracts what it gave
     * @param fit actor-critic: whether to fit the critic on this episode first (false: reuse the last fit's values,
     *     as the finite-difference check must)
     * @param out {@code double[≥ tr.steps()]} receiving the weights
     */
    void signal(Trajectory tr, int j, boolean incentives, boolean pays, boolean fit, double[] out) {
        double gamma = config.discount();
        if (config.update() == PolicyUpdate.IMMEDIATE_REWARD) {
            double discount = 1;
            for (int t = 0; t < tr.steps; t++, discount *= gamma) {
                out[t] = discount * tr.reward(t, j, incentives, pays);
            }
            return;
        }
        if (critics[j] == null) {
            tr.returns(j, incentives, pays, gamma, out);
            return;
        }
        if (fit) {
            double[][] obs = tr.observationsOf(j, observations[j]);
            for (int t = 0; t < tr.steps; t++) {
                rewards[j][t] = tr.reward(t, j, incentives, pays);
            }
            critics[j].fit(obs, rewards[j], tr.steps, gamma, values[j]);
            for (int t = 0; t < tr.steps; t++) {
                tdTerms[j][t] = gamma * values[j][t + 1] - values[j][t]; // both before the fit, as lio_ac.py
            }
            critics[j].follow(config.targetRate());
            if (extrinsicCritics[j] != null) {
                for (int t = 0; t < tr.steps; t++) {
                    rewards[j][t] = tr.extrinsic(t, j); // the total rewards are fitted already
                }
                extrinsicCritics[j].fit(obs, rewards[j], tr.steps, gamma, extrinsicValues[j]);
                extrinsicCritics[j].follow(config.targetRate());
            }
        }
        for (int t = 0; t < tr.steps; t++) {
            out[t] = tr.reward(t, j, incentives, pays) + tdTerms[j][t];
        }
    }

    /**
     * The giver's signal on τ̂: its extrinsic returns-to-go Ĝ^{i,env}_t (REINFORCE, Eq. 5.10), or its TD errors
     * r^{i,env}_t + γV^i(ŝ_{t+1}) − V^i(ŝ_t) under its current critic (actor-critic, reference code lio_ac.py) or
     * under its current critic of extrinsic reward ({@link GiverCritic#EXTRINSIC}).
     */
    void giverSignal(Trajectory tauHat, int i, double[] out) {
        double gamma = config.discount();
        if (critics[i] == null) {
            tauHat.returns(i, false, false, gamma, out);
            return;
        }
        ValueCritic judge = extrinsicCritics[i] != null ? extrinsicCritics[i] : critics[i];
        double next = judge.value(tauHat.obs[tauHat.steps][i]);
        for (int t = tauHat.steps - 1; t >= 0; t--) {
            double now = judge.value(tauHat.obs[t][i]);
            out[t] = tauHat.extrinsic(t, i) + gamma * next - now;
            next = now;
        }
    }

    /**
     * Replaces every actor-critic value function by a freshly initialised one (and a fresh optimiser): IQ-Flow's
     * agent reset (digest 004 §2.7).
     *
     * @param generation the reset's number, 1 for the first: each draws its own streams of the run's seed
     */
    void resetCritics(long generation) {
        for (int i = 0; i < critics.length; i++) {
            if (critics[i] != null) {
                critics[i] = newCritic("critic-reset-" + i + "-" + generation);
            }
            if (extrinsicCritics[i] != null) {
                extrinsicCritics[i] = newCritic("extrinsic-critic-reset-" + i + "-" + generation);
            }
        }
    }

    /** After giver i's incentive step: its critics' targets follow once more (reference code). */
    void afterIncentiveStep(int i) {
        if (critics[i] != null) {
            critics[i].follow(config.targetRate());
        }
        if (extrinsicCritics[i] != null) {
            extrinsicCritics[i].follow(config.targetRate());
        }
    }

    /** @return whether agent i's critics (if any) are all finite */
    boolean finite(int i) {
        return (critics[i] == null || critics[i].finite())
                && (extrinsicCritics[i] == null || extrinsicCritics[i].finite());
    }
}
