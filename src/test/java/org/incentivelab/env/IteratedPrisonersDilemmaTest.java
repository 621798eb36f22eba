package org.incentivelab.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IteratedPrisonersDilemmaTest {
    private static final int C = IteratedPrisonersDilemma.COOPERATE;
    private static final int D = IteratedPrisonersDilemma.DEFECT;

    @Test
    void shouldPayTable51ToBothAgents() {
        assertRound(C, C, -1, -1);
        assertRound(C, D, -3, 0);
        assertRound(D, C, 0, -3);
        assertRound(D, D, -2, -2);
        assertEquals(-1, IteratedPrisonersDilemma.payoff(C, C), 1e-12);
        assertEquals(-3, IteratedPrisonersDilemma.payoff(C, D), 1e-12);
        assertEquals(0, IteratedPrisonersDilemma.payoff(D, C), 1e-12);
        assertEquals(-2, IteratedPrisonersDilemma.payoff(D, D), 1e-12);
        assertEquals(2 * IteratedPrisonersDilemma.payoff(C, C),
                IteratedPrisonersDilemma.OPTIMAL_COLLECTIVE_PER_ROUND, 1e-12);
    }

    @Test
    void shouldShowTheStartFlagThenTheEgocentricJointAction() {
        IteratedPrisonersDilemma game = new IteratedPrisonersDilemma();
        double[] out = new double[5];
        game.observe(0, out);
        assertArrayEquals(new double[] {0, 0, 0, 0, 1}, out);
        game.observe(1, out);
        assertArrayEquals(new double[] {0, 0, 0, 0, 1}, out);

        game.step(new int[] {C, D}, new double[2]);
        game.observe(0, out);
        assertArrayEquals(new double[] {0, 1, 0, 0, 0}, out, "agent 0 sees CD (own C first)");
        game.observe(1, out);
        assertArrayEquals(new double[] {0, 0, 1, 0, 0}, out, "agent 1 sees DC (own D first)");

        game.step(new int[] {D, D}, new double[2]);
        game.observe(0, out);
        assertArrayEquals(new double[] {0, 0, 0, 1, 0}, out);

        game.step(new int[] {C, C}, new double[2]);
        game.observe(1, out);
        assertArrayEquals(new double[] {1, 0, 0, 0, 0}, out);
    }

    @Test
    void shouldEndAfterFiveRoundsAndRestartWithTheFlag() {
        IteratedPrisonersDilemma game = new IteratedPrisonersDilemma();
        assertEquals(5, game.maxSteps());
        double[] r = new double[2];
        for (int t = 1; t < 5; t++) {
            assertFalse(game.step(new int[] {C, C}, r), "round " + t);
        }
        assertTrue(game.step(new int[] {C, C}, r));
        assertEquals(5, game.stepsTaken());
        assertThrows(IllegalStateException.class, () -> game.step(new int[] {C, C}, r));

        game.reset();
        double[] out = new double[5];
        game.observe(0, out);
        assertArrayEquals(new double[] {0, 0, 0, 0, 1}, out);
        assertEquals(0, game.stepsTaken());
        assertTrue(new IteratedPrisonersDilemma(1).step(new int[] {D, C}, r));
    }

    @Test
    void shouldRejectBadInput() {
        IteratedPrisonersDilemma game = new IteratedPrisonersDilemma();
        assertThrows(IllegalArgumentException.class, () -> game.step(new int[] {C, 2}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> game.step(new int[] {C}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> game.step(new int[] {C, C}, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> game.observe(2, new double[5]));
        assertThrows(IllegalArgumentException.class, () -> game.observe(0, new double[4]));
        assertThrows(IllegalArgumentException.class, () -> new IteratedPrisonersDilemma(0));
        assertThrows(IllegalArgumentException.class, () -> IteratedPrisonersDilemma.payoff(-1, C));
        assertEquals("C", game.actionName(C));
        assertEquals("D", game.actionName(D));
    }

    private static void assertRound(int a0, int a1, double r0, double r1) {
        IteratedPrisonersDilemma game = new IteratedPrisonersDilemma();
        double[] r = new double[2];
        game.step(new int[] {a0, a1}, r);
        assertArrayEquals(new double[] {r0, r1}, r, 1e-12, "(" + a0 + "," + a1 + ")");
    }
}
