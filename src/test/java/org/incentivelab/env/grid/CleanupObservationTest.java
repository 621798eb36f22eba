package org.incentivelab.env.grid;

import static org.incentivelab.env.grid.CleanupActions.CLEAN;
import static org.incentivelab.env.grid.CleanupActions.STAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

class CleanupObservationTest {
    private static final CleanupConfig SMALL_FIXED = CleanupConfig.small().withRandomSpawn(false);

    private static Cleanup game(CleanupConfig config) {
        return new Cleanup(config, Rng.forComponent(3, "cleanup"));
    }

    /** Asserts that pixel (r, q) of a square view of the given side has palette colour {@code colour}. */
    private static void assertPixel(double[] out, int side, int r, int q, int colour, String what) {
        int o = (r * side + q) * 3;
        for (int c = 0; c < 3; c++) {
            assertEquals(CleanupColours.PALETTE.value(colour, c), out[o + c], 1e-12, what + " channel " + c);
        }
    }

    @Test
    void shouldSizeTheViewFromTheViewRadius() {
        Cleanup small = game(CleanupConfig.small());
        Cleanup large = game(CleanupConfig.large());
        assertEquals(9 * 9 * 3, small.observationSize());
        assertEquals(15 * 15 * 3, large.observationSize());
        assertEquals(7 * 7 * 3, small.globalObservationSize());
        assertEquals(10 * 10 * 3, large.globalObservationSize());
    }

    @Test
    void shouldShowEachAgentItselfAtTheCentreInItsOwnColour() {
        Cleanup g = game(SMALL_FIXED);
        double[] out = new double[g.observationSize()];
        g.observe(0, out);
        assertPixel(out, 9, 4, 4, CleanupColours.AGENT_0, "agent 0 at the centre");
        assertPixel(out, 9, 0, 6, CleanupColours.AGENT_0 + 1, "agent 1 at (4, 1) = offset (+2, −4)");
        g.observe(1, out);
        assertPixel(out, 9, 4, 4, CleanupColours.AGENT_0 + 1, "agent 1 at the centre");
        assertPixel(out, 9, 8, 2, CleanupColours.AGENT_0, "agent 0 at (2, 5) = offset (−2, +4)");
    }

    @Test
    void shouldDrawTheMapAndPadOutsideItBlack() {
        Cleanup g = game(SMALL_FIXED);
        double[] out = new double[g.observationSize()];
        g.observe(0, out); // agent 0 at (2, 5): the view spans x −2…6, y 1…9
        assertPixel(out, 9, 0, 3, CleanupColours.WASTE, "waste at (1, 1)");
        assertPixel(out, 9, 1, 3, CleanupColours.WASTE, "waste at (1, 2)");
        assertPixel(out, 9, 0, 1, CleanupColours.BLACK, "padding left of the map");
        assertPixel(out, 9, 5, 2, CleanupColours.WALL, "left wall (0, 6)");
        assertPixel(out, 9, 5, 4, CleanupColours.WALL, "bottom wall (2, 6)");
        assertPixel(out, 9, 2, 7, CleanupColours.BLACK, "an apple cell without an apple (5, 3)");
        for (int r = 6; r < 9; r++) {
            for (int q = 0; q < 9; q++) {
                assertPixel(out, 9, r, q, CleanupColours.BLACK, "padding below the map");
            }
        }
        for (double v : out) {
            assertTrue(v >= 0 && v < 1);
        }
    }

    @Test
    void shouldShowApplesRiverAndTheBeam() {
        Cleanup g = game(new CleanupConfig("7x7", 0.5, 0.6, 0.0, 0.0, 4, 50, false));
        g.setCell(5, 3, Cell.APPLE);
        g.step(new int[] {CLEAN, STAY}, new double[2]);
        double[] out = new double[g.observationSize()];
        g.observe(1, out); // agent 1 at (4, 1): the view spans x 0…8, y −3…5
        assertPixel(out, 9, 6, 5, CleanupColours.APPLE, "apple at (5, 3)");
        assertPixel(out, 9, 4, 1, CleanupColours.WASTE, "waste at (1, 1) behind the blocked ray");
        assertPixel(out, 9, 5, 1, CleanupColours.BEAM, "the cleaned cell (1, 2) is under the beam");
        assertPixel(out, 9, 7, 2, CleanupColours.BEAM, "beam at (2, 4)");
        g.step(new int[] {STAY, STAY}, new double[2]);
        g.observe(1, out);
        assertPixel(out, 9, 5, 1, CleanupColours.RIVER, "river at (1, 2) once the beam is gone");
    }

    @Test
    void shouldSeeTheWholeInteriorFromAnywhere() {
        for (CleanupConfig c : new CleanupConfig[] {CleanupConfig.small(), CleanupConfig.large()}) {
            Cleanup g = game(c);
            int w = g.map().width();
            int v = c.viewSize();
            int side = 2 * v + 1;
            double[] out = new double[g.observationSize()];
            for (int ay = 1; ay < w - 1; ay++) {
                for (int ax = 1; ax < w - 1; ax++) {
                    g.place(0, ax, ay);
                    g.place(1, ax == 1 ? 2 : 1, ay);
                    g.observe(0, out);
                    for (int y = 1; y < w - 1; y++) {
                        for (int x = 1; x < w - 1; x++) {
                            int r = y - ay + v;
                            int q = x - ax + v;
                            assertTrue(r >= 0 && r < side && q >= 0 && q < side, c.map() + " cell hidden");
                        }
                    }
                }
            }
        }
    }

    @Test
    void shouldWriteTheGlobalMapForTheDesigner() {
        Cleanup g = game(SMALL_FIXED);
        double[] out = new double[g.globalObservationSize() + 1];
        out[out.length - 1] = 7;
        g.observeGlobal(out);
        assertPixel(out, 7, 0, 0, CleanupColours.WALL, "corner wall");
        assertPixel(out, 7, 1, 1, CleanupColours.WASTE, "waste (1, 1)");
        assertPixel(out, 7, 5, 2, CleanupColours.AGENT_0, "agent 0 (2, 5)");
        assertPixel(out, 7, 1, 4, CleanupColours.AGENT_0 + 1, "agent 1 (4, 1)");
        assertPixel(out, 7, 3, 3, CleanupColours.BLACK, "floor (3, 3)");
        assertEquals(7.0, out[out.length - 1]);
        assertEquals(99 / 256.0, CleanupColours.PALETTE.value(CleanupColours.RIVER, 0), 1e-12);
        assertEquals(113, CleanupColours.PALETTE.raw(CleanupColours.WASTE, 0));
    }

    @Test
    void shouldOverwriteTheWholeViewOnEveryCall() {
        Cleanup g = game(SMALL_FIXED);
        double[] a = new double[g.observationSize()];
        double[] b = new double[g.observationSize()];
        java.util.Arrays.fill(b, 5.0);
        g.observe(0, a);
        g.observe(0, b);
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
    }
}
