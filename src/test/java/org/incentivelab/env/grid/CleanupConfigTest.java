package org.incentivelab.env.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CleanupConfigTest {

    @Test
    void shouldHoldTableB2ForTheSmallMap() {
        CleanupConfig c = CleanupConfig.small();
        assertEquals("7x7", c.map());
        assertEquals(0.5, c.appleRespawnProbability());
        assertEquals(0.6, c.thresholdDepletion());
        assertEquals(0.0, c.thresholdRestoration());
        assertEquals(0.5, c.wasteSpawnProbability());
        assertEquals(4, c.viewSize());
        assertEquals(50, c.maxSteps());
        assertTrue(c.randomSpawn());
    }

    @Test
    void shouldHoldTableB2ForTheLargeMap() {
        CleanupConfig c = CleanupConfig.large();
        assertEquals("10x10", c.map());
        assertEquals(0.3, c.appleRespawnProbability());
        assertEquals(0.4, c.thresholdDepletion());
        assertEquals(0.0, c.thresholdRestoration());
        assertEquals(0.5, c.wasteSpawnProbability());
        assertEquals(7, c.viewSize());
        assertEquals(50, c.maxSteps());
        assertFalse(c.withRandomSpawn(false).randomSpawn());
    }

    @Test
    void shouldRejectOutOfRangeSettings() {
        assertThrows(IllegalArgumentException.class, () -> new CleanupConfig("5x5", 0.5, 0.6, 0, 0.5, 4, 50));
        assertThrows(IllegalArgumentException.class, () -> new CleanupConfig("7x7", 1.5, 0.6, 0, 0.5, 4, 50));
        assertThrows(IllegalArgumentException.class, () -> new CleanupConfig("7x7", 0.5, -0.1, 0, 0.5, 4, 50));
        assertThrows(IllegalArgumentException.class, () -> new CleanupConfig("7x7", 0.5, 0.6, 0.7, 0.5, 4, 50));
        assertThrows(IllegalArgumentException.class, () -> new CleanupConfig("7x7", 0.5, 0.6, 0, Double.NaN, 4, 50));
        assertThrows(IllegalArgumentException.class, () -> new CleanupConfig("7x7", 0.5, 0.6, 0, 0.5, 0, 50));
        assertThrows(IllegalArgumentException.class, () -> new CleanupConfig("7x7", 0.5, 0.6, 0, 0.5, 4, 0));
    }
}
