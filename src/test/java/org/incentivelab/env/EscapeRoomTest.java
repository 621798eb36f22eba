package org.incentivelab.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EscapeRoomTest {
    private static final int L = EscapeRoom.LEVER;
    private static final int S = EscapeRoom.START;
    private static final int D = EscapeRoom.DOOR;

    @Test
    void shouldStartEveryAgentAtStartWithTheDoorClosed() {
        EscapeRoom room = new EscapeRoom(3, 2);
        for (int i = 0; i < 3; i++) {
            assertEquals(S, room.position(i));
        }
        assertFalse(room.doorOpen());
        assertEquals(0, room.lastLeverCount());
        assertEquals(0, room.stepsTaken());
        assertEquals(3, room.actions());
        assertEquals(9, room.observationSize());
        assertEquals(5, room.maxSteps());
        assertEquals(2, room.leverNeeded());
        assertEquals("lever", room.actionName(L));
        assertEquals("start", room.actionName(S));
        assertEquals("door", room.actionName(D));
        assertThrows(IllegalArgumentException.class, () -> room.actionName(3));
    }

    @Test
    void shouldGiveZeroForStayingAtStart() {
        EscapeRoom room = new EscapeRoom(2, 1);
        double[] r = new double[2];
        assertFalse(room.step(new int[] {S, S}, r));
        assertArrayEquals(new double[] {0, 0}, r);
        assertFalse(room.doorOpen());
    }

    @Test
    void shouldChargeMinusOneForMovingWhenTheDoorStaysClosed() {
        EscapeRoom room = new EscapeRoom(3, 2);
        double[] r = new double[3];
        // one lever-puller is too few for M = 2: the lever move and the door move both cost −1, staying costs 0
        assertFalse(room.step(new int[] {L, D, S}, r));
        assertArrayEquals(new double[] {-1, -1, 0}, r);
        assertFalse(room.doorOpen());
        assertEquals(1, room.lastLeverCount());
        assertEquals(L, room.position(0));
        assertEquals(D, room.position(1));
        assertEquals(S, room.position(2));
    }

    @Test
    void shouldGiveZeroForStayingAtTheClosedDoorAndAtTheLever() {
        EscapeRoom room = new EscapeRoom(3, 2);
        double[] r = new double[3];
        room.step(new int[] {L, D, S}, r);
        assertFalse(room.step(new int[] {L, D, S}, r), "one at the lever: the door stays closed");
        assertArrayEquals(new double[] {0, 0, 0}, r);
        assertFalse(room.doorOpen());
    }

    @Test
    void shouldPayTenAtTheOpenDoorAndChargeTheLeverPuller() {
        EscapeRoom room = new EscapeRoom(2, 1);
        double[] r = new double[2];
        assertTrue(room.step(new int[] {L, D}, r));
        assertArrayEquals(new double[] {-1, 10}, r);
        assertTrue(room.doorOpen());
        assertEquals(1, room.lastLeverCount());
        assertEquals(1, room.stepsTaken());
    }

    @Test
    void shouldCountAnAgentStayingAtTheLever() {
        EscapeRoom room = new EscapeRoom(2, 1);
        double[] r = new double[2];
        assertFalse(room.step(new int[] {L, S}, r));
        assertArrayEquals(new double[] {-1, 0}, r);
        assertTrue(room.doorOpen(), "one lever-puller opens the door even if nobody goes there");
        assertTrue(room.step(new int[] {L, D}, r));
        assertArrayEquals(new double[] {0, 10}, r, "staying at the lever is free and still opens the door");
    }

    @Test
    void shouldPayTenForStayingAtTheDoorOnceItOpens() {
        EscapeRoom room = new EscapeRoom(2, 1);
        double[] r = new double[2];
        room.step(new int[] {S, D}, r);
        assertArrayEquals(new double[] {0, -1}, r);
        assertTrue(room.step(new int[] {L, D}, r));
        assertArrayEquals(new double[] {-1, 10}, r);
    }

    @Test
    void shouldNeedTwoAtTheLeverInErThreeTwo() {
        EscapeRoom room = new EscapeRoom(3, 2);
        double[] r = new double[3];
        assertFalse(room.step(new int[] {L, S, D}, r));
        assertArrayEquals(new double[] {-1, 0, -1}, r);
        assertFalse(room.doorOpen());
        assertTrue(room.step(new int[] {L, L, D}, r));
        assertArrayEquals(new double[] {0, -1, 10}, r);
        assertTrue(room.doorOpen());
        assertEquals(2, room.lastLeverCount());
    }

    @Test
    void shouldPayEveryAgentAtTheOpenDoor() {
        EscapeRoom room = new EscapeRoom(5, 2);
        double[] r = new double[5];
        assertTrue(room.step(new int[] {L, L, D, D, S}, r));
        assertArrayEquals(new double[] {-1, -1, 10, 10, 0}, r);
    }

    @Test
    void shouldNotEndWhenTheDoorOpensButNobodyGoesThere() {
        EscapeRoom room = new EscapeRoom(3, 1);
        double[] r = new double[3];
        assertFalse(room.step(new int[] {L, L, S}, r));
        assertTrue(room.doorOpen());
        assertFalse(room.done());
    }

    @Test
    void shouldNotEndWhenSomeoneIsAtTheDoorButItIsClosed() {
        EscapeRoom room = new EscapeRoom(2, 1);
        double[] r = new double[2];
        assertFalse(room.step(new int[] {S, D}, r));
        assertFalse(room.step(new int[] {S, D}, r));
        assertFalse(room.done());
    }

    @Test
    void shouldEndAfterMaxSteps() {
        EscapeRoom room = new EscapeRoom(2, 1);
        double[] r = new double[2];
        for (int t = 1; t < 5; t++) {
            assertFalse(room.step(new int[] {S, S}, r), "step " + t);
        }
        assertTrue(room.step(new int[] {S, S}, r));
        assertEquals(5, room.stepsTaken());

        EscapeRoom shortRoom = new EscapeRoom(2, 1, 2);
        assertFalse(shortRoom.step(new int[] {S, D}, r));
        assertTrue(shortRoom.step(new int[] {S, D}, r));
    }

    @Test
    void shouldThrowOnStepAfterTheEpisodeEndedUntilReset() {
        EscapeRoom room = new EscapeRoom(2, 1);
        double[] r = new double[2];
        assertTrue(room.step(new int[] {L, D}, r));
        assertThrows(IllegalStateException.class, () -> room.step(new int[] {S, S}, r));
        room.reset();
        assertEquals(0, room.stepsTaken());
        assertEquals(S, room.position(0));
        assertEquals(S, room.position(1));
        assertFalse(room.doorOpen());
        assertFalse(room.step(new int[] {S, S}, r));
    }

    @Test
    void shouldRejectBadJointActions() {
        EscapeRoom room = new EscapeRoom(2, 1);
        assertThrows(IllegalArgumentException.class, () -> room.step(new int[] {S}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> room.step(new int[] {S, S}, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> room.step(new int[] {S, 3}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> room.step(new int[] {-1, S}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> room.observe(2, new double[6]));
        assertThrows(IllegalArgumentException.class, () -> room.observe(0, new double[5]));
        assertThrows(IllegalArgumentException.class, () -> room.position(-1));
    }

    @Test
    void shouldObserveOwnPositionFirstThenOthersInAgentOrder() {
        EscapeRoom room = new EscapeRoom(3, 2);
        room.step(new int[] {L, S, D}, new double[3]);
        double[] out = new double[9];

        room.observe(0, out);
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, out);
        room.observe(1, out);
        assertArrayEquals(new double[] {0, 1, 0, 1, 0, 0, 0, 0, 1}, out);
        room.observe(2, out);
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, out);
    }

    @Test
    void shouldOverwriteTheWholeObservation() {
        EscapeRoom room = new EscapeRoom(2, 1);
        double[] out = {7, 7, 7, 7, 7, 7, 7};
        room.observe(1, out);
        assertArrayEquals(new double[] {0, 1, 0, 0, 1, 0, 7}, out);
    }

    @Test
    void shouldObserveAllPositionsInAgentOrderForTheDesigner() {
        EscapeRoom room = new EscapeRoom(3, 2);
        room.step(new int[] {D, L, S}, new double[3]);
        double[] out = new double[9];
        room.observeGlobal(out);
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, out);
        assertThrows(IllegalArgumentException.class, () -> room.observeGlobal(new double[8]));
    }

    @Test
    void shouldGiveTheThesisOptima() {
        assertEquals(9.0, EscapeRoom.optimalReturn(2, 1), 1e-12);
        assertEquals(8.0, EscapeRoom.optimalReturn(3, 2), 1e-12);
        assertEquals(17.0, EscapeRoom.optimalReturn(5, 3), 1e-12);
    }

    @Test
    void shouldAchieveTheOptimumInOneStepOfLeverAndDoor() {
        assertEquals(EscapeRoom.optimalReturn(2, 1), playOnce(new EscapeRoom(2, 1), new int[] {L, D}), 1e-12);
        assertEquals(EscapeRoom.optimalReturn(3, 2), playOnce(new EscapeRoom(3, 2), new int[] {L, L, D}), 1e-12);
    }

    @Test
    void shouldRejectBadSizes() {
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class, () -> new EscapeRoom(1, 1));
        assertTrue(n.getMessage().contains("1"), n.getMessage());
        IllegalArgumentException mHigh = assertThrows(IllegalArgumentException.class, () -> new EscapeRoom(3, 3));
        assertTrue(mHigh.getMessage().contains("[1, 2]"), mHigh.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EscapeRoom(3, 0));
        assertThrows(IllegalArgumentException.class, () -> new EscapeRoom(2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> EscapeRoom.optimalReturn(2, 2));
    }

    private static double playOnce(EscapeRoom room, int[] actions) {
        double[] r = new double[room.agents()];
        assertTrue(room.step(actions, r), "the optimal joint action ends the episode at once");
        double sum = 0;
        for (double x : r) {
            sum += x;
        }
        return sum;
    }
}
