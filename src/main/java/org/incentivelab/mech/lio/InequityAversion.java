package org.incentivelab.mech.lio;

import java.util.Arrays;

/**
 * The inequity-aversion reward of Hughes et al. (NeurIPS 2018), the IA baseline of thesis 001 §5.3.2 (App. B.4.2,
 * Table B.5; reference code inequity_aversion.py). Each agent keeps a temporally smoothed reward, updated after
 * every step with the step's extrinsic reward, e_i ← γλ·e_i + r_i (reset each episode), and trains on
 * r̃_i = r_i − α/(N−1)·Σ_{j≠i} max(e_j − e_i, 0) − β/(N−1)·Σ_{j≠i} max(e_i − e_j, 0): α weighs disadvantageous
 * inequity (others ahead), β advantageous inequity (self ahead). The agents also observe everyone's smoothed
 * rewards as they stood before the step (Table B.5: concatenated after the first dense layer). One instance per
 * episode player; not thread-safe.
 */
final class InequityAversion {
    /** Table B.5: aversion to disadvantageous inequity α. */
    static final double DISADVANTAGEOUS = 0.0;
    /** Table B.5: aversion to advantageous inequity β. */
    static final double ADVANTAGEOUS = 0.05;
    /** Table B.5: the smoothing λ of the traces (their decay per step is γλ). */
    static final double SMOOTHING = 0.95;

    private final double alpha;
    private final double beta;
    private final double decay;
    private final double[] traces;

    /**
     * @param agents N ≥ 2
     * @param gamma the agents' discount γ in [0, 1]
     * @param alpha α ≥ 0, the weight of disadvantageous inequity
     * @param beta β ≥ 0, the weight of advantageous inequity
     * @param lambda λ in [0, 1], the smoothing
     * @throws IllegalArgumentException naming the parameter out of range
     */
    InequityAversion(int agents, double gamma, double alpha, double beta, double lambda) {
        if (agents < 2) {
            throw new IllegalArgumentException("inequity aversion needs at least 2 agents, got " + agents);
        }
        if (!(gamma >= 0 && gamma <= 1) || !(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("γ and λ must be in [0, 1], got γ = " + gamma + ", λ = " + lambda);
        }
        if (!(alpha >= 0) || !(beta >= 0)) {
            throw new IllegalArgumentException("α and β must be ≥ 0, got α = " + alpha + ", β = " + beta);
        }
        this.alpha = alpha;
        this.beta = beta;
        this.decay = gamma * lambda;
        this.traces = new double[agents];
    }

    /** @return the thesis's IA (Table B.5: α = 0, β = 0.05, λ = 0.95) for N agents with discount γ */
    static InequityAversion thesis(int agents, double gamma) {
        return new InequityAversion(agents, gamma, DISADVANTAGEOUS, ADVANTAGEOUS, SMOOTHING);
    }

    /** Zeroes the smoothed rewards (start of an episode). */
    void reset() {
        Arrays.fill(traces, 0);
    }

    /** Writes the smoothed rewards e_0 … e_{N−1} into {@code out[offset … offset + N)}. */
    void observe(double[] out, int offset) {
        System.arraycopy(traces, 0, out, offset, traces.length);
    }

    /**
     * Folds one step's extrinsic rewards into the smoothed rewards, then writes each agent's inequity term.
     *
     * @param rewards the step's extrinsic rewards {@code double[N]}
     * @param out {@code double[N]} receiving r̃_i − r_i (≤ 0), per step
     */
    void shape(double[] rewards, double[] out) {
        int n = traces.length;
        for (int i = 0; i < n; i++) {
            traces[i] = decay * traces[i] + rewards[i];
        }
        for (int i = 0; i < n; i++) {
            double behind = 0;
            double ahead = 0;
            for (int j = 0; j < n; j++) {
                behind += Math.max(traces[j] - traces[i], 0);
                ahead += Math.max(traces[i] - traces[j], 0);
            }
            out[i] = -(alpha * behind + beta * ahead) / (n - 1);
        }
    }
}
