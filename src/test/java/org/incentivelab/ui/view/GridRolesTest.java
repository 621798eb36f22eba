package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.env.grid.CleanupActions;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.GridFrame;
import org.junit.jupiter.api.Test;

/** The cleaner / harvester rule of {@link GridRoles} (thesis 001 §5.4, Fig. 5.6), every branch and bound. */
class GridRolesTest {
    private static final int C = CleanupActions.CLEAN;
    private static final int S = CleanupActions.STAY;

    /**
     * An episode of two agents on a 3×1 board whose step t has agent i choose {@code plan[i][t − 1]} and get reward
     * 1 if {@code apples[i]} includes that step; {@code plan == null} records no actions.
     *
     * @param steps the number of steps
     * @param fires per agent, how many of the first steps it fires (the rest it stays)
     * @param apples per agent, how many of the first steps it collects an apple
     */
    private static GridEpisode episode(int steps, int[] fires, int[] apples, boolean recorded, boolean coinGame) {
        int n = fires.length;
        List<GridFrame> frames = new ArrayList<>();
        for (int t = 0; t <= steps; t++) {
            int[] actions = new int[n];
            double[] rewards = new double[n];
            int[][] positions = new int[n][];
            for (int i = 0; i < n; i++) {
                actions[i] = t >= 1 && t <= fires[i] ? C : S;
                rewards[i] = t >= 1 && t <= apples[i] ? 1 : 0;
                positions[i] = new int[] {i % 3, 0};
            }
            byte[] coins = coinGame ? new byte[] {-1, -1, -1} : null;
            frames.add(new GridFrame(3, 1, new byte[3], positions, null, new double[n],
                    recorded && t > 0 ? actions : null, rewards, Double.NaN, Double.NaN, Double.NaN, Double.NaN, coins,
                    t, steps));
        }
        return new GridEpisode(1, frames);
    }

    private static GridRoles roles(int steps, int[] fires, int[] apples) {
        return GridRoles.of(episode(steps, fires, apples, true, false));
    }

    @Test
    void shouldCountStepsCleansAndApplesOverTheStepFramesOnly() {
        GridRoles r = roles(20, new int[] {4, 0}, new int[] {1, 3});
        GridRoles.Agent a = r.agents().get(0);
        assertEquals(20, a.steps(), "frame 0 is the start state, not a step");
        assertEquals(4, a.cleans());
        assertEquals(1, a.apples());
        assertEquals(0.2, a.cleanShare(), 1e-12);
        assertEquals(0.25, a.appleShare(), 1e-12);
        assertEquals(0.75, r.agents().get(1).appleShare(), 1e-12);
        assertEquals(2, r.size());
        assertThrows(UnsupportedOperationException.class, () -> r.agents().add(a));
    }

    @Test
    void shouldCallAnAgentThatFiresOftenAndCollectsLittleACleaner() {
        GridRoles r = roles(10, new int[] {1, 0}, new int[] {1, 4});
        assertEquals(GridRoles.CLEANER, r.role(0),
                "10 % of steps firing and 20 % of the apples: both bounds inclusive");
        assertEquals(GridRoles.HARVESTER, r.role(1), "80 % of the apples and no firing");
        assertArrayEquals(new String[] {"cleaner", "harvester"}, r.labels());
        assertTrue(r.agents().get(0).known());

        GridRoles noApples = roles(10, new int[] {5, 5}, new int[] {0, 0});
        assertArrayEquals(new String[] {"mixed", "mixed"}, noApples.labels(),
                "no apple collected: no split to read, so agents firing at random are not both cleaners");
    }

    @Test
    void shouldCallAnAgentThatCollectsMostApplesAndRarelyFiresAHarvester() {
        GridRoles r = roles(100, new int[] {9, 50}, new int[] {8, 2});
        assertEquals(GridRoles.HARVESTER, r.role(0), "9 % firing is under the 10 % bound");
        assertEquals(GridRoles.CLEANER, r.role(1));
    }

