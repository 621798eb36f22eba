package org.incentivelab.env.diff;

import org.incentivelab.math.Rng;

/**
 * The Braess network S → {A, B} → E with the shortcut A → B (seed 000 §3.1, Fig. 2a).
 *
 * @param drivers N in [2, {@value #MAX_DRIVERS}] (4 in the paper)
 * @param sa road S→A
 * @param ae road A→E
 * @param sb road S→B
 * @param be road B→E
 * @param ab the shortcut A→B
 * @param shortcut whether the shortcut is open
 */
public record BraessConfig(int drivers, EdgeLatency sa, EdgeLatency ae, EdgeLatency sb, EdgeLatency be,
        EdgeLatency ab, boolean shortcut) {
    /** Largest N: the optimum and the Nash equilibria are found by enumerating 3^N pure profiles. */
    public static final int MAX_DRIVERS = 8;

    /** @return the paper's network (4 drivers, 10·n, 45, shortcut 0) with the shortcut open or closed */
    public static BraessConfig paper(boolean shortcut) {
        return new BraessConfig(4, new EdgeLatency(10, 0), new EdgeLatency(0, 45), new EdgeLatency(0, 45),
                new EdgeLatency(10, 0), new EdgeLatency(0, 0), shortcut);
    }

    /**
     * A random network with Braess's paradox (Fig. 2b; the generator is not in the paper, digest 000 §3.1 [recon]):
     * SA = BE = a·n with a uniform in [5, 15], AE = SB = b uniform in [aN, 1.5aN), the shortcut free and open. With
     * b &gt; aN the shortcut route is dominant (a·n_BE ≤ aN &lt; b), so every driver takes it and commutes 2aN, worse
     * than the even split without it, aN/2 + b, while b &lt; 1.5aN.
     *
     * @param drivers N
     * @param rng the stream
     * @return the network
     */
    public static BraessConfig random(int drivers, Rng rng) {
        double a = 5 + 10 * rng.nextDouble();
        double b = a * drivers * (1 + 0.5 * rng.nextDouble());
        return new BraessConfig(drivers, new EdgeLatency(a, 0), new EdgeLatency(0, b), new EdgeLatency(0, b),
                new EdgeLatency(a, 0), new EdgeLatency(0, 0), true);
    }

    /** @return a copy with the shortcut open or closed */
    public BraessConfig withShortcut(boolean open) {
        return new BraessConfig(drivers, sa, ae, sb, be, ab, open);
    }

    /** @return the five roads in the order of {@link BraessNetwork#EDGES} */
    public EdgeLatency[] edges() {
        return new EdgeLatency[] {sa, ae, sb, be, ab};
    }
}
