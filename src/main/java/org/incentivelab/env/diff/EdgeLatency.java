package org.incentivelab.env.diff;

/**
 * The latency of one road of the Braess network: perDriver·n + constant minutes for n drivers on it (seed 000
 * Fig. 2a: SA and BE 10·n, AE and SB 45, the shortcut AB 0).
 *
 * @param perDriver minutes per driver on the road, ≥ 0
 * @param constant fixed minutes, ≥ 0
 */
public record EdgeLatency(double perDriver, double constant) {
    /** @throws IllegalArgumentException if a part is negative or not finite */
    public EdgeLatency {
        if (!(perDriver >= 0) || !(constant >= 0) || !Double.isFinite(perDriver) || !Double.isFinite(constant)) {
            throw new IllegalArgumentException("latency parts must be finite and >= 0, got " + perDriver + "·n + "
                    + constant);
        }
    }

    /**
     * @param drivers n, the (expected) number of drivers on the road
     * @return the latency in minutes
     */
    public double at(double drivers) {
        return perDriver * drivers + constant;
    }
}
