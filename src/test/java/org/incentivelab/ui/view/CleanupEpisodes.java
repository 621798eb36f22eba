package org.incentivelab.ui.view;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.env.grid.CleanupActions;
import org.incentivelab.env.grid.CleanupConfig;
import org.incentivelab.math.Rng;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.GridFrame;
import org.incentivelab.run.GridFrames;

/**
 * Recorded Cleanup episodes played by the real engine with scripted actions, for the gridworld view tests. The 7×7
 * map with the deterministic spawn points: agent 1 (index {@link #CLEANER}) starts at (2, 5), agent 2 (index
 * {@link #HARVESTER}) at (4, 1).
 */
final class CleanupEpisodes {
    /** Index of the scripted cleaner: steps left to (1, 5) by the river, then fires CLEAN every step. */
    static final int CLEANER = 0;
    /** Index of the scripted harvester: steps right to (5, 1), then walks the apple column 5 down and up. */
    static final int HARVESTER = 1;
    /** Incentive the harvester pays the cleaner in each step the cleaner fires. */
    static final double PAYMENT = 0.5;

    private CleanupEpisodes() {
    }

    /** @return the scripted actions of step t (1-based): {@code int[2]} cleaner, harvester */
    static int[] actions(int t) {
        int cleaner = t == 1 ? CleanupActions.LEFT : CleanupActions.CLEAN;
        int harvester;
        if (t == 1) {
            harvester = CleanupActions.RIGHT;
        } else {
            harvester = ((t - 2) / 4) % 2 == 0 ? CleanupActions.DOWN : CleanupActions.UP;
        }
        return new int[] {cleaner, harvester};
    }

    /**
     * Plays a full 50-step episode with {@link #actions(int)} and records it like a run does: frame 0 after the
     * reset, frame t after step t with the actions, the rewards and {@link #PAYMENT} to the cleaner when it fired.
     *
     * @param episode the episode number to record
     * @param seed the game's seed (apple and waste spawns)
     */
    static GridEpisode scripted(long episode, long seed) {
        Cleanup game = new Cleanup(CleanupConfig.small().withRandomSpawn(false), Rng.forComponent(seed, "env"));
        List<GridFrame> frames = new ArrayList<>();
        frames.add(GridFrames.of(game, new double[2], null));
        double[] rewards = new double[2];
        for (int t = 1; t <= game.maxSteps(); t++) {
            int[] a = actions(t);
            game.step(a, rewards);
            double[] incentives = {a[CLEANER] == CleanupActions.CLEAN ? PAYMENT : 0, 0};
            frames.add(GridFrames.of(game, rewards, incentives).withActions(a));
        }
        return new GridEpisode(episode, frames);
    }
}
