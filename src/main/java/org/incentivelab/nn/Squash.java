package org.incentivelab.nn;

/**
 * How an incentive network's logit z becomes a payment in [0, R): the squashing function of a {@link BoundedHead}.
 */
public enum Squash {
    /**
     * r = R·σ(z) ∈ (0, R), σ(0) = ½: LIO's incentive function (thesis 001 Eq. 5.1), the MetaGrad designer (§6.3.2)
     * and IQ-Flow's regulator (seed 004 §4, "sigmoid × 2").
     */
    SIGMOID {
        @Override
        double value(double z, double scale) {
            return scale / (1 + Math.exp(-z));
        }

        @Override
        double slope(double z, double scale, double weight) {
            double s = 1 / (1 + Math.exp(-z));
            return weight * scale * s * (1 - s);
        }
    },
    /**
     * r = R·|tanh z| ∈ [0, R), zero at z = 0: the reference IQ-Flow code's {@code abs_tanh} output, used with its
     * {@code mini_init} (digest 004 §2.6), so that payments start near nothing; ∂r/∂z = R·sign(z)·(1 − tanh² z), 0
     * at z = 0.
     */
    ABS_TANH {
        @Override
        double value(double z, double scale) {
            return scale * Math.abs(Math.tanh(z));
        }

        @Override
        double slope(double z, double scale, double weight) {
            double t = Math.tanh(z);
            return weight * scale * Math.signum(z) * (1 - t * t);
        }
    };

    /**
     * @param z the logit
     * @param scale R &gt; 0
     * @return the payment
     */
    abstract double value(double z, double scale);

    /**
     * @param z the logit
     * @param scale R
     * @param weight w
     * @return w·∂r/∂z
     */
    abstract double slope(double z, double scale, double weight);
}
