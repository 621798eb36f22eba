package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.diff.DiffGameType;
import org.incentivelab.run.D3cState;
import org.incentivelab.run.Snapshot;

/**
 * The 2-player convex Prisoner's Dilemma of D3C (seed 000 §3.2, Fig. 4a; digest 000 §3.2) in the plane of the joint
 * strategy (x1, x2) over [−0.5c, 1.5c]², x1 = player 1's action toward player 2 and x2 = player 2's toward player 1
 * (0 = defect, c = cooperate): f1 = x1² + (x2 − c)², f2 = (x1 − c)² + x2². Under the first run's current mixing
 * matrix A each player follows its mixed loss f^A_j = Σ_i A_ij f_i, so the simultaneous-gradient field
 * ({@link #field}) is F1 = 2(A11 + A21)x1 − 2A21·c, F2 = 2(A22 + A12)x2 − 2A12·c, and learning moves along −F.
 *
 * <p>Drawn: −F as a {@value #GRID} × {@value #GRID} grid of arrows at the cell centres (length and opacity grow
 * linearly with the speed, from a quarter of a cell so that slow arrows keep their direction), circles of equal total
 * loss f1 + f2 = c² + 2|x − (c/2, c/2)|² labelled with their value, the Nash equilibrium (0, 0) of selfish learners,
 * the optimum (c/2, c/2), the fixed point of the current field (A21·c/(A11 + A21), A12·c/(A22 + A12)) — the Nash
 * equilibrium at A = I, the optimum at A = 1/2 — and the run's current x with its trail over the snapshots seen
 * ({@link PointTrail}: it restarts when the episode goes back, i.e. a new run; it only grows while the view is
 * updated). Other games, or n ≠ 2, show a short notice.
 *
 * <p>CSV, header {@value #CSV_HEADER}: the arrows, one row per grid point, with (dx1, dx2) = −F(x1, x2).
 */
public final class PdVectorFieldView extends D3cView {
    /** The CSV header: one row per grid point, the step direction −F there. */
    static final String CSV_HEADER = "x1,x2,dx1,dx2";
    /** Preferred width in pixels: the square plot and its legend. */
    static final double PREF_WIDTH = 500;
    /** Arrows per side. */
    static final int GRID = 16;
    /** The total losses whose contours are drawn, in units of c² (the optimum is 1, the Nash equilibrium 2). */
    private static final double[] LEVELS = {1.5, 2, 3, 4};
    private static final Color INK = Color.web("#37474f");
    private static final Color CONTOUR = Color.web("#90a4ae");
    private static final Color FIXED = Color.web("#ff7f0e");

    private final PointTrail trail = new PointTrail();
    private final double[] trailX = new double[PointTrail.CAPACITY];
    private final double[] trailY = new double[PointTrail.CAPACITY];
    private final double[] fx = new double[GRID * GRID];
    private final double[] fy = new double[GRID * GRID];
    private final double[] out = new double[2];

    /** Creates the view; it shows nothing until the first {@link #update}. */
    public PdVectorFieldView() {
        super(CSV_HEADER);
        pane.setPrefSize(PREF_WIDTH, DilemmaCanvasPane.PREF_HEIGHT);
    }

    @Override
    public String title() {
        return "PD vector field";
    }

    @Override
    public String description() {
        return "Where two players of the convex Prisoner's Dilemma move under the current loss mixing (seed 000 §3.2,"
                + " Fig. 4a: x1, x2 = each player's action toward the other, 0 = defect, c = cooperate): arrows show"
                + " the learning direction −F on the mixed losses f^A_j = Σ_i A_ij f_i, circles the total loss"
                + " f1 + f2, and as D3C moves A from selfish toward uniform (Fig. 6) the field's fixed point moves"
                + " from the Nash equilibrium (0, 0) to the optimum (c/2, c/2), with the run's path following it.";
    }

    @Override
    String notice(D3cState d) {
        if (d == null) {
            return "The vector field is drawn for D3C's 2-player Prisoner's Dilemma (preset d3c-pd-2-player).";
        }
        if (d.type() != DiffGameType.PRISONERS_DILEMMA || d.agents() != 2) {
            return "The vector field is drawn for the 2-player Prisoner's Dilemma; this batch has n = " + d.agents()
                    + " (" + gameName(d) + ").";
        }
        return null;
    }

    @Override
    void arrived(Snapshot s, D3cState d) {
        if (notice(d) == null) {
            trail.follow(s.presetName(), s.episode(), d.x()[0], d.x()[1]);
        } else {
            trail.clear();
        }
    }

