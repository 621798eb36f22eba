package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.run.QFlowState;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The incentive heatmap: r_inc per state, joint action and agent; the outlined cell follows the policies. */
@ExtendWith(ApplicationExtension.class)
class IncentiveHeatmapViewTest {
    private static final List<String> STATES = List.of("CC", "CD", "DC", "DD", "start");
    private static final List<String> JOINT = List.of("CC", "CD", "DC", "DD");
    private static Snapshot trained;
    private IncentiveHeatmapView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        trained = ViewFixtures.run("iqflow-chicken.json", 200);
    }

    @Start
    void start(Stage stage) {
        view = new IncentiveHeatmapView();
        framed = ViewFixtures.show(stage, view);
    }

    @Test
    void shouldExportTheIncentiveOfEveryStateJointActionAndAgent(FxRobot robot) throws Exception {
        List<String[]> rows = ViewFixtures.rows(robot, view, trained, IncentiveHeatmapView.CSV_HEADER, false);
        QFlowState q = trained.qFlow();
        assertEquals(QFlowState.STATES * 4 * 2, rows.size());
        for (String[] r : rows) {
            double paid = q.incentives()[STATES.indexOf(r[0])][JOINT.indexOf(r[1])][Integer.parseInt(r[2]) - 1];
            assertEquals(paid, Double.parseDouble(r[3]));
            assertTrue(paid >= 0 && paid <= Double.parseDouble(r[4]), "in [0, R_max]: " + paid);
        }
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, trained,
                "view-incentive-heatmap");
    }

    @Test
    void shouldOutlineTheJointActionBothPoliciesFavour() {
        assertEquals(0, IncentiveHeatmapView.likeliest(new double[] {0.9, 0.6}), "CC");
        assertEquals(1, IncentiveHeatmapView.likeliest(new double[] {0.9, 0.2}), "CD");
        assertEquals(2, IncentiveHeatmapView.likeliest(new double[] {0.1, 0.5}), "DC: ties go to C");
        assertEquals(3, IncentiveHeatmapView.likeliest(new double[] {0.3, 0.4}), "DD");
    }
}
