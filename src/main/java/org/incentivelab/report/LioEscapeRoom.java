package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Thesis 001 §5.4, Fig. 5.5a and c: the final collective extrinsic return of LIO and the baselines in Escape Room
 * ER(2,1) and ER(3,2), 50 000 episodes per run, each run scored by a final evaluation of 100 test episodes
 * (ε = 0). The thesis reports curves, not numbers: LIO "converges near the global optimum" 9 and 8, PG gets a
 * negative collective return, PG-d and PG-c succeed only occasionally. The acceptance intervals encode these
 * claims (LIO ≥ 8.5 and ≥ 7.5, PG ≤ 0, the augmented baselines below LIO).
 */
public final class LioEscapeRoom implements Reproduction {
    private static final String LIO = "LIO";

    @Override
    public String name() {
        return "lio-escape-room";
    }

    @Override
    public String title() {
        return "LIO in Escape Room: collective extrinsic return of LIO and the baselines (Fig. 5.5a, c)";
    }

    @Override
    public String source() {
        return "Yang thesis (seed 001) §5.4, Fig. 5.5; App. B.4.2 Table B.4; digest 001 §6.1";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        List<Cell> cells = new ArrayList<>();
        add(cells, presets, "lio-er-2-1.json", 9, new Interval(8.5, 9), null);
        add(cells, presets, "pg-er-2-1.json", Double.NaN, new Interval(Double.NEGATIVE_INFINITY, 0),
                Pattern.below(LIO));
        add(cells, presets, "pg-d-er-2-1.json", Double.NaN, new Interval(Double.NEGATIVE_INFINITY, 9),
                Pattern.below(LIO));
        add(cells, presets, "pg-c-er-2-1.json", Double.NaN, new Interval(Double.NEGATIVE_INFINITY, 9),
                Pattern.below(LIO));
        add(cells, presets, "lio-er-3-2.json", 8, new Interval(7.5, 8), null);
        add(cells, presets, "pg-er-3-2.json", Double.NaN, new Interval(Double.NEGATIVE_INFINITY, 0),
                Pattern.below(LIO));
        return cells;
    }

    private static void add(List<Cell> cells, PresetSource presets, String file, double paper, Interval accept,
            Pattern pattern) throws PresetException {
        LioPreset p = presets.load(file, LioPreset.class);
        cells.add(new Cell(p.environment().label(), p.method().label(), TableMetric.COLLECTIVE_RETURN,
                new MeanStd(paper, Double.NaN), accept, pattern, p));
    }
}
