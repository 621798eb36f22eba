package org.incentivelab.env.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

class GridMoveResolverTest {
    private static final String[] OPEN = {
        "@@@@@@",
        "@    @",
        "@    @",
        "@ @  @",
        "@@@@@@",
    };

    private final Grid grid = Grid.parse(OPEN);
    private final Rng rng = Rng.forComponent(3, "moves");

    private void move(MoveResolver m, int[] xs, int[] ys, int[] dx, int[] dy) {
        m.resolve(grid, xs, ys, dx, dy, rng);
    }

    @Test
    void shouldMoveFreelyAndStopAtWalls() {
        MoveResolver m = new MoveResolver(1);
        int[] xs = {1};
        int[] ys = {1};
        move(m, xs, ys, new int[] {1}, new int[] {0});
        assertEquals(2, xs[0]);
        move(m, xs, ys, new int[] {0}, new int[] {-1});
        assertEquals(1, ys[0], "the wall above blocks the move");
        xs[0] = 2;
        ys[0] = 2;
        move(m, xs, ys, new int[] {0}, new int[] {1});
        assertEquals(2, ys[0], "the inner wall at (2, 3) blocks the move");
    }

    @Test
    void shouldStopAtTheGridEdgeWithoutWalls() {
        Grid open = new Grid(3, 3);
        MoveResolver m = new MoveResolver(1);
        int[] xs = {0};
        int[] ys = {0};
        m.resolve(open, xs, ys, new int[] {-1}, new int[] {0}, rng);
        assertEquals(0, xs[0]);
        m.resolve(open, xs, ys, new int[] {0}, new int[] {-1}, rng);
        assertEquals(0, ys[0]);
    }

    @Test
    void shouldGiveAContestedCellToARandomAgent() {
        MoveResolver m = new MoveResolver(2);
        int zeroWins = 0;
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            int[] xs = {1, 3};
            int[] ys = {1, 1};
            move(m, xs, ys, new int[] {1, -1}, new int[] {0, 0});
            boolean zero = xs[0] == 2 && xs[1] == 3;
            boolean one = xs[0] == 1 && xs[1] == 2;
            assertTrue(zero || one, "exactly one agent takes (2, 1), the other stays");
            zeroWins += zero ? 1 : 0;
        }
        assertEquals(0.5, zeroWins / (double) trials, 0.05);
    }

    @Test
    void shouldForbidSwaps() {
        MoveResolver m = new MoveResolver(2);
        int[] xs = {1, 2};
        int[] ys = {1, 1};
        move(m, xs, ys, new int[] {1, -1}, new int[] {0, 0});
        assertEquals(1, xs[0]);
        assertEquals(2, xs[1]);
    }

    @Test
    void shouldBlockAMoveIntoAStayingAgent() {
        MoveResolver m = new MoveResolver(2);
        int[] xs = {1, 2};
        int[] ys = {1, 1};
        move(m, xs, ys, new int[] {1, 0}, new int[] {0, 0});
        assertEquals(1, xs[0]);
        assertEquals(2, xs[1]);
    }

    @Test
    void shouldBlockAMoveIntoAnAgentStoppedByAWall() {
        MoveResolver m = new MoveResolver(2);
        int[] xs = {2, 2};
        int[] ys = {1, 2};
        move(m, xs, ys, new int[] {0, 0}, new int[] {1, 1});
        assertEquals(1, ys[0], "agent 1 cannot enter the wall at (2, 3), so agent 0 cannot enter its cell");
        assertEquals(2, ys[1]);
    }

    @Test
    void shouldLetAnAgentFollowAnotherOneThatLeaves() {
        MoveResolver m = new MoveResolver(2);
        for (int order = 0; order < 2; order++) {
            int lead = order;
            int follower = 1 - order;
            int[] xs = new int[2];
            int[] ys = {1, 1};
            xs[follower] = 1;
            xs[lead] = 2;
            move(m, xs, ys, new int[] {1, 1}, new int[] {0, 0});
            assertEquals(3, xs[lead]);
            assertEquals(2, xs[follower]);
        }
    }

    @Test
    void shouldRotateACycleOfFourAtOnce() {
        MoveResolver m = new MoveResolver(4);
        // (1,1) → (2,1) → (2,2) → (1,2) → (1,1): every target is occupied by an agent that leaves it
        int[] xs = {1, 2, 2, 1};
        int[] ys = {1, 1, 2, 2};
        move(m, xs, ys, new int[] {1, 0, -1, 0}, new int[] {0, 1, 0, -1});
        assertEquals(2, xs[0]);
        assertEquals(1, ys[0]);
        assertEquals(2, xs[1]);
        assertEquals(2, ys[1]);
        assertEquals(1, xs[2]);
        assertEquals(2, ys[2]);
        assertEquals(1, xs[3]);
        assertEquals(1, ys[3]);
    }

    @Test
    void shouldRejectWrongLengths() {
        MoveResolver m = new MoveResolver(2);
        assertThrows(IllegalArgumentException.class,
                () -> m.resolve(grid, new int[1], new int[2], new int[2], new int[2], rng));
        assertThrows(IllegalArgumentException.class, () -> new MoveResolver(0));
    }
}
