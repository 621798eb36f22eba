package org.incentivelab.ui.view;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.env.diff.DiffGameType;
import org.incentivelab.preset.D3cPreset;
import org.incentivelab.preset.PaperReference;
import org.incentivelab.run.D3cMetricNames;

/**
 * The learning-curve charts of a D3C batch (seed 000 Figs. 2b, 3, 5–7; digest 000 §5): the ratio to optimal over
 * the batch's runs, relative attention, the first run's losses and mixed-loss rates, and Theorems 1–2's local
 * price-of-anarchy bounds. Each preset reference is drawn on the chart showing its metric.
 */
public final class D3cCharts {
    private static final String MARKERS = " Dashed vertical lines: where loss sharing was switched off or on.";

    private D3cCharts() {
    }

    /**
     * @param preset the batch's preset (game and number of agents)
     * @return the charts, in display order: ratio to optimal first
     */
    public static List<LabView> standard(D3cPreset preset) {
        List<PaperReference> paper = preset.references();
        List<LabView> charts = new ArrayList<>();
        charts.add(ratio(preset, paper));
        charts.add(attention(preset.agents(), paper));
        charts.add(losses(preset, paper));
        charts.add(rates(preset.agents(), paper));
        charts.add(bounds(paper));
        if (preset.game().type() == DiffGameType.PRISONERS_DILEMMA) {
            charts.add(distance(paper));
        }
        return charts;
    }

    /** @return "Ratio to optimal": median ± std over the runs, the mean, run 1 and ρ */
    static TimeChartView ratio(D3cPreset preset, List<PaperReference> paper) {
        String game = switch (preset.game().type()) {
            case BRAESS -> "On the paper's network gradient descent ends at the Nash equilibrium, ρ = 80/65 ≈ 1.231 "
                    + "(all on the shortcut, 80 minutes each); D3C's average ratio ends near 1 (Fig. 3b).";
            case RANDOM_BRAESS -> "Each run is a new random network with the paradox (Fig. 2b).";
            case PRISONERS_DILEMMA -> "Gradient descent ends at the Nash equilibrium x = 0, ρ = n/(n − 1) (10/9 for "
                    + "n = 10); D3C converges to ρ = 1 (Fig. 5).";
            case MATRIX -> "Losses are each player's shortfall from the game's best payoff; ρ compares the worst Nash "
                    + "equilibrium (pure or mixed) with the best profile.";
        };
        return TimeChartView.builder("Ratio to optimal")
                .description("Σ_i f_i / min Σ_i f over the batch's " + preset.runs() + " runs: median (black, band ± 1 "
                        + "std over the runs), mean (blue), the first run (grey) and ρ = worst Nash / optimum (red "
                        + "dashed; seed 000 Eq. 2). " + game + MARKERS)
                .yLabel("ratio to optimal")
                .series(List.of(D3cMetricNames.RATIO, D3cMetricNames.RATIO_MEAN, D3cMetricNames.FOCUS_RATIO,
                        D3cMetricNames.PRICE_OF_ANARCHY))
                .spreadFrom(D3cMetricNames.RATIO, D3cMetricNames.RATIO_STD)
                .band(D3cMetricNames.RATIO::equals)
                .colours((name, index) -> List.of("#000000", ChartStyle.PALETTE.get(0), "#888888",
                        ChartStyle.PALETTE.get(1)).get(index), D3cMetricNames.PRICE_OF_ANARCHY::equals)
                .bold(D3cMetricNames.RATIO::equals)
                .reference(1, "optimum 1")
                .paperReferences(paper)
                .build();
    }

    /** @return "Relative attention": ln(A_ii/A_ij) per agent of run 1 and the batch median */
    static TimeChartView attention(int agents, List<PaperReference> paper) {
        List<String> names = new ArrayList<>(List.of(D3cMetricNames.ATTENTION_MEDIAN));
        for (int i = 1; i <= Math.min(agents, TimeCharts.MAX_PLAYER_LINES); i++) {
            names.add(D3cMetricNames.attention(i));
        }
        return TimeChartView.builder("Relative attention")
                .description("ln(A_ii / A_ij), averaged in log space over j ≠ i: above 0 an agent weighs its own loss "
                        + "more (selfish; ln 99 ≈ 4.6 at the start for n = 2), 0 is the group mean, below 0 other-"
                        + "regarding (seed 000 Figs. 6–8). Coloured: run 1's agents; black: the median over the runs"
                        + " of the agents' mean. No points while A = I (selfish, or loss sharing off)." + MARKERS)
                .yLabel("ln(A_ii / A_ij)").series(names).probability(false)
                .colours((name, index) -> index == 0 ? "#000000"
                        : LioPalette.agentCss(TimeCharts.playerOf(name)), name -> false)
                .bold(D3cMetricNames.ATTENTION_MEDIAN::equals)
                .reference(0, "uniform A = 1/n")
                .paperReferences(paper)
                .build();
    }

