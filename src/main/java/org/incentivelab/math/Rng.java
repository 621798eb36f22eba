package org.incentivelab.math;

import java.util.SplittableRandom;

/**
 * A seeded random stream for one component of a run.
 *
 * <p>Every component (each learner, the planner, …) draws from its own stream, derived from the
 * run's master seed and the component's name, so adding draws in one component never shifts the
 * numbers of another, and the same master seed replays a run bit for bit (DESIGN §5). The engine
 * uses no other source of randomness.
 */
public final class Rng {
    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The stream of one named component of a run.
     *
     * @param masterSeed the run's seed (any long)
     * @param component a stable name such as {@code "learner-0"} or {@code "planner"}
     * @return a stream that depends only on both arguments
     */
    public static Rng forComponent(long masterSeed, String component) {
        long h = 0xcbf29ce484222325L; // FNV-1a, stable across JVMs unlike String.hashCode mixing
        for (int i = 0; i < component.length(); i++) {
            h ^= component.charAt(i);
            h *= 0x100000001b3L;
        }
        return new Rng(mix(masterSeed ^ mix(h)));
    }

    /** @return a uniform double in [0, 1) */
    public double nextDouble() {
        return random.nextDouble();
    }

    /** @return a standard normal draw (Box–Muller, one of the pair) */
    public double nextGaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** @param p probability in [0, 1] @return true with probability p */
    public boolean bernoulli(double p) {
        return random.nextDouble() < p;
    }

    private static long mix(long z) { // SplitMix64 finaliser
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
