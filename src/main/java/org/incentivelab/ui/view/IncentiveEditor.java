package org.incentivelab.ui.view;

import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The popup in which the user overrides one planner incentive of {@link PayoffMatrixView}'s modified matrix: a
 * title naming the {@link IncentiveCell}, a slider in [−c, c] with the current value next to it, and the buttons
 * "Clear override" and "Close". The popup hides when it loses focus or on Escape.
 *
 * <p>What it sends, through the sink given to the constructor:
 * <ul>
 *   <li>moving the slider sends the value rounded to 0.01; while the user drags, at most one value per 80 ms
 *       ({@link #THROTTLE_NANOS}) and always the final value on release; other changes (keyboard, code) send
 *       every change;</li>
 *   <li>"Clear override" sends NaN (back to the planner's own incentive) and hides the popup;</li>
 *   <li>{@link #open} only sets the slider up and sends nothing.</li>
 * </ul>
 *
 * <p>Threading: FX application thread only.
 */
final class IncentiveEditor {
    /** Minimum interval between two values sent while the slider is dragged. */
    static final long THROTTLE_NANOS = 80_000_000L;

    private final BiConsumer<IncentiveCell, Double> sink;
    private final Popup popup = new Popup();
    private final Slider slider = new Slider(-3, 3, 0);
    private final Label title = new Label();
    private final Label value = new Label();
    private IncentiveCell cell = new IncentiveCell(0, 0, 0);
    private boolean settingSlider;
    private long lastSent;

    /** @param sink receives the edited cell and its new incentive, or NaN to clear the override */
    IncentiveEditor(BiConsumer<IncentiveCell, Double> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(0.1);
        slider.setPrefWidth(220);
        slider.valueProperty().addListener((o, was, now) -> {
            value.setText(DilemmaPalette.signed(now.doubleValue()));
            if (settingSlider) {
                return;
            }
            long t = System.nanoTime();
            if (!slider.isValueChanging() || t - lastSent > THROTTLE_NANOS) {
                lastSent = t;
                send();
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now && !settingSlider) {
                send();
            }
        });
        Button clear = new Button("Clear override");
        clear.setOnAction(e -> {
            sink.accept(cell, Double.NaN);
            popup.hide();
        });
        Button close = new Button("Close");
        close.setOnAction(e -> popup.hide());
        title.setStyle("-fx-font-weight: bold;");
        value.setMinWidth(50);
        HBox row = new HBox(8, slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, clear, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, title, row, buttons);
        box.setPadding(new Insets(8));
        box.setStyle("-fx-background-color: white; -fx-border-color: #9e9e9e; -fx-font-size: 13px;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    /**
     * Points the editor at a cell, sets the slider to [−c, c] and the current incentive without sending
     * anything, and shows the popup at a screen position.
     *
     * @param target the cell to edit
     * @param maxReward c, the bound of the incentives
     * @param current the cell's current incentive
     * @param owner the window to show the popup in; null only sets the editor up
     * @param screenX the popup's screen x
     * @param screenY the popup's screen y
     */
    void open(IncentiveCell target, double maxReward, double current, Window owner, double screenX,
            double screenY) {
        cell = Objects.requireNonNull(target, "target");
        double c = maxReward;
        settingSlider = true;
        slider.setMin(-c);
        slider.setMax(c);
        slider.setMajorTickUnit(c > 0 ? c : 1);
        slider.setValue(current);
        settingSlider = false;
        value.setText(DilemmaPalette.signed(slider.getValue()));
        title.setText("Player " + (target.player() + 1) + "'s incentive when it plays "
                + PayoffMatrixView.name(target.own()) + " and the other plays "
                + PayoffMatrixView.name(target.other()));
        title.setTextFill(DilemmaPalette.player(target.player()));
        if (owner != null) {
            popup.show(owner, screenX, screenY);
        }
    }

    /** @return the popup (for tests) */
    Popup popup() {
        return popup;
    }

    /** @return the slider (for tests) */
    Slider slider() {
        return slider;
    }

    private void send() {
        sink.accept(cell, Math.rint(slider.getValue() * 100) / 100);
    }
}
