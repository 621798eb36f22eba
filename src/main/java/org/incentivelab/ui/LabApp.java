package org.incentivelab.ui;

import java.io.IOException;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetCatalog;
import org.incentivelab.run.Session;
import org.incentivelab.run.Snapshot;

/**
 * The Incentive Lab window: presets and knobs on the left, live views in the middle, status below. It opens on
 * the thesis's Prisoner's Dilemma with the planner (or on {@code --preset=NAME}: a built-in preset's file name or a
 * preset file's path), training at once. Each frame an AnimationTimer takes the trainer's latest snapshot, if new,
 * and redraws the visible views; the FX thread never waits on training.
 */
public final class LabApp extends Application {
    /** The preset the lab opens on. */
    public static final String DEFAULT_PRESET = "amd-pd-planner.json";

    private final LabSession session = new LabSession();
    private final StatusBar status = new StatusBar();
    private final BorderPane root = new BorderPane();
    private RunControls controls;
    private ParameterSheet sheet;
    private LioControls lioControls;
    private PresetBar presets;
    private ViewBoard board;
    private AnimationTimer timer;

    @Override
    public void start(Stage stage) throws IOException {
        List<String> builtIn = PresetCatalog.names();
        presets = new PresetBar(builtIn, p -> show(p, true), status::showError,
                () -> Session.of(session.trainer()));
        controls = new RunControls(session, p -> show(p, session.trainer().isRunning()));
        sheet = new ParameterSheet(p -> show(p, session.trainer().isRunning()), status::showError);
        lioControls = new LioControls(session::submit, status::showError);
        lioControls.managedProperty().bind(lioControls.visibleProperty());
        VBox left = new VBox(presets, new Separator(), controls, lioControls, new Separator(), sheet);
        left.getStyleClass().add("sidebar");
        ScrollPane scroller = new ScrollPane(left);
        scroller.setFitToWidth(true);
        scroller.setPrefWidth(330);
        root.setLeft(scroller);
        root.setBottom(status);
        Scene scene = new Scene(root, 1500, 940);
        scene.getStylesheets().add(getClass().getResource("/assets/lab.css").toExternalForm());
        new Hotkeys()
                .bind("Space", controls::toggleRunning)
                .bind("Right", controls::step)
                .bind("P", controls::togglePlanner)
                .bind("Shortcut+R", controls::reset)
                .install(scene);
        stage.setTitle("Incentive Lab");
        stage.getIcons().add(new Image(getClass().getResourceAsStream("/assets/icon.png")));
        stage.setScene(scene);
        String initial = getParameters() == null ? DEFAULT_PRESET
                : getParameters().getNamed().getOrDefault("preset", DEFAULT_PRESET);
        presets.open(initial);
        if (session.trainer() == null) {
            String problem = "could not open preset '" + initial + "' (" + status.message() + "); opened "
                    + DEFAULT_PRESET + " instead";
            presets.select(DEFAULT_PRESET);
            status.showError(problem);
        }
        timer = new AnimationTimer() {
            private Snapshot last;

            @Override
            public void handle(long now) {
                Snapshot s = session.trainer() == null ? null : session.trainer().latest();
                if (s != null && s != last) {
                    last = s;
                    board.update(s);
                    controls.update(s);
                    status.update(s);
                    lioControls.update(s);
                }
            }
        };
        timer.start();
        stage.show();
        root.requestFocus(); // no text field holds the focus at start: Space runs and pauses at once
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
        session.close();
    }

    /** Starts a preset: a fresh batch, its knobs, and views built for its number of players. */
    private void show(Preset preset, boolean run) {
        status.clear();
        session.start(preset, run);
        presets.show(preset);
        controls.show(preset);
        sheet.show(preset);
        lioControls.setVisible(preset instanceof LioPreset l && l.method() != LioMethod.D3C); // D3C pays nothing
        if (preset instanceof LioPreset lio) {
            lioControls.show(lio);
        }
        board = new ViewBoard(preset, session::submit);
        root.setCenter(board);
        ((Stage) root.getScene().getWindow()).setTitle("Incentive Lab — " + preset.name());
    }

    /** @return the view board now shown (tests) */
    ViewBoard board() {
        return board;
    }

    /** @return the running session (tests) */
    LabSession session() {
        return session;
    }

    /** @param args JavaFX arguments, such as {@code --preset=amd-chicken-planner.json} */
    public static void main(String[] args) {
        launch(LabApp.class, args);
    }
}
