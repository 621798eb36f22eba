package org.incentivelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.report.Reproduction;
import org.incentivelab.report.ReproductionJson;
import org.incentivelab.report.ReproductionResult;
import org.incentivelab.report.ReproductionRun;
import org.incentivelab.report.ReproductionTable;
import org.incentivelab.report.Reproductions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code reproduce NAME}: runs a paper table's protocol (all its runs in one parallel batch), prints paper vs
 * ours per cell with a verdict, optionally writes the JSON; exit code {@value #FAILED} if a cell fails.
 * {@code reproduce --list} lists the reproductions.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Reproduce a paper table and compare with the paper's numbers.")
final class ReproduceCommand extends HeadlessCommand {
    @Parameters(paramLabel = "NAME", arity = "0..1", description = "the reproduction, see --list")
    String name;

    @Option(names = "--list", description = "list the reproductions with their titles")
    boolean list;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the rows as JSON to FILE")
    Path json;

    @Option(names = {"--runs", "--seeds"}, paramLabel = "N",
            description = "runs (seeds) per preset (default: the protocol's: 10 for AMD, 5 for LIO; the LIO thesis used 20; D3C: games per batch, 1000)")
    Integer seeds;

    @Option(names = "--episodes", paramLabel = "N",
            description = "episodes per run instead of the protocol's (shorter runs for a quick look)")
    Integer episodes;

    @Mixin
    PresetsOption presets;

    @Override
    int execute() throws PresetException, IOException {
        if (list) {
            for (Reproduction r : Reproductions.all()) {
                out().printf("%-15s %s%n", r.name(), r.title());
            }
            return OK;
        }
        if (name == null) {
            throw new ParameterException(spec.commandLine(), "give a reproduction NAME or --list");
        }
        Reproduction reproduction = Reproductions.find(name).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown reproduction '" + name + "'; known: " + Reproductions.names()));
        if (seeds != null && (seeds < 1 || seeds > PresetLoader.MAX_SEEDS)) {
            throw new ParameterException(spec.commandLine(),
                    "--runs must be in [1, " + PresetLoader.MAX_SEEDS + "], got " + seeds);
        }
        if (episodes != null && (episodes < 1 || episodes > PresetLoader.MAX_EPISODES)) {
            throw new ParameterException(spec.commandLine(),
                    "--episodes must be in [1, " + PresetLoader.MAX_EPISODES + "], got " + episodes);
        }
        ReproductionRun run = ReproductionRun.prepare(reproduction, presets.source(), seeds == null ? 0 : seeds,
                episodes == null ? 0 : episodes);
        ReproductionResult result;
        long start = System.nanoTime();
        try (ProgressBar bar = ProgressBar.open(err(), reproduction.name(), run.totalEpisodes())) {
            result = run.run(bar, bar::note);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out().print(ReproductionTable.format(result));
        out().printf("%d presets, %d episodes in %.1f s%n", run.presets().size(), run.totalEpisodes(), seconds);
        if (json != null) {
            ReproductionJson.write(result, json);
        }
        return result.ok() ? OK : FAILED;
    }
}
