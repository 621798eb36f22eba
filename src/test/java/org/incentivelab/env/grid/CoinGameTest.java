package org.incentivelab.env.grid;

import static org.incentivelab.env.grid.CoinGame.DOWN;
import static org.incentivelab.env.grid.CoinGame.LEFT;
import static org.incentivelab.env.grid.CoinGame.RIGHT;
import static org.incentivelab.env.grid.CoinGame.STAY;
import static org.incentivelab.env.grid.CoinGame.UP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

class CoinGameTest {

    private static CoinGame game(CoinGameConfig config, long seed) {
        return new CoinGame(config, Rng.forComponent(seed, "coins"));
    }

    /** A 3×3 amd game with agent 0 at (0, 0), agent 1 at (2, 2) and a single coin of {@code owner} at (1, 0). */
    private static CoinGame setUp(int owner) {
        CoinGame g = game(CoinGameConfig.amd(), 1);
        clearCoins(g);
        g.place(0, 0, 0);
        g.place(1, 2, 2);
        g.setCoin(1, 0, owner);
        return g;
    }

    private static void clearCoins(CoinGame g) {
        for (int y = 0; y < g.size(); y++) {
            for (int x = 0; x < g.size(); x++) {
                g.setCoin(x, y, -1);
            }
        }
    }

    private static int[] coinPosition(CoinGame g) {
        for (int y = 0; y < g.size(); y++) {
            for (int x = 0; x < g.size(); x++) {
                if (g.coinAt(x, y) >= 0) {
                    return new int[] {x, y, g.coinAt(x, y)};
                }
            }
        }
        throw new AssertionError("no coin");
    }

