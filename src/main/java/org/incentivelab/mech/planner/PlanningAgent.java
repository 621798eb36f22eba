package org.incentivelab.mech.planner;

import java.util.Arrays;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Rng;

/**
 * The adaptive planning agent of thesis 003 ch. 4 (Baumann, Graepel &amp; Shawe-Taylor, "Adaptive Mechanism
 * Design"). It observes the players' actions and hands out extra rewards r^p_i (§4.1.1), and learns them by
 * looking one step ahead at the learners' gradient updates (Eqs. 4.2–4.3, or the sampled Eq. 4.5), minus a
 * cost of incentives (Eq. 4.7 or the reference code's realised norm), under the bound |r^p_i| &lt; c and
 * optionally revenue-neutral (Σ_i r^p_i = 0, §4.1.6) with noisy observations of the actions.
 *
 * <p>One round, in the reference code's order (digest §4.9): {@link #incentives} for the observed joint
 * action, then {@link #learn} with the learners' current P(C), then the learners update. The objective
 * ascended is J − cost with
 * J = Σ_i η_i (∇_p ∇_i V^p_i)^T ∇_i V, where ∇_i V = p_i(1 − p_i)·∂V/∂p_i (exact) for the exact look-aheads.
 *
 * <p>Users may override single cells of the incentive table live ({@link #setOverride}); an override
 * replaces the applied incentive of that cell but not the planner's own learning.
 *
 * <p>Implementation notes. The applied incentives are the model's outputs vp, mapped by the revenue-neutral map
 * M when that is on ({@link CentredIncentives}, which also chains gradients back through M), with the user's
 * overrides ({@link IncentiveOverrides}) replacing single cells. The look-ahead forms live in
 * {@link LookAheadGradient}, the cost forms in {@link CostGradient}, each with its own buffers. The exact
 * look-ahead and the expected cost enumerate the 2^N joint actions ({@link JointActions}), so they accept
 * N ≤ {@value #MAX_EXACT_PLAYERS}. As in the reference code, {@link LookAhead#ACTION_DERIVATIVE} and
 * {@link LookAhead#ESTIMATED} use the raw, uncentred incentives in the look-ahead term;
 * {@link LookAhead#EXACT_DIFFERENCE} uses the centred ones the learners actually receive.
 */
public final class PlanningAgent {
    /** Largest N for the enumerating forms (exact difference, squared expected cost). */
    public static final int MAX_EXACT_PLAYERS = 10;

    private final PlannerConfig config;
    private final IncentiveModel model;
    private final Optimizer optimizer;
    private final Rng rng;
    private final int n;
    private final CentredIncentives centred;
    private final IncentiveOverrides overrides;
    private final LookAheadGradient lookAhead;
    private final CostGradient cost;

    private final int[] observed;
    private final double[] grad;
    private final int[] queryActions; // incentiveDifferences and incentiveTable
    private final double[] queryIncentives;
    private double lastLookAhead;
    private double lastCost;

    /**
     * @param game the game whose welfare the planner maximises
     * @param config settings; validated by the preset loader
     * @param learningRates {@code double[N]}, η_i of each learner
     * @param rng the planner's stream (initial weights, observation noise)
     * @throws IllegalArgumentException if the look-ahead or cost form does not fit the model or N
     */
    public PlanningAgent(DilemmaGame game, PlannerConfig config, double[] learningRates, Rng rng) {
        this.config = config;
        this.n = game.players();
        double[] rates = learningRates.clone();
        checkForms(config, n);
        this.model = createModel(config, n, rng);
        this.optimizer = config.optimizer().create(config.learningRate(), model.params().length);
        this.rng = rng;
        this.centred = new CentredIncentives(model, config.revenueNeutral());
        this.overrides = new IncentiveOverrides(n, config.maxReward());
        this.lookAhead = new LookAheadGradient(game, rates, model, centred);
        this.cost = new CostGradient(centred, config.costWeight(), n);
        this.observed = new int[n];
        this.grad = new double[model.params().length];
        this.queryActions = new int[n];
        this.queryIncentives = new double[n];
    }

    private static void checkForms(PlannerConfig config, int n) {
        boolean enumerates = config.lookAhead() == LookAhead.EXACT_DIFFERENCE
                || config.cost() == IncentiveCost.SQUARED_EXPECTED;
        if (enumerates && n > MAX_EXACT_PLAYERS) {
            throw new IllegalArgumentException("the exact look-ahead and the expected cost need N ≤ "
                    + MAX_EXACT_PLAYERS + ", got " + n);
        }
        if (config.lookAhead() == LookAhead.ACTION_DERIVATIVE && config.model() != PlannerModel.NETWORK) {
            throw new IllegalArgumentException("look-ahead action_derivative needs the network model");
        }
    }

    private static IncentiveModel createModel(PlannerConfig config, int n, Rng rng) {
        return config.model() == PlannerModel.NETWORK
                ? new IncentiveNetwork(n, config.maxReward(), rng)
                : new IncentiveTable(n, config.maxReward());
    }

    /** @return the planner's model (read-only use: views and tests) */
    public IncentiveModel model() {
        return model;
    }

