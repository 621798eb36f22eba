package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.Command;
import org.incentivelab.run.PlannerState;
import org.incentivelab.run.Snapshot;
import org.incentivelab.run.Trainer;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shared fixture of the social-dilemma view tests: trained snapshots, a framed view on a stage, CSV and PNG. */
final class ViewFixtures {
    private ViewFixtures() {
    }

    /**
     * @return a snapshot of a planner run named {@code preset} (2-player canonical PD, no episode): views fed it show
     *     nothing of their own
     */
    static Snapshot plannerSnapshot(String preset) {
        PlannerState planner = new PlannerState(SocialDilemma.CANONICAL_PD, 2, 3, new double[] {0.5, 0.5},
                new double[2][2][2], new boolean[2][2][2]);
        return new Snapshot(preset, 100, 1000, false, 1, "planner", true, true, null, List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), planner);
    }

    /** @return the latest snapshot of a 1-run training of a preset for that many episodes */
    static Snapshot run(String preset, int episodes) throws Exception {
        return run(preset, episodes, null);
    }

    /** @return as {@link #run(String, int)}, submitting a command (if not null) before the first step */
    static Snapshot run(String preset, int episodes, Command command) throws Exception {
        var p = PresetLoader.load(Path.of("presets", preset)).withRuns(4000, 1, 0);
        try (Trainer trainer = new Trainer(p)) {
            if (command != null) {
                trainer.submit(command);
            }
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

    /** Frames a view, shows it on the stage and returns the frame. */
    static ViewPane show(Stage stage, LabView view) {
        ViewPane framed = new ViewPane(view);
        stage.setScene(new Scene(new Pane(framed), 1000, 760));
        stage.show();
        return framed;
    }

    /**
     * Updates the view on the FX thread, writes its CSV, checks the header and returns the rows split at commas.
     *
     * @param keepTrailingEmpty true to split with limit −1 (keep trailing empty fields)
     */
    static List<String[]> rows(FxRobot robot, LabView view, Snapshot s, String header, boolean keepTrailingEmpty)
            throws Exception {
        robot.interact(() -> view.update(s));
        return csvRows(view, header, keepTrailingEmpty);
    }

    /**
     * Writes the view's CSV on the FX thread, checks the header and returns the rows split at commas.
     *
     * @param keepTrailingEmpty true to split with limit −1 (keep trailing empty fields)
     */
    static List<String[]> csvRows(LabView view, String header, boolean keepTrailingEmpty) throws Exception {
        StringWriter out = new StringWriter();
        WaitForAsyncUtils.asyncFx(() -> {
            view.writeCsv(out);
            return null;
        }).get();
        String[] lines = out.toString().split("\n");
        assertEquals(header, lines[0]);
        List<String[]> rows = new ArrayList<>();
        for (int k = 1; k < lines.length; k++) {
            rows.add(keepTrailingEmpty ? lines[k].split(",", -1) : lines[k].split(","));
        }
        return rows;
    }

    /** Exports the framed view as PNG on the FX thread and waits. */
    static void export(ViewPane framed, Path png) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            framed.exportPng(png);
            return null;
        }).get();
    }

    /**
     * Shows the snapshot, then sizes the view to its preferred size, the canvas pane's minimum and 960 × 720,
     * exporting each as target/{baseName}{"", "-min", "-large"}.png and checking the file and the size; restores
     * the preferred size.
     */
    static void assertRendersAtThePreferredMinimumAndLargeSizes(FxRobot robot, LabView view, ViewPane framed,
            Snapshot s, String baseName) throws Exception {
        robot.interact(() -> view.update(s));
        Region node = (Region) view.node();
        double prefW = node.getPrefWidth();
        double prefH = node.getPrefHeight();
        String[] names = {"", "-min", "-large"};
        double[][] sizes = {{prefW, prefH}, {DilemmaCanvasPane.MIN_WIDTH, DilemmaCanvasPane.MIN_HEIGHT}, {960, 720}};
        for (int k = 0; k < sizes.length; k++) {
            double[] size = sizes[k];
            robot.interact(() -> node.setPrefSize(size[0], size[1]));
            Path png = Path.of("target/" + baseName + names[k] + ".png");
            export(framed, png);
            assertTrue(Files.size(png) > 1000);
            // the frame's title bar may be wider than the view's minimum
            assertTrue(node.getWidth() >= size[0] - 1 && node.getWidth() <= size[0] + 40, "width " + node.getWidth());
            assertEquals(size[1], node.getHeight(), 1);
        }
        robot.interact(() -> node.setPrefSize(prefW, prefH));
    }
}
