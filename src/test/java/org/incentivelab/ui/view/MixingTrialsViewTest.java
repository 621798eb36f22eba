package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.mech.d3c.MixingTrial;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The RL D3C trial timeline: one CSV row per finished trial, matching the snapshot; notices for other runs. */
@ExtendWith(ApplicationExtension.class)
class MixingTrialsViewTest {
    private static Snapshot trained;
    private MixingTrialsView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        trained = ViewFixtures.run("d3c-trust-your-brother.json", 300);
    }

    @Start
    void start(Stage stage) {
        view = new MixingTrialsView();
        framed = ViewFixtures.show(stage, view);
    }

    @Test
    void shouldExportEveryRecentTrialOfTheFirstRun(FxRobot robot) throws Exception {
        assertNull(view.notice(trained));
        List<MixingTrial> trials = trained.mixing().trials();
        assertTrue(trials.size() >= 2 * 10, "300 episodes hold at least 10 trials per agent: " + trials.size());
        List<String[]> rows = ViewFixtures.rows(robot, view, trained, MixingTrialsView.CSV_HEADER, false);
        assertEquals(trials.size(), rows.size());
        for (int k = 0; k < rows.size(); k++) {
            MixingTrial t = trials.get(k);
            String[] r = rows.get(k);
            assertEquals(t.agent() + 1, Integer.parseInt(r[0]));
            long tau = Long.parseLong(r[2]) - Long.parseLong(r[1]);
            assertTrue(tau >= 10 && tau <= 20, "τ in [τ_min, τ_max]: " + tau);
            assertEquals(t.rho(), Double.parseDouble(r[5]));
            assertEquals(Math.max(0, (t.baseline() - t.mean()) / tau), t.rho(), 1e-12, "ρ = ReLU((G_b − G)/τ), ε 0");
        }
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, trained,
                "view-mixing-trials");
    }

    @Test
    void shouldExplainWhyOtherRunsHaveNoTrials() throws Exception {
        assertNotNull(view.notice(ViewFixtures.plannerSnapshot("planner")));
        assertNotNull(view.notice(ViewFixtures.run("d3c-pd-2-player.json", 5)), "exact D3C has no trials");
    }
}
