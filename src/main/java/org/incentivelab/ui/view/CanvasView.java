package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.incentivelab.run.Snapshot;

/**
 * Base class of the social-dilemma views that paint one {@link DilemmaCanvasPane} (payoff matrix, fear/greed plane,
 * vector field, N-player view). It keeps the last snapshot, shows the pane as the {@link #node()} and repaints on
 * every {@link #update} and every resize: it clears the canvas to the background, writes "waiting for a run …"
 * until the first snapshot arrives and otherwise calls {@link #draw}. Its CSV is the header row given to the
 * constructor followed, once there is a snapshot, by {@link #writeCsvRows}.
 *
 * <p>Threading: like every {@link LabView}, FX application thread only (construction, updates, drawing, CSV).
 */
abstract class CanvasView implements LabView {
    /** The canvas pane the view paints; subclasses may add handlers to its canvas or wrap it in their node. */
    final DilemmaCanvasPane pane = new DilemmaCanvasPane(this::redraw);
    private final String csvHeader;
    private Snapshot last;

    /** @param csvHeader the header row of {@link #writeCsv}, without the line break */
    CanvasView(String csvHeader) {
        this.csvHeader = csvHeader;
    }

    /** @return the last snapshot passed to {@link #update}, or null before the first */
    final Snapshot last() {
        return last;
    }

    /** @return the pane; override to wrap it with controls */
    @Override
    public Node node() {
        return pane;
    }

    @Override
    public final void update(Snapshot snapshot) {
        last = snapshot;
        redraw();
    }

    /** Writes the header row, then, once there is a snapshot, {@link #writeCsvRows}. */
    @Override
    public final void writeCsv(Writer out) throws IOException {
        out.write(csvHeader + "\n");
        Snapshot s = last;
        if (s != null) {
            writeCsvRows(out, s);
        }
    }

    /**
     * Writes the CSV rows that follow the header.
     *
     * @param out the destination (not closed)
     * @param s the last snapshot, not null
     * @throws IOException if writing fails
     */
    abstract void writeCsvRows(Writer out, Snapshot s) throws IOException;

    /** Repaints the whole canvas from the last snapshot. */
    final void redraw() {
        GraphicsContext g = pane.graphics();
        double w = pane.canvasWidth();
        double h = pane.canvasHeight();
        g.setFill(DilemmaPalette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        double fs = fontScale(w, h);
        Snapshot s = last;
        if (s == null) {
            DilemmaPalette.text(g, "waiting for a run …", w / 2, h / 2, DilemmaPalette.font(12 * fs),
                    DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
            return;
        }
        draw(g, w, h, fs, s);
    }

    /** @return the font scale for a canvas of w × h pixels; by default {@link DilemmaPalette#fontScale} */
    double fontScale(double w, double h) {
        return DilemmaPalette.fontScale(w, h);
    }

    /**
     * Draws a snapshot onto the canvas, already cleared to the background.
     *
     * @param g the canvas's graphics context
     * @param w the canvas width in pixels
     * @param h the canvas height in pixels
     * @param fs the font scale, {@link #fontScale}
     * @param s the snapshot, not null
     */
    abstract void draw(GraphicsContext g, double w, double h, double fs, Snapshot s);

    /** Writes, centred, that {@code what} is drawn for 2-player games only and points to the N-player view. */
    static void drawTwoPlayersOnly(GraphicsContext g, double w, double h, double fs, String what, int players) {
        DilemmaPalette.text(g, what + " is drawn for 2-player games.", w / 2, h / 2 - 10 * fs,
                DilemmaPalette.bold(13 * fs), DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.CENTER);
        DilemmaPalette.text(g, "N = " + players + ": see the N-player view.", w / 2, h / 2 + 10 * fs,
                DilemmaPalette.font(12 * fs), DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
    }
}
