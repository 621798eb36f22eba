package org.incentivelab.mech.lio;

import java.util.List;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Mlp;

/**
 * PG-c's continuous give-reward policy (thesis 001 §5.3.2, App. B.4.2): u ~ N(f_φ(o), 1) per other agent and
 * a_r = R_max·σ(u). The density's change-of-variables factor does not depend on φ, so the REINFORCE gradient is
 * Σ_t G_t (u_t − f_φ(o_t)) ∇_φ f_φ(o_t); the giver pays what it gives through its own return.
 */
final class GaussianGift {
    final double[] phi;
    private final Mlp net;
    private final Mlp.Workspace ws;
    private final double[] gradient;
    private final double[] dOut;

    GaussianGift(int observationSize, List<Integer> hidden, int recipients, Rng init) {
        this.net = new Mlp(observationSize, hidden.stream().mapToInt(Integer::intValue).toArray(), recipients, true);
        this.phi = new double[net.parameterCount()];
        net.initialize(phi, init);
        this.ws = net.workspace();
        this.gradient = new double[phi.length];
        this.dOut = new double[recipients];
    }

    /** Draws u ~ N(f_φ(obs), 1) into {@code draws} and writes a_r = R_max σ(u) into {@code gifts}. */
    void give(double[] obs, double maxReward, Rng rng, double[] draws, double[] gifts) {
        double[] mean = net.forward(phi, obs, ws);
        for (int k = 0; k < draws.length; k++) {
            draws[k] = mean[k] + rng.nextGaussian();
            gifts[k] = maxReward / (1 + Math.exp(-draws[k]));
        }
    }

    /** One REINFORCE step φ += lr Σ_t G_t (u_t − f_φ(o_t)) ∇f_φ(o_t) on this agent's steps of τ. */
    void learn(Trajectory tau, int agent, double[] returns, double lr) {
        java.util.Arrays.fill(gradient, 0);
        for (int t = 0; t < tau.steps; t++) {
            double[] mean = net.forward(phi, tau.obs[t][agent], ws);
            for (int k = 0; k < dOut.length; k++) {
                dOut[k] = tau.draws[t][agent][k] - mean[k];
            }
            net.backward(phi, ws, dOut, returns[t], gradient);
        }
        for (int p = 0; p < phi.length; p++) {
            phi[p] += lr * gradient[p];
        }
    }
}
