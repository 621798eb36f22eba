package org.incentivelab.nn;

import org.incentivelab.math.Rng;

/**
 * A network whose {@link #initialize} is the orthogonal one ({@link Network#initializeOrthogonal}) with a fixed
 * gain: JAXRL's {@code default_init}, orthogonal with gain √2 for every dense layer, used by IQ-Flow's reference
 * critics and incentive network (digest 004 §2.6). Everything else is the wrapped network's.
 */
public final class OrthogonalInit extends DelegatingNetwork {
    /** JAXRL's default gain, √2. */
    public static final double RELU_GAIN = Math.sqrt(2);

    private final double gain;

    /**
     * @param net the network
     * @param gain the orthogonal scale, &gt; 0
     * @throws IllegalArgumentException if the gain is not positive
     */
    public OrthogonalInit(Network net, double gain) {
        super(net);
        if (!(gain > 0)) {
            throw new IllegalArgumentException("orthogonal gain must be > 0, got " + gain);
        }
        this.gain = gain;
    }

    @Override
    public void initialize(double[] params, Rng rng) {
        net.initializeOrthogonal(params, rng, gain);
    }
}
