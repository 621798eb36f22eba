package org.incentivelab.env.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

class CleanupMapTest {

    @Test
    void shouldCountTheSmallMapsCells() {
        CleanupMap m = CleanupMap.named("7x7");
        assertEquals(7, m.width());
        assertEquals(7, m.height());
        assertEquals(2, m.wasteCellCount(), "potential waste area");
        assertEquals(2, m.startWasteCount());
        assertEquals(5, m.appleCellCount());
        assertEquals(2, m.spawnPointCount());
        Grid start = m.start();
        assertEquals(2, start.count(Cell.WASTE));
        assertEquals(0, start.count(Cell.RIVER));
        assertEquals(0, start.count(Cell.APPLE), "no apples at the start");
        assertEquals(5, start.count(Cell.APPLE_SPAWN));
        assertEquals(start.index(1, 1), m.wasteCell(0));
        assertEquals(start.index(1, 2), m.wasteCell(1));
        assertEquals(start.index(4, 1), m.spawnPoint(0));
        assertEquals(start.index(2, 5), m.spawnPoint(1));
        for (int k = 0; k < 5; k++) {
            assertEquals(start.index(5, k + 1), m.appleCell(k));
        }
    }

    @Test
    void shouldCountTheLargeMapsCells() {
        CleanupMap m = CleanupMap.named("10x10");
        assertEquals(10, m.width());
        assertEquals(10, m.height());
        assertEquals(16, m.wasteCellCount(), "8 H + 8 R");
        assertEquals(8, m.startWasteCount());
        assertEquals(12, m.appleCellCount());
        assertEquals(3, m.spawnPointCount());
        Grid start = m.start();
        assertEquals(8, start.count(Cell.RIVER));
        assertEquals(start.index(6, 1), m.spawnPoint(0));
        assertEquals(start.index(4, 5), m.spawnPoint(1));
        assertEquals(start.index(3, 8), m.spawnPoint(2));
    }

    @Test
    void shouldStartWithDensityOneOnSmallAndHalfOnLarge() {
        CleanupMap small = CleanupMap.named("7x7");
        CleanupMap large = CleanupMap.named("10x10");
        assertEquals(1.0, CleanupSpawner.wasteDensity(small.start(), small), 1e-12);
        assertEquals(0.5, CleanupSpawner.wasteDensity(large.start(), large), 1e-12);
    }

    @Test
    void shouldAssignSpawnPointsLikeAnUnshuffledReferenceRun() {
        CleanupMap m = CleanupMap.named("7x7");
        int[] xs = new int[2];
        int[] ys = new int[2];
        Rng rng = Rng.forComponent(1, "spawn");
        int first = m.chooseSpawn(0, xs, ys, false, rng);
        assertEquals(m.start().index(2, 5), first, "agent 0: the last spawn point, river side (digest 004 §3.3)");
        xs[0] = 2;
        ys[0] = 5;
        assertEquals(m.start().index(4, 1), m.chooseSpawn(1, xs, ys, false, rng), "agent 1: the last free one");
    }

    @Test
    void shouldDrawSpawnPointsUniformlyAndDistinctly() {
        CleanupMap m = CleanupMap.named("10x10");
        Rng rng = Rng.forComponent(2, "spawn");
        int[] counts = new int[100];
        int[] xs = new int[2];
        int[] ys = new int[2];
        int trials = 3000;
        for (int t = 0; t < trials; t++) {
            int a = m.chooseSpawn(0, xs, ys, true, rng);
            xs[0] = a % 10;
            ys[0] = a / 10;
            int b = m.chooseSpawn(1, xs, ys, true, rng);
            assertNotEquals(a, b);
            counts[a]++;
        }
        for (int k = 0; k < 3; k++) {
            assertEquals(1.0 / 3, counts[m.spawnPoint(k)] / (double) trials, 0.04);
        }
    }

    @Test
    void shouldRejectUnknownNamesAndBadMaps() {
        assertThrows(IllegalArgumentException.class, () -> CleanupMap.named("8x8"));
        assertThrows(IllegalArgumentException.class, () -> new CleanupMap(new String[] {"@@@", "@H@", "@@@"}));
        assertThrows(IllegalArgumentException.class, () -> new CleanupMap(new String[] {"@@@", "@P@", "@@@"}));
        String[] rows = CleanupMap.rows("7x7");
        rows[0] = "xxxxxxx";
        assertEquals("@@@@@@@", CleanupMap.SMALL_SYM[0], "rows() returns a copy");
    }
}
