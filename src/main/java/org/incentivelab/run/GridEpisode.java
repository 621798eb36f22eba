package org.incentivelab.run;

import java.util.List;

/**
 * One recorded gridworld episode for the views: the board after the reset and after every step.
 *
 * @param episode the training episode after which it was played (an evaluation episode with ε = 0)
 * @param frames {@code frames.get(0)} is the start state (no actions, zero rewards); {@code frames.get(t)} for t ≥ 1
 *     the board after step t with that step's actions, extrinsic rewards and incentives received; at least one
 *     frame; copied into an unmodifiable list
 */
public record GridEpisode(long episode, List<GridFrame> frames) {
    /**
     * @throws IllegalArgumentException if {@code frames} is null or empty
     */
    public GridEpisode {
        if (frames == null || frames.isEmpty()) {
            throw new IllegalArgumentException("a grid episode needs at least its start frame");
        }
        frames = List.copyOf(frames);
    }

    /** @return the number of steps played, {@code frames().size() − 1} */
    public int steps() {
        return frames.size() - 1;
    }
}
