package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Seed 000 §3.3, Fig. 7: Trust-Your-Brother, 1000 runs of two REINFORCE prey with linear softmax policies (presets
 * {@code pg-}, {@code d3c-} and {@code cooperative-trust-your-brother}, their seeds raised to the paper's 1000). The
 * paper: D3C "approaches maximal total return" where plain policy gradient does not. Cells: the final collective
 * return per episode (best −0.4 on the lab's ring: both prey run every step), D3C within 2 of the best and above PG.
 */
public final class D3cTrustYourBrother implements Reproduction {
    /** The paper's number of runs. */
    static final int RUNS = 1000;

    @Override
    public String name() {
        return "d3c-trust-your-brother";
    }

    @Override
    public String title() {
        return "D3C in Trust-Your-Brother: total return of two prey against plain policy gradient";
    }

    @Override
    public String source() {
        return "D3C (seed 000) §3.3, Fig. 7; digest 000 §3.3, §4";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        List<Cell> cells = new ArrayList<>();
        String game = "Trust-Your-Brother";
        for (String setting : List.of("pg", "d3c", "cooperative")) {
            LioPreset p = presets.load(setting + "-trust-your-brother.json", LioPreset.class);
            p = p.withRuns(p.episodes(), RUNS, p.seed());
            double best = p.environment().optimalReturn();
            Interval accept = setting.equals("pg") ? new Interval(-20, 0) : new Interval(best - 2, best);
            Pattern pattern = setting.equals("d3c") ? Pattern.above("pg") : null;
            cells.add(new Cell(game, setting, TableMetric.COLLECTIVE_RETURN,
                    new MeanStd(setting.equals("pg") ? Double.NaN : best, Double.NaN), accept, pattern, p));
        }
        return cells;
    }
}
