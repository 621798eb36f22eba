package org.incentivelab.ui.view;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;

/**
 * A parameter slider of the {@link ExactLioFieldView} with its name and value labels, on a linear or a log₁₀ scale
 * (the slider then moves over the exponent).
 */
final class FieldSlider {
    private final Label name;
    private final Slider slider;
    private final Label value = new Label();
    private final boolean log;

    /**
     * @param name the parameter's name shown left of the slider
     * @param id the slider's node id
     * @param min the smallest value (&gt; 0 when {@code log})
     * @param max the largest value
     * @param initial the initial value, in [min, max]
     * @param log true to move over log₁₀ of the value
     * @param tooltip what the parameter does
     */
    FieldSlider(String name, String id, double min, double max, double initial, boolean log, String tooltip) {
        this.log = log;
        this.name = new Label(name);
        slider = log ? new Slider(Math.log10(min), Math.log10(max), Math.log10(initial))
                : new Slider(min, max, initial);
        slider.setId(id);
        slider.setPrefWidth(110);
        Tooltip tip = new Tooltip(tooltip);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        slider.setTooltip(tip);
        this.name.setTooltip(tip);
        value.setMinWidth(46);
        slider.valueProperty().addListener((o, was, now) -> showValue());
        showValue();
    }

    /** @return the parameter's value (10^position on a log slider) */
    double value() {
        return log ? Math.pow(10, slider.getValue()) : slider.getValue();
    }

    /** @param v the new value, clamped to the slider's range */
    void setValue(double v) {
        slider.setValue(log ? Math.log10(v) : v);
    }

    /** @param action run after every change of the value */
    void onChange(Runnable action) {
        slider.valueProperty().addListener((o, was, now) -> action.run());
    }

    /** @return the slider */
    Slider slider() {
        return slider;
    }

    /** @return the name label */
    Label nameLabel() {
        return name;
    }

    /** @return the value label */
    Label valueLabel() {
        return value;
    }

    /** @return the value as shown: two significant digits on a log slider, two decimals otherwise */
    String text() {
        return String.format(Locale.ROOT, log ? "%.2g" : "%.2f", value());
    }

    private void showValue() {
        value.setText(text());
    }
}
