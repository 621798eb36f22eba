package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incentivelab.mech.planner.LookAhead;
import org.incentivelab.preset.PaperReference;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.MetricNames;

/**
 * Thesis 003 Table 4.3 (digest 003 §6.3): P(C,C) and AAR after 4000 episodes with the exact planner (setting
 * "planner", the {@code amd-*-planner.json} presets), a revenue-neutral planner (Σ_i r^p_i = 0, §4.1.6) and
 * the estimated value function (Eq. 4.5); 10 seeds each. The two variants are derived in code from the
 * planner presets ({@link #revenueNeutral}, {@link #estimated}); for PD they equal
 * {@code amd-pd-revenue-neutral.json} and {@code amd-pd-estimated.json}. A derived preset has no
 * {@linkplain PlannerPreset#references() reference values} of its own (the exact preset's would be wrong); the cells
 * give each one the table's P(C,C) for its row.
 *
 * <p>Acceptance, on the mean over seeds. Intervals: the exact P(C,C) cells use Table 4.2's
 * ≥ {@value AmdTable42#PLANNER_COOPERATION} (they are the same runs); every other cell uses paper
 * mean ± max(1.5·std, slack), with slack {@value #PROBABILITY_SLACK} for P(C,C) (clipped to [0, 1]) and
 * {@value #REWARD_SLACK} for AAR (payoff units per round, clipped at 0). 1.5·std is about 3.4 standard errors of
 * the difference of two 10-run means (std·√(2/10) ≈ 0.45·std), so a faithful implementation rarely fails a
 * cell by chance. The table's pattern is folded into the cells' verdicts as {@link Pattern}s (no extra rows):
 * revenue-neutral P(C,C) below exact (Chicken within {@value #CHICKEN_NEUTRAL_MARGIN}, the paper's 98.9% vs
 * 99.0%), estimated P(C,C) below exact, estimated AAR above exact.
 */
public final class AmdTable43 implements Reproduction {
    /** Smallest half-width of a P(C,C) interval, as a fraction. */
    public static final double PROBABILITY_SLACK = 0.05;
    /** Smallest half-width of an AAR interval, in payoff units per round. */
    public static final double REWARD_SLACK = 0.1;
    /** How far the Chicken revenue-neutral P(C,C) may exceed the exact one and still count as "lower". */
    public static final double CHICKEN_NEUTRAL_MARGIN = 0.01;

    private static final String EXACT = "planner";
    private static final String NEUTRAL = "revenue-neutral";
    private static final String ESTIMATED = "estimated";
    private static final double STD_FACTOR = 1.5;

    private final int episodes;

    /** The paper's protocol: {@value AmdTable42#PAPER_EPISODES} episodes. */
    public AmdTable43() {
        this(AmdTable42.PAPER_EPISODES);
    }

