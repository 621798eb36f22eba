package org.incentivelab.math;

/**
 * A first-order optimiser over one flat parameter vector. It <em>minimises</em>: callers that
 * ascend an objective pass the negated gradient.
 */
public interface Optimizer {
    /**
     * Updates {@code params} in place by one step against {@code gradient}.
     *
     * @param params the parameters, {@code double[n]}
     * @param gradient the gradient of the loss, {@code double[n]} (not modified)
     */
    void step(double[] params, double[] gradient);

    /** The optimisers the presets may name. */
    enum Kind {
        SGD, ADAM;

        /** @return a fresh optimiser of this kind for {@code size} parameters at learning rate {@code lr} */
        public Optimizer create(double lr, int size) {
            return this == SGD ? new Sgd(lr) : new Adam(lr, size);
        }
    }
}
