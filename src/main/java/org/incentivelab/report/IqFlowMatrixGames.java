package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Seed 004 §5.1, Figs. 2–4: IQ-Flow removes the dilemma of the iterated Prisoner's Dilemma, Chicken and Stag Hunt
 * for two PG agents (the presets {@code iqflow-prisoners-dilemma|chicken|stag-hunt}: the reference config's 5
 * rounds — the paper's text says 20 — 10 000 episodes, 5 runs, final evaluation of 100 test episodes with ε = 0).
 * The paper reports no numbers, only that "training ends with T &lt; R and P &lt; S, both for the single-step
 * payoffs and for the estimated returns" and that the agents cooperate. The cells read this as: collective return
 * within 10 % of mutual cooperation's (30, 30, 40 per episode of 5 rounds), at least 80 % of the agents with
 * T &lt; R and P &lt; S on the single-step payoffs plus the regulator's incentives at the start state (Fig. 2), and
 * at least 80 % with T &lt; R and P &lt; S on the incentivised critic's estimates there (Figs. 3–4) — both during
 * training (held at every evaluation of some 500-episode stretch: Fig. 4's turn "as training progresses"; Figs. 2–3
 * show snapshots up to 750 episodes only) and at the end of the run.
 */
public final class IqFlowMatrixGames implements Reproduction {
    @Override
    public String name() {
        return "iqflow-matrix-games";
    }

    @Override
    public String title() {
        return "IQ-Flow in the iterated Prisoner's Dilemma, Chicken and Stag Hunt: cooperation and the removed dilemma";
    }

    @Override
    public String source() {
        return "IQ-Flow (seed 004) §5.1, Tables 2–4, Figs. 2–4; digest 004 §3.1, §4.1";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        List<Cell> cells = new ArrayList<>();
        for (String game : List.of("prisoners-dilemma", "chicken", "stag-hunt")) {
            LioPreset p = presets.load("iqflow-" + game + ".json", LioPreset.class);
            double optimum = p.environment().optimalReturn();
            String label = p.environment().label();
            cells.add(new Cell(label, p.method().label(), TableMetric.COLLECTIVE_RETURN,
                    new MeanStd(optimum, Double.NaN), new Interval(0.9 * optimum, optimum), null, p));
            cells.add(new Cell(label, p.method().label(), TableMetric.PAYOFF_DILEMMA_REMOVED,
                    new MeanStd(1, Double.NaN), new Interval(0.8, 1), null, p));
            cells.add(new Cell(label, p.method().label(), TableMetric.DILEMMA_REMOVED_HELD,
                    new MeanStd(1, Double.NaN), new Interval(0.8, 1), null, p));
            cells.add(new Cell(label, p.method().label(), TableMetric.DILEMMA_REMOVED, new MeanStd(1, Double.NaN),
                    new Interval(0.8, 1), null, p));
        }
        return cells;
    }
}
