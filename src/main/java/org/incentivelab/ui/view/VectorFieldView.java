package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.learn.ExpectedDynamics;
import org.incentivelab.run.MetricNames;
import org.incentivelab.run.Series;
import org.incentivelab.run.Snapshot;

/**
 * The policy space (p1, p2) = (P(C) of player 1, P(C) of player 2) ∈ [0, 1]² of a 2-player run, with the
 * learning dynamics of exact-gradient sigmoid learners dp_i/dt = η[p_i(1 − p_i)]²Δ_i (digest 003 §4.10,
 * {@link ExpectedDynamics}) drawn as a 15 × 15 field of arrows, either for the original game or for the game
 * each player faces with the planner's current incentives (the "ghost field", digest §7 item 3).
 *
 * <p>Also drawn: the nullclines (player 1 is indifferent on the horizontal line p2 = fear′₁/(fear′₁ − greed′₁),
 * player 2 on the vertical line p1 = fear′₂/(fear′₂ − greed′₂)), the pure Nash equilibria of the displayed game
 * (filled corners), the mixed equilibrium (open circle) when both nullclines cross the square, the welfare
 * V(p1, p2) of the original game as a light heat map, and the focus run's trajectory with its current point.
 *
 * <p>Arrows show direction; their length and opacity grow with log₁₀ of the speed over {@value #DECADES} decades
 * below the fastest arrow, so the slow arrows near the edges (where [p(1 − p)]² vanishes) stay visible. The CSV
 * gives the velocities for η = 1.
 */
public final class VectorFieldView extends CanvasView {
    /** Arrows per side. */
    static final int GRID = 15;
    /** Decades of speed mapped onto arrow length. */
    static final int DECADES = 4;
    private static final int HEAT = 48;

    private final StackPane root;
    private final CheckBox modified = new CheckBox("with planner");
    private final double[] vx = new double[GRID * GRID];
    private final double[] vy = new double[GRID * GRID];
    private final double[] out = new double[2];
    private double[] xs = new double[1000];
    private double[] ys = new double[1000];
    private WritableImage heat;
    private SocialDilemma heatGame;
    private double heatMin;
    private double heatMax;

    /** Creates the view; it shows nothing until the first {@link #update}. */
    public VectorFieldView() {
        super("kind,episode,p1,p2,dp1,dp2");
        modified.setTooltip(new Tooltip("Off: the field of the original game. On: the field of the game each "
                + "player faces with the planner's current incentives."));
        modified.setStyle("-fx-font-size: 12px; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-padding: 2 4 2 4;");
        modified.selectedProperty().addListener((o, was, now) -> redraw());
        root = new StackPane(pane, modified);
        StackPane.setAlignment(modified, Pos.TOP_RIGHT);
        StackPane.setMargin(modified, new Insets(4, 6, 0, 0));
        root.setMinSize(DilemmaCanvasPane.MIN_WIDTH, DilemmaCanvasPane.MIN_HEIGHT);
        root.setPrefSize(DilemmaCanvasPane.PREF_WIDTH, DilemmaCanvasPane.PREF_HEIGHT);
    }

    @Override
    public String title() {
        return "Policy-space dynamics";
    }

    @Override
    public String description() {
        return "Each arrow shows where two learners that follow their own payoff gradient move from that point: "
                + "x = player 1's probability of cooperating, y = player 2's; dp_i/dt = η[p_i(1−p_i)]²Δ_i with Δ_i "
                + "the gain of cooperating over defecting for player i (longer, darker = faster, log scale). These "
                + "are plain gradient dynamics (SGD on θ); learners using Adam (the presets' default, as in the "
                + "reference code) move in the same direction per player but at a different speed, so their path "
                + "need not follow the arrows' lengths. Tick 'with planner' to see the field of the game modified "
                + "by the planner's current incentives. Dashed lines: where a player is indifferent; filled "
                + "corners: pure Nash equilibria; open circle: mixed equilibrium; background: social welfare V "
                + "(darker = higher); purple: the run's path.";
    }

