package org.incentivelab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.IteratedMatrixGame;

/**
 * What IQ-Flow's matrix-game views share: the states in the paper's row order (seed 004 Fig. 2: start, CC, CD, DC,
 * DD) with their labels, and the note drawn when the batch is not IQ-Flow in a 2×2 matrix game.
 */
final class QFlowPanel {
    /** Row labels' explanation, for descriptions. */
    static final String STATES = "Rows are the memory-1 states the agents observe: the first round (start) and the"
            + " previous round's joint action, agent 1's first (CD = agent 1 cooperated, agent 2 defected).";

    private QFlowPanel() {
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

    /** Writes, centred, that the view is drawn for IQ-Flow in a 2×2 matrix game. */
    static void drawNote(GraphicsContext g, double w, double h, double fs) {
        DilemmaPalette.text(g, "Drawn for IQ-Flow in a 2×2 matrix game", w / 2, h / 2 - 10 * fs,
                DilemmaPalette.bold(13 * fs), DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.CENTER);
        DilemmaPalette.text(g, "(presets iqflow-prisoners-dilemma, -chicken, -stag-hunt).", w / 2, h / 2 + 10 * fs,
                DilemmaPalette.font(12 * fs), DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
    }
}
