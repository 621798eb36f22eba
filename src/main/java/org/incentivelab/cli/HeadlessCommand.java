package org.incentivelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.incentivelab.preset.PresetException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A headless subcommand: maps an invalid preset or an unwritable output to exit code {@value #BAD_INPUT} with
 * the message alone on stderr (it names the file, the field and the allowed values), never a stack trace.
 */
abstract class HeadlessCommand implements Callable<Integer> {
    /** Exit code: done. */
    static final int OK = 0;
    /** Exit code: the command ran but failed its check (a reproduction cell outside its acceptance) or a run stopped on a NaN. */
    static final int FAILED = 1;
    /** Exit code: bad input; picocli uses the same for usage errors. */
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (PresetException e) {
            err().println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err().println("cannot write: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    /**
     * @return the exit code
     * @throws PresetException if a preset is missing or invalid
     * @throws IOException if an output file cannot be written
     */
    abstract int execute() throws PresetException, IOException;

    /** @return the command's standard output */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return the command's standard error */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
