package org.incentivelab.math;

/**
 * RMSProp (Tieleman &amp; Hinton 2012) as optax's {@code rmsprop} with its defaults, the optimiser of IQ-Flow's
 * environment and incentivised critics and of its incentive function (seed 004 reference code, digest 004 §2.6):
 * ν ← ρν + (1 − ρ)g², θ ← θ − lr·g/√(ν + ε), with ρ = 0.9, ε = 1e-8, ν starting at 0 and no momentum.
 */
public final class RmsProp implements Optimizer {
    /** ρ, the decay of the running mean of squared gradients. */
    public static final double DECAY = 0.9;
    /** ε, added under the square root. */
    public static final double EPSILON = 1e-8;

    private final double lr;
    private final double[] nu;

    /**
     * @param lr learning rate, &gt; 0
     * @param size number of parameters this optimiser will update
     * @throws IllegalArgumentException if {@code lr} is not positive or {@code size} is negative
     */
    public RmsProp(double lr, int size) {
        if (!(lr > 0)) {
            throw new IllegalArgumentException("RMSProp learning rate must be > 0, got " + lr);
        }
        if (size < 0) {
            throw new IllegalArgumentException("RMSProp size must be ≥ 0, got " + size);
        }
        this.lr = lr;
        this.nu = new double[size];
    }

    @Override
    public void step(double[] params, double[] gradient) {
        for (int i = 0; i < params.length; i++) {
            double g = gradient[i];
            nu[i] = DECAY * nu[i] + (1 - DECAY) * g * g;
            params[i] -= lr * g / Math.sqrt(nu[i] + EPSILON);
        }
    }

    /**
     * The per-parameter factor the next step would divide its gradient by, inverted, without changing the state:
     * {@code out[i] = 1/√(ρν_i + (1 − ρ)g_i² + ε)}, so that the step would be {@code −lr·g_i·out[i]} (IQ-Flow's
     * simulated critic step with the state frozen, digest 004 §2.5).
     *
     * @param gradient g, {@code double[size]}
     * @param out {@code double[size]} overwritten
     */
    public void scaling(double[] gradient, double[] out) {
        for (int i = 0; i < nu.length; i++) {
            double g = gradient[i];
            out[i] = 1 / Math.sqrt(DECAY * nu[i] + (1 - DECAY) * g * g + EPSILON);
        }
    }
}
