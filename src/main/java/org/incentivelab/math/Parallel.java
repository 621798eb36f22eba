package org.incentivelab.math;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Per-agent work spread over the common fork-join pool while cores are spare. Callers keep each agent's work on state
 * of its own, so the result is the same, to the bit, however the agents are scheduled. A batch that already runs one
 * run per core registers its runs ({@link #occupy}); the per-agent loops of those runs then stay on their own threads,
 * where splitting them would only add hand-over costs (measured: two ER(5,2) seeds side by side on 2 cores took 23 s
 * in order, 28 s split).
 */
public final class Parallel {
    private static final AtomicInteger OCCUPIED = new AtomicInteger();

    private Parallel() {
    }

    /**
     * Runs {@code work} for every index in [0, n): on parallel threads when {@code parallel} and fewer runs than
     * cores are registered, else in order on the calling thread.
     *
     * @param n the number of indices, ≥ 0
     * @param parallel whether the work is large enough to be worth spreading over threads
     * @param work the work of one index; it must touch no state another index touches
     */
    public static void forEach(int n, boolean parallel, IntConsumer work) {
        if (parallel && OCCUPIED.get() < Runtime.getRuntime().availableProcessors()) {
            IntStream.range(0, n).parallel().forEach(work);
        } else {
            for (int i = 0; i < n; i++) {
                work.accept(i);
            }
        }
    }

    /**
     * Registers one run that keeps a core busy until the returned handle is closed.
     *
     * @return the handle; closing it twice is harmless
     */
    public static Slot occupy() {
        OCCUPIED.incrementAndGet();
        return new Slot();
    }

    /** One registered run; close it when the run ends. */
    public static final class Slot implements AutoCloseable {
        private boolean open = true;

        private Slot() {
        }

        @Override
        public synchronized void close() {
            if (open) {
                open = false;
                OCCUPIED.decrementAndGet();
            }
        }
    }
}
