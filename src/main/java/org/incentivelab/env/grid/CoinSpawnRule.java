package org.incentivelab.env.grid;

/** How coins appear in a {@link CoinGame}. */
public enum CoinSpawnRule {
    /**
     * One coin at a time; after a pick-up a new coin appears at a uniformly random cell without an agent, its colour
     * alternating with the previous coin's (reference code file {@code marltoolbox/envs/coin_game.py},
     * {@code _switch_between_coin_color_at_each_generation}; digest 003 §3.7 [CODE]). The first coin of an episode
     * has a uniformly random colour. Used by {@link CoinGameConfig#amd()}.
     */
    ALTERNATING,
    /**
     * One coin at a time, as {@link #ALTERNATING}, but every new coin has a uniformly random colour (thesis 003
     * §4.3.1.1: "A new coin with random colour and random position appears after the last one is picked up").
     */
    RANDOM_COLOUR,
    /**
     * Many coins: every step, each cell without a coin and without an agent gets a coin of agent 0's colour with
     * probability p and one of agent 1's colour with probability p (one draw per cell, the two outcomes exclusive),
     * p = {@link CoinGameConfig#spawnProbability()} (paper 000 §3.4: "coins of two types … randomly spawn at each
     * time step with probability 0.005", read per cell as in digest 000 §3.4). Used by {@link CoinGameConfig#d3c()}.
     */
    PER_CELL
}
