package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.run.QFlowState;
import org.incentivelab.run.Snapshot;

/**
 * Base of IQ-Flow's matrix-game views (Q-value flow, dilemma plane, incentive heatmap): they draw and export the
 * snapshot's {@link QFlowState} (the focus run's critics, incentives and policies per memory-1 state), with the
 * states in the paper's row order (seed 004 Fig. 2: start, CC, CD, DC, DD). Any other snapshot draws a note and
 * exports the header only.
 */
abstract class QFlowView extends CanvasView {
    /** Row labels' explanation, for descriptions. */
    static final String STATES = "Rows are the memory-1 states the agents observe: the first round (start) and the"
            + " previous round's joint action, agent 1's first (CD = agent 1 cooperated, agent 2 defected).";

    /** @param csvHeader the CSV header row */
    QFlowView(String csvHeader) {
        super(csvHeader);
    }

    /** @param row 0..4 @return the game's state index shown in that row */
    static int state(int row) {
        return IteratedMatrixGame.DISPLAY_STATES[row];
    }

    /** @param row 0..4 @return the label of that row: start, after CC, … */
    static String rowLabel(int row) {
        int s = state(row);
        return s == IteratedMatrixGame.START_FLAG ? "start" : "after " + IteratedMatrixGame.stateName(s);
    }

    @Override
    final void writeCsvRows(Writer out, Snapshot s) throws IOException {
        QFlowState q = s.qFlow();
        if (q != null) {
            writeCsvRows(out, s, q);
        }
    }

    /** Writes the rows after the header for an IQ-Flow matrix-game snapshot. */
    abstract void writeCsvRows(Writer out, Snapshot s, QFlowState q) throws IOException;

    @Override
    final void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        QFlowState q = s.qFlow();
        if (q == null) {
            DilemmaPalette.text(g, "Drawn for IQ-Flow in a 2×2 matrix game", w / 2, h / 2 - 10 * fs,
                    DilemmaPalette.bold(13 * fs), DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.CENTER);
            DilemmaPalette.text(g, "(presets iqflow-prisoners-dilemma, -chicken, -stag-hunt).", w / 2,
                    h / 2 + 10 * fs, DilemmaPalette.font(12 * fs), DilemmaPalette.MUTED, TextAlignment.CENTER,
                    VPos.CENTER);
            return;
        }
        draw(g, w, h, fs, s, q);
    }

    /** Draws an IQ-Flow matrix-game snapshot onto the cleared canvas (arguments as {@link CanvasView#draw}). */
    abstract void draw(GraphicsContext g, double w, double h, double fs, Snapshot s, QFlowState q);
}
