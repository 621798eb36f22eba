package org.incentivelab.ui.view;

import org.incentivelab.run.GridEpisode;

/**
 * The playback clock of the {@link GridEpisodeView}: which recorded {@link GridEpisode} is shown, which of its
 * frames (index 0 = start state … {@code steps()} = after the last step), whether it plays and how fast. Plain
 * logic, no JavaFX, driven by {@link #tick} with frame times in nanoseconds.
 *
 * <p>Playing shows each frame for 1 / {@link #stepsPerSecond()} seconds, the last frame twice as long, then loops
 * to frame 0 of the newest episode offered. While playing, a newer episode waits until the replay loops, so the
 * board never jumps mid-episode; while paused (and when nothing is shown yet) a newer episode is taken at once and
 * the frame index stays where it was, clamped to the new episode's frames. Stepping, going back and
 * {@link #pauseAt} pause the replay and take a waiting episode first.
 */
final class GridEpisodeReplay {
    /** The speeds offered, in steps (frames) per second. */
    static final double[] SPEEDS = {0.5, 1, 2, 4, 8, 16};
    /** The initial speed, in steps per second. */
    static final double DEFAULT_SPEED = 4;
    /** A longer gap between frames (a hidden view, a stalled UI) counts as this much, in nanoseconds. */
    static final long MAX_FRAME_NANOS = 100_000_000L;

    private GridEpisode current;
    private GridEpisode pending;
    private int index;
    private long elapsed;
    private long lastNow = -1;
    private boolean playing = true;
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
            boolean changed = current != null;
            clear();
            return changed;
        }
        if (same(episode, current) || same(episode, pending)) {
            return false;
        }
        if (current == null || !playing) {
            show(episode);
            return true;
        }
        pending = episode;
        return false;
    }

    /** Forgets the shown and the waiting episode; the play state and the speed stay. */
    void clear() {
        current = null;
        pending = null;
        index = 0;
        elapsed = 0;
    }

    /**
     * Advances the clock to a frame time (while playing an episode).
     *
     * @param now the frame's time in nanoseconds (any origin, increasing)
     * @return whether the shown frame or episode changed
     */
    boolean tick(long now) {
        long delta = lastNow < 0 ? 0 : Math.max(0, Math.min(MAX_FRAME_NANOS, now - lastNow));
        lastNow = now;
        if (!playing || current == null) {
            return false;
        }
        elapsed += delta;
        boolean changed = false;
        while (elapsed >= duration()) {
            elapsed -= duration();
            changed = true;
            index++;
            if (index > current.steps()) {
                index = 0;
                if (pending != null) {
                    current = pending;
                    pending = null;
                }
            }
        }
        return changed;
    }

    /**
     * Pauses at a frame of the newest episode (taking a waiting one).
     *
     * @param frame the frame index; clamped to {@code [0, steps]}
     */
    void pauseAt(int frame) {
        playing = false;
        if (pending != null) {
            current = pending;
            pending = null;
        }
        index = current == null ? 0 : clamp(frame, current.steps());
        elapsed = 0;
    }

    /** Pauses one frame further (not past the last frame). */
    void stepForward() {
        pauseAt(index + 1);
    }

    /** Pauses one frame back (not before frame 0). */
    void stepBack() {
        pauseAt(index - 1);
    }

    /** @param play true to play from the shown frame, false to pause there */
    void setPlaying(boolean play) {
        if (play && !playing) {
            lastNow = -1;
            elapsed = 0;
        }
        playing = play;
    }

    /** @return whether the replay is playing */
    boolean playing() {
        return playing;
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
        elapsed = Math.min(elapsed, stepNanos() - 1);
    }

    /** @return the speed in frames per second */
    double stepsPerSecond() {
        return stepsPerSecond;
    }

    /** @return how long one frame is shown while playing, in nanoseconds, at least 1 */
    long stepNanos() {
        return Math.max(1, Math.round(1e9 / stepsPerSecond));
    }

    /** @return the shown episode, or null */
    GridEpisode episode() {
        return current;
    }

    /** @return whether a newer episode waits for the replay to loop */
    boolean hasPending() {
        return pending != null;
    }

    /** @return the shown frame's index in {@code [0, steps]} (0 without an episode) */
    int index() {
        return index;
    }

    private long duration() {
        return current != null && index == current.steps() ? 2 * stepNanos() : stepNanos();
    }

    private void show(GridEpisode episode) {
        current = episode;
        pending = null;
        index = clamp(index, episode.steps());
        elapsed = 0;
    }

    private static boolean same(GridEpisode a, GridEpisode b) {
        return b != null && (a == b || a.equals(b));
    }

    private static int clamp(int frame, int steps) {
        return Math.max(0, Math.min(steps, frame));
    }
}
