package org.incentivelab.report;

import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Seed 004 §5.3, Figs. 7 and 9: IQ-Flow on 2-player Cleanup 7×7 ({@code iqflow-cleanup-7x7}: 20 000 episodes, agents
 * reset every 1 000) against decentralised actor-critic agents without incentives ({@code ac-iqflow-cleanup-7x7})
 * and against AC agents on the shared (summed) reward, the upper bound of learning from scratch
 * ({@code shared-cleanup-7x7}), 5 runs each, scored by a final evaluation of 100 test episodes (ε = 0) and by the
 * mean of the learning curve. The paper gives curves, not numbers: IQ-Flow is best, reaching the shared-reward bound
 * on good runs, plain AC is poor (Fig. 7); the regulator pays the cleaner and almost nothing to the harvester
 * (Fig. 9). So the IQ-Flow cells are "above AC" in collective return (final and curve) and a cleaner's share of
 * the incentives of at least 0.8; the AC and shared cells are reference rows. Fig. 10 (a pretrained regulator
 * against the shared reward) needs a trained regulator: {@code run iqflow-cleanup-7x7} saves one, and
 * {@code run iqflow-cleanup-7x7 --mechanism FILE} (fresh agents, the regulator frozen) against
 * {@code run shared-cleanup-7x7} compares them.
 */
public final class IqFlowCleanup implements Reproduction {
    private static final Interval ANY = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    private static final MeanStd NONE = new MeanStd(Double.NaN, Double.NaN);

    @Override
    public String name() {
        return "iqflow-cleanup";
    }

    @Override
    public String title() {
        return "IQ-Flow on Cleanup 7×7 against AC and the shared reward: return and whom it pays (Figs. 7, 9)";
    }

    @Override
    public String source() {
        return "IQ-Flow (seed 004) §5.3, Figs. 7, 9; reference config_ssd_qflow; digest 004 §3.3, §4.3";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        LioPreset iq = presets.load("iqflow-cleanup-7x7.json", LioPreset.class);
        LioPreset ac = presets.load("ac-iqflow-cleanup-7x7.json", LioPreset.class);
        LioPreset shared = presets.load("shared-cleanup-7x7.json", LioPreset.class);
        String experiment = iq.environment().label();
        String label = iq.method().label();
        String sharedLabel = shared.method().label();
        return List.of(
                new Cell(experiment, label, TableMetric.COLLECTIVE_RETURN, NONE, ANY, Pattern.above("AC"), iq),
                new Cell(experiment, "AC", TableMetric.COLLECTIVE_RETURN, NONE, ANY, null, ac),
                new Cell(experiment, sharedLabel, TableMetric.COLLECTIVE_RETURN, NONE, ANY, null, shared),
                new Cell(experiment, label, TableMetric.COLLECTIVE_RETURN_CURVE, NONE, ANY, Pattern.above("AC"), iq),
                new Cell(experiment, "AC", TableMetric.COLLECTIVE_RETURN_CURVE, NONE, ANY, null, ac),
                new Cell(experiment, sharedLabel, TableMetric.COLLECTIVE_RETURN_CURVE, NONE, ANY, null, shared),
                new Cell(experiment, label, TableMetric.CLEANER_INCENTIVE_SHARE, NONE, new Interval(0.8, 1), null,
                        iq));
    }
}
