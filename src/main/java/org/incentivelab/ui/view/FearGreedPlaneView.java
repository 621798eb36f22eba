package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.run.MetricNames;
import org.incentivelab.run.Series;
import org.incentivelab.run.Snapshot;

/**
 * The fear/greed plane of thesis 003 (Fig. 4.1c; digest §7 item 2): x = greed = T − R, y = fear = P − S. The
 * background shows which class a symmetric game with the current game's R and P falls in: Prisoner's Dilemma
 * (greed &gt; 0, fear &gt; 0), Chicken (greed &gt; 0, fear ≤ 0), Stag Hunt (greed ≤ 0, fear &gt; 0), no dilemma
 * (both ≤ 0) and, hatched, the games that fail condition 2 (R &gt; S ⇔ fear &gt; P − R) or condition 3
 * (2R &gt; T + S ⇔ greed − fear &lt; R − P) of §3.1.2 (for R = 3, P = 1: fear &gt; −2 and greed − fear &lt; 2,
 * digest §3.4). If R ≤ P (condition 1) the whole plane is hatched.
 *
 * <p>Marked: the Table 4.1 games and the Table 3.2 canonical games (small squares, placed by their own greed and
 * fear), the current game (big black point) and, for each player of a 2-player run, the game it faces with the
 * planner's incentives (coloured dot) with a fading trail drawn from the recorded greed′ and fear′ series. The
 * plane widens from [−3, 3]² when a point leaves it, up to ±(2c + 2).
 */
public final class FearGreedPlaneView extends CanvasView {
    /** Half-width of the plane shown when everything fits. */
    static final double BASE_RANGE = 3;
    private static final int TRAIL_POINTS = 1000;
    private static final int TRAIL_CHUNKS = 12;

    /** A paper game marked on the plane, with where its label goes (dx, dy in label heights). */
    private record PaperGame(SocialDilemma game, String label, String secondLine, int side) {
    }

    private static final int ABOVE = 0;
    private static final int BELOW = 1;
    private static final int RIGHT = 2;

    private static final PaperGame[] PAPER_GAMES = {
        new PaperGame(SocialDilemma.PD, "PD", "= PD 3.2", ABOVE),
        new PaperGame(SocialDilemma.STAG_HUNT, "Stag Hunt", "= SH 3.2", ABOVE),
        new PaperGame(SocialDilemma.CHICKEN, "Chicken 4.1", null, BELOW),
        new PaperGame(SocialDilemma.CANONICAL_CHICKEN, "Chicken 3.2", null, RIGHT),
    };

    private double[] xs = new double[TRAIL_POINTS];
    private double[] ys = new double[TRAIL_POINTS];

    // layout of the current frame
    private double plotX;
    private double plotY;
    private double plotSize;
    private double range = BASE_RANGE;

    /** Creates the view; it shows nothing until the first {@link #update}. */
    public FearGreedPlaneView() {
        super("kind,episode,greed'_1,fear'_1,greed'_2,fear'_2");
    }

    @Override
    public String title() {
        return "Fear and greed";
    }

    @Override
    public String description() {
        return "Fig. 4.1c: where the planner moves each player's game. x = greed (T − R, the gain from defecting on "
                + "a cooperator), y = fear (P − S, the loss of a cooperator who meets a defector). Background: "
                + "Prisoner's Dilemma (both > 0), Chicken (greed only), Stag Hunt (fear only), no dilemma (neither); "
                + "hatched games are not social dilemmas (R ≤ S or 2R ≤ T + S). Black point: the game; coloured "
                + "dots and trails: the game each player faces with the planner's incentives. Watch them leave the "
                + "PD quadrant for the no-dilemma quadrant.";
    }

