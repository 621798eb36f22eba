package org.incentivelab.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.run.Command;

/**
 * Live controls of a LIO batch (thesis 001 §5.2–5.3.2): R_max, the bound of every incentive, and α, the weight of
 * the cost of giving. Each is a slider with its value; a value is sent when the user lets go of the slider (or moves
 * it by keyboard), rounded to two decimals, and only when it differs from the last value sent or shown, so one
 * gesture sends one command. {@link #show} sets both sliders without sending anything.
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
    private double sentMaxIncentive;
    private double sentCostWeight;
    private boolean showing;

    /**
     * Creates the controls at R_max = 3 and α = 0 (the IPD's values, thesis 001 Table B.3).
     *
     * @param commands receives {@link Command.SetMaxIncentive} and {@link Command.SetCostWeight} (normally the
     *     session's submit)
     */
    public LioControls(Consumer<Command> commands) {
        this.commands = Objects.requireNonNull(commands, "commands");
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
