package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Thesis 001 §6.3, Fig. 6.1: the MetaGrad incentive designer in Escape Room ER(5,2) and ER(10,5), 8 runs per
 * method as in the figure (the presets' {@code seeds}), 100 000 episodes per run, each run scored by a final evaluation of 100 test episodes (ε = 0) with the thesis's test
 * accounting: the designer's return is the collective extrinsic return minus the incentives it paid. The thesis
 * reports curves converging to the global optimum, ≈ 26 and ≈ 40 (two or five agents paid 1 + ε to pull the
 * lever); the cells accept ≥ 24 and ≥ 37. The dual-RL designers (c) and (d) "fail" in the thesis (Fig. 6.1c; 1 of
 * 8 runs succeeded): their cells accept anything below those thresholds and below MetaGrad.
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
        for (String size : List.of("5-2", "10-5")) {
            boolean five = size.equals("5-2");
            double least = five ? 24 : 37;
            LioPreset metaGrad = presets.load("metagrad-er-" + size + ".json", LioPreset.class);
            cells.add(cell(metaGrad, five ? 26 : 40, new Interval(least, metaGrad.environment().optimalReturn()),
                    null));
            for (String kind : List.of("c", "d")) {
                LioPreset dual = presets.load("dual-rl-" + kind + "-er-" + size + ".json", LioPreset.class);
                cells.add(cell(dual, Double.NaN, new Interval(Double.NEGATIVE_INFINITY, least),
                        Pattern.below(metaGrad.method().label())));
            }
        }
        return cells;
    }

    private static Cell cell(LioPreset p, double paper, Interval accept, Pattern pattern) {
        return new Cell(p.environment().label(), p.method().label(), TableMetric.DESIGNER_RETURN,
                new MeanStd(paper, Double.NaN), accept, pattern, p);
    }
}