    @Test
    void shouldCallEverythingElseMixed() {
        assertEquals(GridRoles.MIXED, roles(10, new int[] {5, 5}, new int[] {3, 3}).role(0),
                "fires often but collects half of the apples");
        assertEquals(GridRoles.MIXED, roles(10, new int[] {1, 0}, new int[] {9, 1}).role(0),
                "collects 90 % of the apples but fires 10 % of its steps");
        assertEquals(GridRoles.MIXED, roles(10, new int[] {0, 0}, new int[] {1, 3}).role(0),
                "25 % of the apples, never fires");
        assertEquals(GridRoles.MIXED, roles(20, new int[] {1, 0}, new int[] {0, 0}).role(0),
                "fired once in 20 steps, no apples: under the cleaner bound but not idle");
        assertEquals(GridRoles.MIXED, roles(10, new int[] {1, 0}, new int[] {2, 7}).role(0),
                "fires enough but 2 / 9 > 20 % of the apples");
        assertEquals(GridRoles.MIXED, roles(10, new int[] {0, 0}, new int[] {3, 7}).role(1),
                "70 % of the apples is under the harvester bound");
    }

    @Test
    void shouldCallAnAgentThatNeitherFiresNorCollectsIdle() {
        GridRoles r = roles(10, new int[] {0, 3}, new int[] {0, 0});
        assertEquals(GridRoles.IDLE, r.role(0));
        assertEquals(GridRoles.MIXED, r.role(1), "fires, but no apple was collected");
        assertEquals(GridRoles.IDLE, roles(10, new int[] {0, 3}, new int[] {0, 2}).role(0));
    }

    @Test
    void shouldLeaveTheRoleUnknownWithoutRecordedActionsOrInTheCoinGame() {
        GridRoles unrecorded = GridRoles.of(episode(10, new int[] {5, 0}, new int[] {0, 4}, false, false));
        assertEquals(GridRoles.UNKNOWN_LABEL, unrecorded.role(0));
        assertEquals("", unrecorded.role(1));
        assertEquals(0, unrecorded.agents().get(0).steps());
        assertEquals(4, unrecorded.agents().get(1).apples(), "apples count without actions");
        assertFalse(unrecorded.agents().get(1).known());

        GridRoles coins = GridRoles.of(episode(10, new int[] {5, 0}, new int[] {0, 4}, true, true));
        assertArrayEquals(new String[] {"", ""}, coins.labels());
        assertEquals(5, coins.agents().get(0).cleans(), "the counts are still given");

        assertEquals(GridRoles.UNKNOWN_LABEL, GridRoles.role(0, 0, 3, 0, 1, true));
    }

    @Test
    void shouldSumSeveralEpisodesAndRejectMixedAgentCounts() {
        GridEpisode a = episode(10, new int[] {1, 0}, new int[] {0, 1}, true, false);
        GridEpisode b = episode(10, new int[] {0, 0}, new int[] {2, 2}, true, false);
        GridRoles r = GridRoles.of(List.of(a, b));
        assertEquals(20, r.agents().get(0).steps());
        assertEquals(1, r.agents().get(0).cleans());
        assertEquals(2, r.agents().get(0).apples());
        assertEquals(0.4, r.agents().get(0).appleShare(), 1e-12);
        assertEquals(GridRoles.MIXED, r.role(0), "5 % firing and 40 % of the apples over both episodes");
        assertEquals(GridRoles.CLEANER, GridRoles.of(a).role(0), "but a cleaner in the first one alone");

        assertEquals(0, GridRoles.of(List.of()).size());
        GridEpisode three = episode(5, new int[] {0, 0, 0}, new int[] {0, 0, 0}, true, false);
        assertThrows(IllegalArgumentException.class, () -> GridRoles.of(List.of(a, three)));
        assertThrows(NullPointerException.class, () -> GridRoles.of((GridEpisode) null));
    }

    @Test
    void shouldSeeTheScriptedCleanerAndHarvesterInARealCleanupEpisode() {
        GridRoles r = GridRoles.of(CleanupEpisodes.scripted(7, 11));
        GridRoles.Agent cleaner = r.agents().get(CleanupEpisodes.CLEANER);
        GridRoles.Agent harvester = r.agents().get(CleanupEpisodes.HARVESTER);
        assertEquals(50, cleaner.steps());
        assertEquals(49, cleaner.cleans(), "steps left once, then fires");
        assertEquals(0, cleaner.apples());
        assertEquals(0, harvester.cleans());
        assertTrue(harvester.apples() > 0, "apples grow once the river is clean");
        assertEquals(1.0, harvester.appleShare());
        assertEquals(GridRoles.CLEANER, cleaner.role());
        assertEquals(GridRoles.HARVESTER, harvester.role());
    }
}
