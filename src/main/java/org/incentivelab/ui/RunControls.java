package org.incentivelab.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.Command;
import org.incentivelab.run.Snapshot;

/**
 * Run/pause, step, reset, speed, seeds, the planner switch and the scheduled N_off. Every control acts at
 * once: run, step, speed, the switch and N_off on the running batch; reset, seed and number of seeds restart it
 * through {@code restart}, with the preset as the controls show it (seeds and N_off included).
 */
final class RunControls extends VBox {
    /** Speeds offered by the slider, episodes per second: 10^1 … 10^5, and "max" at the right end. */
    private static final double MAX_EXPONENT = 5.2;

    private final LabSession session;
    private final Consumer<Preset> restart;
    private final Button run = new Button("Run");
    private final ComboBox<Integer> stepSize = new ComboBox<>();
    private final ToggleButton planner = new ToggleButton();
    private final Label mechanismLabel = new Label("Planner");
    private final CheckBox scheduled = new CheckBox("turn off at episode");
    private final Spinner<Integer> turnOff = new Spinner<>(0, 100_000_000, 4000, 500);
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final Spinner<Integer> seeds = new Spinner<>(1, PresetLoader.MAX_SEEDS, 10);
    private final Label speedLabel = new Label();
    private boolean updating;

    RunControls(LabSession session, Consumer<Preset> restart) {
        this.session = session;
        this.restart = restart;
        setSpacing(8);
        setPadding(new Insets(8));
        getStyleClass().add("run-controls");

        run.setId("run-button");
        run.setDefaultButton(false);
        run.setPrefWidth(80);
        run.setTooltip(new Tooltip("Run or pause training (Space)"));
        run.setOnAction(e -> toggleRunning());

        stepSize.getItems().addAll(1, 10, 100, 1000);
        stepSize.setValue(10);
        stepSize.setTooltip(new Tooltip("Episodes advanced by one step"));
        Button step = new Button("Step");
        step.setId("step-button");
        step.setTooltip(new Tooltip("Advance the paused runs by the chosen number of episodes (→)"));
        step.setOnAction(e -> step());
        Button resetButton = new Button("Reset");
        resetButton.setId("reset-button");
        resetButton.setTooltip(new Tooltip("Restart the runs from episode 0 with the current parameters (Ctrl+R)"));
        resetButton.setOnAction(e -> reset());
        HBox buttons = new HBox(6, run, step, stepSize, resetButton);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Slider speed = new Slider(1, MAX_EXPONENT, Math.log10(500));
        speed.setId("speed-slider");
        speed.setTooltip(new Tooltip("Training speed in episodes per second; far right = as fast as possible"));
        speed.valueProperty().addListener((o, a, v) -> applySpeed(v.doubleValue()));
        applySpeed(speed.getValue());

        planner.setId("planner-switch");
        planner.setTooltip(new Tooltip("Switch the mechanism (the planning agent, or LIO's incentives) on or off now "
                + "(P). Off: no incentives are paid and the mechanism stops learning; a marker is drawn on every "
                + "time chart."));
        planner.setOnAction(e -> session.submit(new Command.SetMechanism(planner.isSelected())));
        scheduled.setTooltip(new Tooltip("N_off: the mechanism turns off by itself at this episode (thesis 003 "
                + "Table 4.2, 'turning off': 4000 on, then 4000 off)"));
        scheduled.setOnAction(e -> sendTurnOff());
        turnOff.setEditable(true);
        turnOff.setPrefWidth(110);
        turnOff.valueProperty().addListener((o, a, v) -> sendTurnOff());

        seed.setEditable(true);
        seed.setPrefWidth(100);
        seed.setTooltip(new Tooltip("Master seed of the first run; run k uses seed + k. Same seed, same numbers."));
        seeds.setEditable(true);
        seeds.setPrefWidth(100);
        seeds.setTooltip(new Tooltip("Number of runs trained side by side; charts show their mean and a ±1 std band"));
        seed.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                reset();
            }
        });
        seeds.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                reset();
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, new Label("Speed"), speed, speedLabel);
        grid.addRow(1, new Label("Seed"), seed);
        grid.addRow(2, new Label("Seeds"), seeds);
        grid.addRow(3, mechanismLabel, planner);
        grid.add(scheduled, 0, 4, 2, 1);
        grid.add(turnOff, 1, 5);
        getChildren().addAll(buttons, grid);
    }

    /** Shows a new preset's values without sending anything. */
    void show(Preset preset) {
        updating = true;
        seed.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, preset.seed()));
        seeds.getValueFactory().setValue(preset.seeds());
        String name = preset.mechanism().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + preset.mechanism().substring(1);
        mechanismLabel.setText(name);
        Integer off = preset.turnOffAtEpisode();
        scheduled.setSelected(off != null);
        turnOff.getValueFactory().setValue(off == null ? preset.episodes() : off);
        updating = false;
    }

    /** Mirrors the batch's state (running, planner switch) from a snapshot. */
    void update(Snapshot s) {
        run.setText(s.running() ? "Pause" : "Run");
        planner.setSelected(s.mechanismSwitch());
        planner.setText(s.mechanismSwitch() ? (s.mechanismActive() ? "ON" : "ON (past N_off)") : "OFF");
        planner.getStyleClass().removeAll("switch-on", "switch-off");
        planner.getStyleClass().add(s.mechanismSwitch() ? "switch-on" : "switch-off");
    }

    /** Runs or pauses the batch. */
    void toggleRunning() {
        session.trainer().setRunning(!session.trainer().isRunning());
    }

    /** Advances the paused runs by the chosen number of episodes. */
    void step() {
        session.trainer().step(stepSize.getValue());
    }

    /** Flips the planner switch. */
    void togglePlanner() {
        planner.setSelected(!planner.isSelected());
        session.submit(new Command.SetMechanism(planner.isSelected()));
    }

    private void applySpeed(double exponent) {
        boolean max = exponent >= MAX_EXPONENT - 0.05;
        double eps = max ? Double.POSITIVE_INFINITY : Math.pow(10, exponent);
        speedLabel.setText(max ? "max" : String.format("%,.0f ep/s", eps));
        if (session.trainer() != null) {
            session.setSpeed(eps);
        }
    }

    private void sendTurnOff() {
        if (!updating) {
            session.submit(new Command.SetTurnOff(scheduled.isSelected() ? turnOff.getValue() : null));
        }
    }

    /** Restarts the runs from episode 0 with the preset as the controls show it. */
    void reset() {
        Preset p = session.preset();
        Integer off = scheduled.isSelected() ? turnOff.getValue() : null;
        restart.accept(p.withRuns(p.episodes(), seeds.getValue(), seed.getValue()).withTurnOffAtEpisode(off));
    }
}
