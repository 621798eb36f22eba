package org.incentivelab.env.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

class CleanupSpawnerTest {
    private static final CleanupConfig SMALL = CleanupConfig.small();
    private static final CleanupConfig LARGE = CleanupConfig.large();

    @Test
    void shouldFollowTheLinearAppleFormula() {
        assertEquals(0.5, CleanupSpawner.appleProbability(0.0, SMALL), 1e-12);
        assertEquals(0.5 * (1 - 0.5 / 0.6), CleanupSpawner.appleProbability(0.5, SMALL), 1e-12);
        assertEquals(0.0833333333, CleanupSpawner.appleProbability(0.5, SMALL), 1e-9, "digest 004 §3.3");
        assertEquals(0.25, CleanupSpawner.appleProbability(0.3, SMALL), 1e-12);
        assertEquals(0.3 * (1 - 0.25 / 0.4), CleanupSpawner.appleProbability(0.25, LARGE), 1e-12);
        assertEquals(0.3, CleanupSpawner.appleProbability(0.0, LARGE), 1e-12);
        CleanupConfig restored = new CleanupConfig("7x7", 0.4, 0.6, 0.2, 0.5, 4, 50);
        assertEquals(0.4, CleanupSpawner.appleProbability(0.1, restored), 1e-12, "full rate below restoration");
        assertEquals(0.4, CleanupSpawner.appleProbability(0.2, restored), 1e-12);
        assertEquals(0.4 * (1 - 0.2 / 0.4), CleanupSpawner.appleProbability(0.4, restored), 1e-12);
    }

    @Test
    void shouldStopBothSpawnsAtOrAboveDepletion() {
        assertEquals(0.0, CleanupSpawner.appleProbability(0.6, SMALL));
        assertEquals(0.0, CleanupSpawner.appleProbability(1.0, SMALL));
        assertEquals(0.0, CleanupSpawner.wasteProbability(0.6, SMALL));
        assertEquals(0.5, CleanupSpawner.wasteProbability(0.5, SMALL));
        assertEquals(0.0, CleanupSpawner.appleProbability(0.5, LARGE), "10×10 start density 0.5 ≥ 0.4");
        assertEquals(0.0, CleanupSpawner.wasteProbability(0.4, LARGE));
        assertEquals(0.5, CleanupSpawner.wasteProbability(0.375, LARGE));
    }

    @Test
    void shouldSpawnApplesAtTheEmpiricalRate() {
        CleanupMap map = CleanupMap.named("7x7");
        CleanupSpawner spawner = new CleanupSpawner(map);
        Rng rng = Rng.forComponent(11, "apples");
        int[] xs = {2, 4};
        int[] ys = {5, 1};
        Grid grid = map.start();
        for (double p : new double[] {CleanupSpawner.appleProbability(0.5, SMALL), 0.5}) {
            int spawned = 0;
            int trials = 20_000;
            for (int t = 0; t < trials; t++) {
                map.restore(grid);
                spawned += spawner.spawnApples(grid, p, xs, ys, rng);
            }
            double rate = spawned / (5.0 * trials);
            double sd = Math.sqrt(p * (1 - p) / (5.0 * trials));
            assertEquals(p, rate, 5 * sd, "apple spawn frequency for p = " + p);
        }
    }

    @Test
    void shouldNotSpawnApplesUnderAgentsOrOnApples() {
        CleanupMap map = CleanupMap.named("7x7");
        CleanupSpawner spawner = new CleanupSpawner(map);
        Rng rng = Rng.forComponent(12, "apples");
        Grid grid = map.start();
        grid.set(5, 2, Cell.APPLE);
        assertEquals(3, spawner.spawnApples(grid, 1.0, new int[] {5, 1}, new int[] {4, 4}, rng));
        assertEquals(Cell.APPLE_SPAWN, grid.get(5, 4), "the agent's cell stays empty");
        assertEquals(4, grid.count(Cell.APPLE));
        assertEquals(0, spawner.spawnApples(grid, 0.0, new int[] {5}, new int[] {4}, rng));
    }

    @Test
    void shouldSpawnAtMostOneWasteCellPerStep() {
        CleanupMap map = CleanupMap.named("10x10");
        CleanupSpawner spawner = new CleanupSpawner(map);
        Rng rng = Rng.forComponent(13, "waste");
        Grid grid = map.start();
        for (int k = 0; k < map.wasteCellCount(); k++) {
            grid.set(map.wasteCell(k), Cell.RIVER);
        }
        for (int t = 0; t < 200; t++) {
            int before = grid.count(Cell.WASTE);
            int cell = spawner.spawnWaste(grid, 1.0, rng);
            int after = grid.count(Cell.WASTE);
            if (before < 16) {
                assertEquals(before + 1, after, "p = 1 spawns exactly one while a clean cell remains");
                assertEquals(Cell.WASTE, grid.get(cell));
            } else {
                assertEquals(-1, cell);
                assertEquals(16, after);
            }
        }
    }

    @Test
    void shouldSpawnWasteWithOneMinusTheProductOfFailures() {
        CleanupMap map = CleanupMap.named("10x10");
        CleanupSpawner spawner = new CleanupSpawner(map);
        Rng rng = Rng.forComponent(14, "waste");
        Grid grid = map.start();
        int a = map.wasteCell(0);
        int b = map.wasteCell(5);
        int trials = 20_000;
        int onA = 0;
        int onB = 0;
        for (int t = 0; t < trials; t++) {
            for (int k = 0; k < map.wasteCellCount(); k++) {
                grid.set(map.wasteCell(k), Cell.WASTE);
            }
            grid.set(a, Cell.RIVER);
            grid.set(b, Cell.RIVER);
            int cell = spawner.spawnWaste(grid, 0.5, rng);
            assertTrue(cell == -1 || cell == a || cell == b);
            onA += cell == a ? 1 : 0;
            onB += cell == b ? 1 : 0;
        }
        assertEquals(0.75, (onA + onB) / (double) trials, 0.015, "1 − 0.5² with two clean cells");
        assertEquals(0.375, onA / (double) trials, 0.015, "the shuffle makes both cells equally likely");
        assertEquals(-1, spawner.spawnWaste(grid, 0.0, rng));
    }
}
