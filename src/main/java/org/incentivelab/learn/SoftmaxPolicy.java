package org.incentivelab.learn;

import org.incentivelab.math.Rng;
import org.incentivelab.math.Softmax;
import org.incentivelab.nn.Network;

/**
 * A categorical policy over the logits z of an {@link Mlp}, mixed with the uniform distribution by the
 * exploration lower bound of thesis 001 §5.3.2 (digest 001 §3.1):
 * π̃(a|o) = (1 − ε)·softmax(z(o))_a + ε/|A|, with ε in [0, 1].
 *
 * <p>Its gradient feeds the REINFORCE policy gradient ∇_θ J = E[∇_θ log π_θ(a|s)(Q(s, a) − b(s))]
 * (thesis 001 Eq. 1.15) and LIO's recipient update f = Σ_t ∇_θ log π(a_t|o_t) G_t (Eq. 5.4), plus the
 * entropy bonus of the authors' recipient loss. With p = softmax(z):
 * ∂ log π̃_a/∂z_k = (1 − ε) p_a (δ_ak − p_k)/π̃_a and ∂H/∂z_k = −(1 − ε) p_k (log π̃_k − Σ_b p_b log π̃_b).
 *
 * <p>The policy holds no parameters and no buffers: callers pass the flat parameter vector and a
 * workspace from {@code net().workspace()}, so nothing is allocated per call.
 */
public final class SoftmaxPolicy {
    private final Network net;

    /**
     * @param net the network whose {@code outputs()} are the logits, one per action
     * @throws NullPointerException if {@code net} is null
     */
    public SoftmaxPolicy(Network net) {
        if (net == null) {
            throw new NullPointerException("net");
        }
        this.net = net;
    }

    /** @return the network producing the logits */
    public Network net() {
        return net;
    }

    /** @return |A|, the number of actions (= {@code net().outputs()}, at least 1) */
    public int actions() {
        return net.outputs();
    }

    /**
     * Writes the action distribution π̃(·|obs). With ε = 0 it is the plain softmax, computed stably by
     * subtracting the largest logit; every entry is at least ε/|A| and they sum to 1 up to round-off.
     *
     * @param params {@code double[net().parameterCount()]} the policy parameters
     * @param obs {@code double[net().inputs()]} the observation
     * @param epsilon the exploration floor ε in [0, 1]
     * @param out {@code double[actions()]} overwritten with π̃
     * @param ws a workspace of {@code net()}; its forward state and spare buffers are overwritten
     * @throws IllegalArgumentException on wrong array lengths or ε outside [0, 1]
     */
    public void probabilities(double[] params, double[] obs, double epsilon, double[] out, Network.Workspace ws) {
        requireEpsilon(epsilon);
        if (out == null || out.length != actions()) {
            throw new IllegalArgumentException("out must have length " + actions());
        }
        Softmax.of(net.forward(params, obs, ws), out);
        double floor = epsilon / out.length;
        for (int k = 0; k < out.length; k++) {
            out[k] = (1.0 - epsilon) * out[k] + floor;
        }
    }

    /**
     * Draws an action by inverse CDF from one uniform draw.
     *
     * @param probs {@code double[n]} non-negative probabilities summing to about 1
     * @param rng the acting component's stream (one {@code nextDouble()} per call)
     * @return an index in [0, n); if round-off leaves the draw above the cumulative sum, the last index
     *     with positive probability
     * @throws IllegalArgumentException if {@code probs} is empty or has no positive entry
     */
    public static int sample(double[] probs, Rng rng) {
        double u = rng.nextDouble();
        double cumulative = 0.0;
        int lastPositive = -1;
        for (int k = 0; k < probs.length; k++) {
            if (probs[k] > 0.0) {
                cumulative += probs[k];
                lastPositive = k;
                if (u < cumulative) {
                    return k;
                }
            }
        }
        if (lastPositive < 0) {
            throw new IllegalArgumentException("probs must have a positive entry");
        }
        return lastPositive;
    }

    /**
     * Accumulates {@code gradient += ∇_params [logProbWeight · log π̃(action|obs) + entropyWeight · H(π̃(·|obs))]},
     * H = −Σ_b π̃_b log π̃_b, with one forward and one backward pass. For REINFORCE (Eq. 1.15 / Eq. 5.4)
     * pass the return or advantage as {@code logProbWeight}.
     *
     * @param params {@code double[net().parameterCount()]} the policy parameters
     * @param obs {@code double[net().inputs()]} the observation
     * @param action the action taken, in [0, actions())
     * @param epsilon the exploration floor ε in [0, 1]
     * @param logProbWeight the weight of log π̃(action|obs) (any finite value)
     * @param entropyWeight the weight of the entropy bonus (any finite value)
     * @param gradient {@code double[net().parameterCount()]} added to, never cleared
     * @param ws a workspace of {@code net()}; its forward state and spare buffers are overwritten
     * @throws IllegalArgumentException on wrong array lengths, an action out of range or ε outside [0, 1]
     */
    public void addGradient(double[] params, double[] obs, int action, double epsilon, double logProbWeight,
            double entropyWeight, double[] gradient, Network.Workspace ws) {
        addGradients(params, obs, action, epsilon, logProbWeight, entropyWeight, gradient, null, ws);
    }

