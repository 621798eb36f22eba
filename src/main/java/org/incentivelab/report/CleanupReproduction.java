package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/**
 * Thesis 001 on Cleanup 7×7: LIO (§5.4, Fig. 5.6a) or the MetaGrad incentive designer (§6.3, Fig. 6.2) against
 * independent actor-critic agents (AC), the presets' episodes per run (the reference's 50 000 episodes: 25 000 LIO
 * iterations of two episodes, 50 000 AC episodes), each run scored by a final evaluation of 100 test episodes
 * (ε = 0) and by the mean of its learning curve (the periodic evaluations). The thesis gives curves, not numbers:
 * LIO and MetaGrad collect "significantly more" collective extrinsic return than AC, approaching the centralised
 * upper bound, with one agent cleaning while the other harvests. So the method's cells are the patterns "above AC"
 * in collective return (final and curve) and in the harvester's share of the apples (which must also reach 0.75:
 * "the other harvests almost all apples"); AC's cells accept any value. For LIO the harvester is also probed
 * (Fig. 5.6b): after 10k, 30k and 35k of 50k episodes it must pay probe C (cleans) at least 1 more per episode
 * than probe M (fires and misses), on average; what it pays R, C and M at the end, and C − M there (where the
 * thesis's harvester "also pays M"), are reported.
 */
public final class CleanupReproduction implements Reproduction {
    private static final Interval ANY = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    private static final MeanStd NONE = new MeanStd(Double.NaN, Double.NaN);

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
        return new CleanupReproduction("lio-cleanup",
                "LIO against AC in Cleanup 7×7: collective return, division of labour, probes (Fig. 5.6a, b)",
                "Yang thesis (seed 001) §5.4, Fig. 5.6a, b; App. B.4.2 Table B.5; digest 001 §6.1",
                "lio-cleanup-7x7.json");
    }

    /** @return {@code reproduce metagrad-cleanup}: the MetaGrad designer against AC (thesis 001 Fig. 6.2) */
    public static CleanupReproduction metaGrad() {
        return new CleanupReproduction("metagrad-cleanup",
                "MetaGrad incentive designer against AC in Cleanup 7×7: collective return, division of labour (Fig. 6.2)",
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
        String experiment = method.environment().label();
        String label = method.method().label();
        List<Cell> cells = new ArrayList<>(List.of(
                new Cell(experiment, label, TableMetric.COLLECTIVE_RETURN, NONE, ANY, Pattern.above("AC"), method),
                new Cell(experiment, "AC", TableMetric.COLLECTIVE_RETURN, NONE, ANY, null, ac),
                new Cell(experiment, label, TableMetric.COLLECTIVE_RETURN_CURVE, NONE, ANY, Pattern.above("AC"),
                        method),
                new Cell(experiment, "AC", TableMetric.COLLECTIVE_RETURN_CURVE, NONE, ANY, null, ac),
                new Cell(experiment, label, TableMetric.HARVESTER_SHARE, NONE, new Interval(0.75, 1),
                        Pattern.above("AC"), method),
                new Cell(experiment, "AC", TableMetric.HARVESTER_SHARE, NONE, ANY, null, ac)));
        if (method.method() == LioMethod.LIO) {
            for (TableMetric probe : List.of(TableMetric.PROBE_R, TableMetric.PROBE_C, TableMetric.PROBE_M)) {
                cells.add(new Cell(experiment, label, probe, NONE, ANY, null, method));
            }
            cells.add(new Cell(experiment, label, TableMetric.PROBE_C_MINUS_M, NONE, ANY, null, method));
            cells.add(new Cell(experiment, label, TableMetric.PROBE_C_MINUS_M_DURING, NONE,
                    new Interval(1, Double.POSITIVE_INFINITY), null, method));
        }
        return cells;
    }
}
