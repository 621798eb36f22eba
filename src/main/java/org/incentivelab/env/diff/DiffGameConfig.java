package org.incentivelab.env.diff;

import org.incentivelab.env.SocialDilemma;
import org.incentivelab.math.Rng;

/**
 * The game of a D3C preset. Fields a type does not use are null.
 *
 * @param type which game
 * @param braess the network (BRAESS), or the number of drivers and the shortcut (RANDOM_BRAESS, latencies drawn per
 *     run); null for the Prisoner's Dilemma
 * @param players n in [2, 50] for the Prisoner's Dilemma (10 in the paper), else null
 * @param cooperation c &gt; 0 for the Prisoner's Dilemma (1 in the paper), else null
 * @param payoffs R, S, T, P of a 2×2 game (MATRIX), else null
 */
public record DiffGameConfig(DiffGameType type, BraessConfig braess, Integer players, Double cooperation,
        SocialDilemma payoffs) {
    /** @return the number of agents */
    public int agents() {
        return switch (type) {
            case PRISONERS_DILEMMA -> players;
            case MATRIX -> 2;
            default -> braess.drivers();
        };
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
            case MATRIX -> new ExpectedMatrixGame(payoffs);
        };
    }
}