    /**
     * As {@link #addGradient}, and also accumulates the score {@code score += ∇_params log π̃(action|obs)} from the
     * same forward pass (LIO keeps each step's score for its meta-gradient, thesis 001 Eq. 5.8).
     *
     * @param score {@code double[net().parameterCount()]} added to, or null to skip (one backward pass fewer)
     * @see #addGradient
     */
    public void addGradients(double[] params, double[] obs, int action, double epsilon, double logProbWeight,
            double entropyWeight, double[] gradient, double[] score, Network.Workspace ws) {
        requireEpsilon(epsilon);
        requireAction(action);
        double[] z = net.forward(params, obs, ws);
        double[] p = ws.outputScratch();
        double[] dz = ws.outputGradient();
        double logSumExp = Softmax.of(z, p);
        // dz temporarily holds log π̃_k, then is overwritten in place with the gradient.
        double meanLog = 0.0;
        for (int k = 0; k < p.length; k++) {
            dz[k] = logMixed(z, p, k, epsilon, logSumExp);
            meanLog += p[k] * dz[k];
        }
        double mixedA = (1.0 - epsilon) * p[action] + epsilon / p.length;
        double ratio = epsilon == 0.0 ? 1.0 : (1.0 - epsilon) * p[action] / mixedA;
        for (int k = 0; k < p.length; k++) {
            double dLog = ratio * ((k == action ? 1.0 : 0.0) - p[k]);
            double dEntropy = -(1.0 - epsilon) * p[k] * (dz[k] - meanLog);
            dz[k] = logProbWeight * dLog + entropyWeight * dEntropy;
            p[k] = dLog; // p is no longer needed: it now holds the score's cotangent
        }
        net.backward(params, ws, dz, 1.0, gradient);
        if (score != null) {
            net.backward(params, ws, p, 1.0, score);
        }
    }

    /**
     * @param params {@code double[net().parameterCount()]} the policy parameters
     * @param obs {@code double[net().inputs()]} the observation
     * @param action an action in [0, actions())
     * @param epsilon the exploration floor ε in [0, 1]
     * @param ws a workspace of {@code net()}; its forward state and spare buffers are overwritten
     * @return log π̃(action|obs), at most 0 (computed as a log-softmax when ε = 0, so it stays finite)
     * @throws IllegalArgumentException on wrong array lengths, an action out of range or ε outside [0, 1]
     */
    public double logProbability(double[] params, double[] obs, int action, double epsilon, Network.Workspace ws) {
        requireEpsilon(epsilon);
        requireAction(action);
        double[] z = net.forward(params, obs, ws);
        double[] p = ws.outputScratch();
        double logSumExp = Softmax.of(z, p);
        return logMixed(z, p, action, epsilon, logSumExp);
    }

    /**
     * @param params {@code double[net().parameterCount()]} the policy parameters
     * @param obs {@code double[net().inputs()]} the observation
     * @param epsilon the exploration floor ε in [0, 1]
     * @param ws a workspace of {@code net()}; its forward state and spare buffers are overwritten
     * @return H(π̃(·|obs)) = −Σ_b π̃_b log π̃_b in nats, in [0, log |A|]
     * @throws IllegalArgumentException on wrong array lengths or ε outside [0, 1]
     */
    public double entropy(double[] params, double[] obs, double epsilon, Network.Workspace ws) {
        requireEpsilon(epsilon);
        double[] z = net.forward(params, obs, ws);
        double[] p = ws.outputScratch();
        double logSumExp = Softmax.of(z, p);
        double h = 0.0;
        for (int k = 0; k < p.length; k++) {
            double mixed = (1.0 - epsilon) * p[k] + epsilon / p.length;
            h -= mixed * logMixed(z, p, k, epsilon, logSumExp);
        }
        return h;
    }


    /** log π̃_k; a log-softmax when ε = 0, so an underflowed p_k still gives a finite value. */
    private static double logMixed(double[] z, double[] p, int k, double epsilon, double logSumExp) {
        if (epsilon == 0.0) {
            return z[k] - logSumExp;
        }
        return Math.log((1.0 - epsilon) * p[k] + epsilon / p.length);
    }

    private static void requireEpsilon(double epsilon) {
        if (!(epsilon >= 0.0 && epsilon <= 1.0)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1], got " + epsilon);
        }
    }

    private void requireAction(int action) {
        if (action < 0 || action >= actions()) {
            throw new IllegalArgumentException("action must be in [0, " + actions() + "), got " + action);
        }
    }
}
