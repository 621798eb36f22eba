package org.incentivelab.mech.lio;

import org.incentivelab.env.grid.CleaningBeam;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.env.grid.CleanupActions;
import org.incentivelab.env.grid.CleanupMap;
import org.incentivelab.math.Rng;

/**
 * The scripted Cleanup partners of the incentive probe of thesis 001 §5.4, Fig. 5.6b (digest 001 §6, "Incentive
 * probing"): a trained LIO agent plays with one of them in place of its partner, and what it pays each shows which
 * behaviour its incentive function rewards ({@link IncentiveProbe}). The rules are those of the reference code's
 * scripted agents (reference code file {@code lio/alg/scripted_agents.py}), with x = the probe's column:
 * <ul>
 *   <li>{@link #R} moves in the river without cleaning: LEFT while x &gt; b, else UP or DOWN with probability ½
 *       each; never fires;</li>
 *   <li>{@link #C} cleans successfully: LEFT while x &gt; b, else CLEAN every step;</li>
 *   <li>{@link #M} fires but misses: LEFT while x &gt; m, RIGHT while x &lt; m, CLEAN at x = m.</li>
 * </ul>
 * b = {@link #riverBoundary(CleanupMap)}, the largest column from which a cleaning beam can reach a potential-waste
 * cell (2 on 7×7, 3 on 10×10), and m = {@link #middle(CleanupMap)}, the middle column (3 on 7×7, 4 on 10×10). On
 * both maps m &gt; b, so M's beam never reaches waste.
 */
public enum ProbeAgent {
    /** Moves in the river without cleaning. */
    R("R: moves in the river") {
        @Override
        public int act(Cleanup game, int agent, Rng rng) {
            if (game.agentX(agent) > riverBoundary(game.map())) {
                return CleanupActions.LEFT;
            }
            return rng.bernoulli(0.5) ? CleanupActions.UP : CleanupActions.DOWN;
        }
    },
    /** Walks to the river and cleans. */
    C("C: cleans") {
        @Override
        public int act(Cleanup game, int agent, Rng rng) {
            return game.agentX(agent) > riverBoundary(game.map()) ? CleanupActions.LEFT : CleanupActions.CLEAN;
        }
    },
    /** Walks to the middle column and fires the cleaning beam where it cannot reach waste. */
    M("M: fires and misses") {
        @Override
        public int act(Cleanup game, int agent, Rng rng) {
            int x = game.agentX(agent);
            int middle = middle(game.map());
            if (x > middle) {
                return CleanupActions.LEFT;
            }
            return x < middle ? CleanupActions.RIGHT : CleanupActions.CLEAN;
        }
    };

    private final String label;

    ProbeAgent(String label) {
        this.label = label;
    }

    /**
     * The probe's action in the current state (class comment for the rules).
     *
     * @param game the game, in a state before its episode ends
     * @param agent the probe's agent index, 0 or 1
     * @param rng the probe's stream: {@link #R} draws one {@link Rng#nextDouble()} per step once in the river, the
     *     others never draw
     * @return a {@link CleanupActions} index: LEFT, RIGHT, UP, DOWN or CLEAN
     * @throws IllegalArgumentException if {@code agent} is not 0 or 1
     */
    public abstract int act(Cleanup game, int agent, Rng rng);

    /** @return a one-line description for views: "R: moves in the river", "C: cleans" or "M: fires and misses" */
    public String label() {
        return label;
    }

    /**
     * The river boundary: the largest column from which a beam can clean waste. The side rays of a
     * {@link CleaningBeam} run in the columns beside the agent, so it is the largest column holding a
     * potential-waste cell ('H' or 'R') plus 1 (reference code file {@code lio/alg/evaluate.py},
     * {@code cleanup_map_river_boundary}).
     *
     * @param map the Cleanup map
     * @return 2 on 7×7, 3 on 10×10; in [1, width − 1]
     */
    public static int riverBoundary(CleanupMap map) {
        int largest = 0;
        for (int k = 0; k < map.wasteCellCount(); k++) {
            largest = Math.max(largest, map.wasteCell(k) % map.width());
        }
        return largest + 1;
    }

    /**
     * The middle column, (width − 1) / 2 rounded down, as the reference code's {@code cleanup_map_middle}: 3 on 7×7
     * and 4 on 10×10 (columns 0 … width − 1, walls included).
     *
     * @param map the Cleanup map
     * @return 3 on 7×7, 4 on 10×10
     */
    public static int middle(CleanupMap map) {
        return (map.width() - 1) / 2;
    }
}
