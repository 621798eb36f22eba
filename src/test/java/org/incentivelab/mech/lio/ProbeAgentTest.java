package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.incentivelab.env.grid.Cell;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.env.grid.CleanupActions;
import org.incentivelab.env.grid.CleanupConfig;
import org.incentivelab.env.grid.CleanupMap;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

/** The scripted probes R, C and M of thesis 001 Fig. 5.6b on the real Cleanup engine, next to a partner that stays. */
class ProbeAgentTest {
    private static final int SEEDS = 8;

    /** What one step of the probe did. */
    private record Step(int xBefore, int yBefore, int action, int xAfter, int yAfter, boolean fired, int cleaned) {
    }

    /** Plays one 7×7 episode (random spawn points) with the probe as agent {@code probeAgent}, the other staying. */
    private static Step[] episode(ProbeAgent probe, int probeAgent, long seed) {
        Cleanup game = new Cleanup(CleanupConfig.small(), Rng.forComponent(seed, "environment"));
        Rng rng = Rng.forComponent(seed, "probe-agent");
        Step[] steps = new Step[game.maxSteps()];
        int[] actions = new int[2];
        double[] rewards = new double[2];
        double[] fired = new double[2];
        for (int t = 0; t < steps.length; t++) {
            int x = game.agentX(probeAgent);
            int y = game.agentY(probeAgent);
            actions[probeAgent] = probe.act(game, probeAgent, rng);
            actions[1 - probeAgent] = CleanupActions.STAY;
            game.step(actions, rewards);
            game.whoFired(fired);
            steps[t] = new Step(x, y, actions[probeAgent], game.agentX(probeAgent), game.agentY(probeAgent),
                    fired[probeAgent] == 1, game.cleanedCells(probeAgent));
        }
        return steps;
    }

    @Test
    void shouldPlaceTheRiverBoundaryAndTheMiddleAsTheReference() {
        CleanupMap small = CleanupMap.named(CleanupMap.SMALL);
        CleanupMap large = CleanupMap.named(CleanupMap.LARGE);
        assertEquals(2, ProbeAgent.riverBoundary(small));
        assertEquals(3, ProbeAgent.middle(small));
        assertEquals(3, ProbeAgent.riverBoundary(large));
        assertEquals(4, ProbeAgent.middle(large)); // scripted_agents.py: cleanup_map_middle
    }

    @Test
    void shouldLabelTheProbesForTheViews() {
        assertEquals("R: moves in the river", ProbeAgent.R.label());
        assertEquals("C: cleans", ProbeAgent.C.label());
        assertEquals("M: fires and misses", ProbeAgent.M.label());
    }

    @Test
    void shouldMoveRInTheRiverUpAndDownWithoutEverFiring() {
        Set<Integer> rows = new HashSet<>();
        Set<Integer> verticals = new HashSet<>();
        for (int p = 0; p < 2; p++) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                Step[] steps = episode(ProbeAgent.R, p, seed);
                for (Step s : steps) {
                    if (s.xBefore() > 2) {
                        assertEquals(CleanupActions.LEFT, s.action(), "left until the river boundary");
                    } else {
                        assertTrue(s.action() == CleanupActions.UP || s.action() == CleanupActions.DOWN);
                        assertEquals(s.xBefore(), s.xAfter(), "stays in its column");
                        verticals.add(s.action());
                        rows.add(s.yAfter());
                    }
                    assertFalse(s.fired(), "R never fires");
                    assertEquals(0, s.cleaned());
                }
                assertTrue(steps[steps.length - 1].xAfter() <= 2, "R reaches the river");
            }
        }
        assertEquals(Set.of(CleanupActions.UP, CleanupActions.DOWN), verticals);
        assertEquals(Set.of(1, 2, 3, 4, 5), rows, "R walks the whole column");
    }

    @Test
    void shouldMakeCWalkToTheRiverAndCleanWasteEveryEpisode() {
        for (int p = 0; p < 2; p++) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                int cleaned = 0;
                for (Step s : episode(ProbeAgent.C, p, seed)) {
                    boolean inRange = s.xBefore() <= 2;
                    assertEquals(inRange ? CleanupActions.CLEAN : CleanupActions.LEFT, s.action());
                    assertEquals(inRange, s.fired());
                    if (inRange) {
                        assertEquals(s.xBefore(), s.xAfter(), "a cleaning agent does not move");
                        assertEquals(s.yBefore(), s.yAfter());
                    }
                    cleaned += s.cleaned();
                }
                assertTrue(cleaned > 0, "C cleans waste from the river boundary (seed " + seed + ", agent " + p + ")");
            }
        }
    }

    @Test
    void shouldMakeMFireFromTheMiddleAndNeverClean() {
        for (int p = 0; p < 2; p++) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                int fired = 0;
                for (Step s : episode(ProbeAgent.M, p, seed)) {
                    int expected = s.xBefore() > 3 ? CleanupActions.LEFT
                            : s.xBefore() < 3 ? CleanupActions.RIGHT : CleanupActions.CLEAN;
                    assertEquals(expected, s.action());
                    assertEquals(0, s.cleaned(), "M's beam never reaches waste");
                    fired += s.fired() ? 1 : 0;
                }
                assertTrue(fired >= 49, "M fires from the middle from its second step on");
            }
        }
    }

    @Test
    void shouldLeaveTheWasteToMAndCleanItWithC() {
        Cleanup game = new Cleanup(CleanupConfig.small().withRandomSpawn(false), Rng.forComponent(3, "environment"));
        int[] actions = new int[2];
        double[] rewards = new double[2];
        Rng rng = Rng.forComponent(3, "probe-agent");
        for (int t = 0; t < 10; t++) {
            actions[0] = ProbeAgent.M.act(game, 0, rng);
            actions[1] = ProbeAgent.M.act(game, 1, rng);
            game.step(actions, rewards);
        }
        assertEquals(3, game.agentX(0));
        assertEquals(3, game.agentX(1));
        assertTrue(game.beamCellCount() > 0, "both M fire");
        assertEquals(Cell.WASTE, game.cell(1, 1), "the waste is untouched");
        assertEquals(Cell.WASTE, game.cell(1, 2));
        int[] cleaned = new int[2];
        for (int t = 0; t < 10; t++) {
            actions[0] = ProbeAgent.C.act(game, 0, rng);
            actions[1] = ProbeAgent.C.act(game, 1, rng);
            game.step(actions, rewards);
            cleaned[0] += game.cleanedCells(0);
            cleaned[1] += game.cleanedCells(1);
        }
        assertEquals(2, game.agentX(0), "C stops at the river boundary");
        assertEquals(2, game.agentX(1));
        assertTrue(cleaned[0] > 0 && cleaned[1] > 0, "both C clean waste");
    }

    @Test
    void shouldRejectAnAgentOutOfRange() {
        Cleanup game = new Cleanup(CleanupConfig.small(), Rng.forComponent(1, "environment"));
        Rng rng = Rng.forComponent(1, "probe-agent");
        for (ProbeAgent probe : ProbeAgent.values()) {
            assertThrows(IllegalArgumentException.class, () -> probe.act(game, 2, rng));
        }
    }
}
