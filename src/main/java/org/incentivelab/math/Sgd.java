package org.incentivelab.math;

/** Plain gradient descent: θ ← θ − lr·g. */
public final class Sgd implements Optimizer {
    private final double lr;

    /** @param lr learning rate, &gt; 0 */
    public Sgd(double lr) {
        this.lr = lr;
    }

    @Override
    public void step(double[] params, double[] gradient) {
        for (int i = 0; i < params.length; i++) {
            params[i] -= lr * gradient[i];
        }
    }
}
