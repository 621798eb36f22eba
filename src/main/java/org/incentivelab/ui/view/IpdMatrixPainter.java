package org.incentivelab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.env.MatrixPayoffs;

/**
 * Draws the {@link IpdMatrixView} in a fixed logical frame of {@value #WIDTH} × {@value #HEIGHT} units (the view
 * scales it to fit): the 2×2 matrix with incentives (rows agent 1, columns agent 2, C first as in Table 5.1), then
 * one line per agent with its "C dominant" badge, the incentives it receives and its P(C) as a bar.
 */
final class IpdMatrixPainter {
    /** Logical width. */
    static final double WIDTH = 480;
    /** Logical height. */
    static final double HEIGHT = 304;

    private static final double ROW_HEAD = 70;
    private static final double CELL_W = 150;
    private static final double CELL_H = 62;
    private static final double MATRIX_X = (WIDTH - ROW_HEAD - 2 * CELL_W) / 2;
    private static final double COLUMN_HEAD_Y = 38;
    private static final double CELL_TOP = 50;
    private static final double AGENT_Y = 192;
    private static final double AGENT_ROW = 56;
    private static final double BAR_X = 350;
    private static final double BAR_W = 90;
    private static final double BAR_H = 12;
    private static final Color DOMINANT_FILL = Color.web("#e3f4e3");

    private final Font title = DilemmaPalette.bold(13);
    private final Font big = DilemmaPalette.bold(16);
    private final Font small = DilemmaPalette.font(12);
    private final Font label = DilemmaPalette.bold(13);

    /**
     * Draws one situation in logical units (the caller has set the transform).
     *
     * @param g the graphics context
     * @param m what to draw
     */
    void draw(GraphicsContext g, IpdIncentives m) {
        DilemmaPalette.text(g, "Table B.1 \u00b7 " + m.state().label(), 0, 12, title, DilemmaPalette.TEXT,
                TextAlignment.LEFT, VPos.CENTER);
        for (int k = 0; k < 2; k++) {
            String action = k == IteratedMatrixGame.COOPERATE ? "C" : "D";
            double cx = MATRIX_X + ROW_HEAD + (k + 0.5) * CELL_W;
            DilemmaPalette.text(g, "agent 2: " + action, cx, COLUMN_HEAD_Y, label, DilemmaPalette.PLAYER_2,
                    TextAlignment.CENTER, VPos.CENTER);
            double cy = CELL_TOP + (k + 0.5) * CELL_H;
            DilemmaPalette.text(g, "agent 1: " + action, MATRIX_X + ROW_HEAD - 8, cy, label, DilemmaPalette.PLAYER_1,
                    TextAlignment.RIGHT, VPos.CENTER);
        }
        boolean cc = m.dominant(0) && m.dominant(1);
        for (int a1 = 0; a1 < 2; a1++) {
            for (int a2 = 0; a2 < 2; a2++) {
                drawCell(g, m, a1, a2, cc && a1 == IteratedMatrixGame.COOPERATE
                        && a2 == IteratedMatrixGame.COOPERATE);
            }
        }
        for (int agent = 0; agent < 2; agent++) {
            drawAgent(g, m, agent, AGENT_Y + agent * AGENT_ROW);
        }
    }

    private void drawCell(GraphicsContext g, IpdIncentives m, int a1, int a2, boolean dominantEquilibrium) {
        double x = MATRIX_X + ROW_HEAD + a2 * CELL_W;
        double y = CELL_TOP + a1 * CELL_H;
        g.setFill(dominantEquilibrium ? DOMINANT_FILL : DilemmaPalette.BACKGROUND);
        g.fillRect(x, y, CELL_W, CELL_H);
        g.setStroke(dominantEquilibrium ? DilemmaPalette.COOPERATE : DilemmaPalette.AXIS);
        g.setLineWidth(dominantEquilibrium ? 2.5 : 1);
        g.strokeRect(x, y, CELL_W, CELL_H);
        double cx = x + CELL_W / 2;
        double cy = y + CELL_H / 2;
        double[] total = m.table()[a1][a2];
        DilemmaPalette.text(g, DilemmaPalette.fixed(total[0]), cx - 6, cy - 9, big, DilemmaPalette.PLAYER_1,
                TextAlignment.RIGHT, VPos.CENTER);
        DilemmaPalette.text(g, ",", cx - 2, cy - 9, big, DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
        DilemmaPalette.text(g, DilemmaPalette.fixed(total[1]), cx + 4, cy - 9, big, DilemmaPalette.PLAYER_2,
                TextAlignment.LEFT, VPos.CENTER);
        String bare = summand(MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(a1, a2), m.eta()[1][a1]) + ",  "
                + summand(MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(a2, a1), m.eta()[0][a2]);
        DilemmaPalette.text(g, bare, cx, cy + 15, small, DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
    }

    /** @return "−1 + 0.60": a bare Table 5.1 payoff plus the incentive received, as in Table B.1 */
    private static String summand(double payoff, double incentive) {
        String sign = incentive < 0 ? " \u2212 " : " + ";
        return DilemmaPalette.number(payoff) + sign + DilemmaPalette.fixed(Math.abs(incentive));
    }

    private void drawAgent(GraphicsContext g, IpdIncentives m, int agent, double y) {
        boolean on = m.dominant(agent);
        Color colour = DilemmaPalette.player(agent);
        DilemmaPalette.badge(g, 10, y + 9, 9, on);
        DilemmaPalette.text(g, "C dominant for agent " + (agent + 1), 26, y + 9, label,
                on ? colour : DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.CENTER);
        double[] received = m.eta()[1 - agent];
        String detail = "from agent " + (2 - agent) + ": \u03b7_C = " + DilemmaPalette.fixed(received[0])
                + ", \u03b7_D = " + DilemmaPalette.fixed(received[1]) + ";  \u03b7_C \u2212 \u03b7_D = "
                + DilemmaPalette.fixed(m.gap(agent)) + (on ? " > 1" : " \u2264 1");
        DilemmaPalette.text(g, detail, 26, y + 30, small, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        double p = m.cooperation()[agent];
        DilemmaPalette.text(g, "P(C)", BAR_X - 6, y + 9, small, DilemmaPalette.MUTED, TextAlignment.RIGHT,
                VPos.CENTER);
        g.setFill(DilemmaPalette.GRID);
        g.fillRect(BAR_X, y + 9 - BAR_H / 2, BAR_W, BAR_H);
        if (Double.isFinite(p)) {
            g.setFill(colour);
            g.fillRect(BAR_X, y + 9 - BAR_H / 2, BAR_W * Math.max(0, Math.min(1, p)), BAR_H);
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeRect(BAR_X, y + 9 - BAR_H / 2, BAR_W, BAR_H);
        DilemmaPalette.text(g, Double.isFinite(p) ? DilemmaPalette.fixed(p) : "\u2013", BAR_X + BAR_W + 6, y + 9,
                small, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
    }
}
