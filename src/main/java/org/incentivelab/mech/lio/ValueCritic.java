package org.incentivelab.mech.lio;

import java.util.Arrays;
import org.incentivelab.math.Adam;
import org.incentivelab.math.Finite;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Network;

/**
 * The value function V_φ of an actor-critic learner with its target network V_φ̃ (thesis 001 Eqs. B.9–B.10;
 * reference code lio_ac.py): an MLP on the agent's observation with a linear output, fitted by Adam on the mean
 * of (r_t + γV_φ̃(s_{t+1}) − V_φ(s_t))² over an episode, the target following by φ̃ ← τφ + (1 − τ)φ̃. As in the
 * reference code the last step also bootstraps from V_φ̃ of the final observation (no terminal mask).
 */
final class ValueCritic {
    private final Network net;
    private final double[] phi;
    private final double[] target;
    private final Adam optimizer;
    private final Network.Workspace ws;
    private final double[] gradient;
    private final double[] dOut = new double[1];

    /**
     * @param net the value network: observation → one linear output
     * @param learningRate the Adam learning rate α_φ
     * @param init the initialisation stream
     */
    ValueCritic(Network net, double learningRate, Rng init) {
        this.net = net;
        this.phi = new double[net.parameterCount()];
        net.initialize(phi, init);
        this.target = phi.clone();
        this.optimizer = new Adam(learningRate, phi.length);
        this.ws = net.workspace();
        this.gradient = new double[phi.length];
    }

    /** @return V_φ(obs) */
    double value(double[] obs) {
        return net.forward(phi, obs, ws)[0];
    }

    /** @return V_φ̃(obs), the target network */
    double targetValue(double[] obs) {
        return net.forward(target, obs, ws)[0];
    }

    /**
     * One Adam step on the mean squared TD error of an episode.
     *
     * @param obs the observations s_0 … s_T of one agent, {@code double[≥ steps + 1][]}
     * @param rewards r_0 … r_{T−1}
     * @param steps T
     * @param gamma γ
     * @param before {@code double[≥ steps + 1]} receiving V_φ(s_0) … V_φ(s_T) before the step
     */
    void fit(double[][] obs, double[] rewards, int steps, double gamma, double[] before) {
        Arrays.fill(gradient, 0);
        for (int t = 0; t < steps; t++) {
            double y = rewards[t] + gamma * targetValue(obs[t + 1]);
            double v = net.forward(phi, obs[t], ws)[0];
            before[t] = v;
            dOut[0] = 2 * (v - y) / steps;
            net.backward(phi, ws, dOut, 1, gradient);
        }
        before[steps] = value(obs[steps]);
        optimizer.step(phi, gradient);
    }

    /** φ̃ ← τφ + (1 − τ)φ̃. */
    void follow(double tau) {
        for (int p = 0; p < phi.length; p++) {
            target[p] = tau * phi[p] + (1 - tau) * target[p];
        }
    }

    /** @return whether φ is all finite */
    boolean finite() {
        return Finite.all(phi);
    }
}
