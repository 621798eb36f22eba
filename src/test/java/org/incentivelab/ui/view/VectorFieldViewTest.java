package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class VectorFieldViewTest {
    private static Snapshot pd;
    private static Snapshot tenPlayers;
    private static Snapshot chicken;

    private VectorFieldView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        pd = ViewFixtures.run("amd-pd-planner.json", 300);
        tenPlayers = ViewFixtures.run("amd-10-player-pd-planner.json", 50);
        chicken = ViewFixtures.run("amd-chicken-no-planner.json", 200);
    }

    @Start
    void start(Stage stage) {
        view = new VectorFieldView();
        framed = ViewFixtures.show(stage, view);
    }

    private List<String[]> rows(FxRobot robot, Snapshot s) throws Exception {
        return ViewFixtures.rows(robot, view, s, "kind,episode,p1,p2,dp1,dp2", true);
    }

    @Test
    void shouldDriftToDefectionEverywhereInTheOriginalPrisonersDilemma(FxRobot robot) throws Exception {
        assertFalse(view.isShowModified());
        List<String[]> rows = rows(robot, pd);
        List<String[]> field = rows.stream().filter(r -> r[0].equals("field_original")).toList();
        assertEquals(VectorFieldView.GRID * VectorFieldView.GRID, field.size());
        for (String[] r : field) {
            assertTrue(Double.parseDouble(r[4]) < 0, "dp1 at " + r[2] + "," + r[3]);
            assertTrue(Double.parseDouble(r[5]) < 0, "dp2 at " + r[2] + "," + r[3]);
        }
        List<String[]> path = rows.stream().filter(r -> r[0].equals("trajectory")).toList();
        assertEquals(pd.trajectory()[0].length, path.size());
        assertEquals(pd.trajectory()[0][0], Double.parseDouble(path.get(0)[2]));
        assertEquals(pd.trajectory()[1][path.size() - 1], Double.parseDouble(path.get(path.size() - 1)[3]));
        export(Path.of("target/view-vector-field-original.png"));
    }

    @Test
    void shouldPointTowardCooperationWithThePlannersIncentives(FxRobot robot) throws Exception {
        // after 300 episodes the planner rewards cooperation: both modified games have greed' < 0 and fear' < 0
        assertTrue(pd.planner().modifiedGame(0).greed() < 0 && pd.planner().modifiedGame(0).fear() < 0);
        robot.interact(() -> view.setShowModified(true));
        assertTrue(view.isShowModified());
        List<String[]> field = rows(robot, pd).stream().filter(r -> r[0].equals("field_with_planner")).toList();
        assertEquals(VectorFieldView.GRID * VectorFieldView.GRID, field.size());
        assertTrue(field.stream().anyMatch(r -> Double.parseDouble(r[5]) > 0), "some arrow points up");
        assertTrue(field.stream().anyMatch(r -> Double.parseDouble(r[4]) > 0), "some arrow points right");
        Path png = Path.of("target/view-vector-field-with-planner.png");
        export(png);
        assertTrue(Files.size(png) > 1000);
        assertTrue(view.node().getLayoutBounds().getWidth() > 0);
    }

    @Test
    void shouldFindThePureNashEquilibriaOfThePapersGames() {
        SocialDilemma pdGame = SocialDilemma.PD;
        assertTrue(VectorFieldView.isPureNash(pdGame, pdGame, 0, 0));
        assertFalse(VectorFieldView.isPureNash(pdGame, pdGame, 1, 1));
        SocialDilemma stag = SocialDilemma.STAG_HUNT;
        assertTrue(VectorFieldView.isPureNash(stag, stag, 0, 0));
        assertTrue(VectorFieldView.isPureNash(stag, stag, 1, 1));
        assertFalse(VectorFieldView.isPureNash(stag, stag, 1, 0));
        SocialDilemma chicken = SocialDilemma.CHICKEN;
        assertTrue(VectorFieldView.isPureNash(chicken, chicken, 1, 0));
        assertTrue(VectorFieldView.isPureNash(chicken, chicken, 0, 1));
        assertFalse(VectorFieldView.isPureNash(chicken, chicken, 0, 0));
        assertFalse(VectorFieldView.isPureNash(chicken, chicken, 1, 1));
    }

    @Test
    void shouldTurnPlayer1AroundAtItsIndifferenceLineInChicken(FxRobot robot) throws Exception {
        // Table 4.1 Chicken: dp1/dt has the sign of 1 − 1.5·p2, so player 1 is indifferent at p2 = 2/3
        List<String[]> field = rows(robot, chicken).stream().filter(r -> r[0].equals("field_original")).toList();
        for (String[] r : field) {
            double p2 = Double.parseDouble(r[3]);
            double dp1 = Double.parseDouble(r[4]);
            double p1 = Double.parseDouble(r[2]);
            double dp2 = Double.parseDouble(r[5]);
            assertTrue(p2 < 2.0 / 3 ? dp1 > 0 : dp1 < 0, "dp1 " + dp1 + " at p2 " + p2);
            assertTrue(p1 < 2.0 / 3 ? dp2 > 0 : dp2 < 0, "dp2 " + dp2 + " at p1 " + p1);
        }
        export(Path.of("target/view-vector-field-chicken.png"));
    }

    @Test
    void shouldShowANoteForManyPlayers(FxRobot robot) throws Exception {
        assertEquals(0, rows(robot, tenPlayers).size());
        export(Path.of("target/view-vector-field-10.png"));
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, pd, "view-vector-field");
    }

    private void export(Path png) throws Exception {
        ViewFixtures.export(framed, png);
    }
}
