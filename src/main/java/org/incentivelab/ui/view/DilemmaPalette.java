package org.incentivelab.ui.view;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.GameClass;

/**
 * The colours, fonts and small drawing helpers shared by the social-dilemma views (payoff matrix, fear/greed
 * plane, vector field, N-player view), chosen to stay legible on a classroom projector: white background, dark
 * text, fonts of at least 12 px, player 1 blue, player 2 red, cooperation green, defection grey, soft pastels
 * for regions.
 */
final class DilemmaPalette {
    /** Player 1 (row player). */
    static final Color PLAYER_1 = Color.web("#1f77b4");
    /** Player 2 (column player). */
    static final Color PLAYER_2 = Color.web("#d62728");
    /** Cooperation. */
    static final Color COOPERATE = Color.web("#2ca02c");
    /** Defection. */
    static final Color DEFECT = Color.web("#7f7f7f");
    /** Background. */
    static final Color BACKGROUND = Color.WHITE;
    /** Main text. */
    static final Color TEXT = Color.web("#212121");
    /** Secondary text (axis ticks, notes). */
    static final Color MUTED = Color.web("#5f6368");
    /** Axis and frame lines. */
    static final Color AXIS = Color.web("#9e9e9e");
    /** Light grid lines. */
    static final Color GRID = Color.web("#e6e6e6");
    /** Positive numbers (incentives that reward). */
    static final Color POSITIVE = Color.web("#1e8a1e");
    /** Negative numbers (incentives that punish). */
    static final Color NEGATIVE = Color.web("#c62828");
    /** Outline of cells the user overrides. */
    static final Color OVERRIDE = Color.web("#ff7f0e");
    /** The run's trajectory in policy space. */
    static final Color TRAJECTORY = Color.web("#6a3d9a");

    /** Region of the Prisoner's Dilemma (greed &gt; 0, fear &gt; 0). */
    static final Color REGION_PD = Color.web("#f8d7d5");
    /** Region of Chicken (greed &gt; 0, fear ≤ 0). */
    static final Color REGION_CHICKEN = Color.web("#fde5c4");
    /** Region of the Stag Hunt (greed ≤ 0, fear &gt; 0). */
    static final Color REGION_STAG_HUNT = Color.web("#e4d9f0");
    /** Region of games with no dilemma (greed ≤ 0, fear ≤ 0). */
    static final Color REGION_NONE = Color.web("#d5eddb");
    /** Region where conditions 1–3 fail (not a social dilemma). */
    static final Color REGION_INVALID = Color.web("#ececec");
    /** Hatching over the invalid region. */
    static final Color HATCH = Color.web("#b0b0b0");

    private static final Color TINT_POSITIVE = Color.web("#a8dca8");
    private static final Color TINT_NEGATIVE = Color.web("#f4b0ae");
    private static final Color WELFARE_LOW = Color.web("#ffffff");
    private static final Color WELFARE_HIGH = Color.web("#f6c96b");

    private DilemmaPalette() {
    }

    /** @return the colour of player i (0-based): blue, red, then a neutral dark tone */
    static Color player(int i) {
        return i == 0 ? PLAYER_1 : i == 1 ? PLAYER_2 : TEXT;
    }

    /** @return the pastel of a game class's region */
    static Color region(GameClass c) {
        switch (c) {
            case PRISONERS_DILEMMA:
                return REGION_PD;
            case CHICKEN:
                return REGION_CHICKEN;
            case STAG_HUNT:
                return REGION_STAG_HUNT;
            case NO_DILEMMA:
                return REGION_NONE;
            default:
                return REGION_INVALID;
        }
    }

    /**
     * A soft tint for an incentive: white at 0, pastel green for rewards, pastel red for punishments, saturating
     * at ±max.
     */
    static Color incentiveTint(double value, double max) {
        if (!(max > 0) || !Double.isFinite(value) || value == 0) {
            return BACKGROUND;
        }
        double t = Math.min(1, Math.abs(value) / max);
        return BACKGROUND.interpolate(value > 0 ? TINT_POSITIVE : TINT_NEGATIVE, t);
    }

    /** @return the colour of an incentive's number: green for positive, red for negative, grey near 0 */
    static Color signColor(double value) {
        if (Math.abs(value) < 0.005) {
            return MUTED;
        }
        return value > 0 ? POSITIVE : NEGATIVE;
    }

    /** @return a light colour for welfare fraction t in [0, 1] (0 = least, 1 = most) */
    static Color welfare(double t) {
        return WELFARE_LOW.interpolate(WELFARE_HIGH, Math.max(0, Math.min(1, t)));
    }

    /** @return a regular font of that size (pixels) */
    static Font font(double size) {
        return Font.font("System", FontWeight.NORMAL, size);
    }

    /** @return a bold font of that size (pixels) */
    static Font bold(double size) {
        return Font.font("System", FontWeight.BOLD, size);
    }

