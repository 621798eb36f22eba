package org.incentivelab.ui.view;

/**
 * The replay clock shared by the episode views: which episode is shown, which of its frames, whether it plays.
 * Playing shows each frame for {@link #frameNanos()}, the last frame twice as long, then loops to frame 0 of the
 * newest episode taken. While playing, a newer episode waits until the replay loops, so the display never jumps
 * mid-episode; while paused (and when nothing is shown) a newer episode is taken at once, the frame index clamped
 * to it. Plain logic, no JavaFX, driven by {@link #tick} with frame times in nanoseconds.
 *
 * @param <E> the episode type
 */
abstract class ReplayClock<E> {
    /** A longer gap between frames (a hidden view, a stalled UI) counts as this much, in nanoseconds. */
    static final long MAX_FRAME_NANOS = 100_000_000L;

    private E current;
    private E pending;
    private int index;
    private long elapsed;
    private long lastNow = -1;
    private boolean playing = true;

    /** @return the last frame index of an episode, ≥ 0 */
    abstract int lastIndex(E episode);

    /** @return how long one frame is shown while playing, in nanoseconds, at least 1 */
    abstract long frameNanos();

    /** @return whether the picture changes between frames while playing (an animation inside a frame) */
    boolean animating() {
        return false;
    }

    /**
     * Takes an episode: shown at once when nothing is shown, when paused or when {@code now}; else it waits for
     * the replay to loop (replacing any waiting one).
     *
     * @return whether the shown episode changed
     */
    final boolean take(E episode, boolean now) {
        if (current == null || !playing || now) {
            show(episode);
            return true;
        }
        pending = episode;
        return false;
    }

    /** Forgets the shown and the waiting episode; the play state stays. @return whether one was shown */
    final boolean clear() {
        boolean shown = current != null;
        current = null;
        pending = null;
        index = 0;
        elapsed = 0;
        return shown;
    }

    /**
     * Advances the clock to a frame time (while playing an episode).
     *
     * @param now the frame's time in nanoseconds (any origin, increasing)
     * @return whether the picture changed: a new frame, a new episode, or an animation within the frame
     */
    final boolean tick(long now) {
        long delta = lastNow < 0 ? 0 : Math.max(0, Math.min(MAX_FRAME_NANOS, now - lastNow));
        lastNow = now;
        if (!playing || current == null) {
            return false;
        }
        boolean changed = animating();
        elapsed += delta;
        while (elapsed >= duration()) {
            elapsed -= duration();
            changed = true;
            index++;
            if (index > lastIndex(current)) {
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
     * @param frame the frame index; clamped to the episode's frames
     */
    final void pauseAt(int frame) {
        playing = false;
        if (pending != null) {
            current = pending;
            pending = null;
        }
        index = current == null ? 0 : clamp(frame, current);
        elapsed = 0;
    }

    /** @param play true to play from the shown frame, false to pause there */
    final void setPlaying(boolean play) {
        if (play && !playing) {
            lastNow = -1;
            elapsed = 0;
        }
        playing = play;
    }

    /** @return whether the replay is playing */
    final boolean playing() {
        return playing;
    }

    /** @return the shown episode, or null */
    final E episode() {
        return current;
    }

    /** @return the episode waiting for the replay to loop, or null */
    final E pending() {
        return pending;
    }

    /** @return whether a newer episode waits for the replay to loop */
    final boolean hasPending() {
        return pending != null;
    }

    /** @return the shown frame's index in [0, lastIndex] (0 without an episode) */
    final int index() {
        return index;
    }

    /** @return nanoseconds spent in the shown frame so far */
    final long elapsed() {
        return elapsed;
    }

    /** Keeps the time spent in the frame below {@code limit} (after a speed change). */
    final void limitElapsed(long limit) {
        elapsed = Math.min(elapsed, limit);
    }

    private long duration() {
        return index == lastIndex(current) ? 2 * frameNanos() : frameNanos();
    }

    private void show(E episode) {
        current = episode;
        pending = null;
        index = playing ? 0 : clamp(index, episode);
        elapsed = 0;
    }

    private int clamp(int frame, E episode) {
        return Math.max(0, Math.min(lastIndex(episode), frame));
    }
}
