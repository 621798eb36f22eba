package org.incentivelab.run;

import org.incentivelab.env.SocialDilemma;

/**
 * The focus run of a planning-agent batch (thesis 003): its game and what the planner pays now.
 *
 * @param payoffs the game's R, S, T, P
 * @param players N
 * @param maxReward the planner's bound c
 * @param cooperation focus run's P(C) per player, {@code double[N]}
 * @param incentives focus run's incentive tables {@code double[N][2][N]} indexed
 *     [player][own action 0 = D, 1 = C][other cooperators k], per round: what the planner pays now (overrides
 *     included), all zero while it is inactive
 * @param overridden which cells the user overrides, {@code boolean[N][2][N]} (all false while the planner is
 *     inactive, when overrides are not applied)
 */
public record PlannerState(
        SocialDilemma payoffs,
        int players,
        double maxReward,
        double[] cooperation,
        double[][][] incentives,
        boolean[][][] overridden) implements RunState {

    /** @return the focus run's planner-modified game for a player of a 2-player game (payoffs + incentives) */
    public SocialDilemma modifiedGame(int player) {
        return payoffs.plus(incentives[player]);
    }
}
