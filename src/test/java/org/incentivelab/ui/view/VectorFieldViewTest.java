package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.Snapshot;
import org.incentivelab.run.Trainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class VectorFieldViewTest {
    private static Snapshot pd;
    private static Snapshot tenPlayers;
    private static Snapshot chicken;

    private VectorFieldView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        pd = run("amd-pd-planner.json", 300);
        tenPlayers = run("amd-10-player-pd-planner.json", 50);
        chicken = run("amd-chicken-no-planner.json", 200);
    }

    static Snapshot run(String preset, int episodes) throws Exception {
        var p = PresetLoader.load(Path.of("presets", preset)).withRuns(4000, 1, 0);
        try (Trainer trainer = new Trainer(p)) {
            trainer.step(episodes);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (trainer.latest().episode() != episodes) {
                if (System.nanoTime() > deadline) {
                    fail("trainer did not reach episode " + episodes);
                }
                Thread.sleep(10);
            }
            return trainer.latest();
        }
    }

    @Start
    void start(Stage stage) {
        view = new VectorFieldView();
        framed = new ViewPane(view);
        stage.setScene(new Scene(new Pane(framed), 1000, 760));
        stage.show();
    }

    private List<String[]> rows(FxRobot robot, Snapshot s) throws Exception {
        robot.interact(() -> view.update(s));
        StringWriter out = new StringWriter();
        WaitForAsyncUtils.asyncFx(() -> {
            view.writeCsv(out);
            return null;
        }).get();
        String[] lines = out.toString().split("\n");
        assertEquals("kind,episode,p1,p2,dp1,dp2", lines[0]);
        List<String[]> rows = new ArrayList<>();
        for (int k = 1; k < lines.length; k++) {
            rows.add(lines[k].split(",", -1));
        }
        return rows;
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
        assertTrue(pd.modifiedGame(0).greed() < 0 && pd.modifiedGame(0).fear() < 0);
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
    void shouldDrawQuickly(FxRobot robot) throws Exception {
        robot.interact(() -> view.setShowModified(true));
        double millis = WaitForAsyncUtils.asyncFx(() -> {
            view.update(pd);
            long t = System.nanoTime();
            for (int k = 0; k < 50; k++) {
                view.update(pd);
            }
            return (System.nanoTime() - t) / 50 / 1e6;
        }).get();
        System.out.println("VectorFieldView.update: " + millis + " ms");
        assertTrue(millis < 20, "update took " + millis + " ms");
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        robot.interact(() -> view.update(pd));
        Region node = (Region) view.node();
        double prefW = node.getPrefWidth();
        double prefH = node.getPrefHeight();
        String[] names = {"", "-min", "-large"};
        double[][] sizes = {{prefW, prefH}, {DilemmaCanvasPane.MIN_WIDTH, DilemmaCanvasPane.MIN_HEIGHT}, {960, 720}};
        for (int k = 0; k < sizes.length; k++) {
            double[] size = sizes[k];
            robot.interact(() -> node.setPrefSize(size[0], size[1]));
            Path png = Path.of("target/view-vector-field" + names[k] + ".png");
            export(png);
            assertTrue(Files.size(png) > 1000);
            // the frame's title bar may be wider than the view's minimum
            assertTrue(node.getWidth() >= size[0] - 1 && node.getWidth() <= size[0] + 40, "width " + node.getWidth());
            assertEquals(size[1], node.getHeight(), 1);
        }
        robot.interact(() -> node.setPrefSize(prefW, prefH));
    }

    private void export(Path png) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            framed.exportPng(png);
            return null;
        }).get();
    }
}
