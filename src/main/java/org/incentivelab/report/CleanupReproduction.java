package org.incentivelab.report;

import java.util.List;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Thesis 001 on Cleanup 7×7: LIO (§5.4, Fig. 5.6a) or the MetaGrad incentive designer (§6.3, Fig. 6.2) against
 * independent actor-critic agents (AC), 50 000 episodes per run, each run scored by a final evaluation of 100 test
 * episodes (ε = 0). The thesis gives curves, not numbers: LIO and MetaGrad collect "significantly more" collective
 * extrinsic return than AC, approaching the centralised upper bound. So the method's cell is the pattern "above
 * AC", and AC's cell accepts any value.
 */
public final class CleanupReproduction implements Reproduction {
    private final String name;
    private final String title;
    private final String source;
    private final String preset;

    private CleanupReproduction(String name, String title, String source, String preset) {
        this.name = name;
        this.title = title;
        this.source = source;
        this.preset = preset;
    }

    /** @return {@code reproduce lio-cleanup}: LIO against AC (thesis 001 Fig. 5.6a) */
    public static CleanupReproduction lio() {
        return new CleanupReproduction("lio-cleanup", "LIO against AC in Cleanup 7×7: collective return (Fig. 5.6a)",
                "Yang thesis (seed 001) §5.4, Fig. 5.6a; App. B.4.2 Table B.5; digest 001 §6.1",
                "lio-cleanup-7x7.json");
    }

    /** @return {@code reproduce metagrad-cleanup}: the MetaGrad designer against AC (thesis 001 Fig. 6.2) */
    public static CleanupReproduction metaGrad() {
        return new CleanupReproduction("metagrad-cleanup",
                "MetaGrad incentive designer against AC in Cleanup 7×7: collective return (Fig. 6.2)",
                "Yang thesis (seed 001) §6.3, Fig. 6.2; App. C.2.2 Table C.3; digest 001 §6.2",
                "metagrad-cleanup-7x7.json");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<Cell> cells(PresetSource presets) throws PresetException {
        LioPreset method = presets.load(preset, LioPreset.class);
        LioPreset ac = presets.load("ac-cleanup-7x7.json", LioPreset.class);
        Interval any = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        String experiment = method.environment().label();
        return List.of(
                new Cell(experiment, method.method().label(), TableMetric.COLLECTIVE_RETURN,
                        new MeanStd(Double.NaN, Double.NaN), any, Pattern.above("AC"), method),
                new Cell(experiment, "AC", TableMetric.COLLECTIVE_RETURN, new MeanStd(Double.NaN, Double.NaN), any,
                        null, ac));
    }
}
