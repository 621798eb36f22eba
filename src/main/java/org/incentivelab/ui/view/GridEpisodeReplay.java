package org.incentivelab.ui.view;

import org.incentivelab.run.GridEpisode;

/**
 * The playback clock of the {@link GridEpisodeView}: which recorded {@link GridEpisode} is shown, which of its
 * frames (index 0 = start state … {@code steps()} = after the last step), whether it plays and how fast. The
 * episode queue and clock are {@link ReplayClock}'s (each frame shown for 1 / {@link #stepsPerSecond()} seconds,
 * the last twice as long); an equal episode offered again changes nothing. Stepping, going back and
 * {@link #pauseAt} pause the replay and take a waiting episode first.
 */
final class GridEpisodeReplay extends ReplayClock<GridEpisode> {
    /** The speeds offered, in steps (frames) per second. */
    static final double[] SPEEDS = {0.5, 1, 2, 4, 8, 16};
    /** The initial speed, in steps per second. */
    static final double DEFAULT_SPEED = 4;

    private double stepsPerSecond = DEFAULT_SPEED;

    /**
     * Offers the run's latest episode; the shown or the waiting episode again (the same object or an equal one)
     * changes nothing.
     *
     * @param episode the latest episode, or null (none recorded: the replay is cleared)
     * @return whether the shown episode changed
     */
    boolean offer(GridEpisode episode) {
        if (episode == null) {
            return clear();
        }
        if (same(episode, episode()) || same(episode, pending())) {
            return false;
        }
        return take(episode, false);
    }

    @Override
    int lastIndex(GridEpisode episode) {
        return episode.steps();
    }

    /** Pauses one frame further (not past the last frame). */
    void stepForward() {
        pauseAt(index() + 1);
    }

    /** Pauses one frame back (not before frame 0). */
    void stepBack() {
        pauseAt(index() - 1);
    }

    /**
     * @param speed frames per second, &gt; 0 and finite (the view offers {@link #SPEEDS})
     * @throws IllegalArgumentException if {@code speed} is not positive and finite
     */
    void setStepsPerSecond(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("steps per second must be positive and finite, got " + speed);
        }
        stepsPerSecond = speed;
        limitElapsed(frameNanos() - 1);
    }

    /** @return the speed in frames per second */
    double stepsPerSecond() {
        return stepsPerSecond;
    }

    /** @return how long one frame is shown while playing at this speed, in nanoseconds, at least 1 */
    @Override
    long frameNanos() {
        return Math.max(1, Math.round(1e9 / stepsPerSecond));
    }

    private static boolean same(GridEpisode a, GridEpisode b) {
        return b != null && (a == b || a.equals(b));
    }
}
