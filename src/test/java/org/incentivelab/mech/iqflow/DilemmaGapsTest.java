package org.incentivelab.mech.iqflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The (R − T, S − P) read-out of an agent's Q-values (seed 004 Fig. 4) and the dominance it implies. */
class DilemmaGapsTest {
    @Test
    void shouldReadTheGapsOffTheQValuesGivenEachActionOfTheOther() {
        DilemmaGaps pd = DilemmaGaps.of(new double[] {3, 4}, new double[] {0, 1}); // Table 2's one-shot payoffs
        assertEquals(3 - 4, pd.rewardMinusTemptation());
        assertEquals(0 - 1, pd.suckerMinusPunishment());
        assertFalse(pd.cooperationDominant(), "the PD is a dilemma");
        DilemmaGaps paid = DilemmaGaps.of(new double[] {3 + 2, 4}, new double[] {0 + 2, 1}); // + 2 for C
        assertTrue(paid.cooperationDominant(), "digest 004 §3.1: 2 for C removes the PD's dilemma");
        assertFalse(DilemmaGaps.of(new double[] {4, 3}, new double[] {0, 1}).cooperationDominant(), "Stag Hunt");
        assertFalse(new DilemmaGaps(0.5, 0).cooperationDominant(), "both gaps must be strictly positive");
    }
}