    @Override
    public Node node() {
        return root;
    }

    /** @param show true to draw the field of the planner-modified game, false for the original game */
    public void setShowModified(boolean show) {
        modified.setSelected(show);
    }

    /** @return whether the field of the planner-modified game is shown */
    public boolean isShowModified() {
        return modified.isSelected();
    }

    @Override
    void writeCsvRows(Writer w, Snapshot s) throws IOException {
        if (s.planner().players() != 2) {
            return;
        }
        SocialDilemma g1 = game(s, 0);
        SocialDilemma g2 = game(s, 1);
        String kind = isShowModified() ? "field_with_planner" : "field_original";
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                double p1 = (i + 0.5) / GRID;
                double p2 = (j + 0.5) / GRID;
                ExpectedDynamics.velocity(g1, g2, p1, p2, 1, out);
                w.write(kind + "," + s.episode() + "," + DilemmaPalette.csv(p1) + "," + DilemmaPalette.csv(p2) + ","
                        + DilemmaPalette.csv(out[0]) + "," + DilemmaPalette.csv(out[1]) + "\n");
            }
        }
        double[][] t = s.trajectory();
        if (t == null || t.length < 2 || t[0] == null || t[1] == null) {
            return;
        }
        Optional<Series> axis = s.focus(MetricNames.cooperation(1));
        double[] episodes = axis.map(Series::episodes).orElse(null);
        int m = Math.min(t[0].length, t[1].length);
        for (int j = 0; j < m; j++) {
            String e = episodes != null && j < episodes.length ? DilemmaPalette.csv(episodes[j]) : "";
            w.write("trajectory," + e + "," + DilemmaPalette.csv(t[0][j]) + "," + DilemmaPalette.csv(t[1][j])
                    + ",,\n");
        }
    }

    /** @return the game player i sees in the displayed field, from its own perspective */
    private SocialDilemma game(Snapshot s, int player) {
        return isShowModified() ? s.planner().modifiedGame(player) : s.planner().payoffs();
    }

    // ---------------------------------------------------------------- drawing

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        Font tick = DilemmaPalette.font(12 * fs);
        Font label = DilemmaPalette.bold(13 * fs);
        if (s.planner().players() != 2) {
            drawTwoPlayersOnly(g, w, h, fs, "The policy-space field", s.planner().players());
            return;
        }
        double left = 56 * fs;
        double bottom = 42 * fs;
        double top = 30 * fs;
        double legendW = 164 * fs;
        double size = Math.min(w - left - legendW - 8 * fs, h - top - bottom);
        boolean legend = size >= 150 * fs;
        if (!legend) {
            size = Math.min(w - left - 12 * fs, h - top - bottom); // too small for a legend; the tooltip explains
        }
        size = Math.max(40, size);
        double x0 = left;
        double y0 = top;

        SocialDilemma g1 = game(s, 0);
        SocialDilemma g2 = game(s, 1);
        drawHeat(g, s.planner().payoffs(), x0, y0, size);
        drawGridLines(g, x0, y0, size, fs, tick, label);
        drawNullclines(g, g1, g2, x0, y0, size, fs);
        drawArrows(g, g1, g2, x0, y0, size, fs);
        drawTrajectory(g, s, x0, y0, size, fs);
        drawEquilibria(g, g1, g2, x0, y0, size, fs);
        String style = "-fx-font-size: " + Math.round(12 * fs) + "px; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-padding: 2 4 2 4;";
        if (!style.equals(modified.getStyle())) {
            modified.setStyle(style);
        }
        double room = w - x0 - 125 * fs; // the check box sits at the top right
        String subtitle = isShowModified()
                ? fit(room, fs, "field with the planner's incentives (episode " + s.episode() + ")",
                        "with the planner's incentives", "with the planner")
                : fit(room, fs, "field of the original game", "original game");
        DilemmaPalette.text(g, subtitle, x0, top / 2, label, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        if (legend) {
            drawLegend(g, x0 + size + 10 * fs, top + 4 * fs, fs, tick);
        }
    }

    /** @return the first text that fits the width at the bold 13 px font (approximate, ~0.62 em per character) */
    private static String fit(double width, double fs, String... texts) {
        for (String t : texts) {
            if (t.length() * 13 * 0.62 * fs <= width) {
                return t;
            }
        }
        return texts[texts.length - 1];
    }

    private void drawHeat(GraphicsContext g, SocialDilemma payoffs, double x0, double y0, double size) {
        if (heat == null || !payoffs.equals(heatGame)) {
            // V is bilinear in (p1, p2), so its extremes over the square are at the corners
            DilemmaGame game = new DilemmaGame(2, payoffs);
            double[] p = new double[2];
            heatMin = Double.POSITIVE_INFINITY;
            heatMax = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 4; k++) {
                p[0] = k & 1;
                p[1] = k >> 1;
                double c = game.welfare(p);
                heatMin = Math.min(heatMin, c);
                heatMax = Math.max(heatMax, c);
            }
            heat = new WritableImage(HEAT, HEAT);
            PixelWriter pw = heat.getPixelWriter();
            for (int iy = 0; iy < HEAT; iy++) {
                for (int ix = 0; ix < HEAT; ix++) {
                    p[0] = (ix + 0.5) / HEAT;
                    p[1] = 1 - (iy + 0.5) / HEAT;
                    double v = game.welfare(p);
                    double t = heatMax > heatMin ? (v - heatMin) / (heatMax - heatMin) : 0;
                    pw.setColor(ix, iy, DilemmaPalette.welfare(t));
                }
            }
            heatGame = payoffs;
        }
        g.setImageSmoothing(true);
        g.drawImage(heat, x0, y0, size, size);
    }

    private void drawGridLines(GraphicsContext g, double x0, double y0, double size, double fs, Font tick,
            Font label) {
        g.setLineWidth(1);
        for (int k = 0; k <= 4; k++) {
            double f = k / 4.0;
            double x = x0 + f * size;
            double y = y0 + (1 - f) * size;
            g.setStroke(Color.rgb(0, 0, 0, 0.06));
            g.strokeLine(x, y0, x, y0 + size);
            g.strokeLine(x0, y, x0 + size, y);
            g.setStroke(DilemmaPalette.AXIS);
            g.strokeLine(x, y0 + size, x, y0 + size + 4 * fs);
            g.strokeLine(x0 - 4 * fs, y, x0, y);
            String t = k == 0 ? "0" : k == 4 ? "1" : k == 2 ? "0.5" : k == 1 ? "0.25" : "0.75";
            DilemmaPalette.text(g, t, x, y0 + size + 6 * fs, tick, DilemmaPalette.MUTED, TextAlignment.CENTER,
                    VPos.TOP);
            DilemmaPalette.text(g, t, x0 - 6 * fs, y, tick, DilemmaPalette.MUTED, TextAlignment.RIGHT, VPos.CENTER);
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.strokeRect(x0, y0, size, size);
        DilemmaPalette.text(g, "P(C) of player 1", x0 + size / 2, y0 + size + 22 * fs, label,
                DilemmaPalette.PLAYER_1, TextAlignment.CENTER, VPos.TOP);
        DilemmaPalette.verticalText(g, "P(C) of player 2", 11 * fs, y0 + size / 2, label, DilemmaPalette.PLAYER_2);
    }

    private void drawNullclines(GraphicsContext g, SocialDilemma g1, SocialDilemma g2, double x0, double y0,
            double size, double fs) {
        double t1 = ExpectedDynamics.indifference(g1);
        double t2 = ExpectedDynamics.indifference(g2);
        g.setLineWidth(2 * fs);
        g.setLineDashes(7 * fs, 5 * fs);
        if (!Double.isNaN(t1)) {
            double y = y0 + (1 - t1) * size;
            g.setStroke(DilemmaPalette.PLAYER_1);
            g.strokeLine(x0, y, x0 + size, y);
        }
        if (!Double.isNaN(t2)) {
            double x = x0 + t2 * size;
            g.setStroke(DilemmaPalette.PLAYER_2);
            g.strokeLine(x, y0, x, y0 + size);
        }
        g.setLineDashes((double[]) null);
    }

    private void drawArrows(GraphicsContext g, SocialDilemma g1, SocialDilemma g2, double x0, double y0,
            double size, double fs) {
        double max = 0;
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                ExpectedDynamics.velocity(g1, g2, (i + 0.5) / GRID, (j + 0.5) / GRID, 1, out);
                int k = j * GRID + i;
                vx[k] = out[0];
                vy[k] = out[1];
                max = Math.max(max, Math.hypot(out[0], out[1]));
            }
        }
        double cell = size / GRID;
        double head = Math.min(cell * 0.32, 6 * fs);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(Math.max(1.2, 1.4 * fs));
        Color ink = Color.web("#37474f");
        g.setStroke(ink);
        g.setFill(ink);
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                int k = j * GRID + i;
                double cx = x0 + (i + 0.5) * cell;
                double cy = y0 + (1 - (j + 0.5) / GRID) * size;
                double m = Math.hypot(vx[k], vy[k]);
                if (!(max > 0) || !(m > max * 1e-12)) {
                    g.setGlobalAlpha(0.5);
                    g.fillOval(cx - 1.5, cy - 1.5, 3, 3);
                    continue;
                }
                double t = Math.max(0, Math.min(1, (Math.log10(m / max) + DECADES) / DECADES));
                double len = cell * (0.3 + 0.55 * t);
                g.setGlobalAlpha(0.35 + 0.65 * t);
                DilemmaPalette.fieldArrow(g, cx, cy, vx[k] / m, -vy[k] / m, len, head);
            }
        }
        g.setGlobalAlpha(1);
    }

    private void drawTrajectory(GraphicsContext g, Snapshot s, double x0, double y0, double size, double fs) {
        double[][] t = s.trajectory();
        if (t != null && t.length >= 2 && t[0] != null && t[1] != null) {
            int m = Math.min(t[0].length, t[1].length);
            if (xs.length < m) {
                xs = new double[m];
                ys = new double[m];
            }
            for (int j = 0; j < m; j++) {
                xs[j] = x0 + t[0][j] * size;
                ys[j] = y0 + (1 - t[1][j]) * size;
            }
            if (m > 0) {
                DilemmaPalette.path(g, xs, ys, m, fs, 0.9);
            }
        }
        double[] p = s.planner().cooperation();
        if (p != null && p.length >= 2) {
            double r = 6 * fs;
            double x = x0 + p[0] * size;
            double y = y0 + (1 - p[1]) * size;
            g.setFill(DilemmaPalette.TRAJECTORY);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private void drawEquilibria(GraphicsContext g, SocialDilemma g1, SocialDilemma g2, double x0, double y0,
            double size, double fs) {
        double r = 6.5 * fs;
        for (int x = 0; x <= 1; x++) {
            for (int y = 0; y <= 1; y++) {
                if (isPureNash(g1, g2, x, y)) {
                    double cx = x0 + x * size;
                    double cy = y0 + (1 - y) * size;
                    g.setFill(Color.BLACK);
                    g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                    g.setStroke(Color.WHITE);
                    g.setLineWidth(1.5);
                    g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
                }
            }
        }
        double t1 = ExpectedDynamics.indifference(g1);
        double t2 = ExpectedDynamics.indifference(g2);
        if (!Double.isNaN(t1) && !Double.isNaN(t2)) {
            double cx = x0 + t2 * size;
            double cy = y0 + (1 - t1) * size;
            g.setFill(Color.WHITE);
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setStroke(Color.BLACK);
            g.setLineWidth(2 * fs);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    /**
     * A pure profile is a Nash equilibrium when neither player gains by switching: at p1 = 1 player 1's slope
     * Δ1 must be ≥ 0, at p1 = 0 it must be ≤ 0, and likewise for player 2.
     *
     * @param p1 player 1's pure strategy (1 = C, 0 = D)
     * @param p2 player 2's pure strategy
     */
    static boolean isPureNash(SocialDilemma g1, SocialDilemma g2, int p1, int p2) {
        double d1 = ExpectedDynamics.valueSlope(g1, p2);
        double d2 = ExpectedDynamics.valueSlope(g2, p1);
        boolean ok1 = p1 == 1 ? d1 >= 0 : d1 <= 0;
        boolean ok2 = p2 == 1 ? d2 >= 0 : d2 <= 0;
        return ok1 && ok2;
    }

    private void drawLegend(GraphicsContext g, double x, double y, double fs, Font font) {
        double row = 19 * fs;
        double sx = x + 10 * fs;
        double tx = x + 26 * fs;
        double cy = y + row;
        Color ink = Color.web("#37474f");
        // arrow
        g.setStroke(ink);
        g.setLineWidth(1.4 * fs);
        g.strokeLine(sx - 8 * fs, cy, sx + 8 * fs, cy);
        g.strokeLine(sx + 8 * fs, cy, sx + 3 * fs, cy - 3 * fs);
        g.strokeLine(sx + 8 * fs, cy, sx + 3 * fs, cy + 3 * fs);
        DilemmaPalette.text(g, "learning direction", tx, cy, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        cy += row;
        g.setLineWidth(2 * fs);
        g.setLineDashes(7 * fs, 5 * fs);
        g.setStroke(DilemmaPalette.PLAYER_1);
        g.strokeLine(sx - 9 * fs, cy, sx + 9 * fs, cy);
        g.setLineDashes((double[]) null);
        DilemmaPalette.text(g, "player 1 indifferent", tx, cy, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        cy += row;
        g.setLineDashes(7 * fs, 5 * fs);
        g.setStroke(DilemmaPalette.PLAYER_2);
        g.strokeLine(sx, cy - 9 * fs, sx, cy + 9 * fs);
        g.setLineDashes((double[]) null);
        DilemmaPalette.text(g, "player 2 indifferent", tx, cy, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        cy += row;
        double r = 6 * fs;
        g.setFill(Color.BLACK);
        g.fillOval(sx - r, cy - r, 2 * r, 2 * r);
        DilemmaPalette.text(g, "Nash equilibrium", tx, cy, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        cy += row;
        g.setFill(Color.WHITE);
        g.fillOval(sx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(Color.BLACK);
        g.setLineWidth(2 * fs);
        g.strokeOval(sx - r, cy - r, 2 * r, 2 * r);
        DilemmaPalette.text(g, "mixed equilibrium", tx, cy, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        cy += row;
        g.setStroke(DilemmaPalette.TRAJECTORY);
        g.setLineWidth(2.2 * fs);
        g.strokeLine(sx - 10 * fs, cy + 4 * fs, sx, cy);
        g.setFill(DilemmaPalette.TRAJECTORY);
        g.fillOval(sx - 5 * fs, cy - 5 * fs, 10 * fs, 10 * fs);
        DilemmaPalette.text(g, "run's path, now", tx, cy, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        cy += row * 1.2;
        DilemmaPalette.text(g, "welfare V", x, cy, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        cy += row * 0.8;
        double bw = 110 * fs;
        double bh = 10 * fs;
        for (int k = 0; k < 24; k++) {
            g.setFill(DilemmaPalette.welfare(k / 23.0));
            g.fillRect(x + k * bw / 24, cy - bh / 2, bw / 24 + 0.5, bh);
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeRect(x, cy - bh / 2, bw, bh);
        cy += bh / 2 + 3 * fs;
        DilemmaPalette.text(g, DilemmaPalette.number(heatMin), x, cy, font, DilemmaPalette.MUTED,
                TextAlignment.LEFT, VPos.TOP);
        DilemmaPalette.text(g, DilemmaPalette.number(heatMax), x + bw, cy, font, DilemmaPalette.MUTED,
                TextAlignment.RIGHT, VPos.TOP);
    }
}
