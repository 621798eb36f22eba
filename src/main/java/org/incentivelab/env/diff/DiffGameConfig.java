package org.incentivelab.env.diff;

import org.incentivelab.math.Rng;

/**
 * The game of a D3C preset. Fields a type does not use are null.
 *
 * @param type which game
 * @param braess the network (BRAESS), or the number of drivers and the shortcut (RANDOM_BRAESS, latencies drawn per
 *     run); null for the Prisoner's Dilemma
 * @param players n in [2, 50] for the Prisoner's Dilemma (10 in the paper), else null
 * @param cooperation c &gt; 0 for the Prisoner's Dilemma (1 in the paper), else null
 */
public record DiffGameConfig(DiffGameType type, BraessConfig braess, Integer players, Double cooperation) {
    /** @return the number of agents */
    public int agents() {
        return type == DiffGameType.PRISONERS_DILEMMA ? players : braess.drivers();
    }

    /**
     * @param rng the run's stream (random networks draw their latencies from it)
     * @return the game of one run
     */
    public DifferentiableGame create(Rng rng) {
        return switch (type) {
            case BRAESS -> new BraessNetwork(braess);
            case RANDOM_BRAESS -> new BraessNetwork(BraessConfig.random(braess.drivers(), rng)
                    .withShortcut(braess.shortcut()));
            case PRISONERS_DILEMMA -> new ConvexPrisonersDilemma(players, cooperation);
        };
    }

    /** @return a copy with the Braess shortcut open or closed (a no-op for the Prisoner's Dilemma) */
    public DiffGameConfig withShortcut(boolean open) {
        return braess == null ? this : new DiffGameConfig(type, braess.withShortcut(open), players, cooperation);
    }
}
