package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.mech.iqflow.CriticPair;
import org.incentivelab.run.QFlowState;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Q-value flow: every critic's table per state and agent, the incentive's shift, the agent selector. */
@ExtendWith(ApplicationExtension.class)
class QValueFlowViewTest {
    private static Snapshot trained;
    private QValueFlowView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        trained = ViewFixtures.run("iqflow-prisoners-dilemma.json", 300);
    }

    @Start
    void start(Stage stage) {
        view = new QValueFlowView();
        framed = ViewFixtures.show(stage, view);
    }

    @Test
    void shouldExportEveryCriticsQValuesPerStateAndAgent(FxRobot robot) throws Exception {
        List<String[]> rows = ViewFixtures.rows(robot, view, trained, QValueFlowView.CSV_HEADER, false);
        QFlowState q = trained.qFlow();
        assertEquals(QFlowState.STATES * 2 * CriticPair.values().length * 4, rows.size());
        for (String[] r : rows) {
            int state = List.of("CC", "CD", "DC", "DD", "start").indexOf(r[0]);
            assertEquals(IteratedMatrixGame.stateName(state), r[0]);
            CriticPair pair = CriticPair.valueOf(r[2].toUpperCase(java.util.Locale.ROOT));
            int other = r[3].equals("C") ? 0 : 1;
            int own = r[4].equals("C") ? 0 : 1;
            assertEquals(q.values(pair, state, Integer.parseInt(r[1]) - 1)[other][own], Double.parseDouble(r[5]));
        }
    }

    @Test
    void shouldMeasureTheIncentivesShiftOfTheCOverDPreferenceAgainstTheEnvironmentCritic() {
        QFlowState q = trained.qFlow();
        for (int s = 0; s < QFlowState.STATES; s++) {
            for (int i = 0; i < 2; i++) {
                for (int other = 0; other < 2; other++) {
                    double[] ind = q.values(CriticPair.INCENTIVISED, s, i)[other];
                    double[] env = q.values(CriticPair.ENVIRONMENT, s, i)[other];
                    assertEquals((ind[0] - ind[1]) - (env[0] - env[1]), QValueFlowView.shift(q, s, i, other), 1e-12);
                }
            }
        }
        assertEquals("71.2", QValueFlowView.compact(71.23));
        assertEquals("\u22120.41", QValueFlowView.compact(-0.414));
        assertEquals("128", QValueFlowView.compact(128.4));
    }

    @Test
    void shouldSwitchAgentsAndRenderAtEverySize(FxRobot robot) throws Exception {
        assertEquals(0, view.agent());
        robot.interact(() -> view.setAgent(1));
        assertEquals(1, view.agent());
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, trained, "view-qflow");
    }

    @Test
    void shouldShowANoteAndNoRowsForOtherRuns(FxRobot robot) throws Exception {
        Snapshot lio = ViewFixtures.run("lio-ipd.json", 10);
        assertTrue(ViewFixtures.rows(robot, view, lio, QValueFlowView.CSV_HEADER, false).isEmpty());
        assertTrue(ViewFixtures.rows(robot, view, ViewFixtures.plannerSnapshot("pd"), QValueFlowView.CSV_HEADER,
                false).isEmpty());
    }
}
