package org.incentivelab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The agents' tokens of the Escape Room view: where each one is in the current frame (gliding between places) and
 * how it is drawn, a disc in the agent's colour with its number. One per view, FX thread only.
 */
final class EscapeRoomTokens {
    private double[] x = new double[0];
    private double[] y = new double[0];

    /**
     * Places the tokens of a step: gliding from where the agents stood before it to the places their actions
     * chose, with an ease-in-out.
     *
     * @param progress 0 at the step's start, 1 once arrived
     */
    void place(EscapeRoomLayout l, EscapeRoomEpisode e, int step, double progress) {
        int n = e.agents();
        if (x.length < n) {
            x = new double[n];
            y = new double[n];
        }
        double t = progress * progress * (3 - 2 * progress);
        for (int i = 0; i < n; i++) {
            int from = e.place(step, i);
            int to = e.place(step + 1, i);
            double x0 = l.tokenX(from, e.slot(step, i), e.count(step, from));
            double y0 = l.tokenY(e.slot(step, i), e.count(step, from));
            double x1 = l.tokenX(to, e.slot(step + 1, i), e.count(step + 1, to));
            double y1 = l.tokenY(e.slot(step + 1, i), e.count(step + 1, to));
            x[i] = x0 + (x1 - x0) * t;
            y[i] = y0 + (y1 - y0) * t;
        }
    }

    /** @param agent 0-based @return the centre x of its token in the frame placed last */
    double x(int agent) {
        return x[agent];
    }

    /** @param agent 0-based @return the centre y of its token in the frame placed last */
    double y(int agent) {
        return y[agent];
    }

    /** Draws the placed tokens: discs in the agents' colours with their numbers. */
    void draw(GraphicsContext g, EscapeRoomLayout l, int agents) {
        double r = l.radius();
        Font font = DilemmaPalette.bold(Math.max(9, r * 1.1));
        for (int i = 0; i < agents; i++) {
            g.setFill(LioPalette.agent(i));
            g.fillOval(x[i] - r, y[i] - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(x[i] - r, y[i] - r, 2 * r, 2 * r);
            DilemmaPalette.text(g, Integer.toString(i + 1), x[i], y[i], font, Color.WHITE, TextAlignment.CENTER,
                    VPos.CENTER);
        }
    }
}
