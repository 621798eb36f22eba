package org.incentivelab.ui.view;

import org.incentivelab.run.EpisodeTrace;

/**
 * The replay clock of the Escape Room view: which episode is shown, which step, and how far the tokens have
 * glided into it. Plays {@value #STEPS_PER_SECOND} steps per second and loops; in each step the tokens glide to
 * the places their actions chose during the first {@value #GLIDE} of the step, and the last step is held twice as
 * long before the replay starts over. The episode queue and clock are {@link ReplayClock}'s; in addition an
 * episode of another size is taken at once.
 */
final class EscapeRoomReplay extends ReplayClock<EscapeRoomEpisode> {
    /** Replay speed. */
    static final double STEPS_PER_SECOND = 1.5;
    /** Nanoseconds per step. */
    static final long STEP_NANOS = Math.round(1e9 / STEPS_PER_SECOND);
    /** Fraction of a step spent gliding. */
    static final double GLIDE = 0.45;

    /**
     * Offers the run's latest trace; the same trace again changes nothing.
     *
     * @param trace the latest evaluation episode, or null (nothing recorded yet: the replay is cleared)
     * @return whether the shown episode changed
     */
    boolean offer(EpisodeTrace trace) {
        if (!EscapeRoomEpisode.drawable(trace)) {
            return clear();
        }
        EscapeRoomEpisode current = episode();
        if ((current != null && current.trace() == trace) || (pending() != null && pending().trace() == trace)) {
            return false;
        }
        EscapeRoomEpisode next = new EscapeRoomEpisode(trace);
        return take(next, current != null && current.agents() != next.agents());
    }

    @Override
    int lastIndex(EscapeRoomEpisode episode) {
        return episode.steps() - 1;
    }

    @Override
    long frameNanos() {
        return STEP_NANOS;
    }

    /** The tokens move while they glide. */
    @Override
    boolean animating() {
        return progress() < 1;
    }

    /** @return the shown step, 0-based, in [0, steps) (0 without an episode) */
    int step() {
        return index();
    }

    /** @return how far the tokens have glided into the step: 0 at its start, 1 once there (always 1 when paused) */
    double progress() {
        if (!playing()) {
            return 1;
        }
        return Math.min(1, elapsed() / (GLIDE * STEP_NANOS));
    }
}