    @Test
    void shouldConfigureTheTwoVariants() {
        CoinGameConfig amd = CoinGameConfig.amd();
        assertEquals(3, amd.size());
        assertEquals(100, amd.maxSteps());
        assertTrue(amd.toroidal());
        assertFalse(amd.stayAction());
        assertEquals(CoinSpawnRule.ALTERNATING, amd.spawnRule());
        CoinGameConfig d3c = CoinGameConfig.d3c();
        assertEquals(5, d3c.size());
        assertEquals(500, d3c.maxSteps());
        assertTrue(d3c.stayAction());
        assertEquals(CoinSpawnRule.PER_CELL, d3c.spawnRule());
        assertEquals(0.005, d3c.spawnProbability());
        assertThrows(IllegalArgumentException.class, () -> new CoinGameConfig(1, 10, true, false,
                CoinSpawnRule.ALTERNATING, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoinGameConfig(3, 0, true, false,
                CoinSpawnRule.ALTERNATING, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoinGameConfig(3, 10, true, false,
                CoinSpawnRule.PER_CELL, 0.6));
        assertThrows(NullPointerException.class, () -> new CoinGameConfig(3, 10, true, false, null, 0));
    }

    @Test
    void shouldDescribeActionsAndObservations() {
        CoinGame amd = game(CoinGameConfig.amd(), 1);
        CoinGame d3c = game(CoinGameConfig.d3c(), 1);
        assertEquals(2, amd.agents());
        assertEquals(4, amd.actions());
        assertEquals(5, d3c.actions());
        assertEquals(36, amd.observationSize());
        assertEquals(100, d3c.observationSize());
        assertEquals("right", amd.actionName(RIGHT));
        assertEquals("left", amd.actionName(LEFT));
        assertEquals("down", amd.actionName(DOWN));
        assertEquals("up", amd.actionName(UP));
        assertEquals("stay", d3c.actionName(STAY));
        assertThrows(IllegalArgumentException.class, () -> amd.actionName(STAY));
    }

    @Test
    void shouldStartWithDistinctAgentsAndOneCoinBesideThem() {
        for (long seed = 0; seed < 200; seed++) {
            CoinGame g = game(CoinGameConfig.amd(), seed);
            assertFalse(g.agentX(0) == g.agentX(1) && g.agentY(0) == g.agentY(1));
            assertEquals(1, g.coinCount());
            int[] c = coinPosition(g);
            for (int i = 0; i < 2; i++) {
                assertFalse(c[0] == g.agentX(i) && c[1] == g.agentY(i), "no coin under an agent");
            }
        }
        CoinGame d3c = game(CoinGameConfig.d3c(), 3);
        assertEquals(0, d3c.coinCount(), "the per-cell game starts without coins");
    }

    @Test
    void shouldPayPlusOneForAnOwnCoin() {
        CoinGame g = setUp(0);
        double[] r = new double[2];
        g.step(new int[] {RIGHT, LEFT}, r);
        assertArrayEquals(new double[] {1, 0}, r);
        assertEquals(1, g.coinsPicked(0));
        assertEquals(1, g.ownCoinsPicked(0));
        assertEquals(0, g.coinsPicked(1));
    }

    @Test
    void shouldChargeTheOwnerTwoWhenTheOtherTakesItsCoin() {
        CoinGame g = setUp(1);
        double[] r = new double[2];
        g.step(new int[] {RIGHT, LEFT}, r);
        assertArrayEquals(new double[] {1, -2}, r);
        assertEquals(1, g.coinsPicked(0));
        assertEquals(0, g.ownCoinsPicked(0));
    }

    @Test
    void shouldLetBothAgentsCollectTheSameCoin() {
        CoinGame g = setUp(0);
        g.place(1, 2, 0);
        double[] r = new double[2];
        g.step(new int[] {RIGHT, LEFT}, r);
        assertEquals(g.agentX(0), g.agentX(1), "agents may share a cell");
        assertArrayEquals(new double[] {1 - 2, 1}, r, "owner: +1 − 2; other: +1");
        assertEquals(1, g.coinsPicked(0));
        assertEquals(1, g.coinsPicked(1));
        assertEquals(1, g.coinCount(), "exactly one replacement coin");
    }

    @Test
    void shouldReplaceAPickedCoinOffTheAgentsWithAlternatingColour() {
        CoinGame g = game(CoinGameConfig.amd(), 8);
        double[] r = new double[2];
        int previous = -1;
        for (int pick = 0; pick < 30; pick++) {
            int[] c = coinPosition(g);
            if (previous >= 0) {
                assertEquals(1 - previous, c[2], "colours alternate");
            }
            previous = c[2];
            g.place(0, (c[0] + 2) % 3, c[1]); // one step left of the coin, wrapping
            g.place(1, c[0], (c[1] + 1) % 3);
            g.step(new int[] {RIGHT, RIGHT}, r);
            assertEquals(1, g.coinsPicked(0));
            assertEquals(1, g.coinCount());
            int[] next = coinPosition(g);
            for (int i = 0; i < 2; i++) {
                assertFalse(next[0] == g.agentX(i) && next[1] == g.agentY(i));
            }
            if (g.done()) {
                g.reset();
                previous = -1;
            }
        }
    }

    @Test
    void shouldDrawRandomColoursUnderTheThesisRule() {
        CoinGame g = game(new CoinGameConfig(3, 1000, true, false, CoinSpawnRule.RANDOM_COLOUR, 0), 9);
        double[] r = new double[2];
        int same = 0;
        int previous = coinPosition(g)[2];
        for (int pick = 0; pick < 600; pick++) {
            int[] c = coinPosition(g);
            g.place(0, (c[0] + 2) % 3, c[1]);
            g.place(1, c[0], (c[1] + 1) % 3);
            g.step(new int[] {RIGHT, RIGHT}, r);
            int colour = coinPosition(g)[2];
            same += colour == previous ? 1 : 0;
            previous = colour;
        }
        assertEquals(0.5, same / 600.0, 0.08);
    }

    @Test
    void shouldWrapAroundTheTorus() {
        CoinGame g = setUp(0);
        g.setCoin(1, 0, -1);
        g.setCoin(1, 1, 0);
        double[] r = new double[2];
        g.place(0, 2, 0);
        g.place(1, 0, 2);
        g.step(new int[] {RIGHT, LEFT}, r);
        assertEquals(0, g.agentX(0));
        assertEquals(2, g.agentX(1));
        g.step(new int[] {UP, DOWN}, r);
        assertEquals(2, g.agentY(0));
        assertEquals(0, g.agentY(1));
        g.step(new int[] {LEFT, RIGHT}, r);
        assertEquals(2, g.agentX(0));
        assertEquals(0, g.agentX(1));
        g.step(new int[] {DOWN, UP}, r);
        assertEquals(0, g.agentY(0));
        assertEquals(2, g.agentY(1));
    }

    @Test
    void shouldStopAtTheEdgeWithoutTheTorus() {
        CoinGame g = game(new CoinGameConfig(3, 20, false, true, CoinSpawnRule.ALTERNATING, 0), 2);
        clearCoins(g);
        g.setCoin(1, 1, 0);
        g.place(0, 2, 0);
        g.place(1, 0, 2);
        double[] r = new double[2];
        g.step(new int[] {RIGHT, LEFT}, r);
        assertEquals(2, g.agentX(0));
        assertEquals(0, g.agentX(1));
        g.step(new int[] {UP, DOWN}, r);
        assertEquals(0, g.agentY(0));
        assertEquals(2, g.agentY(1));
        g.step(new int[] {STAY, UP}, r);
        assertEquals(1, g.agentY(1));
    }

    @Test
    void shouldSpawnPerCellCoinsAtTheConfiguredRate() {
        Grid grid = new Grid(5, 5);
        Rng rng = Rng.forComponent(5, "spawn");
        int[] xs = {0, 4};
        int[] ys = {0, 4};
        int[] byColour = new int[2];
        int trials = 20_000;
        for (int t = 0; t < trials; t++) {
            for (int k = 0; k < 25; k++) {
                grid.set(k, Cell.EMPTY);
            }
            CoinSpawner.spawnPerCell(grid, xs, ys, 0.005, rng);
            byColour[0] += grid.count(Cell.COIN_0);
            byColour[1] += grid.count(Cell.COIN_1);
            assertEquals(Cell.EMPTY, grid.get(0, 0), "never under an agent");
        }
        double n = 23.0 * trials;
        double sd = Math.sqrt(0.005 * 0.995 / n);
        assertEquals(0.005, byColour[0] / n, 5 * sd);
        assertEquals(0.005, byColour[1] / n, 5 * sd);
    }

    @Test
    void shouldSpawnAboutTwoPercentOfFreeCellsPerStepInTheD3cGame() {
        CoinGame g = game(CoinGameConfig.d3c(), 6);
        double[] r = new double[2];
        int coins = 0;
        int episodes = 3000;
        for (int ep = 0; ep < episodes; ep++) {
            g.reset();
            g.step(new int[] {STAY, STAY}, r);
            coins += g.coinCount();
        }
        assertEquals(23 * 0.01, coins / (double) episodes, 0.04);
    }

    @Test
    void shouldEndAfterTheConfiguredNumberOfSteps() {
        for (CoinGameConfig c : new CoinGameConfig[] {CoinGameConfig.amd(), CoinGameConfig.d3c()}) {
            CoinGame g = game(c, 4);
            Rng policy = Rng.forComponent(4, "policy");
            double[] r = new double[2];
            for (int t = 1; t < c.maxSteps(); t++) {
                int[] a = {GridRandom.nextInt(policy, g.actions()), GridRandom.nextInt(policy, g.actions())};
                assertFalse(g.step(a, r));
                assertTrue(r[0] >= -2 && r[0] <= 1 && r[1] >= -2 && r[1] <= 1);
            }
            assertTrue(g.step(new int[] {0, 0}, r));
            assertEquals(c.maxSteps(), g.stepsTaken());
            assertThrows(IllegalStateException.class, () -> g.step(new int[] {0, 0}, r));
            g.reset();
            assertEquals(0, g.stepsTaken());
        }
    }

    @Test
    void shouldObservePlanesInEachAgentsOwnFrame() {
        CoinGame g = setUp(0);
        g.setCoin(2, 1, 1);
        double[] out = new double[37];
        out[36] = 7;
        g.observe(0, out);
        assertEquals(7, out[36]);
        assertOneHot(out, 0, 0, 0, "agent 0: own position plane");
        assertOneHot(out, 1, 2, 2, "agent 0: other's position plane");
        assertEquals(1.0, out[(0 * 3 + 1) * 4 + 2], "agent 0: own-colour coin at (1, 0)");
        assertEquals(1.0, out[(1 * 3 + 2) * 4 + 3], "agent 0: other-colour coin at (2, 1)");
        assertEquals(2.0, sum(out, 2) + sum(out, 3));
        g.observe(1, out);
        assertOneHot(out, 0, 2, 2, "agent 1: own position plane");
        assertOneHot(out, 1, 0, 0, "agent 1: other's position plane");
        assertEquals(1.0, out[(1 * 3 + 2) * 4 + 2], "agent 1: its own coin at (2, 1)");
        assertEquals(1.0, out[(0 * 3 + 1) * 4 + 3], "agent 1: agent 0's coin at (1, 0)");
        assertEquals(1.0, sum(out, 2));
        assertEquals(1.0, sum(out, 3));
    }

    private static double sum(double[] out, int plane) {
        double s = 0;
        for (int k = 0; k < 9; k++) {
            s += out[k * 4 + plane];
        }
        return s;
    }

    private static void assertOneHot(double[] out, int plane, int x, int y, String what) {
        assertEquals(1.0, sum(out, plane), what);
        assertEquals(1.0, out[(y * 3 + x) * 4 + plane], what);
    }

    @Test
    void shouldReplayTheSameEpisodesFromTheSameSeed() {
        for (CoinGameConfig c : new CoinGameConfig[] {CoinGameConfig.amd(), CoinGameConfig.d3c()}) {
            CoinGame a = game(c, 77);
            CoinGame b = game(c, 77);
            Rng pa = Rng.forComponent(1, "policy");
            Rng pb = Rng.forComponent(1, "policy");
            double[] ra = new double[2];
            double[] rb = new double[2];
            double[] oa = new double[a.observationSize()];
            double[] ob = new double[b.observationSize()];
            for (int ep = 0; ep < 3; ep++) {
                a.reset();
                b.reset();
                boolean done = false;
                while (!done) {
                    done = a.step(new int[] {GridRandom.nextInt(pa, a.actions()), GridRandom.nextInt(pa, a.actions())},
                            ra);
                    b.step(new int[] {GridRandom.nextInt(pb, b.actions()), GridRandom.nextInt(pb, b.actions())}, rb);
                    assertArrayEquals(ra, rb);
                    a.observe(1, oa);
                    b.observe(1, ob);
                    assertArrayEquals(oa, ob);
                }
            }
            CoinGame other = game(c, 78);
            boolean differs = false;
            for (int s = 0; s < 20 && !differs; s++) {
                other.reset();
                a.reset();
                differs = other.agentX(0) != a.agentX(0) || other.agentY(0) != a.agentY(0);
            }
            assertTrue(differs, "another seed gives other starts");
        }
    }

    @Test
    void shouldRejectBadInput() {
        CoinGame g = game(CoinGameConfig.amd(), 1);
        assertThrows(IllegalArgumentException.class, () -> g.step(new int[] {0}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> g.step(new int[] {0, 0}, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> g.step(new int[] {0, 4}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> g.step(new int[] {-1, 0}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> g.observe(2, new double[36]));
        assertThrows(IllegalArgumentException.class, () -> g.observe(0, new double[35]));
        assertThrows(IllegalArgumentException.class, () -> g.agentY(-1));
        assertThrows(IllegalArgumentException.class, () -> g.coinsPicked(2));
        assertNotEquals(-1, coinPosition(g)[2]);
        assertEquals(0, g.stepsTaken());
    }
}
