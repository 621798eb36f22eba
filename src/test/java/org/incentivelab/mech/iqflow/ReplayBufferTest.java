package org.incentivelab.mech.iqflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

/** IQ-Flow's replay buffer: ring overwrite, distinct uniform sampling, bad input. */
class ReplayBufferTest {
    @Test
    void shouldOverwriteTheOldestTransitionOnceFull() {
        ReplayBuffer b = new ReplayBuffer(3, 2, 1);
        for (int t = 0; t < 5; t++) {
            b.add(new double[] {t}, new int[] {t % 2, 1}, new double[] {t, -t}, new double[] {t + 1}, t == 4);
        }
        assertEquals(3, b.size());
        // slots 0, 1, 2 held t = 0, 1, 2; t = 3 and 4 replaced slots 0 and 1
        assertArrayEquals(new double[] {3}, b.observation(0, new double[1]));
        assertArrayEquals(new double[] {5}, b.nextObservation(1, new double[1]));
        assertArrayEquals(new int[] {0, 1}, b.actions(1));
        assertEquals(-4, b.reward(1, 1));
        assertTrue(b.done(1));
        assertEquals(2, b.reward(2, 0));
    }

    /**
     * Steps of one episode share the previous step's next-observation array; overwriting the ring must never change
     * a kept slot, and values such as Cleanup's colours k/256 come back exactly.
     */
    @Test
    void shouldKeepEverySlotIntactWhenStepsShareObservationsAcrossTheRing() {
        ReplayBuffer b = new ReplayBuffer(4, 1, 2);
        double[][] states = new double[12][];
        for (int t = 0; t < 12; t++) {
            states[t] = new double[] {t / 256.0, (t * 37 % 256) / 256.0};
        }
        for (int t = 0; t < 11; t++) { // episodes of 3 steps: t = 2, 5, 8 end one, then a new state starts
            boolean last = t % 3 == 2;
            b.add(states[t], new int[] {0}, new double[] {t}, states[t + 1], last);
        }
        double[] out = new double[2];
        for (int slot = 0; slot < 4; slot++) {
            int t = (int) b.reward(slot, 0);
            assertArrayEquals(states[t], b.observation(slot, out), "observation of step " + t);
            assertArrayEquals(states[t + 1], b.nextObservation(slot, out), "next observation of step " + t);
        }
    }

    @Test
    void shouldDrawDistinctSlotsUniformlyAndReplayFromTheSameStream() {
        ReplayBuffer b = IqFlowFixtures.buffer(200, 1);
        int[] counts = new int[200];
        Rng rng = Rng.forComponent(5, "replay");
        int[] batch = new int[128];
        for (int draw = 0; draw < 500; draw++) {
            b.sample(rng, batch);
            assertEquals(128, Arrays.stream(batch).distinct().count(), "without replacement");
            for (int s : batch) {
                assertTrue(s >= 0 && s < 200);
                counts[s]++;
            }
        }
        double expected = 500 * 128 / 200.0;
        for (int c : counts) {
            assertTrue(Math.abs(c - expected) < 6 * Math.sqrt(expected), "uniform: " + c + " vs " + expected);
        }
        int[] a = new int[64];
        int[] c = new int[64];
        b.sample(Rng.forComponent(9, "replay"), a);
        b.sample(Rng.forComponent(9, "replay"), c);
        assertArrayEquals(a, c);
    }

    @Test
    void shouldRefuseBadSizesAndBatchesLargerThanTheBuffer() {
        assertThrows(IllegalArgumentException.class, () -> new ReplayBuffer(0, 2, 4));
        ReplayBuffer b = new ReplayBuffer(10, 2, 4);
        b.add(new double[4], new int[2], new double[2], new double[4], false);
        assertThrows(IllegalArgumentException.class, () -> b.sample(Rng.forComponent(1, "x"), new int[2]));
        assertThrows(IllegalArgumentException.class,
                () -> b.add(new double[3], new int[2], new double[2], new double[4], false));
    }
}
