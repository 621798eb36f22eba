package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Thesis 001 §5.4, Fig. 5.4 and Prop. 3: the iterated Prisoner's Dilemma, 60 000 episodes of 5 rounds per run,
 * scored by a final evaluation of 100 test episodes (ε = 0). Two LIO agents reach mutual cooperation (−2 per
 * round, −10 per episode); LIO paired with a PG agent (LIO-asym) ends near (D, C): the PG agent is paid to
 * cooperate while the LIO agent defects (≈ −3 per round, −15 per episode). PG alone defects (the thesis's text
 * for it is lost; the cell only asks it to stay below LIO). The exact model's convergence (Eqs. B.1–B.8) is shown
 * by the lab's vector field and checked by the tests.
 */
public final class LioIpd implements Reproduction {
    @Override
    public String name() {
        return "lio-ipd";
    }

    @Override
    public String title() {
        return "LIO in the iterated Prisoner's Dilemma: mutual cooperation, and (D, C) against PG (Fig. 5.4)";
    }

    @Override
    public String source() {
        return "Yang thesis (seed 001) §5.4, Fig. 5.4, Prop. 3; App. B.4.2 Table B.3; digest 001 §5.1, §6.1";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        List<Cell> cells = new ArrayList<>();
        LioPreset lio = presets.load("lio-ipd.json", LioPreset.class);
        LioPreset asym = presets.load("lio-asym-ipd.json", LioPreset.class);
        LioPreset pg = presets.load("pg-ipd.json", LioPreset.class);
        add(cells, lio, TableMetric.COLLECTIVE_RETURN, -10, new Interval(-11, -10), null);
        add(cells, lio, TableMetric.COOPERATION_1, 1, new Interval(0.9, 1), null);
        add(cells, lio, TableMetric.COOPERATION_2, 1, new Interval(0.9, 1), null);
        add(cells, asym, TableMetric.COLLECTIVE_RETURN, -15, new Interval(-16.5, -13.5), null);
        add(cells, asym, TableMetric.COOPERATION_1, 0, new Interval(0, 0.1), null);
        add(cells, asym, TableMetric.COOPERATION_2, 1, new Interval(0.9, 1), null);
        add(cells, pg, TableMetric.COLLECTIVE_RETURN, Double.NaN, new Interval(-20, -10),
                Pattern.below(lio.method().label()));
        return cells;
    }

    private static void add(List<Cell> cells, LioPreset p, TableMetric metric, double paper, Interval accept,
            Pattern pattern) {
        cells.add(new Cell(p.environment().label(), p.method().label(), metric, new MeanStd(paper, Double.NaN),
                accept, pattern, p));
    }
}
