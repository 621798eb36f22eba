package org.incentivelab.report;

import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Seed 004 §5.3, Fig. 10: an already-trained, frozen IQ-Flow regulator with freshly initialised actor-critic agents
 * against actor-critic agents on the shared (summed) reward, on Cleanup 7×7. The regulator is the one embedded in
 * {@code iqflow-cleanup-7x7-pretrained.json} (trained by {@code iqflow-cleanup-7x7}, see its {@code source}); both
 * settings run that preset's episodes and seeds. The paper shows curves only: the frozen mechanism gives "much
 * faster learning and higher performance" than the shared reward. The cells read this as the mean of the learning
 * curve (speed) and the final collective return (100 test episodes, ε = 0) both above the shared reward's.
 */
public final class IqFlowCleanup implements Reproduction {
    private static final String PRETRAINED = "IQ-Flow, pretrained and frozen";
    private static final String SHARED = "shared reward";

    @Override
    public String name() {
        return "iqflow-cleanup";
    }

    @Override
    public String title() {
        return "IQ-Flow's pretrained mechanism against the shared reward in Cleanup 7×7 (Fig. 10)";
    }

    @Override
    public String source() {
        return "IQ-Flow (seed 004) §5.3, Fig. 10; digest 004 §4.3";
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        LioPreset pre = presets.load("iqflow-cleanup-7x7-pretrained.json", LioPreset.class);
        LioPreset shared = (LioPreset) presets.load("shared-cleanup-7x7.json", LioPreset.class)
                .withRuns(pre.episodes(), pre.seeds(), pre.seed());
        Interval any = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        MeanStd none = new MeanStd(Double.NaN, Double.NaN);
        String game = pre.environment().label();
        return List.of(
                new Cell(game, PRETRAINED, TableMetric.COLLECTIVE_RETURN_CURVE, none, any, Pattern.above(SHARED), pre),
                new Cell(game, SHARED, TableMetric.COLLECTIVE_RETURN_CURVE, none, any, null, shared),
                new Cell(game, PRETRAINED, TableMetric.COLLECTIVE_RETURN, none, any, Pattern.above(SHARED), pre),
                new Cell(game, SHARED, TableMetric.COLLECTIVE_RETURN, none, any, null, shared));
    }
}
