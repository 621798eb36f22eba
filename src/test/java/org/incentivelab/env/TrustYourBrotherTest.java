package org.incentivelab.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

/** Trust-Your-Brother's rules: the start, blocked moves, escape together, rewards, the predator and the horizon. */
class TrustYourBrotherTest {
    private static final int STAY = TrustYourBrother.STAY;
    private static final int CW = TrustYourBrother.CW;
    private static final int CCW = TrustYourBrother.CCW;

    private final TrustYourBrother game = new TrustYourBrother(20, Rng.forComponent(1, "environment"));
    private final double[] r = new double[2];

    @Test
    void shouldStartWithOnePreyCaughtAndItsBrotherInTheWay() {
        for (int k = 0; k < 20; k++) {
            game.reset();
            assertEquals(0, game.predator());
            assertEquals(3, game.prey(0) + game.prey(1), "the prey on seats 1 and 2");
        }
    }

    @Test
    void shouldKeepTheCaughtPreyStuckWhileItsBrotherStays() {
        game.place(0, 1, 2);
        assertFalse(game.step(new int[] {CW, STAY}, r));
        assertEquals(1, game.prey(0), "blocked by its brother");
        assertEquals(TrustYourBrother.MOVE_COST + TrustYourBrother.CAUGHT, r[0], 1e-12, "tried, failed, still caught");
        assertEquals(0, r[1], "the brother stays for free");
        assertEquals(0, game.predator(), "the predator stays next to its prey");
        game.step(new int[] {CCW, STAY}, r);
        assertEquals(1, game.prey(0), "cannot move into the predator");
    }

    @Test
    void shouldLetBothPreyEscapeWhenTheyRunTogether() {
        game.place(0, 1, 2);
        game.step(new int[] {CW, CW}, r);
        assertEquals(2, game.prey(0));
        assertEquals(3, game.prey(1));
        assertArrayEquals(new double[] {TrustYourBrother.MOVE_COST, TrustYourBrother.MOVE_COST}, r, 1e-12);
        assertEquals(1, game.predator(), "the predator follows the nearest prey");
        game.step(new int[] {CW, CW}, r);
        assertArrayEquals(new double[] {TrustYourBrother.MOVE_COST, TrustYourBrother.MOVE_COST}, r, 1e-12,
                "running every step keeps both free");
        game.step(new int[] {STAY, STAY}, r);
        assertEquals(TrustYourBrother.CAUGHT, r[0], 1e-12, "stopping lets the predator catch up");
    }

    @Test
    void shouldRefuseSwapsAndTwoMovesIntoOneSeat() {
        game.place(0, 2, 3);
        game.step(new int[] {CW, CCW}, r);
        assertEquals(2, game.prey(0));
        assertEquals(3, game.prey(1), "a swap fails");
        game.place(0, 2, 4);
        game.step(new int[] {CW, CCW}, r);
        assertEquals(2, game.prey(0));
        assertEquals(4, game.prey(1), "both into seat 3 fails");
    }

    @Test
    void shouldChaseTheNearestPreyTheShortWayRound() {
        game.place(0, 3, 6); // prey 1 three seats CW, prey 2 two seats CCW
        game.step(new int[] {STAY, STAY}, r);
        assertEquals(7, game.predator(), "toward prey 2, counter-clockwise");
    }

    @Test
    void shouldObserveEachPreysSignedDistanceFromThePredator() {
        game.place(0, 1, 6);
        double[] o = new double[2];
        game.observe(0, o);
        assertEquals((1 - 7) / 8.0, o[0], 1e-12, "prey 1: CCW distance 1 minus CW distance 7");
        assertEquals((6 - 2) / 8.0, o[1], 1e-12);
        double[] other = new double[2];
        game.observe(1, other);
        assertArrayEquals(o, other, "both prey see the same vector");
    }

    @Test
    void shouldEndAfterTheHorizon() {
        TrustYourBrother short3 = new TrustYourBrother(3, Rng.forComponent(2, "environment"));
        assertFalse(short3.step(new int[] {STAY, STAY}, r));
        assertFalse(short3.step(new int[] {STAY, STAY}, r));
        assertTrue(short3.step(new int[] {STAY, STAY}, r));
        assertEquals(-0.06, TrustYourBrother.bestReturn(3), 1e-12);
    }

    @Test
    void shouldRefuseBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new TrustYourBrother(0, Rng.forComponent(1, "e")));
        assertThrows(IllegalArgumentException.class, () -> game.place(0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> game.actionName(3));
    }
}
