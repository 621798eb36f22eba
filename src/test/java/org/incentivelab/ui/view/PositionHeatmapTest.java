package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.env.grid.Cell;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.GridFrame;
import org.junit.jupiter.api.Test;

/** Visit counting, the episode window and the start-over rule of {@link PositionHeatmap}. */
class PositionHeatmapTest {
    /** An episode on a 3×2 board (wall at (2, 1)) in which agent i stands on {@code path[i][t]} = x in row 0. */
    private static GridEpisode walk(long number, int[]... path) {
        int n = path.length;
        byte[] cells = {Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.WALL};
        List<GridFrame> frames = new ArrayList<>();
        for (int t = 0; t < path[0].length; t++) {
            int[][] agents = new int[n][];
            for (int i = 0; i < n; i++) {
                agents[i] = new int[] {path[i][t], 0};
            }
            frames.add(new GridFrame(3, 2, cells, agents, null, new double[n], null, new double[n], Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, null, t, Math.max(1, path[0].length - 1)));
        }
        return new GridEpisode(number, frames);
    }

    private static long total(PositionHeatmap m) {
        long sum = 0;
        for (int i = 0; i < m.agents(); i++) {
            sum += m.totalVisits(i);
        }
        return sum;
    }

    @Test
    void shouldCountOneVisitPerAgentPerFrameIncludingTheStart() {
        PositionHeatmap m = new PositionHeatmap();
        assertTrue(m.isEmpty());
        assertEquals(0, m.width());
        m.add(walk(1, new int[] {0, 0, 1, 2}, new int[] {2, 2, 2, 2}));
        assertEquals(3, m.width());
        assertEquals(2, m.height());
        assertEquals(2, m.agents());
        assertEquals(1, m.episodes());
        assertEquals(2, m.visits(0, 0, 0));
        assertEquals(1, m.visits(0, 1, 0));
        assertEquals(1, m.visits(0, 2, 0));
        assertEquals(0, m.visits(0, 0, 1));
        assertEquals(4, m.visits(1, 2, 0));
        assertEquals(2, m.maxVisits(0));
        assertEquals(4, m.totalVisits(0));
        assertEquals(8, total(m), "4 frames × 2 agents");
        assertTrue(m.wall(2, 1));
        assertFalse(m.wall(0, 0));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> m.visits(0, 3, 0));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> m.wall(0, 2));

        m.add(walk(2, new int[] {1, 1}, new int[] {0, 0}));
        assertEquals(2, m.episodes());
        assertEquals(3, m.visits(0, 1, 0));
        assertEquals(12, total(m));
    }

    @Test
    void shouldCountOnlyTheLatestEpisodesWithAWindow() {
        PositionHeatmap m = new PositionHeatmap(2);
        assertEquals(2, m.window());
        m.add(walk(1, new int[] {0, 0}));
        m.add(walk(2, new int[] {1, 1}));
        assertEquals(2, m.visits(0, 0, 0));
        m.add(walk(3, new int[] {2, 2, 2}));
        assertEquals(2, m.episodes());
        assertEquals(0, m.visits(0, 0, 0), "the first episode fell out of the window");
        assertEquals(2, m.visits(0, 1, 0));
        assertEquals(3, m.visits(0, 2, 0));
        assertEquals(5, total(m));
        assertThrows(IllegalArgumentException.class, () -> new PositionHeatmap(-1));
        assertEquals(PositionHeatmap.UNLIMITED, new PositionHeatmap().window());
    }

    @Test
    void shouldStartOverOnAnotherBoardOrAgentCountAndOnClear() {
        PositionHeatmap m = new PositionHeatmap(5);
        m.add(walk(1, new int[] {0, 1}, new int[] {2, 2}));
        m.add(walk(2, new int[] {0, 1, 2}));
        assertEquals(1, m.agents());
        assertEquals(1, m.episodes());
        assertEquals(3, total(m));
        m.add(CleanupEpisodes.scripted(3, 1));
        assertEquals(7, m.width());
        assertEquals(2, m.agents());
        assertEquals(51 * 2, total(m));
        assertTrue(m.wall(0, 0));
        assertEquals(Cell.WALL, m.terrain(0, 0));
        assertEquals(Cell.WASTE, m.terrain(1, 1), "the start frame's waste");
        assertEquals(Cell.APPLE_SPAWN, m.terrain(5, 3));
        assertEquals(50, m.visits(CleanupEpisodes.CLEANER, 1, 5), "the cleaner stands by the river from step 1");
        m.clear();
        assertTrue(m.isEmpty());
        assertEquals(0, m.agents());
        assertEquals(0, m.width());
        assertThrows(NullPointerException.class, () -> m.add(null));
    }
}
