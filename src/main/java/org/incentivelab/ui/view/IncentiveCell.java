package org.incentivelab.ui.view;

import org.incentivelab.run.Snapshot;

/**
 * One editable half of a cell in {@link PayoffMatrixView}'s modified matrix: the planner's incentive to
 * {@code player} when it plays {@code own} and the other player plays {@code other}, i.e. the entry
 * {@code incentives()[player][own][other]} of a 2-player {@link Snapshot}.
 *
 * @param player i in {0, 1}
 * @param own the player's action (0 = D, 1 = C)
 * @param other the other player's action (0 = D, 1 = C)
 */
record IncentiveCell(int player, int own, int other) {
    /** @return this cell's current incentive in a 2-player snapshot */
    double incentive(Snapshot s) {
        return s.planner().incentives()[player][own][other];
    }
}
