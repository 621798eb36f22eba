package org.incentivelab.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void shouldKeepTheWholeRunWithinCapacityByDoublingTheStride() {
        Metrics m = new Metrics(List.of("x", "twice"));
        long episodes = 5L * Metrics.CAPACITY + 17;
        for (long e = 0; e < episodes; e++) {
            if (e % m.stride() == 0) {
                m.record(e, new double[] {e, 2.0 * e});
            }
        }
        assertTrue(m.size() <= Metrics.CAPACITY && m.size() >= Metrics.CAPACITY / 2, "size " + m.size());
        double[] axis = m.episodes();
        assertEquals(0, axis[0]);
        assertTrue(axis[axis.length - 1] >= episodes - m.stride(), "covers the end");
        for (int k = 1; k < axis.length; k++) {
            assertEquals(m.stride(), axis[k] - axis[k - 1], "evenly spaced");
        }
        double[] twice = m.series(1);
        for (int k = 0; k < axis.length; k++) {
            assertEquals(2 * axis[k], twice[k], "values stay aligned with their episodes");
        }
    }

    @Test
    void shouldPickEvenlySpreadIndicesIncludingTheLast() {
        int[] picks = SnapshotBuilder.decimation(8192, 1000);
        assertEquals(1000, picks.length);
        assertEquals(0, picks[0]);
        assertEquals(8191, picks[999]);
        assertEquals(5, SnapshotBuilder.decimation(5, 1000).length);
        assertEquals(0, SnapshotBuilder.decimation(0, 1000).length);
    }

    @Test
    void shouldAverageEachDisplayBucketSoThatNoisySeriesDoNotAlias() {
        Metrics m = new Metrics(List.of("alternating"));
        for (long e = 0; e < 4000; e++) {
            m.record(e, new double[] {e % 2});
        }
        int[] picks = SnapshotBuilder.decimation(m.size(), 1000);
        double[] means = m.bucketMeans(0, picks);
        assertEquals(0, means[0], "the first bucket holds only the first point");
        for (int j = 1; j < means.length; j++) {
            assertTrue(means[j] > 0.2 && means[j] < 0.8, "bucket " + j + " = " + means[j]);
        }
        Metrics few = new Metrics(List.of("x"));
        for (double v : new double[] {3, 1, 4}) {
            few.record(few.size(), new double[] {v});
        }
        assertArrayEquals(new double[] {3, 1, 4}, few.bucketMeans(0, SnapshotBuilder.decimation(3, 1000)));
        assertArrayEquals(new double[] {0, 1, 2}, few.episodesAt(new int[] {0, 1, 2}));
    }
}
