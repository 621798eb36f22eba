package org.incentivelab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link Parallel}: every index once, and in order on the caller while the cores are taken by registered runs. */
class ParallelTest {

    @Test
    void shouldVisitEveryIndexExactlyOnceOnThreads() {
        AtomicIntegerArray visits = new AtomicIntegerArray(37);
        Parallel.forEach(37, true, visits::incrementAndGet);
        for (int i = 0; i < 37; i++) {
            assertEquals(1, visits.get(i), "index " + i);
        }
    }

    @Test
    void shouldRunInOrderOnTheCallerWhenNotAskedOrWhenEveryCoreIsTaken() {
        assertEquals(List.of(0, 1, 2, 3, 4), visitsOnCaller(false));
        List<Parallel.Slot> slots = new ArrayList<>();
        for (int c = 0; c < Runtime.getRuntime().availableProcessors(); c++) {
            slots.add(Parallel.occupy());
        }
        try {
            assertEquals(List.of(0, 1, 2, 3, 4), visitsOnCaller(true), "every core taken: in order on the caller");
        } finally {
            slots.forEach(Parallel.Slot::close);
            slots.get(0).close(); // closing twice frees nothing more
        }
    }

    /** The indices visited, in order, failing if one ran on another thread than the caller. */
    private static List<Integer> visitsOnCaller(boolean parallel) {
        Thread caller = Thread.currentThread();
        List<Integer> order = new ArrayList<>();
        Parallel.forEach(5, parallel, i -> {
            assertEquals(caller, Thread.currentThread());
            order.add(i);
        });
        return order;
    }
}
