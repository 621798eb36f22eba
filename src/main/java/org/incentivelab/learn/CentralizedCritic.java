package org.incentivelab.learn;

import org.incentivelab.math.Adam;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Rng;

/**
 * The learners' centralised state-value critic of thesis 003 §4.2 ("learners use a centralized critic
 * [66] to learn their value function"), as the reference code's centralised variant: a state value V over all
 * players' action probabilities (not Eq. 3.11's Q(s, a_1 … a_N) over sampled actions), shaped: input = a dummy state 0
 * followed by every player's (P(C), P(D)), so {@code double[1 + 2N]}; one hidden layer of 20 ReLU
 * units (weights N(0, 0.1²), biases 0.1); a linear output V.
 *
 * <p>Trained on the TD error δ = r + γ·V(s′) − V(s) with loss δ² (semi-gradient: the target is held
 * fixed). The matrix game's state never changes and no episode end is signalled, so s′ = s and V
 * approaches r/(1 − γ); δ then acts as the advantage r − baseline for the actor.
 */
public final class CentralizedCritic {
    /** Hidden units of the reference code. */
    public static final int HIDDEN = 20;

    private final int inputs;
    private final double gamma;
    private final double[] params; // [w1 (HIDDEN×inputs), b1 (HIDDEN), w2 (HIDDEN), b2]
    private final double[] grad;
    private final double[] hidden = new double[HIDDEN];
    private final double[] input;
    private final Optimizer optimizer;

    /**
     * @param players N, the number of players whose probabilities the critic sees
     * @param gamma discount γ in [0, 1)
     * @param lr the critic's Adam learning rate (Adam as in the reference code)
     * @param rng stream for the initial weights
     */
    public CentralizedCritic(int players, double gamma, double lr, Rng rng) {
        this.inputs = 1 + 2 * players;
        this.gamma = gamma;
        this.params = new double[HIDDEN * inputs + 2 * HIDDEN + 1];
        this.grad = new double[params.length];
        this.input = new double[inputs];
        int k = 0;
        for (; k < HIDDEN * inputs; k++) {
            params[k] = 0.1 * rng.nextGaussian();
        }
        for (int h = 0; h < HIDDEN; h++) {
            params[k++] = 0.1;
        }
        for (int h = 0; h < HIDDEN; h++) {
            params[k++] = 0.1 * rng.nextGaussian();
        }
        params[k] = 0.1;
        this.optimizer = new Adam(lr, params.length);
    }

    /**
     * Computes the TD error for reward {@code r} and takes one optimiser step on δ².
     *
     * @param probabilities {@code double[N]}, every player's P(C) this round
     * @param reward the learner's total reward this round (environment + incentive)
     * @return δ = r + γV(s′) − V(s), with s′ = s
     */
    public double learn(double[] probabilities, double reward) {
        input[0] = 0;
        for (int j = 0; j < probabilities.length; j++) {
            input[1 + 2 * j] = probabilities[j];
            input[2 + 2 * j] = 1 - probabilities[j];
        }
        double value = forward();
        double delta = reward + gamma * value - value;
        backward(-2 * delta); // ∂δ²/∂V(s) with the target held fixed
        optimizer.step(params, grad);
        return delta;
    }

    private double forward() {
        int b1 = HIDDEN * inputs;
        int w2 = b1 + HIDDEN;
        double out = params[w2 + HIDDEN];
        for (int h = 0; h < HIDDEN; h++) {
            double z = params[b1 + h];
            int row = h * inputs;
            for (int x = 0; x < inputs; x++) {
                z += params[row + x] * input[x];
            }
            hidden[h] = z > 0 ? z : 0;
            out += params[w2 + h] * hidden[h];
        }
        return out;
    }

    private void backward(double dOut) {
        int b1 = HIDDEN * inputs;
        int w2 = b1 + HIDDEN;
        grad[w2 + HIDDEN] = dOut;
        for (int h = 0; h < HIDDEN; h++) {
            grad[w2 + h] = dOut * hidden[h];
            double dz = hidden[h] > 0 ? dOut * params[w2 + h] : 0;
            grad[b1 + h] = dz;
            int row = h * inputs;
            for (int x = 0; x < inputs; x++) {
                grad[row + x] = dz * input[x];
            }
        }
    }
}
