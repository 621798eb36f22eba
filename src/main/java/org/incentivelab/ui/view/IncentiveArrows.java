package org.incentivelab.ui.view;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;

/**
 * The incentive-flow arrows of the Escape Room view, drawn between the tokens of the current frame. Keeps its
 * scratch arrays between frames; one per view, FX thread only.
 */
final class IncentiveArrows {
    /** Where along an arrow its label may go, in order of preference. */
    private static final double[] LABEL_AT = {0.5, 0.35, 0.65, 0.22, 0.78};

    private final double[] headX = new double[3];
    private final double[] headY = new double[3];
    private double[] curves = new double[0];
    private double[] labels = new double[0];

    /**
     * Draws the incentive arrows between the placed tokens: curved from giver to recipient (the two directions
     * of a pair bend to opposite sides), as wide as the amount against R_max, coloured by the recipient's action.
     * Then writes each amount of at least {@code labelFrom} on its arrow, at the first of a few points along the
     * curve where it overlaps no label written before; a label that finds none is left out (crowded rooms).
     */
    void draw(GraphicsContext g, EscapeRoomLayout l, EscapeRoomTokens tokens, List<EscapeRoomView.Arrow> arrows,
            double maxReward, double labelFrom) {
        if (curves.length < 6 * arrows.size()) {
            curves = new double[6 * arrows.size()];
            labels = new double[3 * arrows.size()];
        }
        g.setLineCap(StrokeLineCap.ROUND);
        for (int k = 0; k < arrows.size(); k++) {
            drawArrow(g, l, tokens, arrows.get(k), maxReward, k);
        }
        Font font = DilemmaPalette.bold(11 * l.fs());
        double height = 13 * l.fs();
        int placed = 0;
        for (int k = 0; k < arrows.size(); k++) {
            EscapeRoomView.Arrow a = arrows.get(k);
            if (a.amount() < labelFrom || Double.isNaN(curves[6 * k])) {
                continue;
            }
            String text = DilemmaPalette.fixed(a.amount());
            double width = TextMeasure.width(text, font) + 4;
            for (double t : LABEL_AT) {
                double mx = bezier(t, curves[6 * k], curves[6 * k + 2], curves[6 * k + 4]);
                double my = bezier(t, curves[6 * k + 1], curves[6 * k + 3], curves[6 * k + 5]);
                if (free(mx, my, width, height, placed)) {
                    labels[3 * placed] = mx;
                    labels[3 * placed + 1] = my;
                    labels[3 * placed + 2] = width;
                    placed++;
                    DilemmaPalette.haloText(g, text, mx, my, font, LioPalette.action(a.action()).darker());
                    break;
                }
            }
        }
    }

    /** Draws one arrow and keeps its curve (start, control, tip) in {@code curves}, NaN if not drawn. */
    private void drawArrow(GraphicsContext g, EscapeRoomLayout l, EscapeRoomTokens tokens, EscapeRoomView.Arrow a,
            double maxReward, int k) {
        double fs = l.fs();
        double r = l.radius();
        double gx = tokens.x(a.giver());
        double gy = tokens.y(a.giver());
        double rx = tokens.x(a.recipient());
        double ry = tokens.y(a.recipient());
        double d = Math.hypot(rx - gx, ry - gy);
        if (d < 1) {
            curves[6 * k] = Double.NaN;
            return;
        }
        double bend = Math.max(16 * fs, 0.16 * d);
        double cx = (gx + rx) / 2 - (ry - gy) / d * bend;
        double cy = (gy + ry) / 2 + (rx - gx) / d * bend;
        double sd = Math.hypot(cx - gx, cy - gy);
        double sx = gx + (cx - gx) / sd * (r + 1);
        double sy = gy + (cy - gy) / sd * (r + 1);
        double ed = Math.hypot(rx - cx, ry - cy);
        double ux = (rx - cx) / ed;
        double uy = (ry - cy) / ed;
        double tx = rx - ux * (r + 2);
        double ty = ry - uy * (r + 2);
        double width = fs * (1.2 + 6 * Math.min(1, a.amount() / (maxReward > 0 ? maxReward : 1)));
        double head = Math.max(7 * fs, 2.2 * width);
        Color colour = LioPalette.action(a.action());
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(sx, sy);
        g.quadraticCurveTo(cx, cy, tx - ux * head * 0.7, ty - uy * head * 0.7);
        g.stroke();
        g.setFill(colour);
        double half = head * 0.55;
        head(tx, ty, tx - ux * head - uy * half, ty - uy * head + ux * half, tx - ux * head + uy * half,
                ty - uy * head - ux * half);
        g.fillPolygon(headX, headY, 3);
        curves[6 * k] = sx;
        curves[6 * k + 1] = sy;
        curves[6 * k + 2] = cx;
        curves[6 * k + 3] = cy;
        curves[6 * k + 4] = tx;
        curves[6 * k + 5] = ty;
    }

    private static double bezier(double t, double p0, double p1, double p2) {
        return (1 - t) * (1 - t) * p0 + 2 * t * (1 - t) * p1 + t * t * p2;
    }

    /** @return whether a label centred at (mx, my) overlaps none of the first {@code placed} labels */
    private boolean free(double mx, double my, double width, double height, int placed) {
        for (int k = 0; k < placed; k++) {
            if (Math.abs(mx - labels[3 * k]) < (width + labels[3 * k + 2]) / 2
                    && Math.abs(my - labels[3 * k + 1]) < height) {
                return false;
            }
        }
        return true;
    }

    /** Sets the three corners of an arrowhead. */
    private void head(double x0, double y0, double x1, double y1, double x2, double y2) {
        headX[0] = x0;
        headY[0] = y0;
        headX[1] = x1;
        headY[1] = y1;
        headX[2] = x2;
        headY[2] = y2;
    }
}
