package org.incentivelab.env.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CleanupBeamTest {
    /** 9×10 open field inside walls. */
    private static final String[] FIELD = {
        "@@@@@@@@@",
        "@       @",
        "@       @",
        "@       @",
        "@       @",
        "@       @",
        "@       @",
        "@       @",
        "@       @",
        "@@@@@@@@@",
    };

    private static boolean[][] coverage(CleaningBeam beam, Grid g) {
        boolean[][] c = new boolean[g.height()][g.width()];
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                c[y][x] = beam.covered(x, y);
            }
        }
        return c;
    }

    @Test
    void shouldCoverFifteenCellsWithTheCentreRayOneRowFurther() {
        Grid g = Grid.parse(FIELD);
        CleaningBeam beam = new CleaningBeam(g, 1);
        assertEquals(0, beam.fire(0, new int[] {4}, new int[] {7}));
        assertEquals(15, beam.coveredCount());
        boolean[][] c = coverage(beam, g);
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                boolean centre = x == 4 && y >= 2 && y <= 6;
                boolean side = (x == 3 || x == 5) && y >= 3 && y <= 7;
                assertEquals(centre || side, c[y][x], "cell (" + x + ", " + y + ")");
            }
        }
        assertFalse(beam.covered(4, 7), "the firing agent's own cell");
        assertEquals(CleaningBeam.LENGTH, 5);
        assertEquals(CleaningBeam.WIDTH, 3);
    }

    @Test
    void shouldStopAtWallsWithoutCoveringThem() {
        Grid g = Grid.parse(FIELD);
        CleaningBeam beam = new CleaningBeam(g, 1);
        beam.fire(0, new int[] {1}, new int[] {3});
        // centre (1,2),(1,1); left ray starts on the wall column 0 → nothing; right ray (2,3),(2,2),(2,1)
        assertEquals(5, beam.coveredCount());
        assertTrue(beam.covered(1, 1));
        assertFalse(beam.covered(1, 0));
        assertFalse(beam.covered(0, 3));
        assertTrue(beam.covered(2, 1));
    }

    @Test
    void shouldStopAtTheBoardEdge() {
        Grid g = new Grid(4, 4);
        CleaningBeam beam = new CleaningBeam(g, 1);
        beam.fire(0, new int[] {0}, new int[] {2});
        assertEquals(2 + 3, beam.coveredCount(), "centre (0,1),(0,0); right (1,2),(1,1),(1,0); left off-board");
        assertFalse(beam.covered(-1, 2));
    }

    @Test
    void shouldCleanTheFirstWasteAndStopThere() {
        Grid g = Grid.parse(FIELD);
        g.set(3, 5, Cell.WASTE);
        g.set(3, 4, Cell.WASTE);
        g.set(4, 4, Cell.WASTE);
        g.set(4, 3, Cell.WASTE);
        g.set(5, 6, Cell.RIVER);
        g.set(5, 5, Cell.APPLE);
        CleaningBeam beam = new CleaningBeam(g, 1);
        assertEquals(2, beam.fire(0, new int[] {4}, new int[] {7}));
        assertEquals(Cell.RIVER, g.get(3, 5));
        assertEquals(Cell.WASTE, g.get(3, 4), "waste blocks the beam");
        assertFalse(beam.covered(3, 4));
        assertEquals(Cell.RIVER, g.get(4, 4));
        assertEquals(Cell.WASTE, g.get(4, 3));
        assertTrue(beam.covered(5, 3), "river and apples do not block");
        assertEquals(Cell.APPLE, g.get(5, 5), "apples are not touched");
        assertEquals(2, beam.cleaned(0));
        assertEquals(3 + 3 + 5, beam.coveredCount());
    }

    @Test
    void shouldBeAbsorbedByAnotherAgentAndCleanWasteUnderIt() {
        Grid g = Grid.parse(FIELD);
        g.set(3, 5, Cell.WASTE);
        g.set(3, 4, Cell.WASTE);
        int[] xs = {4, 5, 3};
        int[] ys = {7, 5, 5};
        CleaningBeam beam = new CleaningBeam(g, 3);
        assertEquals(1, beam.fire(0, xs, ys));
        assertTrue(beam.covered(5, 5), "the hit agent's cell is covered");
        assertFalse(beam.covered(5, 4), "the agent absorbs the ray");
        assertEquals(Cell.RIVER, g.get(3, 5), "waste under an agent is cleaned");
        assertEquals(Cell.WASTE, g.get(3, 4));
        assertFalse(beam.covered(3, 4));
    }

    @Test
    void shouldRecordEachAgentsCleaningUntilCleared() {
        Grid g = Grid.parse(FIELD);
        g.set(2, 2, Cell.WASTE);
        g.set(6, 2, Cell.WASTE);
        g.set(7, 2, Cell.WASTE);
        CleaningBeam beam = new CleaningBeam(g, 2);
        int[] xs = {2, 6};
        int[] ys = {4, 4};
        assertEquals(1, beam.fire(0, xs, ys));
        assertEquals(2, beam.fire(1, xs, ys));
        assertEquals(1, beam.cleaned(0));
        assertEquals(2, beam.cleaned(1));
        beam.clear();
        assertEquals(0, beam.cleaned(1));
        assertEquals(0, beam.coveredCount());
        assertFalse(beam.covered(2, 3));
    }
}
