package org.incentivelab.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.geometry.Insets;
import java.io.File;
import java.io.IOException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.incentivelab.mech.iqflow.SavedMechanism;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.report.MechanismFile;
import org.incentivelab.run.Command;
import org.incentivelab.run.LioState;
import org.incentivelab.run.Snapshot;

/**
 * Live controls of a LIO batch (thesis 001 §5.2–5.3.2): R_max, the bound of every incentive, and α, the weight of
 * the cost of giving. Each is a slider with its value; a value is sent when the user lets go of the slider (or moves
 * it by keyboard), rounded to two decimals, and only when it differs from the last value sent or shown, so one
 * gesture sends one command. A check box freezes the incentive functions ({@link Command.FreezeIncentives}).
 * For IQ-Flow, buttons save the regulator and load a saved one ({@link Command.LoadMechanism}). {@link #show} sets
 * the sliders and clears the check box without sending anything; {@link #update} follows the batch's frozen state.
 *
 * <p>Threading: FX application thread only.
 */
public final class LioControls extends GridPane {
    /** Smallest R_max the slider offers. */
    static final double MIN_INCENTIVE = 0.1;
    /** Largest R_max the slider offers. */
    static final double MAX_INCENTIVE = 5;
    /** Largest cost weight the slider offers. */
    static final double MAX_COST_WEIGHT = 2;

    private final Consumer<Command> commands;
    private final Slider maxIncentive = new Slider(MIN_INCENTIVE, MAX_INCENTIVE, 3);
    private final Slider costWeight = new Slider(0, MAX_COST_WEIGHT, 0);
    private final Label maxIncentiveValue = new Label();
    private final Label costWeightValue = new Label();
    private final CheckBox freeze = new CheckBox("Freeze incentives");
    private final Consumer<String> onError;
    private final HBox mechanismFiles;
    private Snapshot last;
    private double sentMaxIncentive;
    private double sentCostWeight;
    private boolean showing;

