package org.incentivelab.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IteratedMatrixGameTest {
    private static final int C = IteratedMatrixGame.COOPERATE;
    private static final int D = IteratedMatrixGame.DEFECT;

    @Test
    void shouldPayTable51ToBothAgents() {
        assertRound(C, C, -1, -1);
        assertRound(C, D, -3, 0);
        assertRound(D, C, 0, -3);
        assertRound(D, D, -2, -2);
        assertEquals(-1, MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(C, C), 1e-12);
        assertEquals(-3, MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(C, D), 1e-12);
        assertEquals(0, MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(D, C), 1e-12);
        assertEquals(-2, MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(D, D), 1e-12);
        assertEquals(2 * MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(C, C),
                MatrixPayoffs.LIO_PRISONERS_DILEMMA.optimalCollectivePerRound(), 1e-12);
    }

    @Test
    void shouldHoldTheIqFlowTablesWithTheirDilemmas() {
        // seed 004 Tables 2–4: PD breaks T < R and P < S, Chicken only T < R, Stag Hunt only P < S
        assertTable(MatrixPayoffs.PRISONERS_DILEMMA, 3, 0, 4, 1);
        assertTable(MatrixPayoffs.CHICKEN, 3, 1, 4, 0);
        assertTable(MatrixPayoffs.STAG_HUNT, 4, 0, 3, 1);
        assertEquals(6, MatrixPayoffs.PRISONERS_DILEMMA.optimalCollectivePerRound(), 1e-12, "CC");
        assertEquals(6, MatrixPayoffs.CHICKEN.optimalCollectivePerRound(), 1e-12, "CC beats CD's 5");
        assertEquals(8, MatrixPayoffs.STAG_HUNT.optimalCollectivePerRound(), 1e-12, "CC");
        assertThrows(IllegalArgumentException.class, () -> MatrixPayoffs.CHICKEN.payoff(2, 0));
        IteratedMatrixGame chicken = new IteratedMatrixGame(MatrixPayoffs.CHICKEN, 20, false);
        double[] r = new double[2];
        chicken.step(new int[] {D, C}, r);
        assertArrayEquals(new double[] {4, 1}, r, 1e-12, "DC pays T to the defector and S to the other");
        assertEquals(20, chicken.maxSteps());
    }

    private static void assertTable(MatrixPayoffs m, double reward, double sucker, double temptation,
            double punishment) {
        assertEquals(reward, m.payoff(C, C), 1e-12);
        assertEquals(sucker, m.payoff(C, D), 1e-12);
        assertEquals(temptation, m.payoff(D, C), 1e-12);
        assertEquals(punishment, m.payoff(D, D), 1e-12);
    }

    @Test
    void shouldShowBothAgentsThePreviousJointActionInAgentOrderInTheJointEncoding() {
        IteratedMatrixGame game = new IteratedMatrixGame(MatrixPayoffs.PRISONERS_DILEMMA, 5, false);
        double[] out = new double[5];
        game.observe(1, out);
        assertArrayEquals(new double[] {0, 0, 0, 0, 1}, out, "start state: index 4");
        game.step(new int[] {C, D}, new double[2]);
        for (int agent = 0; agent < 2; agent++) {
            game.observe(agent, out);
            assertArrayEquals(new double[] {0, 1, 0, 0, 0}, out, "2·a¹ + a² = 1 for agent " + agent);
        }
        game.step(new int[] {D, C}, new double[2]);
        game.observe(0, out);
        assertArrayEquals(new double[] {0, 0, 1, 0, 0}, out);
    }

    @Test
    void shouldBuildTheIqFlowGamesFromTheirConfig() {
        for (MarkovGameType type : new MarkovGameType[] {MarkovGameType.PRISONERS_DILEMMA, MarkovGameType.CHICKEN,
                MarkovGameType.STAG_HUNT}) {
            MarkovGameConfig config = new MarkovGameConfig(type, 2, 1, 20);
            IteratedMatrixGame game = (IteratedMatrixGame) config.create(1);
            assertEquals(config.payoffs(), game.payoffs());
            assertEquals(20 * config.payoffs().optimalCollectivePerRound(), config.optimalReturn(), 1e-12);
            assertTrue(type.matrixGame());
            assertTrue(config.label().startsWith("iterated "), config.label());
        }
        assertEquals(MatrixPayoffs.LIO_PRISONERS_DILEMMA, new MarkovGameConfig(MarkovGameType.IPD, 2, 1, 5).payoffs());
        assertFalse(MarkovGameType.CLEANUP.matrixGame());
        assertThrows(IllegalStateException.class,
                () -> new MarkovGameConfig(MarkovGameType.ESCAPE_ROOM, 2, 1, 5).payoffs());
    }

    @Test
    void shouldShowTheStartFlagThenTheEgocentricJointAction() {
        IteratedMatrixGame game = IteratedMatrixGame.lioPrisonersDilemma(IteratedMatrixGame.DEFAULT_ROUNDS);
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
        IteratedMatrixGame game = IteratedMatrixGame.lioPrisonersDilemma(IteratedMatrixGame.DEFAULT_ROUNDS);
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
        assertTrue(IteratedMatrixGame.lioPrisonersDilemma(1).step(new int[] {D, C}, r));
    }

    @Test
    void shouldRejectBadInput() {
        IteratedMatrixGame game = IteratedMatrixGame.lioPrisonersDilemma(IteratedMatrixGame.DEFAULT_ROUNDS);
        assertThrows(IllegalArgumentException.class, () -> game.step(new int[] {C, 2}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> game.step(new int[] {C}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> game.step(new int[] {C, C}, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> game.observe(2, new double[5]));
        assertThrows(IllegalArgumentException.class, () -> game.observe(0, new double[4]));
        assertThrows(IllegalArgumentException.class, () -> IteratedMatrixGame.lioPrisonersDilemma(0));
        assertThrows(IllegalArgumentException.class, () -> MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(-1, C));
        assertEquals("C", game.actionName(C));
        assertEquals("D", game.actionName(D));
    }

    private static void assertRound(int a0, int a1, double r0, double r1) {
        IteratedMatrixGame game = IteratedMatrixGame.lioPrisonersDilemma(IteratedMatrixGame.DEFAULT_ROUNDS);
        double[] r = new double[2];
        game.step(new int[] {a0, a1}, r);
        assertArrayEquals(new double[] {r0, r1}, r, 1e-12, "(" + a0 + "," + a1 + ")");
    }
}
