package org.incentivelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A one-line text progress bar on stderr for long headless runs, fed with the number of units (episodes)
 * done so far from any thread. It draws only on a terminal ({@code System.console() != null}) and at most
 * {@value #MAX_RATE_HZ} times per second; otherwise it stays silent. {@link #close()} ends the line.
 */
final class ProgressBar implements LongConsumer, AutoCloseable {
    /** Most redraws per second. */
    static final int MAX_RATE_HZ = 10;
    private static final long PERIOD_NANOS = 1_000_000_000L / MAX_RATE_HZ;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos = Long.MIN_VALUE;
    private boolean drawn;

    private ProgressBar(PrintWriter err, String label, long total, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
        this.enabled = enabled;
    }

    /**
     * @param err where to draw
     * @param label shown before the bar
     * @param total the count at completion, ≥ 1
     * @return a bar that draws if stdin/stdout are a terminal, else a silent one
     */
    static ProgressBar open(PrintWriter err, String label, long total) {
        return new ProgressBar(err, label, total, System.console() != null);
    }

    @Override
    public synchronized void accept(long done) {
        long now = System.nanoTime();
        if (!enabled || (done < total && lastDrawNanos != Long.MIN_VALUE && now - lastDrawNanos < PERIOD_NANOS)) {
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

    /** Ends the bar's line if anything was drawn. */
    @Override
    public synchronized void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
