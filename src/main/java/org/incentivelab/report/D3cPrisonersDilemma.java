package org.incentivelab.report;

import java.util.List;
import org.incentivelab.preset.D3cPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Seed 000 §3.2, Eq. 12, Fig. 5: the 10-player convex Prisoner's Dilemma with c = 1, 1000 runs from random
 * strategies, exact gradients (preset {@code d3c-pd}; gradient descent is the same preset with A = I). Gradient
 * descent provably ends at the Nash equilibrium x = 0, ρ = 10/9; D3C's mean ratio to optimal must be at most 1.001
 * (the paper: it "converges to ρ = 1").
 */
public final class D3cPrisonersDilemma implements Reproduction {
    @Override
    public String name() {
        return "d3c-pd";
    }

    @Override
    public String title() {
        return "D3C in the 10-player Prisoner's Dilemma: ratio to optimal after training";
    }

    @Override
    public String source() {
        return "D3C (seed 000) §3.2, Eq. 12, Fig. 5; digest 000 §3.2, §4";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        D3cPreset pd = presets.load("d3c-pd.json", D3cPreset.class);
        String game = "PD, n = " + pd.agents() + ", c = " + pd.game().cooperation();
        double rho = pd.agents() / (pd.agents() - 1.0);
        return List.of(
                D3cBraess.cell(game, "gradient descent", rho, new Interval(rho - 1e-3, rho + 1e-3), null,
                        D3cBraess.method(pd, "selfish")),
                D3cBraess.cell(game, "D3C", 1, new Interval(1, 1.001), Pattern.below("gradient descent"), pd));
    }
}