    /** @return the number of points in the run's trail */
    int trailSize() {
        return trail.size();
    }

    /**
     * The simultaneous-gradient field of the 2-player convex Prisoner's Dilemma under a mixing matrix: with
     * f1 = x1² + (x2 − c)², f2 = (x1 − c)² + x2² and f^A_j = Σ_i A_ij f_i,
     * F1 = ∂f^A_1/∂x1 = 2(A11 + A21)x1 − 2A21·c and F2 = ∂f^A_2/∂x2 = 2(A22 + A12)x2 − 2A12·c.
     *
     * @param a A, {@code double[2][2]} (row = giver)
     * @param c the cooperative action's value
     * @param x1 player 1's action toward player 2
     * @param x2 player 2's action toward player 1
     * @param out {@code double[2]}: F1, F2 (learning moves along −F)
     */
    static void field(double[][] a, double c, double x1, double x2, double[] out) {
        out[0] = 2 * (a[0][0] + a[1][0]) * x1 - 2 * a[1][0] * c;
        out[1] = 2 * (a[1][1] + a[0][1]) * x2 - 2 * a[0][1] * c;
    }

    /**
     * @param a A, {@code double[2][2]}
     * @param c the cooperative action's value
     * @param out {@code double[2]}: where {@link #field} vanishes, (A21·c/(A11 + A21), A12·c/(A22 + A12)); NaN where
     *     a column of A is 0
     */
    static void fixedPoint(double[][] a, double c, double[] out) {
        double s1 = a[0][0] + a[1][0];
        double s2 = a[1][1] + a[0][1];
        out[0] = s1 > 0 ? a[1][0] * c / s1 : Double.NaN;
        out[1] = s2 > 0 ? a[0][1] * c / s2 : Double.NaN;
    }

    /** @return the k-th grid coordinate (k in [0, GRID)): the centre of the k-th of GRID cells over [−0.5c, 1.5c] */
    static double gridValue(int k, double c) {
        return -0.5 * c + (k + 0.5) * 2 * c / GRID;
    }