    /**
     * Creates the controls at R_max = 3 and α = 0 (the IPD's values, thesis 001 Table B.3).
     *
     * @param commands receives {@link Command.SetMaxIncentive}, {@link Command.SetCostWeight},
     *     {@link Command.FreezeIncentives} and {@link Command.LoadMechanism} (normally the session's submit)
     * @param onError shows an error message (file problems)
     */
    public LioControls(Consumer<Command> commands, Consumer<String> onError) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.onError = Objects.requireNonNull(onError, "onError");
        setHgap(6);
        setVgap(6);
        setPadding(new Insets(8));
        getStyleClass().add("lio-controls");
        maxIncentive.setId("max-incentive-slider");
        costWeight.setId("cost-weight-slider");
        Label maxLabel = new Label("R_max");
        Label costLabel = new Label("Cost weight \u03b1");
        Tooltip maxTip = tooltip("R_max bounds each incentive an agent gives: r = R_max\u00b7\u03c3(\u00b7), so every "
                + "incentive lies in [0, R_max] per step (thesis \u00a75.3.2; 3 in the IPD, 2 in Escape Room). Applies "
                + "to every run of the batch from the next episode on.");
        Tooltip costTip = tooltip("\u03b1 weighs the cost of giving in each giver's objective (Eq. 5.5): the giver "
                + "loses \u03b1 times the discounted incentives it paid (Eq. 5.6). 0 = giving is free (IPD); large "
                + "values drive incentives to 0 before they can help (App. B.1.1). Applies from the next episode on.");
        maxLabel.setTooltip(maxTip);
        maxIncentive.setTooltip(maxTip);
        costLabel.setTooltip(costTip);
        costWeight.setTooltip(costTip);
        maxIncentiveValue.setMinWidth(40);
        costWeightValue.setMinWidth(40);
        sentMaxIncentive = maxIncentive.getValue();
        sentCostWeight = costWeight.getValue();
        wire(maxIncentive, maxIncentiveValue, this::sendMaxIncentive);
        wire(costWeight, costWeightValue, this::sendCostWeight);
        addRow(0, maxLabel, maxIncentive, maxIncentiveValue);
        addRow(1, costLabel, costWeight, costWeightValue);
        freeze.setId("freeze-incentives");
        freeze.setTooltip(tooltip("Frozen incentive functions keep paying (while the mechanism is on) but stop "
                + "learning: LIO's givers, the MetaGrad designer or IQ-Flow's regulator. IQ-Flow's \u201cpretrained "
                + "mechanism\u201d experiment freezes a trained regulator for fresh agents (seed 004 \u00a75.3, "
                + "Fig. 10). Applies to every run of the batch from the next episode on."));
        freeze.setOnAction(e -> commands.accept(new Command.FreezeIncentives(freeze.isSelected())));
        add(freeze, 0, 2, 3, 1);
        Button save = new Button("Save mechanism…");
        save.setId("save-mechanism");
        save.setTooltip(tooltip("Save the first seed's IQ-Flow regulator (its incentive network η, as of the latest "
                + "evaluation) as JSON, to load "
                + "into a fresh run later: the pretrained-mechanism experiment (seed 004 \u00a75.3, Fig. 10). "
                + "`run PRESET --mechanism FILE` loads it headless."));
        save.setOnAction(e -> saveMechanism());
        Button load = new Button("Load mechanism…");
        load.setId("load-mechanism");
        load.setTooltip(tooltip("Load a saved IQ-Flow regulator into every seed of this batch and freeze it: it pays "
                + "as trained and no longer learns, while the agents learn on (reset the batch first for fresh "
                + "agents). The networks must have the same shape."));
        load.setOnAction(e -> loadMechanism());
        mechanismFiles = new HBox(6, save, load);
        mechanismFiles.managedProperty().bind(mechanismFiles.visibleProperty());
        mechanismFiles.setVisible(false);
        add(mechanismFiles, 0, 3, 3, 1);
    }

    /**
     * Follows the batch: the freeze box shows whether the incentive functions are frozen (a loaded mechanism
     * freezes them), without sending anything.
     *
     * @param s the latest snapshot
     */
    public void update(Snapshot s) {
        last = s;
        if (s.state() instanceof LioState l) {
            freeze.setSelected(l.frozen());
        }
    }

    private void saveMechanism() {
        SavedMechanism m = last != null && last.state() instanceof LioState l ? l.mechanism() : null;
        if (m == null) {
            onError.accept("no IQ-Flow regulator to save yet: start an IQ-Flow preset");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("mechanism-" + last.episode() + ".json");
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                MechanismFile.write(f.toPath(), m);
            } catch (IOException e) {
                onError.accept("Could not write " + f + ": " + e.getMessage());
            }
        }
    }

    private void loadMechanism() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Mechanism JSON", "*.json"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            try {
                commands.accept(new Command.LoadMechanism(MechanismFile.read(f.toPath())));
            } catch (PresetException e) {
                onError.accept(e.getMessage());
            }
        }
    }

    /**
     * Shows a preset's R_max and cost weight without sending commands; values outside a slider's range put the
     * slider at its end and the label at the value.
     *
     * @param preset the LIO preset now running
     */
    public void show(LioPreset preset) {
        showing = true;
        try {
            double max = preset.incentives().maxReward();
            double cost = preset.incentives().costWeight();
            maxIncentive.setValue(max);
            costWeight.setValue(cost);
            maxIncentiveValue.setText(format(max));
            costWeightValue.setText(format(cost));
            sentMaxIncentive = round(maxIncentive.getValue());
            sentCostWeight = round(costWeight.getValue());
            freeze.setSelected(false);
            mechanismFiles.setVisible(preset.method() == LioMethod.IQFLOW);
        } finally {
            showing = false;
        }
    }

    /** Updates the label on every move and calls {@code send} when a change is committed. */
    private void wire(Slider slider, Label value, Runnable send) {
        value.setText(format(slider.getValue()));
        slider.valueProperty().addListener((o, was, now) -> {
            if (!showing) {
                value.setText(format(round(now.doubleValue())));
                if (!slider.isValueChanging()) {
                    send.run();
                }
            }
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing && !showing) {
                send.run();
            }
        });
    }

    private void sendMaxIncentive() {
        sentMaxIncentive = send(maxIncentive, sentMaxIncentive, Command.SetMaxIncentive::new);
    }

    private void sendCostWeight() {
        sentCostWeight = send(costWeight, sentCostWeight, Command.SetCostWeight::new);
    }

    /** Sends the slider's rounded value if it differs from the last one and returns the value now current. */
    private double send(Slider slider, double last, DoubleFunction<Command> command) {
        double v = round(slider.getValue());
        if (v != last) {
            commands.accept(command.apply(v));
        }
        return v;
    }

    private static double round(double v) {
        return Math.rint(v * 100) / 100;
    }

    /** Two decimals; values below 0.01 (Cleanup's α = 1e-4) in scientific notation, so they do not read as 0. */
    private static String format(double v) {
        return String.format(Locale.ROOT, v != 0 && Math.abs(v) < 0.01 ? "%.0e" : "%.2f", v);
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(380);
        return t;
    }
}
