package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Thesis 001 §6.3, Fig. 6.1: the MetaGrad incentive designer in Escape Room ER(5,2) and ER(10,5), 100 000
 * episodes per run, each run scored by a final evaluation of 100 test episodes (ε = 0) with the thesis's test
 * accounting: the designer's return is the collective extrinsic return minus the incentives it paid. The thesis
 * reports curves converging to the global optimum, ≈ 26 and ≈ 40 (two or five agents paid 1 + ε to pull the
 * lever); the cells accept ≥ 24 and ≥ 37. The dual-RL baselines are not in the lab yet.
 */
public final class MetaGradEscapeRoom implements Reproduction {
    @Override
    public String name() {
        return "metagrad-escape-room";
    }

    @Override
    public String title() {
        return "MetaGrad incentive designer in Escape Room: designer return net of incentives (Fig. 6.1)";
    }

    @Override
    public String source() {
        return "Yang thesis (seed 001) §6.3, Fig. 6.1; App. C.2.2 Tables C.1–C.2; digest 001 §6.2";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        List<Cell> cells = new ArrayList<>();
        add(cells, presets.load("metagrad-er-5-2.json", LioPreset.class), 26, 24);
        add(cells, presets.load("metagrad-er-10-5.json", LioPreset.class), 40, 37);
        return cells;
    }

    private static void add(List<Cell> cells, LioPreset p, double paper, double least) {
        cells.add(new Cell(p.environment().label(), p.method().label(), TableMetric.DESIGNER_RETURN,
                new MeanStd(paper, Double.NaN), new Interval(least, p.environment().optimalReturn()), null, p));
    }
}