    /** @return run 1's losses f_i, with the optimum and worst Nash per agent for the Braess network */
    static TimeChartView losses(D3cPreset preset, List<PaperReference> paper) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= Math.min(preset.agents(), TimeCharts.MAX_PLAYER_LINES); i++) {
            names.add(D3cMetricNames.loss(i));
        }
        boolean braess = preset.game().type() == DiffGameType.BRAESS
                || preset.game().type() == DiffGameType.RANDOM_BRAESS;
        TimeChartView.Builder chart = TimeChartView.builder(braess ? "Commute times" : "Losses")
                .description((braess ? "Run 1's drivers' expected commutes in minutes, with the optimum and the worst "
                        + "Nash equilibrium per driver (65 and 80 minutes on the paper's network, Fig. 2a)."
                        : "Run 1's losses (PD: f_i = Σ_q (x_q − C_iq)², Eq. 12; 2×2 game: the shortfall from the best "
                        + "payoff), with the per-agent mean at the optimum and at the worst Nash equilibrium.") + MARKERS)
                .yLabel(braess ? "minutes" : "f_i").series(names).probability(false)
                .colours((name, index) -> LioPalette.agentCss(TimeCharts.playerOf(name)), name -> false)
                .reference(s -> s.d3c() == null ? Double.NaN : s.d3c().optimalTotal() / s.d3c().agents(),
                        "optimum per agent")
                .reference(s -> s.d3c() == null ? Double.NaN : s.d3c().worstNashTotal() / s.d3c().agents(),
                        "worst Nash per agent")
                .paperReferences(paper);
        return chart.build();
    }

    /** @return "Mixed-loss rates": d/dt f^A_i of run 1, the signal of Eq. 11, and the share of agents shifting */
    static TimeChartView rates(int agents, List<PaperReference> paper) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= Math.min(agents, TimeCharts.MAX_PLAYER_LINES); i++) {
            names.add(D3cMetricNames.rate(i));
        }
        return TimeChartView.builder("Mixed-loss rates")
                .description("d/dt f^A_i = −Σ_m ⟨∇_{x_m} f^A_i, F_m⟩ of run 1 under gradient flow: \"improve-stay, "
                        + "suffer-shift\" — agent i's row of A moves while this plus ε is above 0 (seed 000 Eq. 11)."
                        + MARKERS)
                .yLabel("d/dt f^A_i per unit time").series(names).probability(false)
                .colours((name, index) -> LioPalette.agentCss(TimeCharts.playerOf(name)), name -> false)
                .reference(0, "0")
                .paperReferences(paper)
                .build();
    }

    /** @return "Local price-of-anarchy bounds": Theorems 1 and 2 along run 1, and the share of agents shifting */
    static TimeChartView bounds(List<PaperReference> paper) {
        return TimeChartView.builder("Local price-of-anarchy bounds")
                .description("Run 1's bounds on the local price of anarchy over the next step (Δt = η_x): Theorem 1, "
                        + "max_i 1 + Δt·ReLU(d/dt log f^A_i + ‖∇_{x_i} f^A_i‖² / (μ f^A_i)) (Eq. 7, utilitarian), and "
                        + "Theorem 2's egalitarian bound (Eq. 8); both fall to 1 as the run settles. Green: the share of "
                        + "agents whose row of A moved in the step." + MARKERS)
                .yLabel("bound / share")
                .series(List.of(D3cMetricNames.UTILITARIAN_BOUND, D3cMetricNames.EGALITARIAN_BOUND,
                        D3cMetricNames.SHIFTING))
                .probability(false)
                .colours((name, index) -> List.of("#000000", ChartStyle.PALETTE.get(0), ChartStyle.PALETTE.get(2))
                        .get(index), D3cMetricNames.SHIFTING::equals)
                .reference(1, "1")
                .paperReferences(paper)
                .build();
    }

    /** @return "Distance to the optimum" for the Prisoner's Dilemma (Fig. 5 right) */
    static TimeChartView distance(List<PaperReference> paper) {
        return TimeChartView.builder("Distance to the optimum")
                .description("Median over the runs of ‖x − x*‖, the distance to the unique optimal joint strategy "
                        + "x* = c/n (seed 000 Fig. 5 right): D3C goes to 0, selfish GD to the Nash point's distance "
                        + "c·√((n − 1)/n)." + MARKERS)
                .yLabel("‖x − x*‖").series(List.of(D3cMetricNames.DISTANCE)).probability(false)
                .colours((name, index) -> "#000000", name -> false)
                .paperReferences(paper)
                .build();
    }
}
