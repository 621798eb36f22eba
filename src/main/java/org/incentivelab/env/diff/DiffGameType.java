package org.incentivelab.env.diff;

/** The differentiable games of D3C (seed 000 §3.1–3.2). */
public enum DiffGameType {
    /** The Braess network of {@code game.braess} (Fig. 2a, 3). */
    BRAESS,
    /** A new random network with the paradox per run, {@code game.braess.drivers} drivers (Fig. 2b). */
    RANDOM_BRAESS,
    /** The n-player convex Prisoner's Dilemma of Eq. 12 with {@code game.players} and {@code game.cooperation}. */
    PRISONERS_DILEMMA,
    /** A 2×2 game of {@code game.payoffs} in expected form ({@link ExpectedMatrixGame}). */
    MATRIX
}