    @Override
    void writeCsvRows(Writer out, Snapshot s) throws IOException {
        SocialDilemma game = s.planner().payoffs();
        out.write("game," + s.episode() + "," + DilemmaPalette.csv(game.greed()) + "," + DilemmaPalette.csv(game.fear())
                + "," + DilemmaPalette.csv(game.greed()) + "," + DilemmaPalette.csv(game.fear()) + "\n");
        if (s.planner().players() != 2) {
            return;
        }
        SocialDilemma m1 = s.planner().modifiedGame(0);
        SocialDilemma m2 = s.planner().modifiedGame(1);
        out.write("modified," + s.episode() + "," + DilemmaPalette.csv(m1.greed()) + "," + DilemmaPalette.csv(m1.fear())
                + "," + DilemmaPalette.csv(m2.greed()) + "," + DilemmaPalette.csv(m2.fear()) + "\n");
        Optional<Series> g1 = s.focus(MetricNames.greed(1));
        Optional<Series> f1 = s.focus(MetricNames.fear(1));
        Optional<Series> g2 = s.focus(MetricNames.greed(2));
        Optional<Series> f2 = s.focus(MetricNames.fear(2));
        if (g1.isEmpty() || f1.isEmpty() || g2.isEmpty() || f2.isEmpty()) {
            return;
        }
        int m = Math.min(Math.min(g1.get().mean().length, f1.get().mean().length),
                Math.min(g2.get().mean().length, f2.get().mean().length));
        double[] episodes = g1.get().episodes();
        for (int j = 0; j < m; j++) {
            out.write("trail," + DilemmaPalette.csv(episodes[j]) + "," + DilemmaPalette.csv(g1.get().mean()[j]) + ","
                    + DilemmaPalette.csv(f1.get().mean()[j]) + "," + DilemmaPalette.csv(g2.get().mean()[j]) + ","
                    + DilemmaPalette.csv(f2.get().mean()[j]) + "\n");
        }
    }

    /** @return the half-width of the plane in the last drawing (for tests) */
    double range() {
        return range;
    }

    // ---------------------------------------------------------------- drawing

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        Font tick = DilemmaPalette.font(12 * fs);
        Font label = DilemmaPalette.bold(13 * fs);
        if (s.planner().players() != 2) {
            drawTwoPlayersOnly(g, w, h, fs, "The fear/greed plane", s.planner().players());
            return;
        }
        range = rangeFor(s);

        double left = 48 * fs;
        double bottom = 42 * fs;
        double top = 10 * fs;
        double legendW = 162 * fs;
        double legendH = 60 * fs;
        double sizeRight = Math.min(w - left - legendW - 8 * fs, h - top - bottom);
        double sizeBelow = Math.min(w - left - 12 * fs, h - top - bottom - legendH);
        double sizeAlone = Math.min(w - left - 12 * fs, h - top - bottom);
        int legend;
        if (Math.max(sizeRight, sizeBelow) < 150 * fs) {
            legend = 0; // too small for a legend: the plot alone, the tooltip explains
            plotSize = Math.max(40, sizeAlone);
        } else if (sizeRight * 1.15 >= sizeBelow) {
            legend = 1;
            plotSize = sizeRight;
        } else {
            legend = 2;
            plotSize = sizeBelow;
        }
        plotX = left;
        plotY = top;

