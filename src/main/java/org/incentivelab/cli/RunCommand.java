package org.incentivelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incentivelab.mech.iqflow.DilemmaGaps;
import org.incentivelab.mech.iqflow.SavedMechanism;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.preset.D3cPreset;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.report.BatchSummaryJson;
import org.incentivelab.report.MeanStd;
import org.incentivelab.report.MechanismFile;
import org.incentivelab.report.PartialSeries;
import org.incentivelab.report.ProbeCsv;
import org.incentivelab.report.RatioCsv;
import org.incentivelab.report.SeriesCsv;
import org.incentivelab.report.SessionFile;
import org.incentivelab.report.TableMetric;
import org.incentivelab.run.Command;
import org.incentivelab.run.D3cExperiment;
import org.incentivelab.run.D3cMetricNames;
import org.incentivelab.run.D3cSummary;
import org.incentivelab.run.Experiment;
import org.incentivelab.run.LabRun;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.LioMetricNames;
import org.incentivelab.run.LioSummary;
import org.incentivelab.run.Metrics;
import org.incentivelab.run.ProbeReading;
import org.incentivelab.run.RunSummary;
import org.incentivelab.run.SeedBatch;
import org.incentivelab.run.Session;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code run PRESET} or {@code run --session FILE}: runs a preset's seeds in parallel — or replays a session
 * saved from the window, its preset, episodes and commands ({@link SessionFile}) — and writes one CSV per
 * recorded series ({@link SeriesCsv}) and {@code summary.json} ({@link BatchSummaryJson}) into the output
 * folder, then prints a per-seed table of P(C,C), V and AAR with their mean ± std (LIO-family runs: the collective
 * return). IQ-Flow runs also write each seed's regulator to {@code mechanism-SEED.json} ({@link MechanismFile});
 * {@code --mechanism FILE} loads one, frozen, into every seed before the first episode. While the seeds train,
 * each one's series so far are saved every minute to {@code partial/seed-S/} ({@link PartialSeries}), removed once
 * the complete files are written.
 */
@picocli.CommandLine.Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a preset's seeds headless and write CSV series and summary.json.")
final class RunCommand extends HeadlessCommand {
    /** Least time between two saves of a seed's data so far. */
    static final long CHECKPOINT_MILLIS = 60_000;

    @Parameters(paramLabel = "PRESET", arity = "0..1",
            description = "a preset JSON file, or a name for presets/NAME.json")
    String preset;

    @Option(names = "--session", paramLabel = "FILE",
            description = "replay a session saved from the window (preset, episodes and commands) instead")
    Path session;

    @Option(names = "--seeds", paramLabel = "N", description = "number of seeds (default: the preset's)")
    Integer seeds;

    @Option(names = "--seed", paramLabel = "S", description = "first master seed (default: the preset's)")
    Long seed;

