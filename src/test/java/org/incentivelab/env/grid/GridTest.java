package org.incentivelab.env.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

class GridTest {
    private static final String[] MAP = {
        "@@@@@",
        "@HRB@",
        "@ PA@",
        "@@@@@",
    };

    @Test
    void shouldParseEveryLegendCharacter() {
        Grid g = Grid.parse(MAP);
        assertEquals(5, g.width());
        assertEquals(4, g.height());
        assertEquals(20, g.size());
        assertEquals(Cell.WALL, g.get(0, 0));
        assertEquals(Cell.WASTE, g.get(1, 1));
        assertEquals(Cell.RIVER, g.get(2, 1));
        assertEquals(Cell.APPLE_SPAWN, g.get(3, 1));
        assertEquals(Cell.EMPTY, g.get(1, 2));
        assertEquals(Cell.EMPTY, g.get(2, 2), "a spawn point 'P' is empty floor");
        assertEquals(Cell.APPLE, g.get(3, 2));
        assertEquals(14, g.count(Cell.WALL));
        assertEquals("@@@@@\n@HRB@\n@  A@\n@@@@@", g.toString());
    }

    @Test
    void shouldIndexRowMajorWithYDown() {
        Grid g = new Grid(4, 3);
        assertEquals(9, g.index(1, 2));
        assertEquals(1, g.xOf(9));
        assertEquals(2, g.yOf(9));
        g.set(1, 2, Cell.APPLE);
        assertEquals(Cell.APPLE, g.get(9));
        g.set(0, Cell.WALL);
        assertEquals(Cell.WALL, g.get(0, 0));
    }

    @Test
    void shouldTellWalkableCellsAndBounds() {
        Grid g = Grid.parse(MAP);
        assertFalse(g.walkable(0, 1), "wall");
        assertTrue(g.walkable(1, 1), "waste is walkable");
        assertTrue(g.walkable(2, 1), "river is walkable");
        assertTrue(g.walkable(3, 2), "apple is walkable");
        assertFalse(g.walkable(-1, 0));
        assertFalse(g.walkable(5, 1));
        assertFalse(g.walkable(1, 4));
        assertTrue(g.inBounds(4, 3));
        assertFalse(g.inBounds(4, 4));
    }

    @Test
    void shouldCopyWithoutSharingCells() {
        Grid g = Grid.parse(MAP);
        Grid c = g.copy();
        c.set(1, 1, Cell.RIVER);
        assertEquals(Cell.WASTE, g.get(1, 1));
        c.copyFrom(g);
        assertEquals(Cell.WASTE, c.get(1, 1));
        assertThrows(IllegalArgumentException.class, () -> c.copyFrom(new Grid(4, 4)));
    }

    @Test
    void shouldRejectBadMaps() {
        assertThrows(IllegalArgumentException.class, () -> Grid.parse(new String[0]));
        assertThrows(IllegalArgumentException.class, () -> Grid.parse(new String[] {"@@", "@"}));
        assertThrows(IllegalArgumentException.class, () -> Grid.parse(new String[] {"@x"}));
        assertThrows(IllegalArgumentException.class, () -> new Grid(0, 3));
        assertThrows(IllegalArgumentException.class, () -> Cell.symbol(Cell.TYPES));
    }

    @Test
    void shouldRoundTripCellSymbols() {
        for (int t = 0; t < Cell.TYPES; t++) {
            assertEquals(t, Cell.fromSymbol(Cell.symbol(t)));
        }
        assertFalse(Cell.walkable(Cell.WALL));
        assertTrue(Cell.walkable(Cell.COIN_1));
    }

    @Test
    void shouldDrawUniformIntegersInRange() {
        Rng rng = Rng.forComponent(7, "grid-test");
        int[] counts = new int[5];
        int n = 50_000;
        for (int k = 0; k < n; k++) {
            counts[GridRandom.nextInt(rng, 5)]++;
        }
        for (int c : counts) {
            assertEquals(0.2, c / (double) n, 0.01);
        }
        assertThrows(IllegalArgumentException.class, () -> GridRandom.nextInt(rng, 0));
    }

    @Test
    void shouldShuffleIntoAPermutationAndLeaveTheTail() {
        Rng rng = Rng.forComponent(7, "shuffle");
        int[] a = {0, 1, 2, 3, 4, 5, 99};
        GridRandom.shuffle(rng, a, 6);
        assertEquals(99, a[6]);
        int[] sorted = java.util.Arrays.copyOf(a, 6);
        java.util.Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, sorted);
        int firstIsZero = 0;
        for (int k = 0; k < 6000; k++) {
            int[] b = {0, 1, 2};
            GridRandom.shuffle(rng, b, 3);
            firstIsZero += b[0] == 0 ? 1 : 0;
        }
        assertEquals(1.0 / 3, firstIsZero / 6000.0, 0.03);
        assertThrows(IllegalArgumentException.class, () -> GridRandom.shuffle(rng, a, 8));
    }
}
