package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** IQ-Flow's reproductions: their cells, presets and short runs (the full protocols are `reproduce` commands). */
class IqFlowReproductionsTest {
    @Test
    void shouldJudgeTheMatrixGamesOnReturnAndOnBothDilemmaReadOuts() throws Exception {
        ReproductionResult r = ReproductionRun.prepare(new IqFlowMatrixGames(), ReproductionRunTest.PRESETS, 1, 60)
                .run(null);
        assertEquals(12, r.rows().size());
        for (CellResult c : r.rows()) {
            double mean = c.ours().mean();
            if (c.cell().metric() == TableMetric.DILEMMA_REMOVED || c.cell().metric() == TableMetric.DILEMMA_REMOVED_HELD
                    || c.cell().metric() == TableMetric.PAYOFF_DILEMMA_REMOVED) {
                assertTrue(mean == 0 || mean == 0.5 || mean == 1, "a share of the two agents: " + mean);
            } else {
                assertTrue(Double.isFinite(mean) && mean <= c.cell().accept().hi(), c.cell() + ": " + mean);
            }
        }
    }

    @Test
    void shouldCompareIqFlowWithPgInBothRooms() throws Exception {
        ReproductionRun room = ReproductionRun.prepare(new IqFlowEscapeRoom(), ReproductionRunTest.PRESETS, 0, 0);
        assertEquals(4, room.presets().size(), "IQ-Flow and PG in ER(5,2) and ER(10,5)");
        ReproductionResult r = ReproductionRun.prepare(new IqFlowEscapeRoom(), ReproductionRunTest.PRESETS, 1, 20)
                .run(null);
        assertEquals(4, r.rows().size());
        for (CellResult c : r.rows()) {
            assertTrue(Double.isFinite(c.ours().mean()), c.cell().setting() + ": " + c.ours());
        }
    }

    @Test
    void shouldCompareIqFlowOnCleanupWithAcAndTheSharedReward() throws Exception {
        ReproductionRun cleanup = ReproductionRun.prepare(new IqFlowCleanup(), ReproductionRunTest.PRESETS, 1, 6);
        assertEquals(3, cleanup.presets().size(), "IQ-Flow, AC and the shared reward");
        ReproductionResult r = cleanup.run(null);
        assertEquals(7, r.rows().size());
        for (CellResult c : r.rows()) {
            double mean = c.ours().mean();
            if (c.cell().metric() == TableMetric.CLEANER_INCENTIVE_SHARE) {
                assertTrue(mean >= 0 && mean <= 1, "a share: " + mean);
            } else {
                assertTrue(Double.isFinite(mean) && mean >= 0, c.cell().setting() + ": " + mean);
            }
        }
    }
}