    /**
     * A shortened protocol (for tests and quick looks); the acceptance stays the paper's.
     *
     * @param episodes episodes per run, ≥ 1
     */
    public AmdTable43(int episodes) {
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be ≥ 1, got " + episodes);
        }
        this.episodes = episodes;
    }

    @Override
    public String name() {
        return "amd-table-4.3";
    }

    @Override
    public String title() {
        return "Adaptive mechanism design: exact, revenue-neutral and estimated planners (Table 4.3)";
    }

    @Override
    public String source() {
        return "Baumann thesis (seed 003) §4.2, Table 4.3; digest 003 §6.3";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        List<Cell> cells = new ArrayList<>();
        for (AmdGame game : AmdGame.values()) {
            PlannerPreset exact = game.preset(presets, "planner");
            exact = exact.withRuns(episodes, exact.seeds(), exact.seed());
            PlannerPreset neutral = revenueNeutral(exact);
            PlannerPreset estimated = estimated(exact);
            String g = game.label();
            Pattern neutralBelow = Pattern.below(EXACT);
            switch (game) {
                case PD -> {
                    add(cells, g, EXACT, exact, 0.987, 0.001, null, 0.77, 0.21, null);
                    add(cells, g, NEUTRAL, neutral, 0.914, 0.010, neutralBelow, 0.61, 0.04, null);
                    add(cells, g, ESTIMATED, estimated, 0.613, 0.200, Pattern.below(EXACT), 3.31, 0.63,
                            Pattern.above(EXACT));
                }
                case CHICKEN -> {
                    add(cells, g, EXACT, exact, 0.990, 0.001, null, 0.41, 0.02, null);
                    add(cells, g, NEUTRAL, neutral, 0.989, 0.001, neutralBelow.within(CHICKEN_NEUTRAL_MARGIN),
                            0.31, 0.02, null);
                    add(cells, g, ESTIMATED, estimated, 0.522, 0.186, Pattern.below(EXACT), 2.65, 0.31,
                            Pattern.above(EXACT));
                }
                case STAG_HUNT -> {
                    add(cells, g, EXACT, exact, 0.991, 0.001, null, 0.45, 0.02, null);
                    add(cells, g, NEUTRAL, neutral, 0.692, 0.453, neutralBelow, 0.19, 0.11, null);
                    add(cells, g, ESTIMATED, estimated, 0.960, 0.012, Pattern.below(EXACT), 4.89, 0.39,
                            Pattern.above(EXACT));
                }
            }
        }
        return cells;
    }

    /**
     * @param exact a planner preset
     * @return the same run with a revenue-neutral planner (§4.1.6), without reference values
     * @throws PresetException if the derived preset is invalid
     */
    public static PlannerPreset revenueNeutral(PlannerPreset exact) throws PresetException {
        return derive((PlannerPreset) PresetLoader.with(exact, "planner.revenueNeutral", true), exact, ", revenue-neutral planner",
                "'revenue-neutral'");
    }

    /**
     * @param exact a planner preset
     * @return the same run with the estimated value function (Eq. 4.5), without reference values
     * @throws PresetException if the derived preset is invalid
     */
    public static PlannerPreset estimated(PlannerPreset exact) throws PresetException {
        return derive((PlannerPreset) PresetLoader.with(exact, "planner.lookAhead", LookAhead.ESTIMATED), exact,
                ", estimated value function", "'estimated'");
    }

    private static PlannerPreset derive(PlannerPreset changed, PlannerPreset exact, String suffix, String row) {
        return new PlannerPreset(exact.name() + suffix, "Baumann thesis (seed 003) Table 4.3 row " + row
                + ", derived in code from '" + exact.name() + "'", "see Table 4.3", List.of(), changed.game(),
                changed.learners(), changed.planner(), changed.episodes(), changed.seeds(), changed.seed());
    }

    private static void add(List<Cell> cells, String game, String setting, PlannerPreset run, double pcc,
            double pccStd, Pattern pccPattern, double aar, double aarStd, Pattern aarPattern) {
        // a derived preset gets this row's P(C,C) as its reference line; the exact rows keep their file's values
        // (Table 4.2, the same numbers). Both cells share the one preset, so the row is still run once.
        PlannerPreset preset = setting.equals(EXACT) ? run
                : run.withReferences(List.of(new PaperReference(MetricNames.MUTUAL_COOPERATION, pcc,
                        String.format(Locale.ROOT, "paper %.1f%%", 100 * pcc))));
        MeanStd p = new MeanStd(pcc, pccStd);
        Interval pAccept = setting.equals(EXACT)
                ? new Interval(AmdTable42.PLANNER_COOPERATION, 1)
                : Interval.around(p, STD_FACTOR, PROBABILITY_SLACK).clip(0, 1);
        cells.add(new Cell(game, setting, TableMetric.MUTUAL_COOPERATION, p, pAccept, pccPattern, preset));
        MeanStd a = new MeanStd(aar, aarStd);
        Interval aAccept = Interval.around(a, STD_FACTOR, REWARD_SLACK).clip(0, Double.POSITIVE_INFINITY);
        cells.add(new Cell(game, setting, TableMetric.AVERAGE_ADDITIONAL_REWARD, a, aAccept, aarPattern, preset));
    }
}
