package org.incentivelab.ui.view;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.PaperReference;
import org.incentivelab.run.MetricNames;

/**
 * The learning-curve charts of the adaptive mechanism design experiments (thesis Fig. 4.1 a–d, Fig. 4.2,
 * Tables 4.2–4.3; digest 003 §7 items 4–5), built for a given number of players. Each chart method takes the
 * preset's paper references and draws, as dashed lines, those whose metric is one of the chart's series.
 */
public final class TimeCharts {
    /** At most this many per-player P(C) lines in one chart. */
    static final int MAX_PLAYER_LINES = 10;

    private static final String MARKERS = " Dashed vertical lines: where the planner was switched off or on, and"
            + " N_off, the episode at which it turns itself off.";

    private TimeCharts() {
    }

    /**
     * The standard charts: cooperation P(C); mutual cooperation P(C,C); welfare V with its maximum N·R; for N = 2
     * the incentives to each player in the four outcomes and the modified greed and fear; the incentives paid,
     * per round and cumulative; the planner's objective terms. Each paper reference is drawn as a dashed
     * horizontal line with its label on every chart that shows its metric (e.g. the preset's P(C,C) 0.987
     * "paper 98.7%" on the P(C,C) chart, V 5.975 on the welfare chart); a reference whose metric no chart shows
     * (e.g. "mean P(C)" with two players) is not drawn.
     *
     * @param players N ≥ 2
     * @param references the preset's paper reference values ({@code PlannerPreset.references()}), may be empty
     * @return the charts, in display order
     */
    public static List<LabView> standard(int players, List<PaperReference> references) {
        if (players < 2) {
            throw new IllegalArgumentException("players must be at least 2, got " + players);
        }
        List<PaperReference> paper = List.copyOf(references);
        List<LabView> charts = new ArrayList<>();
        charts.add(cooperation(players, paper));
        charts.add(mutualCooperation(players, paper));
        charts.add(welfare(players, paper));
        if (players == 2) {
            charts.add(incentives(1, paper));
            charts.add(incentives(2, paper));
            charts.add(greedFear(paper));
        }
        charts.add(cumulativeIncentives(paper));
        charts.add(incentivesPerRound(paper));
        charts.add(plannerObjective(paper));
        return charts;
    }

    /** @return "Cooperation P(C)": each player's P(C) (N &gt; 2: mean P(C) and the first ten players) */
    static TimeChartView cooperation(int players, List<PaperReference> paper) {
        List<String> names = new ArrayList<>();
        if (players > 2) {
            names.add(MetricNames.MEAN_COOPERATION);
        }
        for (int i = 1; i <= Math.min(players, MAX_PLAYER_LINES); i++) {
            names.add(MetricNames.cooperation(i));
        }
        String which = players == 2 ? "each player's" : "the mean over the " + players + " players (black) and "
                + (players > MAX_PLAYER_LINES ? "the first " + MAX_PLAYER_LINES + " players'" : "each player's");
        return TimeChartView.builder("Cooperation P(C)")
                .description("P(C): " + which + " probability of cooperating, mean over seeds (band: ± std over seeds"
                        + (players == 2 ? "" : ", of the mean only") + "). "
                        + (players == 2 ? "Mirrors thesis Fig. 4.1a." : "Mirrors thesis Fig. 4.2.") + MARKERS)
                .yLabel("P(C)").series(names).probability(true)
                .colours((name, index) -> name.equals(MetricNames.MEAN_COOPERATION) ? "#000000"
                        : ChartStyle.PALETTE.get((playerOf(name) - 1) % ChartStyle.PALETTE.size()), name -> false)
                .bold(MetricNames.MEAN_COOPERATION::equals)
                // with more than two players, per-player bands would bury the lines: band only the mean
                .band(name -> players == 2 || name.equals(MetricNames.MEAN_COOPERATION))
                .paperReferences(paper)
                .build();
    }

    /** @return "Mutual cooperation P(C,C)" */
    static TimeChartView mutualCooperation(int players, List<PaperReference> paper) {
        String what = players == 2 ? "P(C,C) = P(C)_1·P(C)_2, the probability that both players cooperate"
                : "P(all C) = Π_i P(C)_i, the probability that all " + players + " players cooperate";
        return TimeChartView.builder(players == 2 ? "Mutual cooperation P(C,C)" : "Mutual cooperation P(all C)")
                .description(what + ", mean over seeds. Its final value is the P(C,C) column of thesis Tables 4.2"
                        + " and 4.3." + MARKERS)
                .yLabel(players == 2 ? "P(C,C)" : "P(all C)").series(List.of(MetricNames.MUTUAL_COOPERATION))
                .probability(true)
                .legend(name -> players == 2 ? name : "P(all C)")
                .colours((name, index) -> "#2ca02c", name -> false)
                .paperReferences(paper)
                .build();
    }

