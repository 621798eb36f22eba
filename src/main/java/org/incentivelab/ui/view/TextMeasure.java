package org.incentivelab.ui.view;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures the width of a text in a font, for canvas views that fit their labels; FX thread only. */
final class TextMeasure {
    private static final Text MEASURE = new Text();

    private TextMeasure() {
    }

    /** @return the width in pixels of {@code text} drawn in {@code font} */
    static double width(String text, Font font) {
        MEASURE.setText(text);
        MEASURE.setFont(font);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
