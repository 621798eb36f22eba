package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.run.GridEpisode;
import org.junit.jupiter.api.Test;

/** The playback clock of the episode view, driven with made-up frame times (no real time involved). */
class GridEpisodeReplayTest {
    private static final GridEpisode FIRST = CleanupEpisodes.scripted(100, 1);
    private static final GridEpisode SECOND = CleanupEpisodes.scripted(200, 2);
    private static final GridEpisode SHORT = new GridEpisode(300, SECOND.frames().subList(0, 11));
    private static final long FRAME = 16_000_000L;

    /** Ticks the replay in 16 ms frames for {@code nanos}; @return the new time */
    private static long advance(GridEpisodeReplay replay, long now, long nanos) {
        long t = now;
        long end = now + nanos;
        while (t < end) {
            t = Math.min(end, t + FRAME);
            replay.tick(t);
        }
        return t;
    }

    @Test
    void shouldAdvanceAtTheChosenSpeedHoldTheLastFrameAndLoopToTheNewestEpisode() {
        GridEpisodeReplay replay = new GridEpisodeReplay();
        assertTrue(replay.playing(), "plays from the start");
        assertEquals(GridEpisodeReplay.DEFAULT_SPEED, replay.stepsPerSecond());
        assertTrue(replay.offer(FIRST));
        assertEquals(0, replay.index());
        replay.setStepsPerSecond(10);
        long step = replay.frameNanos();
        assertEquals(100_000_000L, step);
        long now = 1_000;
        assertFalse(replay.tick(now), "the first tick only sets the clock");
        now = advance(replay, now, step - FRAME);
        assertEquals(0, replay.index());
        now = advance(replay, now, FRAME);
        assertEquals(1, replay.index());
        now = advance(replay, now, 4 * step);
        assertEquals(5, replay.index());

        assertFalse(replay.offer(SECOND), "mid-replay the newer episode waits");
        assertTrue(replay.hasPending());
        assertFalse(replay.offer(SECOND), "the same episode again changes nothing");
        assertFalse(replay.offer(CleanupEpisodes.scripted(200, 2)), "nor does an equal one");
        now = advance(replay, now, 45 * step);
        assertEquals(50, replay.index());
        assertSame(FIRST, replay.episode());
        now = advance(replay, now, step);
        assertEquals(50, replay.index(), "the last frame is held twice as long");
        advance(replay, now, step);
        assertEquals(0, replay.index());
        assertSame(SECOND, replay.episode(), "taken when the replay looped");
        assertFalse(replay.hasPending());
    }

    @Test
    void shouldTakeANewEpisodeAtOnceWhilePausedKeepingTheClampedIndex() {
        GridEpisodeReplay replay = new GridEpisodeReplay();
        replay.offer(FIRST);
        replay.pauseAt(30);
        assertFalse(replay.playing());
        assertEquals(30, replay.index());
        assertTrue(replay.offer(SECOND));
        assertSame(SECOND, replay.episode());
        assertEquals(30, replay.index(), "same step of the new episode");
        assertTrue(replay.offer(SHORT));
        assertEquals(10, replay.index(), "clamped to the 10 steps of the shorter episode");
        assertFalse(replay.tick(1_000));
        assertFalse(replay.tick(1_000_000_000L), "paused: time does not move the frame");
        assertEquals(10, replay.index());
    }

    @Test
    void shouldStepBackAndForwardWithinTheEpisodeAndPause() {
        GridEpisodeReplay replay = new GridEpisodeReplay();
        replay.stepForward();
        assertEquals(0, replay.index(), "nothing to step through");
        replay.offer(FIRST);
        replay.setPlaying(true);
        replay.offer(SECOND);
        assertTrue(replay.hasPending());
        replay.stepForward();
        assertFalse(replay.playing());
        assertSame(SECOND, replay.episode(), "stepping takes the waiting episode");
        assertEquals(1, replay.index());
        replay.stepBack();
        replay.stepBack();
        assertEquals(0, replay.index());
        replay.pauseAt(99);
        assertEquals(50, replay.index());
        replay.stepForward();
        assertEquals(50, replay.index());
        replay.pauseAt(-4);
        assertEquals(0, replay.index());
    }

    @Test
    void shouldClearOnNullAndRejectBadSpeeds() {
        GridEpisodeReplay replay = new GridEpisodeReplay();
        assertFalse(replay.offer(null));
        replay.offer(FIRST);
        replay.pauseAt(3);
        assertTrue(replay.offer(null));
        assertNull(replay.episode());
        assertEquals(0, replay.index());
        assertThrows(IllegalArgumentException.class, () -> replay.setStepsPerSecond(0));
        assertThrows(IllegalArgumentException.class, () -> replay.setStepsPerSecond(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> replay.setStepsPerSecond(Double.POSITIVE_INFINITY));
        replay.setStepsPerSecond(0.5);
        assertEquals(2_000_000_000L, replay.frameNanos());
    }

    @Test
    void shouldAdvanceSeveralFramesInOneLongTickAtHighSpeed() {
        GridEpisodeReplay replay = new GridEpisodeReplay();
        replay.offer(FIRST);
        replay.setStepsPerSecond(16);
        replay.tick(0);
        assertTrue(replay.tick(GridEpisodeReplay.MAX_FRAME_NANOS));
        assertEquals(1, replay.index(), "100 ms at 16 steps/s: one step of 62.5 ms, the rest carried over");
        replay.tick(5_000_000_000L);
        assertEquals(3, replay.index(), "a long gap counts as 100 ms");
    }
}