        drawRegions(g, s, fs);
        drawAxes(g, fs, tick, label);
        drawPaperGames(g, fs, tick);
        drawPlayers(g, s, fs);
        SocialDilemma game = s.planner().payoffs();
        dot(g, px(game.greed()), py(game.fear()), 7 * fs, Color.BLACK);
        if (legend == 1) {
            drawLegend(g, s, plotX + plotSize + 14 * fs, plotY + 4 * fs, fs, tick, 1, 0);
        } else if (legend == 2) {
            drawLegend(g, s, 8 * fs, plotY + plotSize + bottom, fs, tick, 2, (w - 16 * fs) / 2);
        }
    }

    private double rangeFor(Snapshot s) {
        double extent = Math.max(Math.abs(s.planner().payoffs().greed()), Math.abs(s.planner().payoffs().fear()));
        for (int i = 0; i < 2; i++) {
            SocialDilemma m = s.planner().modifiedGame(i);
            extent = Math.max(extent, Math.max(Math.abs(m.greed()), Math.abs(m.fear())));
            extent = Math.max(extent, maxAbs(s.focus(MetricNames.greed(i + 1))));
            extent = Math.max(extent, maxAbs(s.focus(MetricNames.fear(i + 1))));
        }
        double cap = Math.max(BASE_RANGE, 2 * s.planner().maxReward() + 2);
        if (!(extent > BASE_RANGE - 0.2)) {
            return BASE_RANGE;
        }
        return Math.min(cap, Math.ceil(extent + 0.5));
    }

    private static double maxAbs(Optional<Series> series) {
        double m = 0;
        if (series.isPresent()) {
            double[] v = series.get().mean();
            int from = Math.max(0, v.length - TRAIL_POINTS);
            for (int j = from; j < v.length; j++) {
                if (Double.isFinite(v[j])) {
                    m = Math.max(m, Math.abs(v[j]));
                }
            }
        }
        return m;
    }

    private double px(double greed) {
        return plotX + (greed + range) / (2 * range) * plotSize;
    }

    private double py(double fear) {
        return plotY + (range - fear) / (2 * range) * plotSize;
    }

    private void drawRegions(GraphicsContext g, Snapshot s, double fs) {
        double l = range;
        double x0 = px(-l);
        double xm = px(0);
        double x1 = px(l);
        double y0 = py(l);
        double ym = py(0);
        double y1 = py(-l);
        g.save();
        g.beginPath();
        g.rect(plotX, plotY, plotSize, plotSize);
        g.clip();
        g.setFill(DilemmaPalette.REGION_STAG_HUNT);
        g.fillRect(x0, y0, xm - x0, ym - y0);
        g.setFill(DilemmaPalette.REGION_PD);
        g.fillRect(xm, y0, x1 - xm, ym - y0);
        g.setFill(DilemmaPalette.REGION_NONE);
        g.fillRect(x0, ym, xm - x0, y1 - ym);
        g.setFill(DilemmaPalette.REGION_CHICKEN);
        g.fillRect(xm, ym, x1 - xm, y1 - ym);

        double r = s.planner().payoffs().reward();
        double p = s.planner().payoffs().punishment();
        boolean allInvalid = !(r > p);
        double gap = r - p;
        // invalid: fear ≤ max(P − R, greed − (R − P)); kink at greed = 0
        g.beginPath();
        if (allInvalid) {
            g.rect(plotX, plotY, plotSize, plotSize);
        } else {
            g.moveTo(px(-l), py(-l - 1));
            g.lineTo(px(-l), py(-gap));
            g.lineTo(px(0), py(-gap));
            g.lineTo(px(l + 1), py(l + 1 - gap));
            g.lineTo(px(l + 1), py(-l - 1));
            g.closePath();
        }
        g.setFill(DilemmaPalette.REGION_INVALID);
        g.fill();
        g.clip();
        g.setStroke(DilemmaPalette.HATCH);
        g.setLineWidth(1);
        double step = 9 * fs;
        for (double d = -plotSize; d < plotSize; d += step) {
            g.strokeLine(plotX + d, plotY + plotSize, plotX + d + plotSize, plotY);
        }
        g.restore();

        if (!allInvalid) {
            g.setStroke(DilemmaPalette.MUTED);
            g.setLineWidth(1.2);
            g.save();
            g.beginPath();
            g.rect(plotX, plotY, plotSize, plotSize);
            g.clip();
            g.strokeLine(px(-l), py(-gap), px(0), py(-gap));
            g.strokeLine(px(0), py(-gap), px(l + 1), py(l + 1 - gap));
            g.restore();
        }

        Font region = DilemmaPalette.bold(12 * fs);
        Color ink = Color.web("#424242");
        double pad = 5 * fs;
        boolean roomy = x1 - xm > 135 * fs;
        DilemmaPalette.text(g, roomy ? "Prisoner's Dilemma" : "PD", x1 - pad, y0 + pad, region, ink,
                TextAlignment.RIGHT, VPos.TOP);
        DilemmaPalette.text(g, "Stag Hunt", x0 + pad, y0 + pad, region, ink, TextAlignment.LEFT, VPos.TOP);
        if (!allInvalid) {
            DilemmaPalette.text(g, "Chicken", xm + pad, ym + pad, region, ink, TextAlignment.LEFT, VPos.TOP);
            DilemmaPalette.text(g, "no dilemma", x0 + pad, ym + pad, region, ink, TextAlignment.LEFT, VPos.TOP);
        }
        String invalid = "not a social dilemma";
        double bw = 134 * fs;
        double bh = 17 * fs;
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRect(x1 - pad - bw, y1 - pad - bh, bw + 2, bh);
        DilemmaPalette.text(g, invalid, x1 - pad, y1 - pad - bh / 2, region, ink, TextAlignment.RIGHT,
                VPos.CENTER);
    }

    private void drawAxes(GraphicsContext g, double fs, Font tick, Font label) {
        int step = range > 6 ? 2 : 1;
        g.setLineWidth(1);
        for (int v = (int) -Math.floor(range); v <= range; v++) {
            if (v % step != 0) {
                continue;
            }
            double x = px(v);
            double y = py(v);
            g.setStroke(v == 0 ? Color.web("#616161") : Color.rgb(255, 255, 255, 0.7));
            g.setLineWidth(v == 0 ? 1.3 : 1);
            g.strokeLine(x, plotY, x, plotY + plotSize);
            g.strokeLine(plotX, y, plotX + plotSize, y);
            g.setStroke(DilemmaPalette.AXIS);
            g.setLineWidth(1);
            g.strokeLine(x, plotY + plotSize, x, plotY + plotSize + 4 * fs);
            g.strokeLine(plotX - 4 * fs, y, plotX, y);
            String t = DilemmaPalette.number(v);
            DilemmaPalette.text(g, t, x, plotY + plotSize + 6 * fs, tick, DilemmaPalette.MUTED, TextAlignment.CENTER,
                    VPos.TOP);
            DilemmaPalette.text(g, t, plotX - 6 * fs, y, tick, DilemmaPalette.MUTED, TextAlignment.RIGHT,
                    VPos.CENTER);
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeRect(plotX, plotY, plotSize, plotSize);
        DilemmaPalette.text(g, "greed = T \u2212 R", plotX + plotSize / 2, plotY + plotSize + 22 * fs, label,
                DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.TOP);
        DilemmaPalette.verticalText(g, "fear = P \u2212 S", 12 * fs, plotY + plotSize / 2, label, DilemmaPalette.TEXT);
    }

    private void drawPaperGames(GraphicsContext g, double fs, Font font) {
        double half = 4 * fs;
        Color ink = Color.web("#424242");
        for (PaperGame p : PAPER_GAMES) {
            double x = px(p.game().greed());
            double y = py(p.game().fear());
            g.setFill(ink);
            g.fillRect(x - half, y - half, 2 * half, 2 * half);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeRect(x - half, y - half, 2 * half, 2 * half);
            double lh = 14 * fs;
            switch (p.side()) {
                case ABOVE:
                    if (p.secondLine() != null && plotSize / (2 * range) >= 34 * fs) {
                        DilemmaPalette.text(g, p.label(), x, y - half - 3 * fs - lh, font, ink, TextAlignment.CENTER,
                                VPos.BOTTOM);
                        DilemmaPalette.text(g, p.secondLine(), x, y - half - 3 * fs, font,
                                DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.BOTTOM);
                    } else {
                        DilemmaPalette.text(g, p.label(), x, y - half - 3 * fs, font, ink, TextAlignment.CENTER,
                                VPos.BOTTOM);
                    }
                    break;
                case BELOW:
                    DilemmaPalette.text(g, p.label(), x, y + half + 3 * fs, font, ink, TextAlignment.CENTER,
                            VPos.TOP);
                    break;
                default:
                    DilemmaPalette.text(g, p.label(), x + half + 4 * fs, y, font, ink, TextAlignment.LEFT,
                            VPos.CENTER);
                    break;
            }
        }
    }

    private void drawPlayers(GraphicsContext g, Snapshot s, double fs) {
        g.save();
        g.beginPath();
        g.rect(plotX, plotY, plotSize, plotSize);
        g.clip();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(2 * fs);
        for (int i = 0; i < 2; i++) {
            Optional<Series> gs = s.focus(MetricNames.greed(i + 1));
            Optional<Series> fsr = s.focus(MetricNames.fear(i + 1));
            if (gs.isEmpty() || fsr.isEmpty()) {
                continue;
            }
            double[] gv = gs.get().mean();
            double[] fv = fsr.get().mean();
            int total = Math.min(gv.length, fv.length);
            int from = Math.max(0, total - TRAIL_POINTS);
            int m = total - from;
            if (xs.length < m) {
                xs = new double[m];
                ys = new double[m];
            }
            for (int j = 0; j < m; j++) {
                xs[j] = px(gv[from + j]);
                ys[j] = py(fv[from + j]);
            }
            g.setStroke(DilemmaPalette.player(i));
            for (int c = 0; c < TRAIL_CHUNKS; c++) {
                int a = c * (m - 1) / TRAIL_CHUNKS;
                int b = (c + 1) * (m - 1) / TRAIL_CHUNKS;
                g.setGlobalAlpha(0.12 + 0.78 * (c + 1) / TRAIL_CHUNKS);
                for (int j = a; j < b; j++) {
                    g.strokeLine(xs[j], ys[j], xs[j + 1], ys[j + 1]);
                }
            }
            g.setGlobalAlpha(1);
        }
        g.restore();
        for (int i = 1; i >= 0; i--) {
            SocialDilemma m = s.planner().modifiedGame(i);
            dot(g, px(m.greed()), py(m.fear()), 5.5 * fs, DilemmaPalette.player(i));
        }
    }

    private static void dot(GraphicsContext g, double x, double y, double r, Color fill) {
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void drawLegend(GraphicsContext g, Snapshot s, double x, double y, double fs, Font font, int columns,
            double colW) {
        double row = columns == 1 ? 19 * fs : 17 * fs;
        String[] names = {"current game", "player 1 + planner", "player 2 + planner", "paper games",
            "fails R>S or 2R>T+S", trailNote(s)};
        for (int k = 0; k < names.length; k++) {
            double ex = x + (columns == 1 ? 0 : (k % columns) * colW);
            double ey = y + (columns == 1 ? k : k / columns) * row + row / 2;
            double sx = ex + 8 * fs;
            switch (k) {
                case 0:
                    dot(g, sx, ey, 7 * fs, Color.BLACK);
                    break;
                case 1:
                case 2:
                    g.setStroke(DilemmaPalette.player(k - 1));
                    g.setLineWidth(2 * fs);
                    g.setGlobalAlpha(0.4);
                    g.strokeLine(sx - 8 * fs, ey + 3 * fs, sx, ey);
                    g.setGlobalAlpha(1);
                    dot(g, sx, ey, 5.5 * fs, DilemmaPalette.player(k - 1));
                    break;
                case 3:
                    g.setFill(Color.web("#424242"));
                    g.fillRect(sx - 4 * fs, ey - 4 * fs, 8 * fs, 8 * fs);
                    break;
                case 4:
                    g.setFill(DilemmaPalette.REGION_INVALID);
                    g.fillRect(sx - 7 * fs, ey - 6 * fs, 14 * fs, 12 * fs);
                    g.setStroke(DilemmaPalette.HATCH);
                    g.setLineWidth(1);
                    g.strokeLine(sx - 7 * fs, ey + 6 * fs, sx + 5 * fs, ey - 6 * fs);
                    g.strokeLine(sx - 1 * fs, ey + 6 * fs, sx + 7 * fs, ey - 2 * fs);
                    break;
                default:
                    break;
            }
            DilemmaPalette.text(g, names[k], ex + (k == 5 ? 0 : 20 * fs), ey, font,
                    k == 5 ? DilemmaPalette.MUTED : DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        }
        if (columns == 1) {
            DilemmaPalette.text(g, "regions for R = " + DilemmaPalette.number(s.planner().payoffs().reward()) + ", P = "
                    + DilemmaPalette.number(s.planner().payoffs().punishment()), x, y + (names.length + 0.5) * row, font,
                    DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.CENTER);
        }
    }

    private static String trailNote(Snapshot s) {
        Optional<Series> g = s.focus(MetricNames.greed(1));
        if (g.isEmpty() || g.get().episodes().length == 0) {
            return "trail: no data yet";
        }
        double[] e = g.get().episodes();
        return "trail: episodes " + DilemmaPalette.number(e[Math.max(0, e.length - TRAIL_POINTS)]) + "\u2013"
                + DilemmaPalette.number(e[e.length - 1]);
    }
}
