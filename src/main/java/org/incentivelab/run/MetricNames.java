package org.incentivelab.run;

import java.util.List;

/** The names of the recorded series, shared by the engine, the charts and the CSV exports. */
public final class MetricNames {
    /** P(C,C) (for N players: all cooperate) = Π_i P(C)_i. */
    public static final String MUTUAL_COOPERATION = "P(C,C)";
    /** Mean P(C) over the players. */
    public static final String MEAN_COOPERATION = "mean P(C)";
    /** Expected social welfare V = Σ_i V_i from the current probabilities, environment payoffs only. */
    public static final String WELFARE = "V";
    /** Σ_i |r^p_i| paid this round. */
    public static final String PAID_PER_ROUND = "|r^p| per round";
    /** Cumulative Σ_i |r^p_i| since the start (Fig. 4.1d). */
    public static final String PAID_CUMULATIVE = "cumulative |r^p|";
    /** The planner's look-ahead term J of Eq. 4.3 (or 4.5). */
    public static final String LOOK_AHEAD = "planner look-ahead";
    /** The planner's cost term (α times the cost form). */
    public static final String COST = "planner cost";
    /** The four cells of a 2×2 incentive table written (own action, other's action), Fig. 4.1b. */
    public static final List<String> CELLS = List.of("D,D", "C,D", "D,C", "C,C");

    private MetricNames() {
    }

    /** @param player 1-based @return "P(C) i" */
    public static String cooperation(int player) {
        return "P(C) " + player;
    }

    /** @param player 1-based @param cell one of {@link #CELLS} @return "r^p_i(cell)" */
    public static String incentive(int player, String cell) {
        return "r^p_" + player + "(" + cell + ")";
    }

    /** @param player 1-based @return "greed' i", the player's greed in the modified game */
    public static String greed(int player) {
        return "greed' " + player;
    }

    /** @param player 1-based @return "fear' i", the player's fear in the modified game */
    public static String fear(int player) {
        return "fear' " + player;
    }
}
