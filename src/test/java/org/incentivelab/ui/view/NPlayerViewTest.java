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
class NPlayerViewTest {
    private static Snapshot tenPlayers;
    private static Snapshot pd;

    private NPlayerView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        tenPlayers = run("amd-10-player-pd-planner.json", 300);
        pd = run("amd-pd-planner.json", 300);
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
        view = new NPlayerView();
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
        assertEquals("kind,index,p_c,u_c,u_d,modified_u_c,modified_u_d", lines[0]);
        List<String[]> rows = new ArrayList<>();
        for (int k = 1; k < lines.length; k++) {
            rows.add(lines[k].split(",", -1));
        }
        return rows;
    }

    @Test
    void shouldShowTenBarsAndTheLinearPayoffs(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, tenPlayers);
        List<String[]> bars = rows.stream().filter(r -> r[0].equals("player")).toList();
        assertEquals(10, bars.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(Integer.toString(i + 1), bars.get(i)[1]);
            assertEquals(tenPlayers.cooperation()[i], Double.parseDouble(bars.get(i)[2]));
        }
        List<String[]> payoffs = rows.stream().filter(r -> r[0].equals("payoff")).toList();
        assertEquals(10, payoffs.size());
        // PD with R 3, S 0, T 4, P 1: u_C(k) = 3k/9, u_D(k) = 1 + 3k/9
        for (int k = 0; k < 10; k++) {
            String[] r = payoffs.get(k);
            assertEquals(k, Integer.parseInt(r[1]));
            assertEquals(3.0 * k / 9, Double.parseDouble(r[3]), 1e-12);
            assertEquals(1 + 3.0 * k / 9, Double.parseDouble(r[4]), 1e-12);
            double c = 0;
            double d = 0;
            for (int i = 0; i < 10; i++) {
                c += tenPlayers.incentives()[i][1][k] / 10;
                d += tenPlayers.incentives()[i][0][k] / 10;
            }
            assertEquals(Double.parseDouble(r[3]) + c, Double.parseDouble(r[5]), 1e-12);
            assertEquals(Double.parseDouble(r[4]) + d, Double.parseDouble(r[6]), 1e-12);
        }
        Path png = Path.of("target/view-n-player-10.png");
        export(png);
        assertTrue(Files.size(png) > 1000);
        assertTrue(view.node().getLayoutBounds().getWidth() > 0);
    }

    @Test
    void shouldAlsoDrawTwoPlayerGames(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, pd);
        assertEquals(2, rows.stream().filter(r -> r[0].equals("player")).count());
        assertEquals(2, rows.stream().filter(r -> r[0].equals("payoff")).count());
        export(Path.of("target/view-n-player-2.png"));
    }

    @Test
    void shouldDrawQuickly(FxRobot robot) throws Exception {
        double millis = WaitForAsyncUtils.asyncFx(() -> {
            view.update(tenPlayers);
            long t = System.nanoTime();
            for (int k = 0; k < 50; k++) {
                view.update(tenPlayers);
            }
            return (System.nanoTime() - t) / 50 / 1e6;
        }).get();
        System.out.println("NPlayerView.update: " + millis + " ms");
        assertTrue(millis < 20, "update took " + millis + " ms");
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        robot.interact(() -> view.update(tenPlayers));
        Region node = (Region) view.node();
        double prefW = node.getPrefWidth();
        double prefH = node.getPrefHeight();
        String[] names = {"", "-min", "-large"};
        double[][] sizes = {{prefW, prefH}, {DilemmaCanvasPane.MIN_WIDTH, DilemmaCanvasPane.MIN_HEIGHT}, {960, 720}};
        for (int k = 0; k < sizes.length; k++) {
            double[] size = sizes[k];
            robot.interact(() -> node.setPrefSize(size[0], size[1]));
            Path png = Path.of("target/view-n-player" + names[k] + ".png");
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
