package org.incentivelab.mech.lio;

import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Network;

/**
 * A continuous give-reward policy: u ~ N(f_φ(x), 1) per output and a gift R_max·σ(u). The density's
 * change-of-variables factor does not depend on φ, so the REINFORCE gradient of Σ_t G_t log π is
 * Σ_t G_t (u_t − f_φ(x_t)) ∇_φ f_φ(x_t). Used by PG-c (thesis 001 §5.3.2, App. B.4.2: x = the giver's observation,
 * one output per other agent, plain SGD, the giver pays through its own return) and by the dual-RL (c) designer
 * (App. C.2.2: x = the designer's input, one output per action type, Adam, the cost subtracted from R^ID).
 */
final class GaussianGift {
    final double[] phi;
    private final Network net;
    private final Network.Workspace ws;
    private final Optimizer optimizer;
    private final double[] gradient;
    private final double[] dOut;

    /**
     * @param net the mean network f_φ (an {@link org.incentivelab.nn.Mlp} or, on images, a
     *     {@link org.incentivelab.nn.ConvNet}); its outputs are the gifts per draw
     * @param optimizer the kind of optimiser of φ (SGD for PG-c, Adam for the designer)
     * @param learningRate its learning rate
     * @param init the initialisation stream
     */
    GaussianGift(Network net, Optimizer.Kind optimizer, double learningRate, Rng init) {
        this.net = net;
        this.phi = new double[net.parameterCount()];
        net.initialize(phi, init);
        this.ws = net.workspace();
        this.optimizer = optimizer.create(learningRate, phi.length);
        this.gradient = new double[phi.length];
        this.dOut = new double[net.outputs()];
    }

    /** Draws u ~ N(f_φ(input), 1) into {@code draws} and writes R_max σ(u) into {@code gifts}. */
    void give(double[] input, double maxReward, Rng rng, double[] draws, double[] gifts) {
        double[] mean = net.forward(phi, input, ws);
        for (int k = 0; k < dOut.length; k++) {
            draws[k] = mean[k] + rng.nextGaussian();
            gifts[k] = maxReward / (1 + Math.exp(-draws[k]));
        }
    }

    /** Accumulates weight·∇_φ log N(draws; f_φ(input), 1) = weight·(u − f_φ(input))·∇f_φ(input). */
    void addScore(double[] input, double[] draws, double weight) {
        double[] mean = net.forward(phi, input, ws);
        for (int k = 0; k < dOut.length; k++) {
            dOut[k] = draws[k] - mean[k];
        }
        net.backward(phi, ws, dOut, weight, gradient);
    }

    /** One optimiser step up the accumulated gradient, which is then cleared. */
    void ascend() {
        for (int p = 0; p < gradient.length; p++) {
            gradient[p] = -gradient[p];
        }
        optimizer.step(phi, gradient);
        java.util.Arrays.fill(gradient, 0);
    }

    /** @return log N(draws; f_φ(input), 1) up to its constant, for finite-difference checks */
    double logDensity(double[] input, double[] draws) {
        double[] mean = net.forward(phi, input, ws);
        double sum = 0;
        for (int k = 0; k < dOut.length; k++) {
            sum -= 0.5 * (draws[k] - mean[k]) * (draws[k] - mean[k]);
        }
        return sum;
    }
}
