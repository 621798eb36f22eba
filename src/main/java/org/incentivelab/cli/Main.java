package org.incentivelab.cli;

import org.incentivelab.ui.LabApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The lab's entry point. Without arguments it opens the window ({@link LabApp}); with a subcommand it runs
 * headless. Exit codes: {@value HeadlessCommand#OK} ok, {@value HeadlessCommand#FAILED} a reproduction cell
 * failed or a run stopped on a NaN, {@value HeadlessCommand#BAD_INPUT} bad input (usage errors, invalid presets, unwritable output).
 */
@Command(name = "incentive-lab", mixinStandardHelpOptions = true, version = "Incentive Lab 0.1.0",
        description = "Learning incentives and mechanism design in multi-agent social dilemmas. "
                + "Without a command, opens the lab window.",
        subcommands = {RunCommand.class, ReproduceCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Option(names = "--preset", paramLabel = "NAME",
            description = "Preset the window opens on: a built-in preset's file name (in presets/, '.json' "
                    + "optional) or a preset JSON file's path; default: " + LabApp.DEFAULT_PRESET)
    private String preset = LabApp.DEFAULT_PRESET;

    /** Opens the window (called when no subcommand is given). */
    @Override
    public void run() {
        LabApp.main(new String[] {"--preset=" + (preset.endsWith(".json") ? preset : preset + ".json")});
    }

    /** @param args none for the window, else a subcommand and its arguments */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
