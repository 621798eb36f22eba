package org.incentivelab.env.grid;

import static org.incentivelab.env.grid.CleanupActions.CLEAN;
import static org.incentivelab.env.grid.CleanupActions.DOWN;
import static org.incentivelab.env.grid.CleanupActions.LEFT;
import static org.incentivelab.env.grid.CleanupActions.RIGHT;
import static org.incentivelab.env.grid.CleanupActions.STAY;
import static org.incentivelab.env.grid.CleanupActions.UP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

class CleanupTest {
    /** Table B.2 7×7 settings without waste respawn and with the reference's unshuffled spawn points. */
    private static final CleanupConfig NO_WASTE = new CleanupConfig("7x7", 0.5, 0.6, 0.0, 0.0, 4, 50, false);

    private static Cleanup game(CleanupConfig config, long seed) {
        return new Cleanup(config, Rng.forComponent(seed, "cleanup"));
    }

    private static int count(Cleanup g, int type) {
        int n = 0;
        for (int y = 0; y < g.map().height(); y++) {
            for (int x = 0; x < g.map().width(); x++) {
                n += g.cell(x, y) == type ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void shouldDescribeTheGame() {
        Cleanup g = game(CleanupConfig.small(), 1);
        assertEquals(2, g.agents());
        assertEquals(6, g.actions());
        assertEquals(50, g.maxSteps());
        assertEquals(0, g.stepsTaken());
        String[] names = {"left", "right", "up", "down", "stay", "clean"};
        for (int a = 0; a < 6; a++) {
            assertEquals(names[a], g.actionName(a));
        }
        assertThrows(IllegalArgumentException.class, () -> g.actionName(6));
        assertThrows(IllegalArgumentException.class, () -> g.actionName(-1));
    }

    @Test
    void shouldStartWithWasteOnHAndNoApples() {
        Cleanup small = game(CleanupConfig.small(), 1);
        assertEquals(1.0, small.wasteDensity(), 1e-12);
        assertEquals(Cell.WASTE, small.cell(1, 1));
        assertEquals(Cell.WASTE, small.cell(1, 2));
        assertEquals(0, count(small, Cell.APPLE));
        assertEquals(0.0, small.appleSpawnProbability());
        assertEquals(0.0, small.wasteSpawnProbability());
        Cleanup large = game(CleanupConfig.large(), 1);
        assertEquals(0.5, large.wasteDensity(), 1e-12);
        assertEquals(0, count(large, Cell.APPLE));
        assertEquals(0.0, large.appleSpawnProbability());
    }

    @Test
    void shouldPlaceAgentsOnTheReferenceSpawnPointsWithoutShuffling() {
        Cleanup g = game(NO_WASTE, 1);
        assertEquals(2, g.agentX(0));
        assertEquals(5, g.agentY(0));
        assertEquals(4, g.agentX(1));
        assertEquals(1, g.agentY(1));
    }

    @Test
    void shouldNeverSpawnApplesWhileDensityIsAtLeastTheDepletionThreshold() {
        for (CleanupConfig c : new CleanupConfig[] {CleanupConfig.small(), CleanupConfig.large()}) {
            Cleanup g = game(c, 5);
            double[] r = new double[2];
            for (int ep = 0; ep < 4; ep++) {
                g.reset();
                boolean done = false;
                while (!done) {
                    done = g.step(new int[] {STAY, STAY}, r);
                    assertEquals(0, count(g, Cell.APPLE), c.map());
                    assertArrayEquals(new double[] {0, 0}, r);
                    assertTrue(g.wasteDensity() >= c.thresholdDepletion());
                }
            }
        }
    }

    @Test
    void shouldCleanWasteIntoRiverAndLowerTheDensity() {
        Cleanup g = game(NO_WASTE, 1);
        double[] r = new double[2];
        g.step(new int[] {CLEAN, STAY}, r);
        assertEquals(1, g.cleanedCells(0));
        assertEquals(0, g.cleanedCells(1));
        assertEquals(Cell.RIVER, g.cell(1, 2), "the left ray from (2, 5) meets (1, 2) first");
        assertEquals(Cell.WASTE, g.cell(1, 1), "and stops there");
        assertEquals(0.5, g.wasteDensity(), 1e-12);
        assertEquals(0.5 * (1 - 0.5 / 0.6), g.appleSpawnProbability(), 1e-12);
        g.step(new int[] {CLEAN, STAY}, r);
        assertEquals(1, g.cleanedCells(0));
        assertEquals(Cell.RIVER, g.cell(1, 1), "the ray passes the river and reaches (1, 1) at length 5");
        assertEquals(0.0, g.wasteDensity());
        assertEquals(0.5, g.appleSpawnProbability(), 1e-12);
        g.step(new int[] {CLEAN, STAY}, r);
        assertEquals(0, g.cleanedCells(0), "nothing left to clean");
    }

    @Test
    void shouldNotReachTheRiverFromTheAppleSide() {
        Cleanup g = game(NO_WASTE, 1);
        g.place(0, 3, 5);
        g.step(new int[] {CLEAN, STAY}, new double[2]);
        assertEquals(0, g.cleanedCells(0), "from column 3 the rays cover columns 2–4 only");
        assertEquals(1.0, g.wasteDensity());
    }

    @Test
    void shouldRecordTheBeamCellsOfTheLastStep() {
        Cleanup g = game(NO_WASTE, 1);
        g.step(new int[] {CLEAN, STAY}, new double[2]);
        // centre (2,4)…(2,1) then the wall; left (1,5),(1,4),(1,3),(1,2)=waste; right (3,5)…(3,1)
        assertEquals(4 + 4 + 5, g.beamCellCount());
        assertTrue(g.beamAt(2, 1));
        assertTrue(g.beamAt(1, 2));
        assertFalse(g.beamAt(1, 1));
        assertTrue(g.beamAt(3, 1));
        assertFalse(g.beamAt(2, 0));
        g.step(new int[] {STAY, STAY}, new double[2]);
        assertEquals(0, g.beamCellCount(), "beams last one step");
        assertFalse(g.beamAt(2, 1));
    }

    @Test
    void shouldReportWhoFiredHitOrMiss() {
        Cleanup g = game(NO_WASTE, 1);
        double[] fired = {7, 7, 7};
        g.whoFired(fired);
        assertArrayEquals(new double[] {0, 0, 7}, fired);
        g.step(new int[] {STAY, CLEAN}, new double[2]);
        g.whoFired(fired);
        assertArrayEquals(new double[] {0, 1, 7}, fired, "agent 1 fired from the apple side and missed");
        g.step(new int[] {CLEAN, CLEAN}, new double[2]);
        g.whoFired(fired);
        assertArrayEquals(new double[] {1, 1, 7}, fired);
        g.reset();
        g.whoFired(fired);
        assertArrayEquals(new double[] {0, 0, 7}, fired);
        assertThrows(IllegalArgumentException.class, () -> g.whoFired(new double[1]));
    }

    @Test
    void shouldCollectAnAppleForPlusOneAndEmptyTheCell() {
        Cleanup g = game(NO_WASTE, 1);
        g.setCell(5, 3, Cell.APPLE);
        g.place(1, 4, 3);
        double[] r = new double[2];
        g.step(new int[] {STAY, RIGHT}, r);
        assertArrayEquals(new double[] {0, 1}, r);
        assertEquals(1, g.applesCollected(1));
        assertEquals(0, g.applesCollected(0));
        assertEquals(Cell.APPLE_SPAWN, g.cell(5, 3));
        assertEquals(5, g.agentX(1));
        g.step(new int[] {STAY, STAY}, r);
        assertArrayEquals(new double[] {0, 0}, r);
        assertEquals(0, g.applesCollected(1));
    }

    @Test
    void shouldTypeEachStepForTheDesignerAndWriteWhoFiredAsEvents() {
        Cleanup g = game(NO_WASTE, 1);
        g.setCell(5, 3, Cell.APPLE);
        g.place(1, 4, 3);
        g.step(new int[] {CLEAN, RIGHT}, new double[2]);
        assertEquals(Cleanup.TYPE_FIRE, g.incentiveType(0, CLEAN), "fired, hit or miss");
        assertEquals(Cleanup.TYPE_COLLECT, g.incentiveType(1, RIGHT), "collected the apple");
        g.step(new int[] {STAY, STAY}, new double[2]);
        assertEquals(Cleanup.TYPE_ELSE, g.incentiveType(0, STAY));
        assertEquals(Cleanup.TYPE_ELSE, g.incentiveType(1, STAY), "nothing collected in this step");
        assertEquals(3, g.incentiveTypes());
        assertEquals("fire", g.incentiveTypeName(Cleanup.TYPE_FIRE));
        assertEquals("collect", g.incentiveTypeName(Cleanup.TYPE_COLLECT));
        assertEquals("else", g.incentiveTypeName(Cleanup.TYPE_ELSE));
        assertThrows(IllegalArgumentException.class, () -> g.incentiveTypeName(3));
        g.step(new int[] {STAY, CLEAN}, new double[2]);
        double[] x = {9, 9, 9, 9};
        g.writeEvents(x, 1);
        assertArrayEquals(new double[] {9, 0, 1, 9}, x, "who fired, written from the offset");
        assertEquals(2, g.eventSize());
        assertArrayEquals(new int[] {9, 9, 3}, g.imageShape());
        assertArrayEquals(new int[] {7, 7, 3}, g.globalImageShape());
        assertFalse(g.incentivesSeeActions(), "Cleanup incentive functions see who fired, not actions (App. B.4.1, C.2.1)");
    }

    @Test
    void shouldNotLetWallsBeEntered() {
        Cleanup g = game(NO_WASTE, 1);
        g.step(new int[] {DOWN, UP}, new double[2]);
        assertEquals(5, g.agentY(0), "(2, 6) is a wall");
        assertEquals(1, g.agentY(1), "(4, 0) is a wall");
        g.place(0, 1, 3);
        g.place(1, 5, 3);
        g.step(new int[] {LEFT, RIGHT}, new double[2]);
        assertEquals(1, g.agentX(0));
        assertEquals(5, g.agentX(1));
        g.step(new int[] {UP, LEFT}, new double[2]);
        assertEquals(2, g.agentY(0), "waste is walkable");
        assertEquals(4, g.agentX(1));
    }

    @Test
    void shouldResolveCollisionsBetweenAgents() {
        Cleanup g = game(NO_WASTE, 1);
        double[] r = new double[2];
        g.place(0, 2, 3);
        g.place(1, 3, 3);
        g.step(new int[] {RIGHT, LEFT}, r);
        assertEquals(2, g.agentX(0), "no swaps");
        assertEquals(3, g.agentX(1));
        g.step(new int[] {RIGHT, CLEAN}, r);
        assertEquals(2, g.agentX(0), "a cleaning agent stays and blocks");
        g.step(new int[] {RIGHT, RIGHT}, r);
        assertEquals(3, g.agentX(0), "following a leaving agent is allowed");
        assertEquals(4, g.agentX(1));
        int zeroWins = 0;
        for (int t = 0; t < 400; t++) {
            g.reset();
            g.place(0, 2, 3);
            g.place(1, 4, 3);
            g.step(new int[] {RIGHT, LEFT}, r);
            assertTrue(g.agentX(0) != g.agentX(1), "never two agents on one cell");
            zeroWins += g.agentX(0) == 3 ? 1 : 0;
        }
        assertEquals(0.5, zeroWins / 400.0, 0.1, "a random agent wins a contested cell");
    }

    @Test
    void shouldEndAfterFiftyStepsAndRefuseMoreUntilReset() {
        Cleanup g = game(CleanupConfig.small(), 1);
        double[] r = new double[2];
        for (int t = 1; t < 50; t++) {
            assertFalse(g.step(new int[] {STAY, CLEAN}, r), "step " + t);
        }
        assertTrue(g.step(new int[] {STAY, STAY}, r));
        assertTrue(g.done());
        assertEquals(50, g.stepsTaken());
        assertThrows(IllegalStateException.class, () -> g.step(new int[] {STAY, STAY}, r));
        g.reset();
        assertEquals(0, g.stepsTaken());
        assertFalse(g.done());
        assertEquals(1.0, g.wasteDensity());
        assertFalse(g.step(new int[] {STAY, STAY}, r));
    }

    @Test
    void shouldRejectBadInput() {
        Cleanup g = game(CleanupConfig.small(), 1);
        assertThrows(IllegalArgumentException.class, () -> g.step(new int[] {STAY}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> g.step(new int[] {STAY, STAY}, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> g.step(new int[] {STAY, 6}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> g.step(new int[] {-1, STAY}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> g.observe(2, new double[243]));
        assertThrows(IllegalArgumentException.class, () -> g.observe(-1, new double[243]));
        assertThrows(IllegalArgumentException.class, () -> g.observe(0, new double[242]));
        assertThrows(IllegalArgumentException.class, () -> g.observeGlobal(new double[146]));
        assertThrows(IllegalArgumentException.class, () -> g.agentX(2));
        assertThrows(IllegalArgumentException.class, () -> g.applesCollected(2));
        assertThrows(IllegalArgumentException.class, () -> g.cleanedCells(-1));
        assertEquals(0, g.stepsTaken(), "rejected steps change nothing");
    }

    @Test
    void shouldSpawnApplesAtTheFormulaRateDuringPlay() {
        Cleanup g = game(NO_WASTE, 21);
        double[] r = new double[2];
        double p = 0.5 * (1 - 0.5 / 0.6);
        int eligible = 0;
        int spawned = 0;
        for (int ep = 0; ep < 400; ep++) {
            g.reset();
            g.setCell(1, 2, Cell.RIVER);
            boolean done = false;
            while (!done) {
                int before = count(g, Cell.APPLE);
                eligible += 5 - before;
                done = g.step(new int[] {STAY, STAY}, r);
                spawned += count(g, Cell.APPLE) - before;
                assertEquals(0.5, g.wasteDensity(), 1e-12);
            }
        }
        double sd = Math.sqrt(p * (1 - p) / eligible);
        assertEquals(p, spawned / (double) eligible, 5 * sd);
    }

    @Test
    void shouldReplayTheSameEpisodesFromTheSameSeed() {
        Cleanup a = game(CleanupConfig.small(), 42);
        Cleanup b = game(CleanupConfig.small(), 42);
        Rng actA = Rng.forComponent(9, "policy");
        Rng actB = Rng.forComponent(9, "policy");
        double[] ra = new double[2];
        double[] rb = new double[2];
        double[] oa = new double[a.observationSize()];
        double[] ob = new double[b.observationSize()];
        double total = 0;
        for (int ep = 0; ep < 20; ep++) {
            a.reset();
            b.reset();
            boolean done = false;
            while (!done) {
                int[] ja = {GridRandom.nextInt(actA, 6), GridRandom.nextInt(actA, 6)};
                int[] jb = {GridRandom.nextInt(actB, 6), GridRandom.nextInt(actB, 6)};
                done = a.step(ja, ra);
                assertEquals(done, b.step(jb, rb));
                assertArrayEquals(ra, rb);
                total += ra[0] + ra[1];
                for (int i = 0; i < 2; i++) {
                    a.observe(i, oa);
                    b.observe(i, ob);
                    assertArrayEquals(oa, ob);
                    assertEquals(a.agentX(i), b.agentX(i));
                    assertEquals(a.agentY(i), b.agentY(i));
                }
                assertEquals(a.wasteDensity(), b.wasteDensity());
            }
        }
        assertTrue(total >= 0);
    }
}
