package org.incentivelab.run;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.env.MarkovGame;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.mech.lio.EpisodePlayer;
import org.incentivelab.mech.lio.Trajectory;

/**
 * Records a Cleanup episode being played as {@link GridFrame}s, one after the reset and one after every step (its
 * actions, extrinsic rewards and the incentives each agent received from givers and the designer), for the views.
 * Used on evaluation episodes only, so training allocates nothing for it.
 */
final class GridEpisodeRecorder implements EpisodePlayer.StepListener {
    private final List<GridFrame> frames = new ArrayList<>();

    @Override
    public void stepped(MarkovGame game, Trajectory tr, int steps) {
        Cleanup cleanup = (Cleanup) game;
        int n = tr.agents();
        double[] rewards = new double[n];
        double[] received = new double[n];
        int[] actions = new int[n];
        if (steps == 0) {
            frames.clear();
            frames.add(GridFrames.of(cleanup, rewards, received));
            return;
        }
        int t = steps - 1;
        for (int i = 0; i < n; i++) {
            rewards[i] = tr.extrinsic(t, i);
            received[i] = tr.received(t, i);
            actions[i] = tr.gameAction(t, i);
        }
        frames.add(GridFrames.of(cleanup, rewards, received).withActions(actions));
    }

    /**
     * @param episode the training episode the recording was made after
     * @return the recorded episode
     * @throws IllegalArgumentException if nothing was recorded
     */
    GridEpisode episode(long episode) {
        return new GridEpisode(episode, frames);
    }
}
