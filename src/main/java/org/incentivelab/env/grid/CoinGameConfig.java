package org.incentivelab.env.grid;

/**
 * Settings of one {@link CoinGame}.
 *
 * <p>{@link #amd()} is the 3×3 game of the adaptive-mechanism-design thesis (thesis 003 §4.3.1.1, digest 003 §3.7);
 * {@link #d3c()} is the 5×5 "Coins" game of the D3C paper (paper 000 §3.4, digest 000 §3.4).
 *
 * @param size side of the square board, at least 2 (3 or 5 in the sources)
 * @param maxSteps episode length in steps, at least 1
 * @param toroidal {@code true}: moves wrap around the edges; {@code false}: a move off the board leaves the agent
 *     where it is
 * @param stayAction whether a fifth action "stay" exists besides the 4 moves
 * @param spawnRule how coins appear
 * @param spawnProbability per-cell, per-colour, per-step coin probability for {@link CoinSpawnRule#PER_CELL}, in
 *     [0, 0.5]; ignored by the single-coin rules
 */
public record CoinGameConfig(int size, int maxSteps, boolean toroidal, boolean stayAction, CoinSpawnRule spawnRule,
        double spawnProbability) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if a value is outside the range documented on the record components
     * @throws NullPointerException if {@code spawnRule} is null
     */
    public CoinGameConfig {
        if (size < 2) {
            throw new IllegalArgumentException("size must be at least 2, got " + size);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1, got " + maxSteps);
        }
        if (spawnRule == null) {
            throw new NullPointerException("spawnRule");
        }
        if (!(spawnProbability >= 0.0 && spawnProbability <= 0.5)) {
            throw new IllegalArgumentException("spawnProbability must be in [0, 0.5], got " + spawnProbability);
        }
    }

    /**
     * The 3×3 Coin Game of thesis 003 §4.3.1.1 with the reference code's rules (digest 003 §3.7): 4 moves with
     * toroidal wrap, no stay, one coin at a time with alternating colour (the thesis says random colour, the code
     * alternates; we follow the code), and 100 steps per episode (the thesis; the code's config uses 20).
     *
     * @return (3, 100, toroidal, no stay, {@link CoinSpawnRule#ALTERNATING}, 0)
     */
    public static CoinGameConfig amd() {
        return new CoinGameConfig(3, 100, true, false, CoinSpawnRule.ALTERNATING, 0.0);
    }

    /**
     * The 5×5 Coins game of paper 000 §3.4 (digest 000 §3.4): coins of both colours spawn per cell with probability
     * 0.005 each step, 500 steps. The paper gives neither the action set nor the edge rule; we choose 4 moves + stay
     * (the brief's default, digest 000 §3.4 "the usual choice is 4 moves, optionally stay") and toroidal wrap like
     * the 3×3 game of the same lineage.
     *
     * @return (5, 500, toroidal, stay, {@link CoinSpawnRule#PER_CELL}, 0.005)
     */
    public static CoinGameConfig d3c() {
        return new CoinGameConfig(5, 500, true, true, CoinSpawnRule.PER_CELL, 0.005);
    }
}
