package org.incentivelab.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;
import org.incentivelab.run.LabRun;
import org.incentivelab.run.SeedBatch;

/**
 * A reproduction ready to run: its cells loaded, the distinct presets behind them collected, so that all
 * runs go to one {@link SeedBatch#run(List, LongConsumer)} call and keep every core busy. Cells sharing a
 * preset (e.g. P(C,C) and V of one row) share its runs.
 */
public final class ReproductionRun {
    private final Reproduction reproduction;
    private final List<Cell> cells;
    private final List<Preset> presets;

    private ReproductionRun(Reproduction reproduction, List<Cell> cells, List<Preset> presets) {
        this.reproduction = reproduction;
        this.cells = cells;
        this.presets = presets;
    }

    /**
     * @param reproduction what to reproduce
     * @param presets where the presets are read from
     * @param seeds if &gt; 0, the number of seeds for every preset instead of the preset's own (for a D3C preset: the
     *     number of games in its one batch); 0 keeps them
     * @param episodes if &gt; 0, the number of episodes for every preset instead of the protocol's; 0 keeps them
     * @return the prepared run
     * @throws PresetException if a preset is missing or invalid
     */
    public static ReproductionRun prepare(Reproduction reproduction, PresetSource presets, int seeds, int episodes)
            throws PresetException {
        List<Cell> cells = new ArrayList<>();
        Map<Preset, Preset> distinct = new LinkedHashMap<>();
        for (Cell c : reproduction.cells(presets)) {
            Preset p = seeds > 0 ? c.preset().withRepeats(seeds) : c.preset();
            p = p.withRuns(episodes > 0 ? episodes : p.episodes(), p.seeds(), p.seed());
            p = distinct.computeIfAbsent(p, k -> k);
            cells.add(new Cell(c.experiment(), c.setting(), c.metric(), c.paper(), c.accept(), c.pattern(), p));
        }
        return new ReproductionRun(reproduction, List.copyOf(cells), List.copyOf(distinct.keySet()));
    }

    /** @return the distinct presets to run, in first-use order */
    public List<Preset> presets() {
        return presets;
    }

    /** @return episodes over all runs (Σ seeds × episodes), the total a progress bar counts to */
    public long totalEpisodes() {
        long total = 0;
        for (Preset p : presets) {
            total += (long) p.seeds() * p.episodes();
        }
        return total;
    }

    /**
     * Runs every seed of every preset (in parallel) and judges the cells.
     *
     * @param progress receives the number of episodes done so far, from worker threads, or null
     * @return one result per cell; a run stopped by a NaN or infinity counts as NaN, so its cells fail
     */
    public ReproductionResult run(LongConsumer progress) {
        return run(progress, null);
    }

    /**
     * Runs every seed of every preset (in parallel), reports each run's figures as it ends (a long reproduction
     * stopped part-way keeps those of its finished runs), and judges the cells.
     *
     * @param progress receives the number of episodes done so far, from worker threads, or null
     * @param finishedRuns receives one line per ended run, such as {@code "MetaGrad — Cleanup 7×7, seed 12341:
     *     collective return 12.900, …"}, from worker threads, or null
     * @return one result per cell; a run stopped by a NaN or infinity counts as NaN, so its cells fail
     */
    public ReproductionResult run(LongConsumer progress, Consumer<String> finishedRuns) {
        List<List<LabRun>> runs = SeedBatch.run(presets, progress,
                finishedRuns == null ? null : (preset, seed, run) -> finishedRuns.accept(line(preset, seed, run)));
        Map<Preset, List<LabRun>> byPreset = new LinkedHashMap<>();
        for (int k = 0; k < presets.size(); k++) {
            byPreset.put(presets.get(k), runs.get(k));
        }
        List<MeanStd> ours = new ArrayList<>();
        List<List<Double>> perRun = new ArrayList<>();
        for (Cell c : cells) {
            double[] values = byPreset.get(c.preset()).stream()
                    .flatMapToDouble(e -> Arrays.stream(e.failure().isPresent() ? new double[] {Double.NaN}
                            : c.metric().values(e))).toArray();
            ours.add(MeanStd.of(values));
            perRun.add(Arrays.stream(values).boxed().toList());
        }
        List<CellResult> rows = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            double mean = ours.get(k).mean();
            boolean pattern = c.pattern() == null
                    || c.pattern().holds(mean, ours.get(reference(c)).mean());
            rows.add(new CellResult(c, ours.get(k), c.accept().contains(mean), pattern, perRun.get(k)));
        }
        return new ReproductionResult(reproduction.name(), reproduction.title(), reproduction.source(), rows);
    }

    /** @return the figures of every cell of that preset for one ended run, as one line */
    private String line(Preset preset, long seed, LabRun run) {
        StringBuilder line = new StringBuilder(preset.name()).append(", seed ").append(seed).append(':');
        if (run.failure().isPresent()) {
            return line.append(" stopped: ").append(run.failure().get()).toString();
        }
        String sep = " ";
        for (TableMetric m : cells.stream().filter(c -> c.preset() == preset).map(Cell::metric).distinct().toList()) {
            double v = m.of(run); // a D3C batch: the mean over its games
            line.append(sep).append(m.label()).append(' ').append(m.probability()
                    ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : String.format(Locale.ROOT, "%.3f", v));
            sep = ", ";
        }
        return line.toString();
    }

    private int reference(Cell c) {
        for (int k = 0; k < cells.size(); k++) {
            Cell r = cells.get(k);
            if (r.experiment().equals(c.experiment()) && r.metric() == c.metric()
                    && r.setting().equals(c.pattern().reference())) {
                return k;
            }
        }
        throw new IllegalStateException(reproduction.name() + ": no cell " + c.experiment() + " / "
                + c.pattern().reference() + " / " + c.metric().label() + " for the pattern of " + c.setting());
    }
}
