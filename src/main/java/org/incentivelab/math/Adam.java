package org.incentivelab.math;

import java.util.Arrays;

/**
 * Adam (Kingma &amp; Ba 2015) with the TensorFlow 1.x defaults β1 = 0.9, β2 = 0.999, ε = 1e-8 that the
 * reference code of the planning-agent thesis used.
 */
public final class Adam implements Optimizer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double lr;
    private final double[] m;
    private final double[] v;
    private double beta1Power = 1;
    private double beta2Power = 1;

    /**
     * @param lr learning rate, &gt; 0
     * @param size number of parameters this optimiser will update
     */
    public Adam(double lr, int size) {
        this.lr = lr;
        this.m = new double[size];
        this.v = new double[size];
    }

    /** Forgets the moments and the step count, as a freshly created optimiser. */
    public void reset() {
        Arrays.fill(m, 0);
        Arrays.fill(v, 0);
        beta1Power = 1;
        beta2Power = 1;
    }

    @Override
    public void step(double[] params, double[] gradient) {
        beta1Power *= BETA1;
        beta2Power *= BETA2;
        double rate = lr * Math.sqrt(1 - beta2Power) / (1 - beta1Power);
        for (int i = 0; i < params.length; i++) {
            double g = gradient[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            params[i] -= rate * m[i] / (Math.sqrt(v[i]) + EPSILON);
        }
    }
}
