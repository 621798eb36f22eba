package org.incentivelab.ui.view;

import org.incentivelab.env.IteratedMatrixGame;

/**
 * The five memory-1 situations of the IPD (thesis 001 §5.3.1, digest 001 §5.1) as the {@link IpdMatrixView} selects
 * them: the first round, or the previous round's joint action written with agent 1's action first, as the rows of
 * Table 5.1. Each agent observes the same situation from its own side (own action first, {@link
 * IteratedMatrixGame#observe}): after (a¹, a²) = (C, D) agent 1 is in its state CD and agent 2 in its state DC.
 */
enum IpdJointState {
    /** Before the first round of an episode. */
    START("start", "start", -1, -1),
    /** After both cooperated. */
    CC("after CC", "CC", IteratedMatrixGame.COOPERATE, IteratedMatrixGame.COOPERATE),
    /** After agent 1 cooperated and agent 2 defected. */
    CD("after CD", "CD", IteratedMatrixGame.COOPERATE, IteratedMatrixGame.DEFECT),
    /** After agent 1 defected and agent 2 cooperated. */
    DC("after DC", "DC", IteratedMatrixGame.DEFECT, IteratedMatrixGame.COOPERATE),
    /** After both defected. */
    DD("after DD", "DD", IteratedMatrixGame.DEFECT, IteratedMatrixGame.DEFECT);

    private final String label;
    private final String key;
    private final int action1;
    private final int action2;

    IpdJointState(String label, String key, int action1, int action2) {
        this.label = label;
        this.key = key;
        this.action1 = action1;
        this.action2 = action2;
    }

    /** @return the selector's text: "start", "after CC", … */
    String label() {
        return label;
    }

    /** @return the CSV name: "start", "CC", "CD", "DC" or "DD" (agent 1's action first) */
    String key() {
        return key;
    }

    /**
     * The index of this situation in an agent's own observation, as {@code LioState.stateIncentives} and
     * {@code stateCooperation} are indexed: {@link IteratedMatrixGame#START_FLAG} for the start, else
     * 2·own + other.
     *
     * @param agent 0 (thesis agent 1) or 1 (thesis agent 2)
     * @return the agent's observation index in [0, 5)
     */
    int index(int agent) {
        if (this == START) {
            return IteratedMatrixGame.START_FLAG;
        }
        int own = agent == 0 ? action1 : action2;
        int other = agent == 0 ? action2 : action1;
        return 2 * own + other;
    }

    @Override
    public String toString() {
        return label;
    }
}
