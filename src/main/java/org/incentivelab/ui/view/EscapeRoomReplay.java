package org.incentivelab.ui.view;

import org.incentivelab.run.EpisodeTrace;

/**
 * The replay clock of the Escape Room view: which episode is shown, which step, and how far the tokens have
 * glided into it. Plays {@value #STEPS_PER_SECOND} steps per second and loops; in each step the tokens glide to
 * the places their actions chose during the first {@value #GLIDE} of the step, and the last step is held twice as
 * long before the replay starts over. While playing, a newer episode waits until the current replay ends, so the
 * display never jumps mid-episode however often the run evaluates; while paused, and when nothing or an episode
 * of another size is shown, a new episode is taken at once. Plain logic, driven by {@link #tick} with frame times.
 */
final class EscapeRoomReplay {
    /** Replay speed. */
    static final double STEPS_PER_SECOND = 1.5;
    /** Nanoseconds per step. */
    static final long STEP_NANOS = Math.round(1e9 / STEPS_PER_SECOND);
    /** Fraction of a step spent gliding. */
    static final double GLIDE = 0.45;
    /** A longer gap between frames (a hidden view, a stalled UI) counts as this much. */
    static final long MAX_FRAME_NANOS = 100_000_000L;

    private EscapeRoomEpisode current;
    private EscapeRoomEpisode pending;
    private int step;
    private long elapsed;
    private long lastNow = -1;
    private boolean playing = true;

    /**
     * Offers the run's latest trace; the same trace again changes nothing.
     *
     * @param trace the latest evaluation episode, or null (nothing recorded yet: the replay is cleared)
     * @return whether the shown episode changed
     */
    boolean offer(EpisodeTrace trace) {
        if (!EscapeRoomEpisode.drawable(trace)) {
            boolean changed = current != null;
            clear();
            return changed;
        }
        if ((current != null && current.trace() == trace) || (pending != null && pending.trace() == trace)) {
            return false;
        }
        EscapeRoomEpisode next = new EscapeRoomEpisode(trace);
        if (current == null || !playing || current.agents() != next.agents()) {
            show(next);
            return true;
        }
        pending = next;
        return false;
    }

    /** Forgets the shown and the waiting episode. */
    void clear() {
        current = null;
        pending = null;
        step = 0;
        elapsed = 0;
    }

    /**
     * Advances the clock to a frame time (while playing an episode).
     *
     * @param now the frame's time in nanoseconds (any origin, increasing)
     * @return whether the picture changed: tokens gliding or a new step
     */
    boolean tick(long now) {
        long delta = lastNow < 0 ? 0 : Math.max(0, Math.min(MAX_FRAME_NANOS, now - lastNow));
        lastNow = now;
        if (!playing || current == null) {
            return false;
        }
        boolean gliding = progress() < 1;
        elapsed += delta;
        long duration = step == current.steps() - 1 ? 2 * STEP_NANOS : STEP_NANOS;
        if (elapsed < duration) {
            return gliding;
        }
        elapsed = 0;
        step++;
        if (step >= current.steps()) {
            step = 0;
            if (pending != null) {
                current = pending;
                pending = null;
            }
        }
        return true;
    }

    /**
     * Pauses at a step of the newest episode (taking a waiting one), the tokens at the places chosen in it.
     *
     * @param index 0-based; clamped to the episode's steps
     */
    void pauseAt(int index) {
        playing = false;
        if (pending != null) {
            show(pending);
        }
        step = current == null ? 0 : Math.max(0, Math.min(current.steps() - 1, index));
        elapsed = 0;
    }

    /** @param play true to play (from the shown step), false to pause there */
    void setPlaying(boolean play) {
        if (play && !playing) {
            lastNow = -1;
        }
        playing = play;
    }

    /** @return whether the replay is playing */
    boolean playing() {
        return playing;
    }

    /** @return the shown episode, or null */
    EscapeRoomEpisode episode() {
        return current;
    }

    /** @return whether a newer episode waits for the replay's end */
    boolean hasPending() {
        return pending != null;
    }

    /** @return the shown step, 0-based, in [0, steps) (0 without an episode) */
    int step() {
        return step;
    }

    /** @return how far the tokens have glided into the step: 0 at its start, 1 once there (always 1 when paused) */
    double progress() {
        if (!playing) {
            return 1;
        }
        return Math.min(1, elapsed / (GLIDE * STEP_NANOS));
    }

    private void show(EscapeRoomEpisode episode) {
        int steps = episode.steps();
        current = episode;
        pending = null;
        if (playing || step >= steps) {
            step = playing ? 0 : steps - 1;
        }
        elapsed = 0;
    }
}
