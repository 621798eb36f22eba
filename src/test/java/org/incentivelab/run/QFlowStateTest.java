package org.incentivelab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.env.MatrixPayoffs;
import org.incentivelab.mech.iqflow.DilemmaGaps;
import org.junit.jupiter.api.Test;

/** The single-step read-out of seed 004 Fig. 2: payoff plus incentive, each agent from its own side. */
class QFlowStateTest {
    private static final int START = IteratedMatrixGame.START_FLAG;

    /** incentives[state][2·a¹ + a²][agent] with every state equal to the given joint-action table. */
    private static QFlowState paying(double[][] perJoint) {
        double[][][] incentives = new double[QFlowState.STATES][][];
        java.util.Arrays.fill(incentives, perJoint);
        return new QFlowState(new double[3][QFlowState.STATES][2][2][2], incentives, new double[QFlowState.STATES][2],
                2);
    }

    @Test
    void shouldShowThePrisonersDilemmaUntouchedWithoutIncentives() {
        QFlowState q = paying(new double[4][2]);
        for (int i = 0; i < 2; i++) {
            DilemmaGaps g = q.payoffGaps(MatrixPayoffs.PRISONERS_DILEMMA, START, i);
            assertEquals(-1, g.rewardMinusTemptation(), 1e-12, "R 3 − T 4");
            assertEquals(-1, g.suckerMinusPunishment(), 1e-12, "S 0 − P 1");
            assertFalse(g.cooperationDominant());
        }
    }

    @Test
    void shouldRemoveTheDilemmaWhenEachAgentIsPaidTwoForItsOwnCooperation() {
        // joint 2·a¹ + a²: CC 0, CD 1, DC 2, DD 3; agent 1 cooperates in CC and CD, agent 2 in CC and DC
        QFlowState q = paying(new double[][] {{2, 2}, {2, 0}, {0, 2}, {0, 0}});
        for (int i = 0; i < 2; i++) {
            DilemmaGaps g = q.payoffGaps(MatrixPayoffs.PRISONERS_DILEMMA, START, i);
            assertEquals(1, g.rewardMinusTemptation(), 1e-12, "5 − 4, agent " + i);
            assertEquals(1, g.suckerMinusPunishment(), 1e-12, "2 − 1, agent " + i);
            assertTrue(g.cooperationDominant());
        }
    }

    @Test
    void shouldReadEachAgentsIncentiveFromItsOwnSideOfTheJointAction() {
        // only agent 2 paid, and only for cooperating against agent 1's defection (joint DC = 2)
        QFlowState q = paying(new double[][] {{0, 0}, {0, 0}, {0, 1.5}, {0, 0}});
        DilemmaGaps second = q.payoffGaps(MatrixPayoffs.STAG_HUNT, START, 1);
        assertEquals(4 - 3, second.rewardMinusTemptation(), 1e-12, "R − T unpaid");
        assertEquals(0 + 1.5 - 1, second.suckerMinusPunishment(), 1e-12, "S + 1.5 − P");
        DilemmaGaps first = q.payoffGaps(MatrixPayoffs.STAG_HUNT, START, 0);
        assertEquals(-1, first.suckerMinusPunishment(), 1e-12, "agent 1 is not paid at DC");
    }
}