    /** @return a number with two decimals and a sign ("+1.23", "−0.45", "0.00") */
    static String signed(double x) {
        if (Math.abs(x) < 0.005) {
            return "0.00";
        }
        return (x > 0 ? "+" : "\u2212") + String.format(Locale.ROOT, "%.2f", Math.abs(x));
    }

    /** @return a payoff: as an integer when whole, else with two decimals; minus sign typographic */
    static String number(double x) {
        String s;
        if (Math.abs(x - Math.rint(x)) < 1e-9 && Math.abs(x) < 1e9) {
            s = Long.toString((long) Math.rint(x));
        } else {
            s = String.format(Locale.ROOT, "%.2f", x);
        }
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** @return a number with two decimals, typographic minus */
    static String fixed(double x) {
        String s = String.format(Locale.ROOT, "%.2f", x);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** @return a number for CSV: plain Java decimal, full precision */
    static String csv(double x) {
        return Double.toString(x);
    }

    /**
     * Strokes one arrow of a vector field, centred on (cx, cy), with a two-stroke head at ±28° from the reversed
     * direction (the planner's and D3C's fields).
     *
     * @param dx the direction's x on the canvas, unit length
     * @param dy the direction's y on the canvas (down positive), unit length
     * @param length the arrow's length in pixels
     * @param head the longest head stroke in pixels (at most half the length is used)
     */
    static void fieldArrow(GraphicsContext g, double cx, double cy, double dx, double dy, double length, double head) {
        double bx = cx + dx * length / 2;
        double by = cy + dy * length / 2;
        g.strokeLine(cx - dx * length / 2, cy - dy * length / 2, bx, by);
        double hl = Math.min(head, length * 0.5);
        double c = 0.8829;
        double s = 0.4695;
        g.strokeLine(bx, by, bx - hl * (dx * c - dy * s), by - hl * (dy * c + dx * s));
        g.strokeLine(bx, by, bx - hl * (dx * c + dy * s), by - hl * (dy * c - dx * s));
    }

    /**
     * Strokes a run's path in the trajectory colour and rings its start (the vector fields of the planner and D3C).
     *
     * @param xs the points' canvas x, at least {@code m}
     * @param ys the points' canvas y, at least {@code m}
     * @param m the number of points, ≥ 1
     * @param fs the font scale of the canvas
     * @param alpha the path's opacity
     */
    static void path(GraphicsContext g, double[] xs, double[] ys, int m, double fs, double alpha) {
        g.setStroke(TRAJECTORY);
        g.setLineWidth(2.2 * fs);
        g.setGlobalAlpha(alpha);
        g.strokePolyline(xs, ys, m);
        g.setGlobalAlpha(1);
        double r = 3.5 * fs;
        g.setFill(Color.WHITE);
        g.fillOval(xs[0] - r, ys[0] - r, 2 * r, 2 * r);
        g.setLineWidth(1.5 * fs);
        g.strokeOval(xs[0] - r, ys[0] - r, 2 * r, 2 * r);
    }

    /** Draws text with the given alignment and vertical position. */
    static void text(GraphicsContext g, String s, double x, double y, Font font, Color color, TextAlignment align,
            VPos baseline) {
        g.setFont(font);
        g.setFill(color);
        g.setTextAlign(align);
        g.setTextBaseline(baseline);
        g.fillText(s, x, y);
    }

    /** Draws text centred on (x, y) with a white halo, readable over arrows and tokens. */
    static void haloText(GraphicsContext g, String s, double x, double y, Font font, Color color) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(Color.WHITE);
        g.setLineWidth(3);
        g.strokeText(s, x, y);
        g.setFill(color);
        g.fillText(s, x, y);
    }

    /** Draws text turned 90° anticlockwise (a y-axis title), centred on (x, y). */
    static void verticalText(GraphicsContext g, String s, double x, double y, Font font, Color color) {
        g.save();
        g.translate(x, y);
        g.rotate(-90);
        text(g, s, 0, 0, font, color, TextAlignment.CENTER, VPos.CENTER);
        g.restore();
    }

    /** Draws a badge: a green disc with a tick when true, a grey disc with a cross when false. */
    static void badge(GraphicsContext g, double cx, double cy, double r, boolean ok) {
        g.setFill(ok ? COOPERATE : Color.web("#bdbdbd"));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(Math.max(1.5, r / 4));
        if (ok) {
            g.strokePolyline(new double[] {cx - r * 0.5, cx - r * 0.1, cx + r * 0.55},
                    new double[] {cy + r * 0.05, cy + r * 0.45, cy - r * 0.4}, 3);
        } else {
            double d = r * 0.4;
            g.strokeLine(cx - d, cy - d, cx + d, cy + d);
            g.strokeLine(cx - d, cy + d, cx + d, cy - d);
        }
    }

    /** @return the font scale for a plot view: 1 at the preferred size, up to 1.8 when the view is large */
    static double fontScale(double width, double height) {
        double s = Math.min(width / 420, height / 340);
        return Math.max(1, Math.min(1.8, s));
    }
}
