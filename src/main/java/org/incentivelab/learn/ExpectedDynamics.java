package org.incentivelab.learn;

import org.incentivelab.env.SocialDilemma;

/**
 * The learning dynamics of two exact-gradient sigmoid learners in probability space (digest 003 §4.10):
 * dp_i/dt = η·[p_i(1 − p_i)]²·Δ_i with Δ_1 = −[p_2·greed′_1 + (1 − p_2)·fear′_1], the gradient of player i's
 * value in its own P(C) under the (possibly planner-modified) game that player faces. A pure function, as
 * OpenSpiel's dynamics: any view can draw it.
 *
 * <p>These are plain gradient dynamics, the step of SGD on each learner's logit θ_i. Learners that use Adam (the
 * presets' default, as in the reference code) move each player's θ_i in the same direction but at a different
 * speed, so their trajectory need not follow the arrows' lengths.
 */
public final class ExpectedDynamics {
    private ExpectedDynamics() {
    }

    /**
     * @param game1 the game as player 1 (row) sees it, payoffs + its incentives
     * @param game2 the game as player 2 sees it, written from player 2's own perspective (own action first)
     * @param p1 player 1's P(C) in [0, 1]
     * @param p2 player 2's P(C) in [0, 1]
     * @param learningRate η &gt; 0
     * @param out {@code double[2]} receiving (dp_1/dt, dp_2/dt) per episode
     */
    public static void velocity(SocialDilemma game1, SocialDilemma game2, double p1, double p2, double learningRate,
            double[] out) {
        double s1 = p1 * (1 - p1);
        double s2 = p2 * (1 - p2);
        out[0] = learningRate * s1 * s1 * valueSlope(game1, p2);
        out[1] = learningRate * s2 * s2 * valueSlope(game2, p1);
    }

    /**
     * @param game the game from the player's perspective
     * @param other the other player's P(C)
     * @return Δ = ∂V/∂p_own = −[other·greed + (1 − other)·fear]
     */
    public static double valueSlope(SocialDilemma game, double other) {
        return -(other * game.greed() + (1 - other) * game.fear());
    }

    /**
     * The other player's P(C) at which this player is indifferent (its nullcline), fear/(fear − greed).
     *
     * @param game the game from the player's perspective
     * @return the threshold in [0, 1], or NaN if the player is never indifferent inside (0, 1)
     */
    public static double indifference(SocialDilemma game) {
        double denominator = game.fear() - game.greed();
        if (denominator == 0) {
            return Double.NaN;
        }
        double t = game.fear() / denominator;
        return t > 0 && t < 1 ? t : Double.NaN;
    }
}
