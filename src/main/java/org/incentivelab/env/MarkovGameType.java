package org.incentivelab.env;

/**
 * The stochastic games that LIO, the incentive designers, IQ-Flow, RL D3C and their baselines play (thesis 001 ch.
 * 5–6, seed 004 §5, seed 000 §3.3–3.5; JSON: lower case).
 */
public enum MarkovGameType {
    /** Escape Room ER(N, M), thesis 001 Fig. 5.1, §5.1, App. B.4.1 (digest 001 §5.2). */
    ESCAPE_ROOM,
    /** Iterated Prisoner's Dilemma with memory-1 observations, thesis 001 Table 5.1 (digest 001 §5.1). */
    IPD,
    /** IQ-Flow's iterated Prisoner's Dilemma, seed 004 Table 2, joint memory-1 observations (digest 004 §3.1). */
    PRISONERS_DILEMMA,
    /** IQ-Flow's iterated Chicken, seed 004 Table 3, joint memory-1 observations (digest 004 §3.1). */
    CHICKEN,
    /** IQ-Flow's iterated Stag Hunt, seed 004 Table 4, joint memory-1 observations (digest 004 §3.1). */
    STAG_HUNT,
    /** Two-player Cleanup on the 7×7 or 10×10 map, thesis 001 §5.3.1, Fig. 5.3, Table B.2 (digest 001 §5.3). */
    CLEANUP,
    /** D3C's Trust-Your-Brother: a predator and two prey on a ring, seed 000 §3.3 ({@link TrustYourBrother}). */
    TRUST_YOUR_BROTHER,
    /** D3C's Coins: two agents on a 5×5 board, seed 000 §3.4 ({@link org.incentivelab.env.grid.CoinGame}). */
    COINS;

    /** @return whether this is an iterated 2×2 matrix game ({@link IteratedMatrixGame}): two agents, no global view */
    public boolean matrixGame() {
        return this == IPD || this == PRISONERS_DILEMMA || this == CHICKEN || this == STAG_HUNT;
    }
}
