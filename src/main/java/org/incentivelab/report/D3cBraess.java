package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.preset.D3cPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.preset.PresetSource;

/**
 * Seed 000 §3.1, Figs. 2b and 3: D3C on the Braess network. 1000 runs from random strategies, 3000 steps (the
 * presets {@code d3c-braess}, {@code d3c-braess-no-shortcut}, {@code d3c-random-braess}; the baselines are the same
 * presets with {@code d3c.method} selfish or cooperative). Cells are the mean over the runs of the final ratio to
 * optimal: with the shortcut, gradient descent reaches the Nash equilibrium, ρ = 80/65, and D3C's mean ratio must be
 * at most 1.05 (the paper: "near 1"); without it both reach 1 (Fig. 3a); on random networks D3C must beat gradient
 * descent (Fig. 2b, which gives no number).
 */
public final class D3cBraess implements Reproduction {
    @Override
    public String name() {
        return "d3c-braess";
    }

    @Override
    public String title() {
        return "D3C on the Braess network: ratio to optimal after training, with and without the shortcut";
    }

    @Override
    public String source() {
        return "D3C (seed 000) §3.1, Figs. 2b, 3; digest 000 §3.1, §4";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        D3cPreset shortcut = presets.load("d3c-braess.json", D3cPreset.class);
        D3cPreset closed = presets.load("d3c-braess-no-shortcut.json", D3cPreset.class);
        D3cPreset random = presets.load("d3c-random-braess.json", D3cPreset.class);
        double rho = 80.0 / 65;
        List<Cell> cells = new ArrayList<>();
        String with = "Braess, shortcut open";
        cells.add(cell(with, "gradient descent", rho, new Interval(1.22, 1.24), null, method(shortcut, "selfish")));
        cells.add(cell(with, "D3C", 1, new Interval(1, 1.05), Pattern.below("gradient descent"), shortcut));
        cells.add(cell(with, "cooperative A = 1/n", 1, new Interval(1, 1.02), null, method(shortcut, "cooperative")));
        String without = "Braess, no shortcut";
        cells.add(cell(without, "gradient descent", 1, new Interval(1, 1.01), null, method(closed, "selfish")));
        cells.add(cell(without, "D3C", 1, new Interval(1, 1.01), null, closed));
        String nets = "random Braess networks";
        cells.add(cell(nets, "gradient descent", Double.NaN, new Interval(1, 2), null, method(random, "selfish")));
        cells.add(cell(nets, "D3C", Double.NaN, new Interval(1, 1.1), Pattern.below("gradient descent"), random));
        return cells;
    }

    /** @return the preset with another {@code d3c.method} (the baselines share everything else) */
    static D3cPreset method(D3cPreset p, String method) throws PresetException {
        return (D3cPreset) PresetLoader.with(p, "d3c.method", method);
    }

    static Cell cell(String experiment, String setting, double paper, Interval accept, Pattern pattern, D3cPreset p) {
        return new Cell(experiment, setting, TableMetric.RATIO_TO_OPTIMAL, new MeanStd(paper, Double.NaN), accept,
                pattern, p);
    }
}
