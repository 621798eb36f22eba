package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.diff.DiffGameType;
import org.incentivelab.run.D3cState;
import org.incentivelab.run.Snapshot;

/**
 * Base of the D3C views (Braess network, mixing matrix, PD vector field): they draw and export the snapshot's
 * {@link D3cState} (the batch's first run). A snapshot the view cannot draw — not a D3C batch, or a D3C game the view
 * is not made for — shows {@link #notice}'s sentence, centred, and exports the header only. Subclasses that keep
 * controls or history in step with the runs hear of each new snapshot once, through {@link #arrived}.
 */
abstract class D3cView extends CanvasView {
    private Snapshot seen;

    /** @param csvHeader the CSV header row */
    D3cView(String csvHeader) {
        super(csvHeader);
    }

    /**
     * @param d the snapshot's D3C state, or null when the batch is not D3C
     * @return why the view cannot draw it (one sentence), or null when it can
     */
    abstract String notice(D3cState d);

    /** @return {@link #notice} for a snapshot's D3C state (null when the view draws the snapshot) */
    final String notice(Snapshot s) {
        return notice(s.d3c());
    }

    /**
     * Called once for every new snapshot (by identity) before it is drawn; by default does nothing.
     *
     * @param s the snapshot
     * @param d its D3C state, or null when the batch is not D3C
     */
    void arrived(Snapshot s, D3cState d) {
    }

    /** Writes the rows after the header for a snapshot the view draws. */
    abstract void writeCsvRows(Writer out, D3cState d) throws IOException;

    /** Draws a snapshot the view can draw onto the cleared canvas (arguments as {@link CanvasView#draw}). */
    abstract void draw(GraphicsContext g, double w, double h, double fs, Snapshot s, D3cState d);

    @Override
    final void writeCsvRows(Writer out, Snapshot s) throws IOException {
        D3cState d = s.d3c();
        if (notice(d) == null) {
            writeCsvRows(out, d);
        }
    }

    @Override
    final void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        D3cState d = s.d3c();
        if (s != seen) {
            seen = s;
            arrived(s, d);
        }
        String why = notice(d);
        if (why != null) {
            drawNotice(g, why, w, h, fs);
            return;
        }
        draw(g, w, h, fs, s, d);
    }

    /** @return the game of a D3C state in words: "the n-player Prisoner's Dilemma", "a Braess network", … */
    static String gameName(D3cState d) {
        if (d.type() == DiffGameType.PRISONERS_DILEMMA) {
            return "the " + d.agents() + "-player Prisoner's Dilemma";
        }
        return d.type() == DiffGameType.RANDOM_BRAESS ? "random Braess networks" : "a Braess network";
    }

    /** @return the first text that fits the width in that font, else the last */
    static String fit(double width, Font font, String... texts) {
        for (String t : texts) {
            if (TextMeasure.width(t, font) <= width) {
                return t;
            }
        }
        return texts[texts.length - 1];
    }

    /** Writes a sentence centred on the canvas, wrapped at word boundaries to the canvas width. */
    static void drawNotice(GraphicsContext g, String text, double w, double h, double fs) {
        Font font = DilemmaPalette.font(13 * fs);
        double room = Math.max(80, w - 40 * fs);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextMeasure.width(longer, font) > room) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        double lineH = 18 * fs;
        double y = h / 2 - (lines.size() - 1) * lineH / 2;
        for (String l : lines) {
            DilemmaPalette.text(g, l, w / 2, y, font, DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.CENTER);
            y += lineH;
        }
    }
}