    @Option(names = "--episodes", paramLabel = "E", description = "episodes per run (default: the preset's)")
    Integer episodes;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: runs/<preset file stem>)")
    Path out;

    @Option(names = "--mechanism", paramLabel = "FILE", description = "IQ-Flow: load this saved regulator (a"
            + " mechanism-SEED.json of an earlier run) into every seed before the first episode and freeze it — the"
            + " pretrained-mechanism experiment (seed 004 Fig. 10)")
    Path mechanism;

    @Override
    int execute() throws PresetException, IOException {
        if ((preset == null) == (session == null)) {
            throw new ParameterException(spec.commandLine(), "give either a PRESET or --session FILE");
        }
        Session replay = session == null ? null : SessionFile.read(session);
        Path file = replay == null ? PresetFiles.resolve(preset) : session;
        Preset p = replay == null ? PresetFiles.load(file)
                : replay.preset().withRuns((int) Math.max(1, replay.episodes()), replay.preset().seeds(),
                        replay.preset().seed());
        p = p.withRuns(option("--episodes", episodes, p.episodes(), PresetLoader.MAX_EPISODES),
                option("--seeds", seeds, p.seeds(), PresetLoader.MAX_SEEDS), seed == null ? p.seed() : seed);
        Path dir = out != null ? out : Path.of("runs", PresetFiles.stem(file));
        List<Command.Timed> commands = new ArrayList<>();
        if (mechanism != null) {
            commands.add(new Command.Timed(0, new Command.LoadMechanism(MechanismFile.read(mechanism))));
        }
        if (replay != null) {
            commands.addAll(replay.commands());
        }
        List<LabRun> runs;
        PartialSeries partial = new PartialSeries(dir, err());
        try (ProgressBar bar = ProgressBar.open(err(), "run", (long) p.seeds() * p.episodes())) {
            runs = SeedBatch.run(p, commands, bar, partial, CHECKPOINT_MILLIS);
        }
        long[] seedList = new long[runs.size()];
        for (int k = 0; k < seedList.length; k++) {
            seedList[k] = p.seed() + k;
        }
        List<Metrics> metrics = runs.stream().map(LabRun::metrics).toList();
        Map<String, String> files = SeriesCsv.write(dir, seedList, metrics);
        partial.clear();
        List<? extends Record> summaries;
        Map<String, MeanStd> aggregate = new LinkedHashMap<>();
        if (p instanceof PlannerPreset planner) {
            List<RunSummary> planned = runs.stream().map(r -> ((Experiment) r).summary()).toList();
            for (TableMetric m : TableMetric.planner()) {
                aggregate.put(m.label(), MeanStd.of(planned.stream().mapToDouble(m::of).toArray()));
            }
            printTable(planner, seedList, planned);
            summaries = planned;
        } else if (p instanceof D3cPreset d3c) {
            List<D3cSummary> batches = runs.stream().map(r -> ((D3cExperiment) r).summary()).toList();
            aggregate.put(D3cMetricNames.RATIO, MeanStd.of(runs.stream()
                    .flatMapToDouble(r -> java.util.Arrays.stream(((D3cExperiment) r).ratios())).toArray()));
            printD3cTable(d3c, seedList, batches);
            RatioCsv.write(dir.resolve(RatioCsv.FILE), seedList,
                    runs.stream().map(r -> ((D3cExperiment) r).ratios()).toList());
            out().printf("wrote every game's final ratio to optimal to %s%n", RatioCsv.FILE);
            summaries = batches;
        } else {
            List<LioSummary> lio = runs.stream().map(r -> ((LioExperiment) r).summary()).toList();
            aggregate.put(LioMetricNames.COLLECTIVE_RETURN,
                    MeanStd.of(lio.stream().mapToDouble(LioSummary::collectiveReturn).toArray()));
            printLioTable(p, seedList, lio);
            for (int k = 0; k < runs.size(); k++) {
                LioExperiment run = (LioExperiment) runs.get(k);
                DilemmaGaps[] gaps = run.incentivisedGaps();
                if (gaps != null) {
                    printGaps(seedList[k], "incentivised Q", gaps, " (C dominant when both > 0)");
                    printGaps(seedList[k], "single-step payoff + incentive", run.incentivisedPayoffGaps(), "");
                }
            }
            summaries = lio;
            for (int k = 0; k < runs.size(); k++) {
                SavedMechanism trained = ((LioExperiment) runs.get(k)).savedMechanism();
                if (trained != null) {
                    MechanismFile.write(dir.resolve("mechanism-" + seedList[k] + ".json"), trained);
                }
            }
            if (p instanceof LioPreset l && l.method() == LioMethod.IQFLOW) {
                out().printf("wrote each seed's trained regulator to mechanism-SEED.json (load it with --mechanism)%n");
            }
            List<List<ProbeReading>> probes = runs.stream().map(r -> ((LioExperiment) r).probeReadings()).toList();
            if (probes.stream().anyMatch(r -> !r.isEmpty())) {
                ProbeCsv.write(dir.resolve(ProbeCsv.FILE), seedList, probes);
                out().printf("wrote the harvester's probe readings (Fig. 5.6b) to %s%n", ProbeCsv.FILE);
            }
        }
        BatchSummaryJson.write(dir.resolve("summary.json"),
                BatchSummaryJson.toJson(p, file, seedList, summaries, aggregate, files));
        out().printf("wrote %d CSV files and summary.json to %s%n", files.size(), dir);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            long seedK = seedList[k];
            runs.get(k).failure().ifPresent(f -> failures.add("seed " + seedK + " stopped: " + f));
        }
        failures.forEach(err()::println);
        return failures.isEmpty() ? OK : FAILED;
    }

    private int option(String name, Integer value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > max) {
            throw new ParameterException(spec.commandLine(), name + " must be in [1, " + max + "], got " + value);
        }
        return value;
    }

    private void printLioTable(Preset p, long[] seedList, List<LioSummary> summaries) {
        out().printf("%s — %d seeds × %d episodes (final: %d test episodes, ε = 0)%n", p.name(), seedList.length,
                p.episodes(), LioExperiment.FINAL_TEST_EPISODES);
        out().printf("%-8s %18s %12s %12s%n", "seed", "collective return", "given", "received");
        for (int k = 0; k < seedList.length; k++) {
            LioSummary s = summaries.get(k);
            out().printf(Locale.ROOT, "%-8d %18.3f %12s %12s%n", seedList[k], s.collectiveReturn(),
                    java.util.Arrays.toString(round(s.given())), java.util.Arrays.toString(round(s.received())));
        }
        MeanStd ms = MeanStd.of(summaries.stream().mapToDouble(LioSummary::collectiveReturn).toArray());
        if (((LioPreset) p).method() == LioMethod.METAGRAD) {
            MeanStd d = MeanStd.of(summaries.stream().mapToDouble(LioSummary::designerReturn).toArray());
            out().printf(Locale.ROOT, "designer return (net of incentives): %.3f ± %.3f%n", d.mean(), d.std());
        }
        double optimum = ((LioPreset) p).environment().optimalReturn();
        out().printf(Locale.ROOT, "mean ± std: collective return %.3f ± %.3f (optimum %s)%n", ms.mean(), ms.std(),
                Double.isFinite(optimum) ? java.math.BigDecimal.valueOf(optimum).stripTrailingZeros().toPlainString()
                        : "none in closed form");
        out().println("expect: " + p.expect());
    }

    private void printGaps(long seed, String reading, DilemmaGaps[] gaps, String note) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "seed %d %s at the start state:", seed,
                reading));
        for (int i = 0; i < gaps.length; i++) {
            line.append(String.format(Locale.ROOT, "%s agent %d R−T %+.2f S−P %+.2f", i == 0 ? "" : ",", i + 1,
                    gaps[i].rewardMinusTemptation(), gaps[i].suckerMinusPunishment()));
        }
        out().println(line + note);
    }

    private void printD3cTable(D3cPreset p, long[] seedList, List<D3cSummary> summaries) {
        out().printf("%s — %d batch(es) of %d games × %d steps%n", p.name(), seedList.length, p.runs(),
                p.episodes());
        out().printf("%-8s %12s %10s %10s %10s %14s%n", "seed", "mean ratio", "std", "median", "ρ", "ln(A_ii/A_ij)");
        for (int k = 0; k < seedList.length; k++) {
            D3cSummary s = summaries.get(k);
            out().printf(Locale.ROOT, "%-8d %12.5f %10.5f %10.5f %10.5f %14.3f%n", seedList[k], s.meanRatio(),
                    s.stdRatio(), s.medianRatio(), s.priceOfAnarchy(), s.attention());
        }
        out().println("expect: " + p.expect());
    }

    private static double[] round(double[] xs) {
        return java.util.Arrays.stream(xs).map(x -> Math.round(x * 100) / 100.0).toArray();
    }

    private void printTable(PlannerPreset p, long[] seedList, List<RunSummary> summaries) {
        out().printf("%s — %d seeds × %d episodes%n", p.name(), seedList.length, p.episodes());
        out().printf("%-8s %10s %8s %8s%n", "seed", "P(C,C)", "V", "AAR");
        for (int k = 0; k < seedList.length; k++) {
            RunSummary s = summaries.get(k);
            out().printf(Locale.ROOT, "%-8d %9.2f%% %8.3f %8.3f%n", seedList[k], 100 * s.mutualCooperation(),
                    s.welfare(), s.averageAdditionalReward());
        }
        StringBuilder line = new StringBuilder("mean ± std:");
        for (TableMetric m : TableMetric.planner()) {
            MeanStd ms = MeanStd.of(summaries.stream().mapToDouble(m::of).toArray());
            double scale = m.probability() ? 100 : 1;
            line.append(String.format(Locale.ROOT, "  %s %.3f%s ± %.3f%s", m.label(), scale * ms.mean(),
                    m.probability() ? "%" : "", scale * ms.std(), m.probability() ? "%" : ""));
        }
        out().println(line);
        out().println("expect: " + p.expect());
    }
}