    @Override
    void writeCsvRows(Writer out, D3cState d) throws IOException {
        double c = d.cooperation();
        double[] f = new double[2];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                double x1 = gridValue(i, c);
                double x2 = gridValue(j, c);
                field(d.mixing(), c, x1, x2, f);
                out.write(DilemmaPalette.csv(x1) + "," + DilemmaPalette.csv(x2) + "," + DilemmaPalette.csv(-f[0])
                        + "," + DilemmaPalette.csv(-f[1]) + "\n");
            }
        }
    }

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s, D3cState d) {
        double c = d.cooperation();
        Font tick = DilemmaPalette.font(11 * fs);
        Font label = DilemmaPalette.bold(12 * fs);
        double left = 58 * fs;
        double bottom = 40 * fs;
        double top = 28 * fs;
        double legendW = 170 * fs;
        double size = Math.min(w - left - legendW - 8 * fs, h - top - bottom);
        boolean legend = size >= 150 * fs;
        if (!legend) {
            size = Math.min(w - left - 10 * fs, h - top - bottom);
        }
        size = Math.max(40, size);
        Plane p = new Plane(left, top, size, -0.5 * c, 2 * c);
        String subtitle = d.mixingActive()
                ? fit(w - 16 * fs, label, "−F under run 1's A (" + s.stepName() + " " + s.episode() + ")",
                        "−F under run 1's A", "−F")
                : fit(w - 16 * fs, label, "−F with loss sharing off (A = I)", "A = I");
        DilemmaPalette.text(g, subtitle, 8 * fs, top / 2, label, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);

        g.save();
        g.beginPath();
        g.rect(p.x0, p.y0, size, size);
        g.clip();
        drawContours(g, p, c, fs, tick);
        drawArrows(g, p, d.mixing(), c, fs);
        drawTrail(g, p, fs);
        g.restore();
        drawAxes(g, p, c, fs, tick, label);
        drawMarkers(g, p, d, c, fs, tick);
        g.save();
        g.beginPath();
        g.rect(p.x0, p.y0, size, size);
        g.clip();
        drawCurrent(g, p, d, fs);
        g.restore();
        if (legend) {
            drawLegend(g, p.x0 + size + 12 * fs, top + 4 * fs, d.mixing(), fs, tick);
        }
    }

    /** The plot square: pixel origin (x0, y0) at its top-left, side in pixels, the data range [lo, lo + span]. */
    private record Plane(double x0, double y0, double size, double lo, double span) {
        double x(double v) {
            return x0 + (v - lo) / span * size;
        }

        double y(double v) {
            return y0 + (1 - (v - lo) / span) * size;
        }
    }

    private static void drawContours(GraphicsContext g, Plane p, double c, double fs, Font font) {
        double cx = p.x(c / 2);
        double cy = p.y(c / 2);
        for (double level : LEVELS) {
            double r = c * Math.sqrt((level - 1) / 2) / p.span * p.size;
            g.setStroke(CONTOUR); // the labels' halo changes the stroke
            g.setLineWidth(1.2 * fs);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            DilemmaPalette.haloText(g, DilemmaPalette.number(level * c * c), cx + r * Math.sqrt(0.5),
                    cy - r * Math.sqrt(0.5), font, CONTOUR.darker());
        }
    }

    private void drawArrows(GraphicsContext g, Plane p, double[][] a, double c, double fs) {
        double max = 0;
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                field(a, c, gridValue(i, c), gridValue(j, c), out);
                int k = i * GRID + j;
                fx[k] = -out[0];
                fy[k] = -out[1];
                max = Math.max(max, Math.hypot(out[0], out[1]));
            }
        }
        double cell = p.size / GRID;
        double head = Math.min(cell * 0.32, 6 * fs);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(Math.max(1.1, 1.3 * fs));
        g.setStroke(INK);
        g.setFill(INK);
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                int k = i * GRID + j;
                double cx = p.x(gridValue(i, c));
                double cy = p.y(gridValue(j, c));
                double m = Math.hypot(fx[k], fy[k]);
                if (!(max > 0) || !(m > max * 1e-9)) {
                    g.setGlobalAlpha(0.5);
                    g.fillOval(cx - 1.5, cy - 1.5, 3, 3);
                    continue;
                }
                double t = m / max;
                double len = cell * (0.25 + 0.6 * t);
                g.setGlobalAlpha(0.35 + 0.65 * t);
                DilemmaPalette.fieldArrow(g, cx, cy, fx[k] / m, -fy[k] / m, len, head);
            }
        }
        g.setGlobalAlpha(1);
    }

    private void drawTrail(GraphicsContext g, Plane p, double fs) {
        int m = trail.size();
        for (int k = 0; k < m; k++) {
            trailX[k] = p.x(trail.x(k));
            trailY[k] = p.y(trail.y(k));
        }
        if (m > 1) {
            DilemmaPalette.path(g, trailX, trailY, m, fs, 0.85);
        }
    }

    /** The run's current x, over the markers. */
    private static void drawCurrent(GraphicsContext g, Plane p, D3cState d, double fs) {
        double r = 5 * fs;
        double x = p.x(d.x()[0]);
        double y = p.y(d.x()[1]);
        g.setFill(DilemmaPalette.TRAJECTORY);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static void drawAxes(GraphicsContext g, Plane p, double c, double fs, Font tick, Font label) {
        double[] ticks = {-0.5 * c, 0, 0.5 * c, c, 1.5 * c};
        g.setLineWidth(1);
        for (double v : ticks) {
            double x = p.x(v);
            double y = p.y(v);
            g.setStroke(v == 0 ? Color.rgb(0, 0, 0, 0.25) : Color.rgb(0, 0, 0, 0.07));
            g.strokeLine(x, p.y0, x, p.y0 + p.size);
            g.strokeLine(p.x0, y, p.x0 + p.size, y);
            g.setStroke(DilemmaPalette.AXIS);
            g.strokeLine(x, p.y0 + p.size, x, p.y0 + p.size + 4 * fs);
            g.strokeLine(p.x0 - 4 * fs, y, p.x0, y);
            String t = DilemmaPalette.number(v);
            DilemmaPalette.text(g, t, x, p.y0 + p.size + 6 * fs, tick, DilemmaPalette.MUTED, TextAlignment.CENTER,
                    VPos.TOP);
            DilemmaPalette.text(g, t, p.x0 - 6 * fs, y, tick, DilemmaPalette.MUTED, TextAlignment.RIGHT,
                    VPos.CENTER);
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.strokeRect(p.x0, p.y0, p.size, p.size);
        DilemmaPalette.text(g, fit(p.size + 40 * fs, label, "x1: player 1 toward player 2 (0 defect, c cooperate)",
                "x1: player 1 toward player 2", "x1"), p.x0 + p.size / 2, p.y0 + p.size + 21 * fs, label,
                DilemmaPalette.PLAYER_1, TextAlignment.CENTER, VPos.TOP);
        DilemmaPalette.verticalText(g, fit(p.size, label, "x2: player 2 toward player 1", "x2"), 9 * fs,
                p.y0 + p.size / 2, label, DilemmaPalette.PLAYER_2);
    }

    private void drawMarkers(GraphicsContext g, Plane p, D3cState d, double c, double fs, Font font) {
        double r = 6 * fs;
        double nx = p.x(0);
        double ny = p.y(0);
        g.setFill(Color.BLACK);
        g.fillOval(nx - r, ny - r, 2 * r, 2 * r);
        DilemmaPalette.haloText(g, "Nash", nx - r - 14 * fs, ny + r + 6 * fs, font, DilemmaPalette.TEXT);
        double ox = p.x(c / 2);
        double oy = p.y(c / 2);
        diamond(g, ox, oy, r * 1.3, DilemmaPalette.COOPERATE);
        DilemmaPalette.haloText(g, "optimum", ox, oy - r - 9 * fs, font, DilemmaPalette.COOPERATE.darker());
        fixedPoint(d.mixing(), c, out);
        if (Double.isFinite(out[0]) && Double.isFinite(out[1])) {
            double fxp = p.x(out[0]);
            double fyp = p.y(out[1]);
            g.setStroke(FIXED);
            g.setLineWidth(2.5 * fs);
            g.strokeOval(fxp - r * 1.2, fyp - r * 1.2, 2.4 * r, 2.4 * r);
        }
    }

    private static void diamond(GraphicsContext g, double x, double y, double r, Color fill) {
        g.setFill(fill);
        g.fillPolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokePolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
    }

    private static void drawLegend(GraphicsContext g, double x, double y, double[][] a, double fs, Font font) {
        double row = 19 * fs;
        double sx = x + 10 * fs;
        double tx = x + 26 * fs;
        double cy = y + row / 2;
        g.setStroke(INK);
        g.setLineWidth(1.3 * fs);
        g.strokeLine(sx - 8 * fs, cy, sx + 8 * fs, cy);
        g.strokeLine(sx + 8 * fs, cy, sx + 3 * fs, cy - 3 * fs);
        g.strokeLine(sx + 8 * fs, cy, sx + 3 * fs, cy + 3 * fs);
        legendText(g, "learning direction −F", tx, cy, font);
        cy += row;
        g.setStroke(CONTOUR);
        g.setLineWidth(1.2 * fs);
        g.strokeOval(sx - 7 * fs, cy - 7 * fs, 14 * fs, 14 * fs);
        legendText(g, "total loss f1 + f2", tx, cy, font);
        cy += row;
        double r = 6 * fs;
        g.setFill(Color.BLACK);
        g.fillOval(sx - r, cy - r, 2 * r, 2 * r);
        legendText(g, "Nash equilibrium (0, 0)", tx, cy, font);
        cy += row;
        diamond(g, sx, cy, r * 1.3, DilemmaPalette.COOPERATE);
        legendText(g, "optimum (c/2, c/2)", tx, cy, font);
        cy += row;
        g.setStroke(FIXED);
        g.setLineWidth(2.5 * fs);
        g.strokeOval(sx - r * 1.2, cy - r * 1.2, 2.4 * r, 2.4 * r);
        legendText(g, "fixed point under A", tx, cy, font);
        cy += row;
        g.setStroke(DilemmaPalette.TRAJECTORY);
        g.setLineWidth(2.2 * fs);
        g.strokeLine(sx - 10 * fs, cy + 4 * fs, sx, cy);
        g.setFill(DilemmaPalette.TRAJECTORY);
        g.fillOval(sx - 5 * fs, cy - 5 * fs, 10 * fs, 10 * fs);
        legendText(g, "run 1's x and path", tx, cy, font);
        cy += row * 1.3;
        legendText(g, "A12 = " + DilemmaPalette.fixed(a[0][1]) + " (1 → 2)", x, cy, font);
        cy += row * 0.9;
        legendText(g, "A21 = " + DilemmaPalette.fixed(a[1][0]) + " (2 → 1)", x, cy, font);
    }

    private static void legendText(GraphicsContext g, String text, double x, double y, Font font) {
        DilemmaPalette.text(g, text, x, y, font, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
    }
}
