package org.incentivelab.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.incentivelab.preset.D3cPreset;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;
import org.incentivelab.report.AmdTable42;
import org.incentivelab.report.ReproductionRun;
import org.incentivelab.run.Experiment;
import org.incentivelab.ui.ViewBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code bench}: wall-clock timings of the engine, in process, median of R repeats.
 * <ol>
 *   <li>ns per episode (one round of both sampled learners + the planner's incentives and look-ahead step),
 *       single-threaded, over fresh {@link Experiment}s of {@code amd-pd-planner.json} (network planner) and
 *       {@code amd-pd-tabular-exact.json} (exact tabular planner), after a warm-up of a quarter of the timed
 *       episodes; construction of the Experiments is included.</li>
 *   <li>the whole Table 4.2 protocol (9 presets × 10 seeds, 480,000 episodes) on all cores, seconds, timed
 *       first; the first repeat, which includes JIT compilation, is reported separately.</li>
 * </ol>
 * For figures including JVM start, time {@code java -jar target/incentive-lab.jar reproduce amd-table-4.2}
 * externally (BENCHMARKS.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time one episode and the Table 4.2"
        + " protocol (or --lio, --lio-cleanup, --iqflow, --d3c, --grid, --views).")
final class BenchCommand extends HeadlessCommand {
    @Option(names = "--repeat", paramLabel = "R", description = "repeats per measurement (default: ${DEFAULT-VALUE})")
    int repeat = 5;

    @Option(names = "--episodes", paramLabel = "E",
            description = "timed episodes per repeat for the per-episode figures (default: ${DEFAULT-VALUE})")
    long episodes = 2_000_000;

    @Mixin
    PresetsOption presets;

    @Option(names = "--views", description = "instead, time each view's redraw on the FX thread (needs a display)")
    boolean views;

    @Option(names = "--lio", description = "instead, time LIO on Escape Room ER(2,1) (50 000 episodes per run)")
    boolean lio;

    @Option(names = "--lio-cleanup", description = "instead, time LIO on Cleanup 7×7 (--episodes = iterations of"
            + " two episodes each, default 2000; 25 000 is the thesis's run of 50 000 episodes)")
    boolean lioCleanup;

    @Option(names = "--iqflow", description = "instead, time IQ-Flow: a matrix-game run and its seed batch, and"
            + " Escape Room ER(5,2) per episode (--episodes after start_train, default 500)")
    boolean iqflow;

    @Option(names = "--d3c", description = "instead, time exact D3C: 1000 Braess runs and 1000 runs of the"
            + " 10-player Prisoner's Dilemma, 3000 steps each")
    boolean d3c;

    @Option(names = "--grid", description = "instead, time the gridworlds' steps per second (Cleanup, Coin Game)")
    boolean grid;

    private ProgressBar bar;
    private long done;

    @Override
    int execute() throws PresetException, IOException {
        if (repeat < 1 || episodes < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat and --episodes must be ≥ 1");
        }
        if (views) {
            return benchViews();
        }
        if (grid) {
            GridBench.run(out(), repeat);
            return OK;
        }
        if (d3c) {
            D3cBench.run(out(), repeat, presets.source().load("d3c-braess.json", D3cPreset.class),
                    presets.source().load("d3c-pd.json", D3cPreset.class));
            return OK;
        }
        if (lioCleanup) {
            CleanupLioBench.run(out(), presets.source().load("lio-cleanup-7x7.json", LioPreset.class),
                    spec.commandLine().getParseResult().hasMatchedOption("--episodes") ? episodes : 2000);
            return OK;
        }
        if (iqflow) {
            IqFlowBench.run(out(), presets.source().load("iqflow-prisoners-dilemma.json", LioPreset.class),
                    presets.source().load("iqflow-er-5-2.json", LioPreset.class),
                    spec.commandLine().getParseResult().hasMatchedOption("--episodes") ? episodes : 500);
            return OK;
        }
        if (lio) {
            LioBench.run(out(), presets.source().load("lio-er-2-1.json", LioPreset.class), repeat);
            return OK;
        }
        PresetSource source = presets.source();
        PlannerPreset network = source.load("amd-pd-planner.json", PlannerPreset.class);
        PlannerPreset tabular = source.load("amd-pd-tabular-exact.json", PlannerPreset.class);
        ReproductionRun table = ReproductionRun.prepare(new AmdTable42(), source, 0, 0);
        long perEpisodeWork = episodes / 4 + repeat * episodes;
        long total = 2 * perEpisodeWork + repeat * table.totalEpisodes();
        double[] networkNs;
        double[] tabularNs;
        double[] tableSeconds = new double[repeat];
        try (ProgressBar b = ProgressBar.open(err(), "bench", total)) {
            bar = b;
            for (int r = 0; r < repeat; r++) {
                long before = done;
                long start = System.nanoTime();
                table.run(n -> bar.accept(before + n));
                tableSeconds[r] = (System.nanoTime() - start) / 1e9;
                done = before + table.totalEpisodes();
            }
            networkNs = nanosPerEpisode(network);
            tabularNs = nanosPerEpisode(tabular);
        }
        out().printf("bench: %d repeats, %s%n", repeat, BenchMachine.describe());
        out().printf("%-52s | %-12s | %s%n", "measurement", "median", "repeats");
        row("ns/episode, PD, sampled learners + network planner", networkNs, "%.0f ns");
        row("ns/episode, PD, sampled learners + tabular exact", tabularNs, "%.0f ns");
        out().printf(Locale.ROOT, "%-52s | %-12s | (cold, with JIT warm-up)%n", "Table 4.2 protocol (90 runs), first",
                String.format(Locale.ROOT, "%.2f s", tableSeconds[0]));
        double[] warm = repeat > 1 ? Arrays.copyOfRange(tableSeconds, 1, repeat) : tableSeconds;
        row("Table 4.2 protocol (90 runs), warm", warm, "%.2f s");
        return OK;
    }

    private int benchViews() {
        try {
            ViewBench.run(out(), Math.max(repeat, 50));
            return OK;
        } catch (UnsupportedOperationException e) {
            err().println("bench --views needs a display: " + e.getMessage() + " (on Linux: Xvfb :99 & DISPLAY=:99)");
            return BAD_INPUT;
        } catch (Exception e) {
            err().println("bench --views failed: " + e);
            return FAILED;
        }
    }

    /** @return ns per episode of each repeat, after a warm-up */
    private double[] nanosPerEpisode(PlannerPreset preset) {
        time(preset, episodes / 4);
        double[] ns = new double[repeat];
        for (int r = 0; r < repeat; r++) {
            ns[r] = time(preset, episodes) / (double) episodes;
        }
        return ns;
    }

    /** Runs {@code count} episodes over fresh experiments of the preset's length. @return elapsed ns */
    private long time(PlannerPreset preset, long count) {
        long start = System.nanoTime();
        long seed = 0;
        double sink = 0;
        for (long left = count; left > 0; left -= preset.episodes()) {
            Experiment e = new Experiment(preset, seed++);
            e.run(Math.min(left, preset.episodes()));
            sink += e.summary().mutualCooperation();
            done += Math.min(left, preset.episodes());
            bar.accept(done);
        }
        long elapsed = System.nanoTime() - start;
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("a benchmark run produced NaN");
        }
        return elapsed;
    }

    private void row(String what, double[] values, String format) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        StringBuilder all = new StringBuilder();
        for (double v : values) {
            all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, format, v));
        }
        out().printf("%-52s | %-12s | %s%n", what, String.format(Locale.ROOT, format, median), all);
    }
}
