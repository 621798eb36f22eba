package org.incentivelab.env;

/**
 * The game of a preset.
 *
 * @param players N in [2, {@value DilemmaGame#MAX_PLAYERS}]; 2 is the 2×2 matrix game
 * @param payoffs R, S, T, P (per round)
 */
public record GameConfig(int players, SocialDilemma payoffs) {
    /** @return the game */
    public DilemmaGame create() {
        return new DilemmaGame(players, payoffs);
    }
}
