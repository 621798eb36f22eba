package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.mech.iqflow.CriticPair;
import org.incentivelab.mech.iqflow.DilemmaGaps;
import org.incentivelab.run.QFlowState;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dilemma plane: the incentivised trail over training and both critics' current points, per state and agent. */
@ExtendWith(ApplicationExtension.class)
class DilemmaPlaneViewTest {
    private static final List<String> STATES = List.of("CC", "CD", "DC", "DD", "start");
    private static Snapshot trained;
    private DilemmaPlaneView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        trained = ViewFixtures.run("iqflow-stag-hunt.json", 300);
    }

    @Start
    void start(Stage stage) {
        view = new DilemmaPlaneView();
        framed = ViewFixtures.show(stage, view);
    }

    @Test
    void shouldExportTheTrailOfEveryStateAndAgentAndTheCurrentPointsOfBothCritics(FxRobot robot) throws Exception {
        List<String[]> rows = ViewFixtures.rows(robot, view, trained, DilemmaPlaneView.CSV_HEADER, false);
        QFlowState q = trained.qFlow();
        int trailPoints = DilemmaPlaneView.trail(trained, "start", 0)[0].length;
        assertEquals(4, trailPoints, "evaluations at 0, 100, 200, 300");
        assertEquals(QFlowState.STATES * 2 * (trailPoints + 2), rows.size());
        int now = 0;
        for (String[] r : rows) {
            if (r[3].equals("now")) {
                assertEquals(trained.episode(), Double.parseDouble(r[4]));
                CriticPair pair = CriticPair.valueOf(r[2].toUpperCase(java.util.Locale.ROOT));
                DilemmaGaps g = q.gaps(pair, STATES.indexOf(r[0]), Integer.parseInt(r[1]) - 1);
                assertEquals(g.rewardMinusTemptation(), Double.parseDouble(r[5]));
                assertEquals(g.suckerMinusPunishment(), Double.parseDouble(r[6]));
                now++;
            }
        }
        assertEquals(QFlowState.STATES * 2 * 2, now, "both critics' points per state and agent");
        double[][] trail = DilemmaPlaneView.trail(trained, "DD", 1);
        DilemmaGaps last = q.gaps(CriticPair.INCENTIVISED, 3, 1);
        assertEquals(last.rewardMinusTemptation(), trail[0][trailPoints - 1], 1e-12, "the trail ends at the dot");
        assertEquals(last.suckerMinusPunishment(), trail[1][trailPoints - 1], 1e-12);
    }

    @Test
    void shouldRenderAtEverySizeAndDrawANoteForOtherRuns(FxRobot robot) throws Exception {
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, trained,
                "view-dilemma-plane");
        assertTrue(ViewFixtures.rows(robot, view, ViewFixtures.plannerSnapshot("pd"), DilemmaPlaneView.CSV_HEADER,
                false).isEmpty());
    }
}
