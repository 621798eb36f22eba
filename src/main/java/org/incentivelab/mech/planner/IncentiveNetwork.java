package org.incentivelab.mech.planner;

import org.incentivelab.math.Logistic;
import org.incentivelab.math.Rng;

/**
 * The "single layer neural network" planner of thesis 003 §4.2, shaped as in the reference code: input
 * x = [dummy state 0, a_1, …, a_N] ({@code double[N + 1]}, a ∈ {0 = D, 1 = C}), one dense layer with
 * N outputs z, and vp_i = 2c·(σ(z_i) − 0.5) ∈ (−c, c). Weights and biases start N(0, 0.1²).
 *
 * <p>Besides the parameter gradient it provides ∂vp_i/∂a_i, the derivative of a player's incentive with
 * respect to its own action input, which the reference code's "exact" planner uses in place of the exact
 * difference E[vp_i | C] − E[vp_i | D] (digest 003 §4.9), and the parameter gradient of that derivative.
 *
 * <p>Implementation notes: with s = σ(z_i), σ′ = s(1 − s) and σ″ = σ′(1 − 2s),
 * ∂vp_i/∂W[k][i] = 2c σ′ x_k, ∂vp_i/∂b_i = 2c σ′, d_i := ∂vp_i/∂a_i = 2c σ′ W[i+1][i],
 * ∂d_i/∂W[k][i] = 2c (σ″ x_k W[i+1][i] + σ′·[k = i+1]) and ∂d_i/∂b_i = 2c σ″ W[i+1][i].
 * Layout of θ_p: W row-major as W[k][i] at k·N + i for k ∈ [0, N], then b_i at (N+1)·N + i.
 */
public final class IncentiveNetwork implements IncentiveModel {
    private final int players;
    private final double maxReward;
    private final double[] params;

    /**
     * @param players N ≥ 2
     * @param maxReward c &gt; 0, the bound on |vp_i|
     * @param rng stream for the initial weights
     */
    public IncentiveNetwork(int players, double maxReward, Rng rng) {
        this(players, maxReward, new double[(players + 2) * players]);
        for (int k = 0; k < params.length; k++) {
            params[k] = 0.1 * rng.nextGaussian();
        }
    }

    private IncentiveNetwork(int players, double maxReward, double[] params) {
        this.players = players;
        this.maxReward = maxReward;
        this.params = params;
    }

    @Override
    public double[] params() {
        return params;
    }


    @Override
    public void rewards(int[] actions, double[] out) {
        for (int i = 0; i < players; i++) {
            out[i] = 2 * maxReward * (Logistic.sigmoid(logit(actions, i)) - 0.5);
        }
    }

    @Override
    public void addGradient(int[] actions, double[] weights, double[] grad) {
        for (int i = 0; i < players; i++) {
            if (weights[i] == 0) {
                continue;
            }
            double s = Logistic.sigmoid(logit(actions, i));
            double d = weights[i] * 2 * maxReward * s * (1 - s);
            for (int a = 0; a < players; a++) {
                grad[(a + 1) * players + i] += d * actions[a];
            }
            grad[biasIndex(i)] += d;
        }
    }

    /**
     * d_i = ∂vp_i/∂a_i at the given joint action, the reference code's stand-in for the exact incentive
     * difference of Eq. 4.3.
     *
     * @param actions {@code int[N]}
     * @param out {@code double[N]} receiving d_i
     */
    public void actionDerivatives(int[] actions, double[] out) {
        for (int i = 0; i < players; i++) {
            double s = Logistic.sigmoid(logit(actions, i));
            out[i] = 2 * maxReward * s * (1 - s) * params[(i + 1) * players + i];
        }
    }

    /**
     * Adds Σ_i weights[i]·∂d_i/∂θ_p to {@code grad}, with d_i from {@link #actionDerivatives}.
     *
     * @param actions {@code int[N]}
     * @param weights {@code double[N]}
     * @param grad {@code double[params().length]}, accumulated into
     */
    public void addActionDerivativeGradient(int[] actions, double[] weights, double[] grad) {
        for (int i = 0; i < players; i++) {
            double s = Logistic.sigmoid(logit(actions, i));
            double s1 = s * (1 - s);
            double s2 = s1 * (1 - 2 * s);
            int own = (i + 1) * players + i;
            double w = weights[i] * 2 * maxReward;
            for (int a = 0; a < players; a++) {
                grad[(a + 1) * players + i] += w * s2 * actions[a] * params[own];
            }
            grad[own] += w * s1;
            grad[biasIndex(i)] += w * s2 * params[own];
        }
    }

    private double logit(int[] actions, int i) {
        double z = params[biasIndex(i)]; // the dummy state input is 0, so its weight row never contributes
        for (int a = 0; a < players; a++) {
            z += params[(a + 1) * players + i] * actions[a];
        }
        return z;
    }

    private int biasIndex(int i) {
        return (players + 1) * players + i;
    }
}