    /** @return J of the last {@link #learn}, the look-ahead term (per round) */
    public double lastLookAhead() {
        return lastLookAhead;
    }

    /** @return the cost term of the last {@link #learn} (α times the cost form) */
    public double lastCost() {
        return lastCost;
    }

    /**
     * Observes the joint action (each action flipped with the configured probability) and returns the
     * incentives applied this round: raw model output, centred if revenue-neutral, cells overridden by the
     * user replaced.
     *
     * @param actions {@code int[N]} the true joint action
     * @param out {@code double[N]} receiving r^p_i, per round
     */
    public void incentives(int[] actions, double[] out) {
        for (int i = 0; i < n; i++) {
            boolean flip = config.flipProbability() > 0 && rng.bernoulli(config.flipProbability());
            observed[i] = flip ? 1 - actions[i] : actions[i];
        }
        applied(observed, out);
    }

    /**
     * One optimiser step on the planner's parameters that lowers the loss −J + cost (the optimiser minimises, so
     * this ascends J − cost). J, the look-ahead term, and the cost are both per round. The terms that depend on
     * the actions (the action derivative, the score terms of {@link LookAhead#ESTIMATED} and the realised-norm
     * cost) use the observed actions of the last {@link #incentives} call, which may be flipped by the
     * observation noise, not the true ones.
     *
     * @param p {@code double[N]}, the learners' current P(C)
     * @param environmentRewards {@code double[N]}, this round's environment payoffs (used by
     *     {@link LookAhead#ESTIMATED})
     */
    public void learn(double[] p, double[] environmentRewards) {
        Arrays.fill(grad, 0);
        lastLookAhead = switch (config.lookAhead()) {
            case ACTION_DERIVATIVE -> lookAhead.actionDerivative(p, observed, grad);
            case ESTIMATED -> lookAhead.estimated(p, environmentRewards, observed, grad);
            case EXACT_DIFFERENCE -> lookAhead.exactDifference(p, grad);
        };
        lastCost = config.cost() == IncentiveCost.REALIZED_NORM ? cost.realizedNorm(observed, grad)
                : cost.squaredExpected(p, grad);
        optimizer.step(model.params(), grad);
    }

    /**
     * Δ^p_i = E[r^p_i | a_i = C] − E[r^p_i | a_i = D] of the applied incentives (overrides included) under
     * the others' mixed actions: the incentives' part of each learner's exact gradient in probability space
     * (digest 003 §4.10). Enumerates the 2^N joint actions, so it needs N ≤ {@value #MAX_EXACT_PLAYERS}.
     *
     * @param p {@code double[N]}, P(C) of each learner
     * @param out {@code double[N]} receiving Δ^p_i, per round
     * @throws IllegalStateException if this planner's game has N &gt; {@value #MAX_EXACT_PLAYERS} players
     */
    public void incentiveDifferences(double[] p, double[] out) {
        if (n > MAX_EXACT_PLAYERS) {
            throw new IllegalStateException("the incentive differences enumerate the 2^N joint actions and need N ≤ "
                    + MAX_EXACT_PLAYERS + ", this planner's game has N = " + n);
        }
        Arrays.fill(out, 0);
        for (int m = 0; m < JointActions.count(n); m++) {
            JointActions.decode(m, queryActions);
            applied(queryActions, queryIncentives);
            for (int i = 0; i < n; i++) {
                out[i] += (queryActions[i] == 1 ? 1 : -1) * JointActions.othersProbability(p, queryActions, i)
                        * queryIncentives[i];
            }
        }
    }

    /**
     * Overrides one cell of a player's incentive table; NaN clears it. The override replaces the applied value
     * after the revenue-neutral centring, so with revenue-neutral on, the incentives of a round that hits an
     * overridden cell no longer sum to zero. The planner's own learning still uses its model's values.
     *
     * @param player i in [0, N)
     * @param ownAction 0 (D) or 1 (C)
     * @param othersCooperating k in [0, N − 1]
     * @param value the incentive to apply, in [−c, c], or NaN
     * @throws IllegalArgumentException if an index or the value is out of range
     */
    public void setOverride(int player, int ownAction, int othersCooperating, double value) {
        overrides.set(player, ownAction, othersCooperating, value);
    }

    /** @return whether the cell is overridden by the user */
    public boolean isOverridden(int player, int ownAction, int othersCooperating) {
        return overrides.isSet(player, ownAction, othersCooperating);
    }

    /**
     * Player i's applied incentive table r^p_i[own action][other cooperators k], evaluated with the first k
     * other players cooperating (for N = 2 this is the full table r^p_i(a_i, a_other)).
     *
     * @param player i
     * @param table {@code double[2][N]} receiving the table, per round
     */
    public void incentiveTable(int player, double[][] table) {
        for (int own = 0; own < 2; own++) {
            for (int k = 0; k < n; k++) {
                JointActions.withFirstOthersCooperating(player, own, k, queryActions);
                applied(queryActions, queryIncentives);
                table[own][k] = queryIncentives[player];
            }
        }
    }

    /** The applied incentives: M·vp(a), then the user's overrides. */
    private void applied(int[] actions, double[] out) {
        centred.values(actions, out);
        overrides.apply(actions, out);
    }
}
