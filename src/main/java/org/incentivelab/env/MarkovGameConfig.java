package org.incentivelab.env;

import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.env.grid.CoinGame;
import org.incentivelab.env.grid.CoinGameConfig;
import org.incentivelab.env.grid.CleanupConfig;
import org.incentivelab.math.Rng;

/**
 * The stochastic game of a LIO preset.
 *
 * @param type Escape Room, the iterated Prisoner's Dilemma or Cleanup
 * @param agents N: in [2, {@link #MAX_AGENTS}] for Escape Room, exactly 2 for the IPD and Cleanup
 * @param leverNeeded M, agents needed at the lever to open the door, in [1, N − 1] (Escape Room; the others ignore
 *     it)
 * @param steps the episode length: Escape Room's step limit (5 in the thesis), the IPD's rounds per episode (5) or
 *     Cleanup's steps (50, Table B.2; replaces {@code cleanup.maxSteps}), in [1, 100]
 * @param cleanup Cleanup's Table B.2 parameters and map (JSON: an object with the fields of {@link CleanupConfig});
 *     required for Cleanup, null for the others
 */
public record MarkovGameConfig(MarkovGameType type, int agents, int leverNeeded, int steps, CleanupConfig cleanup) {
    /** Largest Escape Room. */
    public static final int MAX_AGENTS = 10;

    /**
     * Escape Room or the IPD (no Cleanup settings).
     *
     * @param type the game
     * @param agents N
     * @param leverNeeded M
     * @param steps the episode length
     */
    public MarkovGameConfig(MarkovGameType type, int agents, int leverNeeded, int steps) {
        this(type, agents, leverNeeded, steps, null);
    }

    /**
     * @param seed the run's master seed: Cleanup's spawns and move conflicts draw from its "environment" stream
     * @return a fresh game at its start state
     */
    public MarkovGame create(long seed) {
        return switch (type) {
            case ESCAPE_ROOM -> new EscapeRoom(agents, leverNeeded, steps);
            case IPD -> IteratedMatrixGame.lioPrisonersDilemma(steps);
            case PRISONERS_DILEMMA, CHICKEN, STAG_HUNT -> new IteratedMatrixGame(payoffs(), steps, false);
            case CLEANUP -> new Cleanup(cleanupConfig(), Rng.forComponent(seed, "environment"));
            case TRUST_YOUR_BROTHER -> new TrustYourBrother(steps, Rng.forComponent(seed, "environment"));
            case COINS -> new CoinGame(coinsConfig(), Rng.forComponent(seed, "environment"));
        };
    }

    /** @return D3C's 5×5 Coins ({@link CoinGameConfig#d3c()}) with {@link #steps()} as the episode length */
    public CoinGameConfig coinsConfig() {
        CoinGameConfig c = CoinGameConfig.d3c();
        return new CoinGameConfig(c.size(), steps, c.toroidal(), c.stayAction(), c.spawnRule(), c.spawnProbability());
    }

    /** @return the Cleanup settings with {@link #steps()} as the episode length (Cleanup only) */
    public CleanupConfig cleanupConfig() {
        CleanupConfig c = cleanup;
        return new CleanupConfig(c.map(), c.appleRespawnProbability(), c.thresholdDepletion(),
                c.thresholdRestoration(), c.wasteSpawnProbability(), c.viewSize(), steps, c.randomSpawn());
    }

    /**
     * @return the best collective extrinsic return per episode: 10(N − M) − M for ER(N, M) (digest 001 §5.2), the best
     *     joint payoff per round times the rounds for a matrix game (−2 per round for the IPD), both prey running every
     *     step in Trust-Your-Brother, NaN for Cleanup and Coins (no closed form; Cen and the cooperative baseline are
     *     their upper bounds)
     */
    public double optimalReturn() {
        return switch (type) {
            case ESCAPE_ROOM -> EscapeRoom.optimalReturn(agents, leverNeeded);
            case IPD, PRISONERS_DILEMMA, CHICKEN, STAG_HUNT -> payoffs().optimalCollectivePerRound() * steps;
            case TRUST_YOUR_BROTHER -> TrustYourBrother.bestReturn(steps);
            case CLEANUP, COINS -> Double.NaN;
        };
    }

    /**
     * @return the payoff table of a matrix game: Table 5.1 of thesis 001 (IPD) or Tables 2–4 of seed 004
     * @throws IllegalStateException for Escape Room and Cleanup
     */
    public MatrixPayoffs payoffs() {
        return switch (type) {
            case IPD -> MatrixPayoffs.LIO_PRISONERS_DILEMMA;
            case PRISONERS_DILEMMA -> MatrixPayoffs.PRISONERS_DILEMMA;
            case CHICKEN -> MatrixPayoffs.CHICKEN;
            case STAG_HUNT -> MatrixPayoffs.STAG_HUNT;
            default -> throw new IllegalStateException(label() + " has no payoff table");
        };
    }

    /** @return a short label: "ER(2,1)", "IPD", "iterated Chicken" or "Cleanup 7×7" */
    public String label() {
        return switch (type) {
            case ESCAPE_ROOM -> "ER(" + agents + "," + leverNeeded + ")";
            case IPD -> "IPD";
            case PRISONERS_DILEMMA -> "iterated PD";
            case CHICKEN -> "iterated Chicken";
            case STAG_HUNT -> "iterated Stag Hunt";
            case CLEANUP -> "Cleanup " + cleanup.map().replace("x", "×");
            case TRUST_YOUR_BROTHER -> "Trust-Your-Brother";
            case COINS -> "Coins 5×5";
        };
    }
}
