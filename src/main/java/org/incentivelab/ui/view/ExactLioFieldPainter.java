package org.incentivelab.ui.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the {@link ExactLioFieldView}: the plane x = η¹_C ∈ [0, {@value #ETA_RANGE}], y = θ² ∈ [0, 1], the region
 * right of η¹_C = η¹_D + 1 where C is dominant for agent 2 (shaded, its border dashed and labelled), the arrows and
 * the clicked paths (open circle at the start, green diamond where C becomes dominant, dot at the end, "CC" when
 * agent 2 ends up cooperating).
 *
 * <p>Arrows show direction in screen space (each component scaled by its axis); their length and darkness grow with
 * log₁₀ of the speed in axis fractions per step over {@value #DECADES} decades below the fastest arrow.
 */
final class ExactLioFieldPainter {
    /** The plotted η¹_C range [0, ETA_RANGE], as thesis Fig. 5.2 / B.1. */
    static final double ETA_RANGE = 3;
    /** Decades of speed mapped onto arrow length and darkness. */
    static final int DECADES = 3;
    private static final Color ARROW_SLOW = Color.web("#b0bec5");
    private static final Color ARROW_FAST = Color.web("#263238");
    private static final Color DOMINANT_REGION = Color.web("#eaf6ea");

    private double[] xs = new double[256];
    private double[] ys = new double[256];

    /**
     * The plot rectangle in canvas pixels and its mapping to (η¹_C, θ²).
     *
     * @param x0 left edge (η¹_C = 0)
     * @param y0 top edge (θ² = 1)
     * @param width width (η¹_C from 0 to {@value #ETA_RANGE})
     * @param height height (θ² from 1 to 0)
     */
    record Frame(double x0, double y0, double width, double height) {
        /** @return the pixel column of η¹_C */
        double x(double eta) {
            return x0 + eta / ETA_RANGE * width;
        }

        /** @return the pixel row of θ² */
        double y(double theta) {
            return y0 + (1 - theta) * height;
        }

        /** @return η¹_C at a pixel column */
        double eta(double px) {
            return (px - x0) / width * ETA_RANGE;
        }

        /** @return θ² at a pixel row */
        double theta(double py) {
            return 1 - (py - y0) / height;
        }

        /** @return whether a pixel lies in the plot */
        boolean contains(double px, double py) {
            return px >= x0 && px <= x0 + width && py >= y0 && py <= y0 + height;
        }
    }

    /**
     * Draws the whole plot onto a canvas already cleared to the background.
     *
     * @param g the graphics context
     * @param w canvas width in pixels
     * @param h canvas height in pixels
     * @param etaD η¹_D of the panel
     * @param arrows rows {η¹_C, θ², Δη¹_C, Δθ²}
     * @param grid arrows per side as {columns, rows}, to size them
     * @param paths the paths to draw
     * @return the plot rectangle, to map clicks back
     */
    Frame draw(GraphicsContext g, double w, double h, double etaD, double[][] arrows, int[] grid,
            List<LioTrajectory> paths) {
        double fs = DilemmaPalette.fontScale(w, h);
        double left = 58 * fs;
        double top = 26 * fs;
        double width = Math.max(40, w - left - 14 * fs);
        double height = Math.max(40, h - top - 46 * fs);
        Frame f = new Frame(left, top, width, height);
        drawDominanceRegion(g, f, etaD, fs);
        drawAxes(g, f, fs);
        drawArrows(g, f, arrows, Math.min(width / grid[0], height / grid[1]), fs);
        drawDominanceLabels(g, f, etaD, fs);
        for (LioTrajectory p : paths) {
            drawPath(g, f, p, fs);
        }
        DilemmaPalette.text(g, "Click to draw a path from that point (both agents start there).", left, top / 2,
                DilemmaPalette.font(12 * fs), DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.CENTER);
        return f;
    }

    /** Shades the region right of η¹_C = η¹_D + 1 and dashes its border, if it is in range. */
    private static void drawDominanceRegion(GraphicsContext g, Frame f, double etaD, double fs) {
        double line = etaD + 1;
        if (line > ETA_RANGE) {
            return;
        }
        double x = f.x(line);
        g.setFill(DOMINANT_REGION);
        g.fillRect(x, f.y0(), f.x0() + f.width() - x, f.height());
        g.setStroke(DilemmaPalette.COOPERATE);
        g.setLineWidth(2 * fs);
        g.setLineDashes(7 * fs, 5 * fs);
        g.strokeLine(x, f.y0(), x, f.y0() + f.height());
        g.setLineDashes((double[]) null);
    }

    /** Labels the dominance line, or says that it lies beyond the plotted range. */
    private static void drawDominanceLabels(GraphicsContext g, Frame f, double etaD, double fs) {
        double line = etaD + 1;
        Font font = DilemmaPalette.bold(12 * fs);
        if (line > ETA_RANGE) {
            label(g, "C is never dominant for agent 2 here (\u03b7\u00b9_D + 1 > 3)", f.x0() + f.width() - 6 * fs,
                    f.y0() + 34 * fs, font, DilemmaPalette.MUTED, TextAlignment.RIGHT);
            return;
        }
        double x = f.x(line);
        boolean room = f.x0() + f.width() - x > 170 * fs;
        double tx = room ? x + 6 * fs : x - 6 * fs;
        TextAlignment align = room ? TextAlignment.LEFT : TextAlignment.RIGHT;
        label(g, room ? "C dominant for agent 2" : "C dominant for agent 2 \u2192", tx, f.y0() + 34 * fs, font,
                DilemmaPalette.COOPERATE, align);
        label(g, "\u03b7\u00b9_C = \u03b7\u00b9_D + 1", tx, f.y0() + f.height() - 12 * fs,
                DilemmaPalette.font(12 * fs), DilemmaPalette.COOPERATE, align);
    }

    /** Draws text vertically centred on y over a translucent white box, so it reads over the arrows. */
    private static void label(GraphicsContext g, String s, double x, double y, Font font, Color colour,
            TextAlignment align) {
        Text probe = new Text(s);
        probe.setFont(font);
        double w = probe.getLayoutBounds().getWidth();
        double h = probe.getLayoutBounds().getHeight();
        double left = align == TextAlignment.LEFT ? x : align == TextAlignment.RIGHT ? x - w : x - w / 2;
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRect(left - 3, y - h / 2 - 1, w + 6, h + 2);
        DilemmaPalette.text(g, s, x, y, font, colour, align, VPos.CENTER);
    }

    private static void drawAxes(GraphicsContext g, Frame f, double fs) {
        Font tick = DilemmaPalette.font(12 * fs);
        Font label = DilemmaPalette.bold(13 * fs);
        g.setLineWidth(1);
        for (int k = 0; k <= 6; k++) {
            double x = f.x(k * 0.5);
            g.setStroke(Color.rgb(0, 0, 0, 0.06));
            g.strokeLine(x, f.y0(), x, f.y0() + f.height());
            g.setStroke(DilemmaPalette.AXIS);
            g.strokeLine(x, f.y0() + f.height(), x, f.y0() + f.height() + 4 * fs);
            String t = k % 2 == 0 ? Integer.toString(k / 2) : Double.toString(k * 0.5);
            DilemmaPalette.text(g, t, x, f.y0() + f.height() + 6 * fs, tick, DilemmaPalette.MUTED,
                    TextAlignment.CENTER, VPos.TOP);
        }
        for (int k = 0; k <= 4; k++) {
            double y = f.y(k / 4.0);
            g.setStroke(Color.rgb(0, 0, 0, 0.06));
            g.strokeLine(f.x0(), y, f.x0() + f.width(), y);
            g.setStroke(DilemmaPalette.AXIS);
            g.strokeLine(f.x0() - 4 * fs, y, f.x0(), y);
            String t = k == 0 ? "0" : k == 4 ? "1" : DilemmaPalette.fixed(k / 4.0);
            DilemmaPalette.text(g, t, f.x0() - 6 * fs, y, tick, DilemmaPalette.MUTED, TextAlignment.RIGHT,
                    VPos.CENTER);
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.strokeRect(f.x0(), f.y0(), f.width(), f.height());
        DilemmaPalette.text(g, "\u03b7\u00b9_C: what agent 1 pays agent 2 for C", f.x0() + f.width() / 2,
                f.y0() + f.height() + 24 * fs, label, DilemmaPalette.PLAYER_1, TextAlignment.CENTER, VPos.TOP);
        DilemmaPalette.verticalText(g, "\u03b8\u00b2 = P(agent 2 plays C)", 12 * fs, f.y0() + f.height() / 2, label,
                DilemmaPalette.PLAYER_2);
    }

    private static void drawArrows(GraphicsContext g, Frame f, double[][] arrows, double cell, double fs) {
        double max = 0;
        for (double[] a : arrows) {
            max = Math.max(max, speed(a));
        }
        double head = Math.min(cell * 0.32, 6 * fs);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(Math.max(1.2, 1.4 * fs));
        for (double[] a : arrows) {
            double cx = f.x(a[0]);
            double cy = f.y(a[1]);
            double sx = a[2] / ETA_RANGE * f.width();
            double sy = -a[3] * f.height();
            double screen = Math.hypot(sx, sy);
            double m = speed(a);
            if (!(max > 0) || !(m > max * 1e-12) || !(screen > 0)) {
                g.setFill(ARROW_SLOW);
                g.fillOval(cx - 1.5, cy - 1.5, 3, 3);
                continue;
            }
            double t = Math.max(0, Math.min(1, (Math.log10(m / max) + DECADES) / DECADES));
            double len = cell * (0.3 + 0.55 * t);
            double dx = sx / screen;
            double dy = sy / screen;
            double bx = cx + dx * len / 2;
            double by = cy + dy * len / 2;
            g.setStroke(ARROW_SLOW.interpolate(ARROW_FAST, t));
            g.strokeLine(cx - dx * len / 2, cy - dy * len / 2, bx, by);
            double hl = Math.min(head, len * 0.5);
            double c = 0.8829; // cos 28°
            double sn = 0.4695; // sin 28°
            g.strokeLine(bx, by, bx - hl * (dx * c - dy * sn), by - hl * (dy * c + dx * sn));
            g.strokeLine(bx, by, bx - hl * (dx * c + dy * sn), by - hl * (dy * c - dx * sn));
        }
    }

    /** @return an arrow's speed in axis fractions per step */
    private static double speed(double[] a) {
        return Math.hypot(a[2] / ETA_RANGE, a[3]);
    }

    private void drawPath(GraphicsContext g, Frame f, LioTrajectory p, double fs) {
        int n = p.size();
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
        }
        for (int k = 0; k < n; k++) {
            xs[k] = f.x(p.etaC()[k]);
            ys[k] = f.y(p.theta()[k]);
        }
        g.setStroke(DilemmaPalette.TRAJECTORY);
        g.setLineWidth(2.2 * fs);
        g.strokePolyline(xs, ys, n);
        double r = 4 * fs;
        g.setFill(Color.WHITE);
        g.fillOval(xs[0] - r, ys[0] - r, 2 * r, 2 * r);
        g.setLineWidth(1.5 * fs);
        g.strokeOval(xs[0] - r, ys[0] - r, 2 * r, 2 * r);
        if (p.crossing() >= 0) {
            double x = xs[p.crossing()];
            double y = ys[p.crossing()];
            double d = 6 * fs;
            g.setFill(DilemmaPalette.COOPERATE);
            g.fillPolygon(new double[] {x, x + d, x, x - d}, new double[] {y - d, y, y + d, y}, 4);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.2);
            g.strokePolygon(new double[] {x, x + d, x, x - d}, new double[] {y - d, y, y + d, y}, 4);
        }
        double ex = xs[n - 1];
        double ey = ys[n - 1];
        g.setFill(DilemmaPalette.TRAJECTORY);
        g.fillOval(ex - r, ey - r, 2 * r, 2 * r);
        if (p.reachesCooperation()) {
            boolean right = ex < f.x0() + f.width() - 30 * fs;
            label(g, "CC", right ? ex + r + 4 * fs : ex - r - 4 * fs, ey + r + 8 * fs, DilemmaPalette.bold(12 * fs),
                    DilemmaPalette.TRAJECTORY, right ? TextAlignment.LEFT : TextAlignment.RIGHT);
        }
    }
}
