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
 * <p>Implementation notes. Revenue-neutral centring: with M = s·(I − 11ᵀ/N) and s = N/(2(N − 1)) (s = 1 for
 * N = 2; for N ≥ 3 the scale keeps centred incentives inside (−c, c)), the applied incentives are M·vp, and since
 * M is symmetric a gradient weight vector w on applied outputs becomes M·w on raw outputs. The exact look-ahead
 * and the expected cost enumerate the 2^N joint actions, so they accept N ≤ {@value #MAX_EXACT_PLAYERS}. As in the
 * reference code, {@link LookAhead#ACTION_DERIVATIVE} and {@link LookAhead#ESTIMATED} use the raw,
 * uncentred incentives in the look-ahead term; {@link LookAhead#EXACT_DIFFERENCE} uses the centred ones the
 * learners actually receive.
 */
public final class PlanningAgent {
    /** Largest N for the enumerating forms (exact difference, squared expected cost). */
    public static final int MAX_EXACT_PLAYERS = 10;

    private final DilemmaGame game;
    private final PlannerConfig config;
    private final double[] learningRates;
    private final IncentiveModel model;
    private final Optimizer optimizer;
    private final Rng rng;
    private final int n;
    private final double[][][] overrides; // [player][own action][other cooperators], NaN = none

    private final int[] observed;
    private final int[] scratchActions;
    private final double[] scratch;
    private final double[] raw;
    private final double[] grad;
    private final double[] weights;
    private final double[] coefficient;
    private final double[] envGradient;
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
        this.game = game;
        this.config = config;
        this.n = game.players();
        this.learningRates = learningRates.clone();
        boolean enumerates = config.lookAhead() == LookAhead.EXACT_DIFFERENCE
                || config.cost() == IncentiveCost.SQUARED_EXPECTED;
        if (enumerates && n > MAX_EXACT_PLAYERS) {
            throw new IllegalArgumentException("the exact look-ahead and the expected cost need N ≤ "
                    + MAX_EXACT_PLAYERS + ", got " + n);
        }
        if (config.lookAhead() == LookAhead.ACTION_DERIVATIVE && config.model() != PlannerModel.NETWORK) {
            throw new IllegalArgumentException("look-ahead action_derivative needs the network model");
        }
        this.model = config.model() == PlannerModel.NETWORK
                ? new IncentiveNetwork(n, config.maxReward(), rng)
                : new IncentiveTable(n, config.maxReward());
        this.optimizer = config.optimizer().create(config.learningRate(), model.params().length);
        this.rng = rng;
        this.overrides = new double[n][2][n];
        for (double[][] player : overrides) {
            for (double[] row : player) {
                Arrays.fill(row, Double.NaN);
            }
        }
        this.observed = new int[n];
        this.scratchActions = new int[n];
        this.scratch = new double[n];
        this.raw = new double[n];
        this.grad = new double[model.params().length];
        this.weights = new double[n];
        this.coefficient = new double[n];
        this.envGradient = new double[n];
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
        game.welfareGradients(p, envGradient);
        for (int i = 0; i < n; i++) {
            double slope = p[i] * (1 - p[i]);
            coefficient[i] = learningRates[i] * slope * slope * envGradient[i];
        }
        lastLookAhead = switch (config.lookAhead()) {
            case ACTION_DERIVATIVE -> actionDerivativeLookAhead();
            case ESTIMATED -> estimatedLookAhead(p, environmentRewards);
            case EXACT_DIFFERENCE -> exactLookAhead(p);
        };
        lastCost = config.costWeight() * (config.cost() == IncentiveCost.REALIZED_NORM ? realizedNormCost()
                : squaredExpectedCost(p));
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
        for (int m = 0; m < (1 << n); m++) {
            decode(m, scratchActions);
            applied(scratchActions, scratch);
            for (int i = 0; i < n; i++) {
                out[i] += (scratchActions[i] == 1 ? 1 : -1) * othersProbability(p, scratchActions, i) * scratch[i];
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
        if (player < 0 || player >= n || (ownAction != 0 && ownAction != 1) || othersCooperating < 0
                || othersCooperating >= n) {
            throw new IllegalArgumentException("no incentive cell (player " + player + ", action " + ownAction
                    + ", " + othersCooperating + " others cooperating) in a " + n + "-player game");
        }
        if (Math.abs(value) > config.maxReward()) {
            throw new IllegalArgumentException("an incentive must lie in [−c, c] = [" + -config.maxReward() + ", "
                    + config.maxReward() + "], got " + value);
        }
        overrides[player][ownAction][othersCooperating] = value;
    }

    /** @return whether the cell is overridden by the user */
    public boolean isOverridden(int player, int ownAction, int othersCooperating) {
        return !Double.isNaN(overrides[player][ownAction][othersCooperating]);
    }

    /**
     * Player i's applied incentive table r^p_i[own action][other cooperators k], evaluated with the first k
     * other players cooperating (for N = 2 this is the full table r^p_i(a_i, a_other)).
     *
     * @param player i
     * @return {@code double[2][N]}, per round
     */
    public double[][] incentiveTable(int player) {
        double[][] table = new double[2][n];
        incentiveTable(player, table);
        return table;
    }

    /**
     * {@link #incentiveTable(int)} into a reused buffer.
     *
     * @param player i
     * @param table {@code double[2][N]} receiving the table
     */
    public void incentiveTable(int player, double[][] table) {
        for (int own = 0; own < 2; own++) {
            for (int k = 0; k < n; k++) {
                int others = 0;
                for (int j = 0; j < n; j++) {
                    scratchActions[j] = j == player ? own : (others++ < k ? 1 : 0);
                }
                applied(scratchActions, scratch);
                table[own][k] = scratch[player];
            }
        }
    }

    private void applied(int[] actions, double[] out) {
        centred(actions, out);
        int cooperators = 0;
        for (int a : actions) {
            cooperators += a;
        }
        for (int i = 0; i < n; i++) {
            double o = overrides[i][actions[i]][cooperators - actions[i]];
            if (!Double.isNaN(o)) {
                out[i] = o;
            }
        }
    }

    private void centred(int[] actions, double[] out) {
        model.rewards(actions, out);
        if (config.revenueNeutral()) {
            centre(out);
        }
    }

    private double actionDerivativeLookAhead() {
        IncentiveNetwork network = (IncentiveNetwork) model;
        network.actionDerivatives(observed, raw);
        double j = 0;
        for (int i = 0; i < n; i++) {
            j += coefficient[i] * raw[i];
            weights[i] = -coefficient[i];
        }
        network.addActionDerivativeGradient(observed, weights, grad);
        return j;
    }

    private double estimatedLookAhead(double[] p, double[] environmentRewards) {
        double v = -(n * (game.payoffs().temptation() + game.payoffs().sucker()) / 2 - 0.1);
        for (double r : environmentRewards) {
            v += r;
        }
        model.rewards(observed, raw);
        double j = 0;
        for (int i = 0; i < n; i++) {
            double score = observed[i] - p[i];
            double c = learningRates[i] * score * score * v;
            j += c * raw[i];
            weights[i] = -c;
        }
        model.addGradient(observed, weights, grad);
        return j;
    }

    private double exactLookAhead(double[] p) {
        double j = 0;
        int[] actions = scratchActions;
        for (int m = 0; m < (1 << n); m++) {
            decode(m, actions);
            centred(actions, raw);
            for (int i = 0; i < n; i++) {
                double w = coefficient[i] * (actions[i] == 1 ? 1 : -1) * othersProbability(p, actions, i);
                j += w * raw[i];
                weights[i] = -w;
            }
            if (config.revenueNeutral()) {
                centre(weights);
            }
            model.addGradient(actions, weights, grad);
        }
        return j;
    }

    private double realizedNormCost() {
        centred(observed, raw);
        double norm = 0;
        for (double r : raw) {
            norm += r * r;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < n; i++) {
                weights[i] = config.costWeight() * raw[i] / norm;
            }
            if (config.revenueNeutral()) {
                centre(weights); // chain rule through the revenue-neutral map M: raw weights = M·w
            }
            model.addGradient(observed, weights, grad);
        }
        return norm;
    }

    private double squaredExpectedCost(double[] p) {
        double[] expected = scratch;
        Arrays.fill(expected, 0);
        int[] actions = scratchActions;
        for (int m = 0; m < (1 << n); m++) {
            decode(m, actions);
            centred(actions, raw);
            double pi = jointProbability(p, actions);
            for (int i = 0; i < n; i++) {
                expected[i] += pi * raw[i];
            }
        }
        double cost = 0;
        for (double v : expected) {
            cost += v * v;
        }
        for (int m = 0; m < (1 << n); m++) {
            decode(m, actions);
            double pi = jointProbability(p, actions);
            for (int i = 0; i < n; i++) {
                weights[i] = config.costWeight() * 2 * expected[i] * pi;
            }
            if (config.revenueNeutral()) {
                centre(weights);
            }
            model.addGradient(actions, weights, grad);
        }
        return cost;
    }

    private void decode(int m, int[] actions) {
        for (int i = 0; i < n; i++) {
            actions[i] = (m >> i) & 1;
        }
    }

    private static double jointProbability(double[] p, int[] actions) {
        double pi = 1;
        for (int j = 0; j < p.length; j++) {
            pi *= actions[j] == 1 ? p[j] : 1 - p[j];
        }
        return pi;
    }

    private static double othersProbability(double[] p, int[] actions, int skip) {
        double pi = 1;
        for (int j = 0; j < p.length; j++) {
            if (j != skip) {
                pi *= actions[j] == 1 ? p[j] : 1 - p[j];
            }
        }
        return pi;
    }

    /**
     * The revenue-neutral map M = s·(I − 11ᵀ/N) with s = N/(2(N − 1)), applied in place. Centring alone would let
     * an incentive reach 2c(N − 1)/N (one player at +c, the rest at −c), which breaks the bound c for N ≥ 3; the
     * scale s restores |r^p_i| &lt; c and is 1 for N = 2, where plain centring is the reference code's rule. M is
     * symmetric, so it also maps gradient weights on applied incentives to weights on raw outputs.
     */
    private static void centre(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double scale = v.length / (2.0 * (v.length - 1));
        for (int i = 0; i < v.length; i++) {
            v[i] = scale * (v[i] - mean);
        }
    }
}
