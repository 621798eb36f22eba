package org.incentivelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A one-line text progress bar on stderr for long headless runs, fed with the number of units (episodes)
 * done so far from any thread. On a terminal ({@code System.console() != null}) it redraws at most
 * {@value #MAX_RATE_HZ} times per second and {@link #close()} ends the line. Otherwise (output to a file, a run in
 * the background) it writes a plain line such as {@code run: 40% (20000 of 50000), 300 s} once a minute while the
 * work lasts, so short runs stay silent and long ones leave a trace in their log.
 */
final class ProgressBar implements LongConsumer, AutoCloseable {
    /** Most redraws per second. */
    static final int MAX_RATE_HZ = 10;
    private static final long PERIOD_NANOS = 1_000_000_000L / MAX_RATE_HZ;
    private static final int WIDTH = 30;
    private static final long LINE_PERIOD_NANOS = 60_000_000_000L;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean terminal;
    private final long linePeriodNanos;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos = Long.MIN_VALUE;
    private long lastLineNanos = startNanos;
    private boolean drawn;

    /**
     * @param terminal whether to redraw one line in place (a terminal) or write plain lines
     * @param linePeriodNanos without a terminal, the least time between two lines, ≥ 0
     */
    ProgressBar(PrintWriter err, String label, long total, boolean terminal, long linePeriodNanos) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
        this.terminal = terminal;
        this.linePeriodNanos = linePeriodNanos;
    }

    /**
     * @param err where to draw
     * @param label shown before the bar
     * @param total the count at completion, ≥ 1
     * @return a bar that draws if stdin/stdout are a terminal, else one that writes a line a minute
     */
    static ProgressBar open(PrintWriter err, String label, long total) {
        return new ProgressBar(err, label, total, System.console() != null, LINE_PERIOD_NANOS);
    }

    @Override
    public synchronized void accept(long done) {
        long now = System.nanoTime();
        if (!terminal) {
            if (done < total && now - lastLineNanos >= linePeriodNanos) {
                lastLineNanos = now;
                err.printf(Locale.ROOT, "%s: %.0f%% (%d of %d), %.0f s%n", label, 100.0 * done / total, done, total,
                        (now - startNanos) / 1e9);
                err.flush();
            }
            return;
        }
        if (done < total && lastDrawNanos != Long.MIN_VALUE && now - lastDrawNanos < PERIOD_NANOS) {
            return;
        }
        lastDrawNanos = now;
        double fraction = Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = (now - startNanos) / 1e9;
        err.printf(Locale.ROOT, "\r%s [%s%s] %3.0f%% %.1f s", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
                fraction * 100, seconds);
        err.flush();
        drawn = true;
    }

    /**
     * Writes a line of its own (a finished run's figures) without breaking the bar: on a terminal the bar's line is
     * overwritten and redrawn at the next update.
     *
     * @param line the text, without a line end
     */
    public synchronized void note(String line) {
        if (terminal && drawn) {
            err.print("\r\033[K"); // back to the start of the bar's line and clear it
            lastDrawNanos = Long.MIN_VALUE;
        }
        err.println(line);
        err.flush();
    }

    /** Ends the bar's line if anything was drawn. */
    @Override
    public synchronized void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
