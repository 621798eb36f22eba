package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Seed 004 §5.2, Figs. 5–6: IQ-Flow in Escape Room ER(5,2) (25 000 episodes) and ER(10,5) (20 000 episodes), 5 runs
 * each as the reference's {@code train_multiprocess.py}, against PG agents with the same settings and no incentives.
 * Each run is scored by a final evaluation of 100 test episodes (ε = 0): the collective extrinsic return, whose
 * optimum is 28 and 45. The paper reports curves only: IQ-Flow "reaches the optimum" in both and PG "performs
 * poorly". The IQ-Flow cells accept ≥ 90 % of the optimum; the PG cells anything below IQ-Flow.
 */
public final class IqFlowEscapeRoom implements Reproduction {
    @Override
    public String name() {
        return "iqflow-escape-room";
    }

    @Override
    public String title() {
        return "IQ-Flow in Escape Room: collective return against PG (Figs. 5–6)";
    }

    @Override
    public String source() {
        return "IQ-Flow (seed 004) §5.2, Figs. 5–6; reference config_er_qflow; digest 004 §3.2, §4.2";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        List<Cell> cells = new ArrayList<>();
        for (String size : List.of("5-2", "10-5")) {
            LioPreset iq = presets.load("iqflow-er-" + size + ".json", LioPreset.class);
            double optimum = iq.environment().optimalReturn();
            cells.add(new Cell(iq.environment().label(), iq.method().label(), TableMetric.COLLECTIVE_RETURN,
                    new MeanStd(optimum, Double.NaN), new Interval(0.9 * optimum, optimum), null, iq));
            LioPreset pg = presets.load("pg-er-" + size + ".json", LioPreset.class);
            cells.add(new Cell(pg.environment().label(), pg.method().label(), TableMetric.COLLECTIVE_RETURN,
                    new MeanStd(Double.NaN, Double.NaN), new Interval(Double.NEGATIVE_INFINITY, optimum),
                    Pattern.below(iq.method().label()), pg));
        }
        return cells;
    }
}
