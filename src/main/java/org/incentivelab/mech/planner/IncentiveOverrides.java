package org.incentivelab.mech.planner;

import java.util.Arrays;
import org.incentivelab.env.DilemmaGame;

/**
 * The user's live overrides of single cells of the incentive table, one value per player, own action and number
 * k of other cooperators (the cells of {@link PlanningAgent#incentiveTable(int, double[][])}). An override
 * replaces the applied incentive of its cell after the revenue-neutral centring; the planner's own learning
 * still uses its model.
 */
final class IncentiveOverrides {
    private final int players;
    private final double maxReward;
    private final double[][][] values; // [player][own action][other cooperators], NaN = none

    /**
     * @param players N
     * @param maxReward c, the bound on an override's magnitude
     */
    IncentiveOverrides(int players, double maxReward) {
        this.players = players;
        this.maxReward = maxReward;
        this.values = new double[players][2][players];
        for (double[][] player : values) {
            for (double[] row : player) {
                Arrays.fill(row, Double.NaN);
            }
        }
    }

    /**
     * Sets one cell; NaN clears it.
     *
     * @throws IllegalArgumentException if an index or the value is out of range
     */
    void set(int player, int ownAction, int othersCooperating, double value) {
        if (player < 0 || player >= players || (ownAction != 0 && ownAction != 1) || othersCooperating < 0
                || othersCooperating >= players) {
            throw new IllegalArgumentException("no incentive cell (player " + player + ", action " + ownAction
                    + ", " + othersCooperating + " others cooperating) in a " + players + "-player game");
        }
        if (Math.abs(value) > maxReward) {
            throw new IllegalArgumentException("an incentive must lie in [−c, c] = [" + -maxReward + ", "
                    + maxReward + "], got " + value);
        }
        values[player][ownAction][othersCooperating] = value;
    }

    /** @return whether the cell is overridden */
    boolean isSet(int player, int ownAction, int othersCooperating) {
        return !Double.isNaN(values[player][ownAction][othersCooperating]);
    }

    /**
     * Replaces the entries of {@code incentives} whose cell under {@code actions} is overridden.
     *
     * @param actions {@code int[N]}, the joint action
     * @param incentives {@code double[N]}, the applied incentives, overwritten in the overridden cells
     */
    void apply(int[] actions, double[] incentives) {
        int cooperators = DilemmaGame.cooperators(actions);
        for (int i = 0; i < players; i++) {
            double o = values[i][actions[i]][cooperators - actions[i]];
            if (!Double.isNaN(o)) {
                incentives[i] = o;
            }
        }
    }
}
