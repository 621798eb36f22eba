package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Thesis 003 Table 4.2 (digest 003 §6.2): P(C,C) and V after 4000 episodes in PD, Chicken and Stag Hunt
 * without the planner, with it, and after turning it off (4000 episodes on, then 4000 off); 10 seeds each,
 * from {@code presets/amd-{pd,chicken,stag-hunt}-{no-planner,planner,turned-off}.json}.
 *
 * <p>Acceptance, on the mean over seeds:
 * <ul>
 *   <li>P(C,C) (the "done means"): with the planner ≥ {@value #PLANNER_COOPERATION} in all games;
 *       without it ≤ 0.01 in PD and Stag Hunt and ≤ 0.10 in Chicken; after turning off ≤ 0.05 in PD,
 *       ≥ 0.95 in Stag Hunt and in [0.10, 0.95] in Chicken (the paper's 53.8% ± 29.4%: "partly and
 *       unstably").</li>
 *   <li>V: paper mean ± max(3·std, {@value #WELFARE_SLACK}) in payoff units per round. V is a function of the
 *       same final probabilities as P(C,C), so this is a consistency check with a generous width.</li>
 * </ul>
 */
public final class AmdTable42 implements Reproduction {
    /** Episodes per phase in the paper: the whole run, or each of the on and off phases of "turned off". */
    public static final int PAPER_EPISODES = 4000;
    /** The bar for P(C,C) with the planner, a fraction: the mean over seeds must reach it. */
    public static final double PLANNER_COOPERATION = 0.97;
    /** Smallest half-width of a V interval, in payoff units per round. */
    public static final double WELFARE_SLACK = 0.05;

    private static final String NO_PLANNER = "no planner";
    private static final String PLANNER = "planner";
    private static final String TURNED_OFF = "turned off";

    private final int phaseEpisodes;

    /** The paper's protocol: {@value #PAPER_EPISODES} episodes per phase. */
    public AmdTable42() {
        this(PAPER_EPISODES);
    }

    /**
     * A shortened protocol (for tests and quick looks); the acceptance intervals stay the paper's.
     *
     * @param phaseEpisodes episodes of a run, and of each phase of "turned off" (N_off = phaseEpisodes), ≥ 1
     */
    public AmdTable42(int phaseEpisodes) {
        if (phaseEpisodes < 1) {
            throw new IllegalArgumentException("phaseEpisodes must be ≥ 1, got " + phaseEpisodes);
        }
        this.phaseEpisodes = phaseEpisodes;
    }

    @Override
    public String name() {
        return "amd-table-4.2";
    }

    @Override
    public String title() {
        return "Adaptive mechanism design: cooperation without, with and after the planner (Table 4.2)";
    }

    @Override
    public String source() {
        return "Baumann thesis (seed 003) §4.2, Table 4.2; digest 003 §6.2";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        List<Cell> cells = new ArrayList<>();
        for (AmdGame game : AmdGame.values()) {
            PlannerPreset none = phase(game.preset(presets, "no-planner"), 1);
            PlannerPreset planner = phase(game.preset(presets, "planner"), 1);
            PlannerPreset off = phase(game.preset(presets, "turned-off"), 2);
            off = off.withPlanner(off.planner().withTurnOffAtEpisode(phaseEpisodes));
            String g = game.label();
            Interval cooperative = new Interval(PLANNER_COOPERATION, 1);
            switch (game) {
                case PD -> {
                    add(cells, g, NO_PLANNER, none, pcc(0.00004, 0.00001), new Interval(0, 0.01), 2.024, 0.003);
                    add(cells, g, PLANNER, planner, pcc(0.987, 0.001), cooperative, 5.975, 0.002);
                    add(cells, g, TURNED_OFF, off, pcc(0.0048, 0.004), new Interval(0, 0.05), 2.60, 0.69);
                }
                case CHICKEN -> {
                    add(cells, g, NO_PLANNER, none, pcc(0.037, 0.013), new Interval(0, 0.10), 5.44, 0.01);
                    add(cells, g, PLANNER, planner, pcc(0.990, 0.001), cooperative, 5.995, 0.001);
                    add(cells, g, TURNED_OFF, off, pcc(0.538, 0.294), new Interval(0.10, 0.95), 5.728, 0.174);
                }
                case STAG_HUNT -> {
                    add(cells, g, NO_PLANNER, none, pcc(0.00004, 0.00002), new Interval(0, 0.01), 2.00, 0.00);
                    add(cells, g, PLANNER, planner, pcc(0.991, 0.001), cooperative, 5.964, 0.005);
                    add(cells, g, TURNED_OFF, off, pcc(0.996, 0.000), new Interval(0.95, 1), 5.986, 0.002);
                }
            }
        }
        return cells;
    }

    private PlannerPreset phase(PlannerPreset preset, int phases) {
        return preset.withRuns(phases * phaseEpisodes, preset.seeds(), preset.seed());
    }

    private static MeanStd pcc(double mean, double std) {
        return new MeanStd(mean, std);
    }

    private static void add(List<Cell> cells, String game, String setting, PlannerPreset preset, MeanStd pcc,
            Interval pccAccept, double welfare, double welfareStd) {
        cells.add(new Cell(game, setting, TableMetric.MUTUAL_COOPERATION, pcc, pccAccept, null, preset));
        MeanStd v = new MeanStd(welfare, welfareStd);
        cells.add(new Cell(game, setting, TableMetric.WELFARE, v, Interval.around(v, 3, WELFARE_SLACK), null,
                preset));
    }
}
