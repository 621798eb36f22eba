package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.MetricNames;
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
class FearGreedPlaneViewTest {
    private static Snapshot pd;
    private static Snapshot tenPlayers;

    private FearGreedPlaneView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        pd = run("amd-pd-planner.json", 300);
        tenPlayers = run("amd-10-player-pd-planner.json", 50);
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
        view = new FearGreedPlaneView();
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
        assertEquals("kind,episode,greed'_1,fear'_1,greed'_2,fear'_2", lines[0]);
        List<String[]> rows = new ArrayList<>();
        for (int k = 1; k < lines.length; k++) {
            rows.add(lines[k].split(","));
        }
        return rows;
    }

    @Test
    void shouldWriteTheGameAndTheTrailOfEachPlayersModifiedGame(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, pd);
        String[] game = rows.get(0);
        assertEquals("game", game[0]);
        assertEquals(1.0, Double.parseDouble(game[2]));
        assertEquals(1.0, Double.parseDouble(game[3]));
        String[] modified = rows.get(1);
        assertEquals("modified", modified[0]);
        assertEquals(pd.modifiedGame(0).greed(), Double.parseDouble(modified[2]), 1e-12);
        assertEquals(pd.modifiedGame(1).fear(), Double.parseDouble(modified[5]), 1e-12);
        double[] greed1 = pd.focus(MetricNames.greed(1)).orElseThrow().mean();
        double[] fear2 = pd.focus(MetricNames.fear(2)).orElseThrow().mean();
        List<String[]> trail = rows.stream().filter(r -> r[0].equals("trail")).toList();
        assertEquals(greed1.length, trail.size());
        assertTrue(trail.size() >= 100, "trail has " + trail.size() + " points");
        for (int j = 0; j < trail.size(); j++) {
            assertEquals(greed1[j], Double.parseDouble(trail.get(j)[2]), 1e-12);
            assertEquals(fear2[j], Double.parseDouble(trail.get(j)[5]), 1e-12);
        }
        // the trail ends where the focus run's modified game is (one seed)
        String[] lastRow = trail.get(trail.size() - 1);
        assertEquals(pd.modifiedGame(0).greed(), Double.parseDouble(lastRow[2]), 1e-9);
        assertEquals(pd.modifiedGame(1).fear(), Double.parseDouble(lastRow[5]), 1e-9);
    }

    @Test
    void shouldKeepTheBasePlaneWhenEverythingFitsAndRender(FxRobot robot) throws Exception {
        robot.interact(() -> view.update(pd));
        double extent = 0;
        for (int i = 1; i <= 2; i++) {
            for (double v : pd.series(MetricNames.greed(i)).orElseThrow().mean()) {
                extent = Math.max(extent, Math.abs(v));
            }
            for (double v : pd.series(MetricNames.fear(i)).orElseThrow().mean()) {
                extent = Math.max(extent, Math.abs(v));
            }
        }
        double range = view.range();
        assertTrue(range >= extent, "range " + range + " < extent " + extent);
        assertTrue(range <= 2 * pd.maxReward() + 2);
        assertTrue(view.node().getLayoutBounds().getWidth() > 0);
        assertTrue(view.node().getLayoutBounds().getHeight() > 0);
        Path png = Path.of("target/view-fear-greed.png");
        export(png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldShowANoteForManyPlayers(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, tenPlayers);
        assertEquals(1, rows.size());
        assertEquals("game", rows.get(0)[0]);
        export(Path.of("target/view-fear-greed-10.png"));
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
            Path png = Path.of("target/view-fear-greed" + names[k] + ".png");
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
