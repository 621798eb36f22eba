package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Seed 000 §3.4, Fig. 8: Coins 5×5, 10 runs of two A2C agents (presets {@code pg-}, {@code d3c-} and
 * {@code cooperative-coins}). The paper gives no numbers, only that D3C "approaches optimal cooperative returns" and
 * lies above selfish A2C; its legend reports the mean over all epochs. Cells: the collective return averaged over the
 * run's evaluations (the area under the curve per episode); D3C must lie above selfish A2C and below the cooperative
 * baseline.
 */
public final class D3cCoins implements Reproduction {
    @Override
    public String name() {
        return "d3c-coins";
    }

    @Override
    public String title() {
        return "D3C in Coins: collective return between selfish A2C and the cooperative baseline";
    }

    @Override
    public String source() {
        return "D3C (seed 000) §3.4, Fig. 8; digest 000 §3.4, §4";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        List<Cell> cells = new ArrayList<>();
        Interval any = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        cells.add(cell("selfish A2C", "pg", null, any, presets));
        cells.add(cell("D3C", "d3c", Pattern.above("selfish A2C"), any, presets));
        cells.add(cell("cooperative A = 1/n", "cooperative", Pattern.above("D3C"), any, presets));
        return cells;
    }

    private static Cell cell(String setting, String preset, Pattern pattern, Interval accept, PresetSource presets)
            throws PresetException {
        LioPreset p = presets.load(preset + "-coins.json", LioPreset.class);
        return new Cell("Coins 5×5", setting, TableMetric.COLLECTIVE_RETURN_CURVE, new MeanStd(Double.NaN, Double.NaN),
                accept, pattern, p);
    }
}
