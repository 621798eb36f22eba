package org.incentivelab.mech.planner;

import org.incentivelab.env.DilemmaGame;

/**
 * The planner's look-ahead term J = Σ_i η_i (∇_p ∇_i V^p_i)^T ∇_i V (thesis 003 Eqs. 4.2–4.3, or the sampled
 * Eq. 4.5) in the three forms of {@link LookAhead}, per round. Each method returns J and adds −∂J/∂θ_p to the
 * planner's gradient (the optimiser minimises, so the planner ascends J). In the exact forms
 * ∇_i V = p_i(1 − p_i)·∂V/∂p_i, so J = Σ_i c_i·Δ̂_i with c_i = η_i (p_i(1 − p_i))² ∂V/∂p_i and Δ̂_i the form's
 * stand-in for the incentive difference Δ^p_i.
 *
 * <p>As in the reference code, {@link #actionDerivative} and {@link #estimated} use the raw, uncentred incentives
 * in the look-ahead term; {@link #exactDifference} uses the centred ones the learners actually receive. All buffers
 * are owned and preallocated here.
 */
final class LookAheadGradient {
    private final DilemmaGame game;
    private final double[] learningRates;
    private final IncentiveModel model;
    private final CentredIncentives centred;
    private final int n;

    private final int[] actions;
    private final double[] incentives;
    private final double[] weights;
    private final double[] coefficient;
    private final double[] envGradient;

    /**
     * @param game the game whose welfare V the planner maximises
     * @param learningRates {@code double[N]}, η_i of each learner (not copied)
     * @param model the planner's model, vp
     * @param centred the model followed by the revenue-neutral map, M·vp
     */
    LookAheadGradient(DilemmaGame game, double[] learningRates, IncentiveModel model, CentredIncentives centred) {
        this.game = game;
        this.learningRates = learningRates;
        this.model = model;
        this.centred = centred;
        this.n = game.players();
        this.actions = new int[n];
        this.incentives = new double[n];
        this.weights = new double[n];
        this.coefficient = new double[n];
        this.envGradient = new double[n];
    }

    /**
     * {@link LookAhead#ACTION_DERIVATIVE}, the reference code's "exact" planner that produced Tables 4.2–4.3
     * (digest 003 §4.9): Δ̂_i = ∂vp_i/∂a_i at the observed actions, of the raw network output. Needs the network
     * model.
     *
     * @param p {@code double[N]}, the learners' current P(C)
     * @param observed {@code int[N]}, the observed (possibly flipped) joint action
     * @param grad {@code double[params().length]}, accumulated into
     * @return J, per round
     */
    double actionDerivative(double[] p, int[] observed, double[] grad) {
        exactCoefficients(p);
        IncentiveNetwork network = (IncentiveNetwork) model;
        network.actionDerivatives(observed, incentives);
        double j = 0;
        for (int i = 0; i < n; i++) {
            j += coefficient[i] * incentives[i];
            weights[i] = -coefficient[i];
        }
        network.addActionDerivativeGradient(observed, weights, grad);
        return j;
    }

    /**
     * {@link LookAhead#ESTIMATED}, the sampled estimate of Eq. 4.5: ∇_i log π_i = a_i − p_i,
     * ∇_i V^p_i ≈ (a_i − p_i)·vp_i and ∇_i V ≈ (a_i − p_i)·v with v = Σ_j r_j − b and the baseline
     * b = N(T + S)/2 − 0.1 (the reference code's T + S − 0.1 for N = 2), so J = Σ_i η_i (a_i − p_i)² v·vp_i with
     * the raw model output vp.
     *
     * @param p {@code double[N]}, the learners' current P(C)
     * @param environmentRewards {@code double[N]}, this round's environment payoffs r_j
     * @param observed {@code int[N]}, the observed (possibly flipped) joint action
     * @param grad {@code double[params().length]}, accumulated into
     * @return J, per round
     */
    double estimated(double[] p, double[] environmentRewards, int[] observed, double[] grad) {
        double v = -(n * (game.payoffs().temptation() + game.payoffs().sucker()) / 2 - 0.1);
        for (double r : environmentRewards) {
            v += r;
        }
        model.rewards(observed, incentives);
        double j = 0;
        for (int i = 0; i < n; i++) {
            double score = observed[i] - p[i];
            double c = learningRates[i] * score * score * v;
            j += c * incentives[i];
            weights[i] = -c;
        }
        model.addGradient(observed, weights, grad);
        return j;
    }

    /**
     * {@link LookAhead#EXACT_DIFFERENCE}, Eq. 4.3 with exact value functions (digest 003 §4.10):
     * Δ̂_i = Δ^p_i = E[r^p_i | a_i = C] − E[r^p_i | a_i = D] of the centred incentives M·vp over the others' mixed
     * actions, i.e. Σ_a ±π(a_−i)·(M·vp(a))_i. Enumerates the 2^N joint actions.
     *
     * @param p {@code double[N]}, the learners' current P(C)
     * @param grad {@code double[params().length]}, accumulated into
     * @return J, per round
     */
    double exactDifference(double[] p, double[] grad) {
        exactCoefficients(p);
        double j = 0;
        for (int m = 0; m < JointActions.count(n); m++) {
            JointActions.decode(m, actions);
            centred.values(actions, incentives);
            for (int i = 0; i < n; i++) {
                double w = coefficient[i] * (actions[i] == 1 ? 1 : -1)
                        * JointActions.othersProbability(p, actions, i);
                j += w * incentives[i];
                weights[i] = -w;
            }
            centred.addGradient(actions, weights, grad);
        }
        return j;
    }

    /** c_i = η_i (p_i(1 − p_i))² ∂V/∂p_i: η_i times the slope of ∇_i V^p_i in Δ^p_i times the exact ∇_i V. */
    private void exactCoefficients(double[] p) {
        game.welfareGradients(p, envGradient);
        for (int i = 0; i < n; i++) {
            double slope = p[i] * (1 - p[i]);
            coefficient[i] = learningRates[i] * slope * slope * envGradient[i];
        }
    }
}
