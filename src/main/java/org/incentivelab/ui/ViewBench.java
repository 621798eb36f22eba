package org.incentivelab.ui;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;
import org.incentivelab.run.Snapshot;
import org.incentivelab.run.Trainer;
import org.incentivelab.ui.view.ViewPane;

/**
 * The views' share of a frame: how long each view's {@code update(Snapshot)} takes on the FX thread. The canvas
 * views draw inside {@code update}; the ChartFX charts only load their data there and draw in the following
 * layout pass, which this does not time (forcing that pass outside a pulse blocked in ChartFX 11.3.1). Measured on a full-size 2-player board fed two real snapshots of the
 * PD "turning off" preset (8000 episodes, 10 seeds) in turn, so that no update is skipped. Run it with
 * {@code java -jar target/incentive-lab.jar bench --views}; it needs a display (on Linux without one:
 * {@code Xvfb :99 &} and {@code DISPLAY=:99}).
 */
public final class ViewBench {
    private ViewBench() {
    }

    /**
     * @param out where the table goes
     * @param repeats timed updates per view (after as many warm-up updates), ≥ 1
     * @throws PresetException if the built-in preset cannot be read
     * @throws Exception if JavaFX cannot start (no display) or a view fails
     */
    public static void run(PrintWriter out, int repeats) throws Exception {
        PlannerPreset preset = PresetSource.builtIn().load("amd-pd-turned-off.json", PlannerPreset.class);
        Snapshot half;
        Snapshot full;
        try (Trainer trainer = new Trainer(preset)) {
            half = advance(trainer, 4000);
            full = advance(trainer, 8000);
        }
        Platform.startup(() -> { });
        Snapshot[] pair = {half, full};
        CompletableFuture<List<String>> rows = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ViewBoard board = new ViewBoard(preset, c -> { });
                new Scene(board, 1500, 940);
                List<String> lines = new ArrayList<>();
                double total = 0;
                for (ViewPane pane : board.panes()) {
                    double median = medianMicros(pane, pair, repeats);
                    total += median;
                    lines.add(String.format(Locale.ROOT, "%-40s | %8.0f µs", pane.view().title(), median));
                }
                lines.add(String.format(Locale.ROOT, "%-40s | %8.0f µs", "all views (both tabs)", total));
                rows.complete(lines);
            } catch (RuntimeException e) {
                rows.completeExceptionally(e);
            }
        });
        out.printf("bench --views: median of %d updates per view, FX thread, Java %s%n", repeats,
                System.getProperty("java.version"));
        out.printf("%-40s | %s%n", "view", "update");
        rows.get(5, TimeUnit.MINUTES).forEach(out::println);
        Platform.exit();
    }

    private static double medianMicros(ViewPane pane, Snapshot[] pair, int repeats) {
        for (int k = 0; k < repeats; k++) {
            pane.view().update(pair[k % 2]);
        }
        double[] micros = new double[repeats];
        for (int k = 0; k < repeats; k++) {
            long start = System.nanoTime();
            pane.view().update(pair[k % 2]);
            micros[k] = (System.nanoTime() - start) / 1e3;
        }
        Arrays.sort(micros);
        return micros[repeats / 2];
    }

    private static Snapshot advance(Trainer trainer, long episode) throws InterruptedException {
        trainer.step((int) (episode - trainer.latest().episode()));
        while (trainer.latest().episode() < episode) {
            Thread.sleep(5);
        }
        return trainer.latest();
    }
}
