package org.incentivelab.ui.view;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * A pane that holds one {@link Canvas} filling it, resizes the canvas with the pane and repaints it through a
 * callback whenever the size changes; used by the social-dilemma views. Minimum size 260 × 220, preferred
 * 420 × 340 (pixels).
 */
final class DilemmaCanvasPane extends Pane {
    /** Minimum width in pixels. */
    static final double MIN_WIDTH = 260;
    /** Minimum height in pixels. */
    static final double MIN_HEIGHT = 220;
    /** Preferred width in pixels. */
    static final double PREF_WIDTH = 420;
    /** Preferred height in pixels. */
    static final double PREF_HEIGHT = 340;

    private final Canvas canvas = new Canvas(PREF_WIDTH, PREF_HEIGHT);
    private final Runnable painter;

    /** @param painter draws the whole canvas; called on the FX thread after every resize */
    DilemmaCanvasPane(Runnable painter) {
        this.painter = painter;
        getChildren().add(canvas);
        canvas.setManaged(false);
        setMinSize(MIN_WIDTH, MIN_HEIGHT);
        setPrefSize(PREF_WIDTH, PREF_HEIGHT);
        setStyle("-fx-background-color: white;");
    }

    /**
     * Installs a wrapping hover tooltip (shown after 300 ms) on the canvas.
     *
     * @param text its first text (views change it as the mouse moves)
     * @return the tooltip
     */
    Tooltip installHoverTip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(canvas(), tip);
        return tip;
    }

    /**
     * @return whether this pane is on screen: in a showing window with it and every ancestor visible (animated views
     *     skip repaints otherwise)
     */
    boolean showing() {
        Scene scene = getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return false;
        }
        for (Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** @return the canvas */
    Canvas canvas() {
        return canvas;
    }

    /** @return the canvas's graphics context */
    GraphicsContext graphics() {
        return canvas.getGraphicsContext2D();
    }

    /** @return the canvas width in pixels */
    double canvasWidth() {
        return canvas.getWidth();
    }

    /** @return the canvas height in pixels */
    double canvasHeight() {
        return canvas.getHeight();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, Math.floor(getWidth()));
        double h = Math.max(1, Math.floor(getHeight()));
        canvas.relocate(0, 0);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            painter.run();
        }
    }
}
