package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.run.MetricNames;
import org.incentivelab.run.Snapshot;

/**
 * The N-player linear social dilemma of thesis 003 §4.3 (digest §3.6, §7 item 8) for any N ≥ 2. Top: each
 * player's P(C) as a bar (green = cooperate, grey = defect), the mean P(C) and the welfare V (recorded series
 * of the focus run) out of its maximum N·R. Bottom: a Schelling diagram, the payoff of a cooperator u_C(k) and of a
 * defector u_D(k) against the number k of <em>other</em> cooperators ({@link DilemmaGame}), and dashed the same
 * payoffs plus the planner's incentives r^p(C, k) and r^p(D, k), averaged over the players. Where the dashed green
 * line lies above the dashed grey one, the planner has made cooperating pay for that k.
 */
public final class NPlayerView extends CanvasView {
    private static final Color WELFARE = Color.web("#e6a23c");

    private final double[] meanC = new double[DilemmaGame.MAX_PLAYERS];
    private final double[] meanD = new double[DilemmaGame.MAX_PLAYERS];

    /** Creates the view; it shows nothing until the first {@link #update}. */
    public NPlayerView() {
        super("kind,index,p_c,u_c,u_d,modified_u_c,modified_u_d");
    }

    @Override
    public String title() {
        return "N players";
    }

    @Override
    public String description() {
        return "Top: how likely each player is to cooperate (green) or defect (grey), the average, and the social "
                + "welfare V against its maximum N·R (everyone cooperates). Bottom: what one player earns by "
                + "cooperating (u_C, green) or defecting (u_D, grey) when k of the others cooperate; payoffs are "
                + "linear in k (thesis 003 §4.3). In a dilemma u_D lies above u_C for every k, so each player "
                + "defects although all would gain if all cooperated. Dashed: the same payoffs plus the planner's "
                + "incentives (average over the players); the dotted line marks the expected k now.";
    }

    @Override
    void writeCsvRows(Writer out, Snapshot s) throws IOException {
        int n = s.planner().players();
        for (int i = 0; i < n; i++) {
            out.write("player," + (i + 1) + "," + DilemmaPalette.csv(s.planner().cooperation()[i]) + ",,,,\n");
        }
        DilemmaGame game = new DilemmaGame(n, s.planner().payoffs());
        averageIncentives(s);
        for (int k = 0; k < n; k++) {
            double uc = game.cooperatorPayoff(k);
            double ud = game.defectorPayoff(k);
            out.write("payoff," + k + ",," + DilemmaPalette.csv(uc) + "," + DilemmaPalette.csv(ud) + ","
                    + DilemmaPalette.csv(uc + meanC[k]) + "," + DilemmaPalette.csv(ud + meanD[k]) + "\n");
        }
    }

    private void averageIncentives(Snapshot s) {
        int n = s.planner().players();
        for (int k = 0; k < n; k++) {
            double c = 0;
            double d = 0;
            for (int i = 0; i < n; i++) {
                c += s.planner().incentives()[i][DilemmaGame.COOPERATE][k];
                d += s.planner().incentives()[i][DilemmaGame.DEFECT][k];
            }
            meanC[k] = c / n;
            meanD[k] = d / n;
        }
    }