    /** @return "Welfare V" with the maximum N·R as a reference line */
    static TimeChartView welfare(int players, List<PaperReference> paper) {
        return TimeChartView.builder("Welfare V")
                .description("V = Σ_i V_i, the expected social welfare from the current action probabilities"
                        + " (game payoffs only, incentives excluded). Its maximum is N·R (6 for two players); the"
                        + " final value is the V column of thesis Table 4.2." + MARKERS)
                .yLabel("V (payoff per round)").series(List.of(MetricNames.WELFARE)).probability(false)
                .reference(s -> s.planner().payoffs().reward() * s.planner().players(), "max V = N·R")
                .colours((name, index) -> "#9467bd", name -> false)
                .paperReferences(paper)
                .build();
    }

    /**
     * @param player 1 or 2
     * @return "Incentives to player i": r^p_i in the four outcomes (own action, other's action)
     */
    static TimeChartView incentives(int player, List<PaperReference> paper) {
        List<String> names = MetricNames.CELLS.stream().map(c -> MetricNames.incentive(player, c)).toList();
        return TimeChartView.builder("Incentives to player " + player)
                .description("r^p_" + player + "(a_" + player + ", a_other): the additional reward the planner"
                        + " pays player " + player + " per round in each outcome, own action first (negative ="
                        + " punishment). Mirrors thesis Fig. 4.1b: it first rewards cooperation, then r^p(C,C)"
                        + " → 0 and it punishes defection." + MARKERS)
                .yLabel("r^p_" + player + " per round").series(names).probability(false)
                .reference(0, "0")
                .colours(TimeCharts::cellColour, name -> false)
                .paperReferences(paper)
                .build();
    }

    /** @return "Modified greed and fear" of both players (greed solid, fear dashed) */
    static TimeChartView greedFear(List<PaperReference> paper) {
        List<String> names = List.of(MetricNames.greed(1), MetricNames.fear(1), MetricNames.greed(2),
                MetricNames.fear(2));
        return TimeChartView.builder("Modified greed and fear")
                .description("greed' = T' − R' and fear' = P' − S' of the game modified by the planner's"
                        + " incentives, per player (greed solid, fear dashed). Once both are below 0, neither greed"
                        + " nor fear pulls towards defection: the modified game is no longer a social dilemma."
                        + " Mirrors thesis Fig. 4.1c." + MARKERS)
                .yLabel("payoff difference").series(names).probability(false)
                .reference(0, "0 (no dilemma below)")
                .colours((name, index) -> ChartStyle.PALETTE.get(playerOf(name) - 1), name -> name.startsWith("fear"))
                .paperReferences(paper)
                .build();
    }

    /** @return "Cumulative incentives Σ|r^p|" */
    static TimeChartView cumulativeIncentives(List<PaperReference> paper) {
        return TimeChartView.builder("Cumulative incentives Σ|r^p|")
                .description("Σ_t Σ_i |r^p_i|: all additional rewards and punishments the planner has paid since"
                        + " the start. It flattens once cooperation is established. Mirrors thesis Fig. 4.1d."
                        + MARKERS)
                .yLabel("Σ |r^p| (payoff units)").series(List.of(MetricNames.PAID_CUMULATIVE)).probability(false)
                .colours((name, index) -> "#8c564b", name -> false)
                .paperReferences(paper)
                .build();
    }

    /** @return "Incentives per round |r^p|" (AAR) */
    static TimeChartView incentivesPerRound(List<PaperReference> paper) {
        return TimeChartView.builder("Incentives per round Σ|r^p|")
                .description("AAR: additional rewards per round, Σ_i |r^p_i| paid in a round (mean over seeds; noisy,"
                        + " because the actions are sampled). Its average over a run is the AAR column of thesis"
                        + " Table 4.3." + MARKERS)
                .yLabel("Σ_i |r^p_i| per round").series(List.of(MetricNames.PAID_PER_ROUND)).probability(false)
                .band(false)
                .colours((name, index) -> "#ff7f0e", name -> false)
                .paperReferences(paper)
                .build();
    }

    /** @return "Planner objective": the look-ahead term and the cost term */
    static TimeChartView plannerObjective(List<PaperReference> paper) {
        return TimeChartView.builder("Planner objective")
                .description("The two terms of the planner's objective (thesis Eq. 4.3, or 4.5 with an estimated"
                        + " value function): the look-ahead term — how much the learners' next update, shaped by the"
                        + " incentives, raises welfare — and the cost term α·cost of the incentives paid."
                        + MARKERS)
                .yLabel("objective term").series(List.of(MetricNames.LOOK_AHEAD, MetricNames.COST))
                .probability(false)
                .reference(0, "0")
                .colours((name, index) -> index == 0 ? "#17becf" : "#e377c2", name -> false)
                .paperReferences(paper)
                .build();
    }

    /** @return the player number a name like "P(C) 3" or "fear' 2" ends with */
    static int playerOf(String name) {
        int k = name.length();
        while (k > 0 && Character.isDigit(name.charAt(k - 1))) {
            k--;
        }
        return k == name.length() ? 1 : Integer.parseInt(name.substring(k));
    }

    private static String cellColour(String name, int index) {
        String cell = name.substring(name.indexOf('(') + 1, name.length() - 1);
        return switch (cell) {
            case "D,D" -> "#d62728";
            case "C,D" -> "#1f77b4";
            case "D,C" -> "#ff7f0e";
            case "C,C" -> "#2ca02c";
            default -> ChartStyle.PALETTE.get(index % ChartStyle.PALETTE.size());
        };
    }
}