    // ---------------------------------------------------------------- drawing

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        Font tick = DilemmaPalette.font(12 * fs);
        Font label = DilemmaPalette.bold(13 * fs);
        averageIncentives(s);
        boolean compact = w < 380;
        double side = compact ? 100 : 150 * fs;
        double split = Math.round(h * 0.42);
        drawBars(g, s, 0, 0, w - side, split, fs, tick, label);
        drawStats(g, s, w - side + 8 * fs, 0, side - 12 * fs, split, fs, tick, label, compact);
        g.setStroke(DilemmaPalette.GRID);
        g.setLineWidth(1);
        g.strokeLine(8, split, w - 8, split);
        drawSchelling(g, s, 0, split, compact ? w : w - side, h - split, fs, tick, label, compact);
        if (!compact) {
            drawLegend(g, w - side + 8 * fs, split + 28 * fs, fs, tick);
        }
    }

    private void drawBars(GraphicsContext g, Snapshot s, double x, double y, double w, double h, double fs,
            Font tick, Font label) {
        int n = s.planner().players();
        DilemmaPalette.text(g, "P(C) of each player", x + 10 * fs, y + 12 * fs, label, DilemmaPalette.TEXT,
                TextAlignment.LEFT, VPos.CENTER);
        double left = x + 40 * fs;
        double right = x + w - 6 * fs;
        double top = y + 28 * fs;
        double bottom = y + h - 20 * fs;
        double height = Math.max(10, bottom - top);
        g.setLineWidth(1);
        for (int t = 0; t <= 2; t++) {
            double ty = bottom - t / 2.0 * height;
            g.setStroke(t == 0 ? DilemmaPalette.AXIS : DilemmaPalette.GRID);
            g.strokeLine(left, ty, right, ty);
            DilemmaPalette.text(g, t == 0 ? "0" : t == 1 ? "0.5" : "1", left - 5 * fs, ty, tick,
                    DilemmaPalette.MUTED, TextAlignment.RIGHT, VPos.CENTER);
        }
        double slot = (right - left) / n;
        double bar = Math.max(2, Math.min(slot * 0.72, 48 * fs));
        int labelEvery = Math.max(1, (int) Math.ceil((n >= 10 ? 22 : 16) * fs / slot));
        for (int i = 0; i < n; i++) {
            double p = Math.max(0, Math.min(1, s.planner().cooperation()[i]));
            double bx = left + i * slot + (slot - bar) / 2;
            g.setFill(Color.web("#dcdcdc"));
            g.fillRect(bx, top, bar, height * (1 - p));
            g.setFill(DilemmaPalette.COOPERATE);
            g.fillRect(bx, top + height * (1 - p), bar, height * p);
            if (n == 2) {
                g.setStroke(DilemmaPalette.player(i));
                g.setLineWidth(2);
                g.strokeRect(bx, top, bar, height);
            }
            if ((n - 1 - i) % labelEvery == 0) {
                DilemmaPalette.text(g, Integer.toString(i + 1), bx + bar / 2, bottom + 4 * fs, tick,
                        n == 2 ? DilemmaPalette.player(i) : DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.TOP);
            }
        }
    }

    private void drawStats(GraphicsContext g, Snapshot s, double x, double y, double w, double h, double fs,
            Font tick, Font label, boolean compact) {
        int n = s.planner().players();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += s.planner().cooperation()[i] / n;
        }
        double welfare = s.focus(MetricNames.WELFARE).map(v -> v.last()).orElse(Double.NaN);
        if (Double.isNaN(welfare)) {
            welfare = new DilemmaGame(n, s.planner().payoffs()).welfare(s.planner().cooperation());
        }
        double max = n * s.planner().payoffs().reward();
        double cy = y + 12 * fs;
        if (compact) {
            DilemmaPalette.text(g, "P(C) " + DilemmaPalette.fixed(mean), x, cy, label, DilemmaPalette.TEXT,
                    TextAlignment.LEFT, VPos.CENTER);
            cy += 15;
            meter(g, x, cy, w - 4, 9, mean, DilemmaPalette.COOPERATE);
            cy += 22;
            DilemmaPalette.text(g, "V " + DilemmaPalette.fixed(welfare) + "/" + DilemmaPalette.number(max), x, cy,
                    label, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
            cy += 15;
            meter(g, x, cy, w - 4, 9, max > 0 ? welfare / max : 0, WELFARE);
            return;
        }
        DilemmaPalette.text(g, "cooperators", x, cy, label, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        cy += 20 * fs;
        DilemmaPalette.text(g, "mean P(C) " + DilemmaPalette.fixed(mean), x, cy, tick, DilemmaPalette.TEXT,
                TextAlignment.LEFT, VPos.CENTER);
        cy += 15 * fs;
        meter(g, x, cy, w - 4 * fs, 9 * fs, mean, DilemmaPalette.COOPERATE);
        cy += 26 * fs;
        DilemmaPalette.text(g, "welfare V", x, cy, label, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        cy += 20 * fs;
        DilemmaPalette.text(g, DilemmaPalette.fixed(welfare) + " of " + DilemmaPalette.number(max) + " (N\u00b7R)", x,
                cy, tick, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        cy += 15 * fs;
        meter(g, x, cy, w - 4 * fs, 9 * fs, max > 0 ? welfare / max : 0, WELFARE);
    }

    private static void meter(GraphicsContext g, double x, double y, double w, double h, double fraction,
            Color color) {
        double f = Math.max(0, Math.min(1, Double.isFinite(fraction) ? fraction : 0));
        g.setFill(Color.web("#eeeeee"));
        g.fillRect(x, y - h / 2, w, h);
        g.setFill(color);
        g.fillRect(x, y - h / 2, w * f, h);
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeRect(x, y - h / 2, w, h);
    }

    private void drawSchelling(GraphicsContext g, Snapshot s, double x, double y, double w, double h, double fs,
            Font tick, Font label, boolean compact) {
        int n = s.planner().players();
        DilemmaGame game = new DilemmaGame(n, s.planner().payoffs());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            double uc = game.cooperatorPayoff(k);
            double ud = game.defectorPayoff(k);
            lo = Math.min(lo, Math.min(Math.min(uc, ud), Math.min(uc + meanC[k], ud + meanD[k])));
            hi = Math.max(hi, Math.max(Math.max(uc, ud), Math.max(uc + meanC[k], ud + meanD[k])));
        }
        lo = Math.min(lo, 0);
        double step = niceStep(hi - lo);
        lo = Math.floor(lo / step) * step;
        hi = Math.ceil(hi / step) * step;
        if (hi <= lo) {
            hi = lo + 1;
        }
        DilemmaPalette.text(g, compact ? "payoff vs. other cooperators" : "payoff of one player vs. other cooperators",
                x + 10 * fs, y + 14 * fs, label,
                DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        double left = x + 48 * fs;
        double right = x + w - 10 * fs;
        double top = y + 30 * fs;
        double bottom = y + h - 40 * fs;
        double pw = Math.max(10, right - left);
        double ph = Math.max(10, bottom - top);
        double kMax = n - 1;
        g.setLineWidth(1);
        for (double v = lo; v <= hi + 1e-9; v += step) {
            double ty = bottom - (v - lo) / (hi - lo) * ph;
            g.setStroke(Math.abs(v) < 1e-9 ? DilemmaPalette.AXIS : DilemmaPalette.GRID);
            g.strokeLine(left, ty, right, ty);
            DilemmaPalette.text(g, DilemmaPalette.number(Math.rint(v * 100) / 100), left - 5 * fs, ty, tick,
                    DilemmaPalette.MUTED, TextAlignment.RIGHT, VPos.CENTER);
        }
        int kEvery = Math.max(1, (int) Math.ceil(22 * fs / (pw / Math.max(1, kMax))));
        for (int k = 0; k < n; k++) {
            double tx = left + k / kMax * pw;
            g.setStroke(DilemmaPalette.AXIS);
            g.strokeLine(tx, bottom, tx, bottom + 4 * fs);
            if (k % kEvery == 0 || k == n - 1) {
                DilemmaPalette.text(g, Integer.toString(k), tx, bottom + 6 * fs, tick, DilemmaPalette.MUTED,
                        TextAlignment.CENTER, VPos.TOP);
            }
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.strokeRect(left, top, pw, ph);
        DilemmaPalette.text(g, compact ? "k = other cooperators" : "k = number of other players who cooperate",
                left + pw / 2, bottom + 22 * fs, tick,
                DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.TOP);
        DilemmaPalette.verticalText(g, "payoff", x + 12 * fs, top + ph / 2, tick, DilemmaPalette.TEXT);

        // expected number of other cooperators now
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += s.planner().cooperation()[i] / n;
        }
        double now = left + mean * pw;
        g.setStroke(DilemmaPalette.MUTED);
        g.setLineWidth(1.2);
        g.setLineDashes(2 * fs, 3 * fs);
        g.strokeLine(now, top, now, bottom);
        g.setLineDashes((double[]) null);
        DilemmaPalette.text(g, "now", now + 3 * fs, top + 2 * fs, tick, DilemmaPalette.MUTED, TextAlignment.LEFT,
                VPos.TOP);

        double r = 3 * fs;
        for (int line = 0; line < 4; line++) {
            boolean cooperate = line % 2 == 0;
            boolean planner = line >= 2;
            g.setStroke(cooperate ? DilemmaPalette.COOPERATE : DilemmaPalette.DEFECT);
            g.setFill(cooperate ? DilemmaPalette.COOPERATE : DilemmaPalette.DEFECT);
            g.setLineWidth((planner ? 2 : 2.5) * fs);
            if (planner) {
                g.setLineDashes(7 * fs, 5 * fs);
            }
            double px = 0;
            double py = 0;
            for (int k = 0; k < n; k++) {
                double v = cooperate ? game.cooperatorPayoff(k) : game.defectorPayoff(k);
                if (planner) {
                    v += cooperate ? meanC[k] : meanD[k];
                }
                double cx = left + k / kMax * pw;
                double cy = bottom - (v - lo) / (hi - lo) * ph;
                if (k > 0) {
                    g.strokeLine(px, py, cx, cy);
                }
                px = cx;
                py = cy;
            }
            g.setLineDashes((double[]) null);
            if (planner && n <= 16) {
                for (int k = 0; k < n; k++) {
                    double v = (cooperate ? game.cooperatorPayoff(k) : game.defectorPayoff(k))
                            + (cooperate ? meanC[k] : meanD[k]);
                    double cx = left + k / kMax * pw;
                    double cy = bottom - (v - lo) / (hi - lo) * ph;
                    g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                }
            }
        }
    }

    private static double niceStep(double span) {
        double[] steps = {0.5, 1, 2, 5, 10, 20, 50, 100};
        for (double st : steps) {
            if (span / st <= 6) {
                return st;
            }
        }
        return Math.pow(10, Math.ceil(Math.log10(span / 6)));
    }

    private void drawLegend(GraphicsContext g, double x, double y, double fs, Font font) {
        double row = 20 * fs;
        double sx = x;
        double tx = x + 30 * fs;
        String[] names = {"u_C: cooperate", "u_D: defect", "+ planner's", "incentives", "(mean of players)"};
        for (int k = 0; k < 2; k++) {
            double cy = y + k * row;
            g.setStroke(k == 0 ? DilemmaPalette.COOPERATE : DilemmaPalette.DEFECT);
            g.setLineWidth(2.5 * fs);
            g.strokeLine(sx, cy, sx + 22 * fs, cy);
            DilemmaPalette.text(g, names[k], tx, cy, font, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        }
        double cy = y + 2 * row;
        g.setLineWidth(2 * fs);
        g.setLineDashes(7 * fs, 5 * fs);
        g.setStroke(DilemmaPalette.COOPERATE);
        g.strokeLine(sx, cy - 3 * fs, sx + 22 * fs, cy - 3 * fs);
        g.setStroke(DilemmaPalette.DEFECT);
        g.strokeLine(sx, cy + 3 * fs, sx + 22 * fs, cy + 3 * fs);
        g.setLineDashes((double[]) null);
        for (int k = 2; k < names.length; k++) {
            DilemmaPalette.text(g, names[k], tx, y + (2 + (k - 2) * 0.8) * row, font,
                    k == 2 ? DilemmaPalette.TEXT : k == 3 ? DilemmaPalette.TEXT : DilemmaPalette.MUTED,
                    TextAlignment.LEFT, VPos.CENTER);
        }
        cy = y + 4.8 * row;
        g.setStroke(DilemmaPalette.MUTED);
        g.setLineWidth(1.2);
        g.setLineDashes(2 * fs, 3 * fs);
        g.strokeLine(sx + 11 * fs, cy - 8 * fs, sx + 11 * fs, cy + 8 * fs);
        g.setLineDashes((double[]) null);
        DilemmaPalette.text(g, "expected k now", tx, cy, font, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
    }
}
