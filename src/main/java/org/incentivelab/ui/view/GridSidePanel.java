package org.incentivelab.ui.view;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.run.GridFrame;
import org.incentivelab.ui.view.GridWorldView.Gauge;

/**
 * Draws the side panel of the {@link GridWorldView} and the {@link GridEpisodeView}: "step t / T" on top; for Cleanup
 * the waste-density gauge (a vertical bar from 0 at the bottom to 1 at the top, filled up to the current density, with
 * a marker and its value on the left, and the lines of thresholdRestoration and thresholdDepletion labelled on the
 * right; the bar's background is green below restoration, where apples spawn at the full rate, and red above depletion,
 * where nothing spawns) and the live apple-spawn probability under it; for the Coin Game a note on the coin colours; at
 * the bottom each agent's reward in the step, followed by its Cleanup role ("cleaner", "harvester", … of
 * {@link GridRoles}, thesis 001 §5.4, Fig. 5.6) when one is given. Labels shorten to fit narrow panels; a reward row
 * first shortens to "1: 0" and keeps the role, and drops the role only when that does not fit. FX thread only.
 */
final class GridSidePanel {
    private static final Color FULL_RATE = Color.web("#e5f5e0");
    private static final Color NO_SPAWN = Color.web("#fde0dd");
    private static final Color BETWEEN = Color.web("#f7f7f7");
    private static final Color FILL = GridCellStyle.WASTE.deriveColor(0, 1, 1, 0.85);

    private final double[] markX = new double[3];
    private final double[] markY = new double[3];

    /**
     * Draws the panel.
     *
     * @param f the frame, not null
     * @param gauge the frame's gauge, or null for the Coin Game
     * @param roles each agent's role label by 0-based index ({@link GridRoles#labels()}), or null; null or empty
     *     entries, and agents beyond its length, get no label
     */
    void draw(GraphicsContext g, GridWorldLayout l, GridFrame f, Gauge gauge, String[] roles) {
        double fs = l.fs();
        double lh = l.lineHeight();
        double x0 = l.sideX();
        double room = l.sideWidth();
        Font bold = DilemmaPalette.bold(13 * fs);
        Font font = DilemmaPalette.font(12 * fs);
        String step = fit(room, bold, "step " + f.step() + " / " + f.maxSteps(), f.step() + "/" + f.maxSteps());
        DilemmaPalette.text(g, step, x0, l.pad() + lh / 2, bold, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        double rowsTop = l.height() - l.pad() - f.agentCount() * lh;
        if (gauge == null) {
            String note = fit(room, font, "coins in their owner's colour", "coin = owner's colour", "");
            DilemmaPalette.text(g, "Coin Game", x0, l.pad() + 1.6 * lh, font, DilemmaPalette.MUTED,
                    TextAlignment.LEFT, VPos.CENTER);
            DilemmaPalette.text(g, note, x0, l.pad() + 2.6 * lh, font, DilemmaPalette.MUTED, TextAlignment.LEFT,
                    VPos.CENTER);
        } else {
            String caption = fit(room, font, "waste density (0 – 1)", "waste density", "waste");
            DilemmaPalette.text(g, caption, x0, l.pad() + 1.6 * lh, font, DilemmaPalette.MUTED, TextAlignment.LEFT,
                    VPos.CENTER);
            double top = l.pad() + 2.4 * lh + 4 * fs;
            double bottom = rowsTop - 1.6 * lh;
            gauge(g, l, gauge, top, Math.max(top + 10 * fs, bottom));
            String p = String.format(Locale.ROOT, "%.3f", gauge.appleSpawnProbability());
            String text = fit(room, font, "apple spawn p = " + p, "apple p = " + p, p);
            DilemmaPalette.text(g, text, x0, rowsTop - 0.6 * lh, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                    VPos.CENTER);
        }
        for (int i = 0; i < f.agentCount(); i++) {
            double y = rowsTop + (i + 0.5) * lh;
            double r = 5 * fs;
            g.setFill(LioPalette.agent(i));
            g.fillOval(x0, y - r, 2 * r, 2 * r);
            String reward = DilemmaPalette.number(f.reward(i));
            String role = roles == null || i >= roles.length || roles[i] == null ? "" : roles[i];
            rewardRow(g, x0 + 3 * r, y, room - 3 * r, font, "Agent " + (i + 1) + "  reward " + reward,
                    (i + 1) + ": " + reward, role);
        }
    }

    /**
     * Draws one agent's reward row, the first that fits {@code room} pixels of: the long text and the role, the
     * short text and the role, the long text, the short text. The role is drawn in bold muted type.
     */
    private static void rewardRow(GraphicsContext g, double x, double y, double room, Font font, String full,
            String brief, String role) {
        Font roleFont = DilemmaPalette.bold(font.getSize());
        String gap = "  ";
        double roleWidth = role.isEmpty() ? 0 : TextMeasure.width(gap + role, roleFont);
        String main = brief;
        boolean withRole = false;
        if (TextMeasure.width(full, font) + roleWidth <= room) {
            main = full;
            withRole = !role.isEmpty();
        } else if (TextMeasure.width(brief, font) + roleWidth <= room) {
            withRole = !role.isEmpty();
        } else if (TextMeasure.width(full, font) <= room) {
            main = full;
        }
        DilemmaPalette.text(g, main, x, y, font, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        if (withRole) {
            DilemmaPalette.text(g, gap + role, x + TextMeasure.width(main, font), y, roleFont, DilemmaPalette.MUTED,
                    TextAlignment.LEFT, VPos.CENTER);
        }
    }

    private void gauge(GraphicsContext g, GridWorldLayout l, Gauge gauge, double top, double bottom) {
        double fs = l.fs();
        double barX = l.sideX() + 46 * fs;
        double barW = 16 * fs;
        double yRestore = level(gauge.restoration(), top, bottom);
        double yDeplete = level(gauge.depletion(), top, bottom);
        double yDensity = level(gauge.density(), top, bottom);
        g.setFill(NO_SPAWN);
        g.fillRect(barX, top, barW, yDeplete - top);
        g.setFill(BETWEEN);
        g.fillRect(barX, yDeplete, barW, yRestore - yDeplete);
        g.setFill(FULL_RATE);
        g.fillRect(barX, yRestore, barW, bottom - yRestore);
        g.setFill(FILL);
        g.fillRect(barX + 3 * fs, yDensity, barW - 6 * fs, bottom - yDensity);
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeRect(barX, top, barW, bottom - top);
        g.setLineWidth(2);
        g.setStroke(DilemmaPalette.NEGATIVE);
        g.strokeLine(barX - 3 * fs, yDeplete, barX + barW + 3 * fs, yDeplete);
        g.setStroke(DilemmaPalette.POSITIVE);
        g.strokeLine(barX - 3 * fs, yRestore, barX + barW + 3 * fs, yRestore);
        thresholdLabels(g, l, gauge, barX + barW + 6 * fs, yDeplete, yRestore, top, bottom);
        markX[0] = barX - 2 * fs;
        markY[0] = yDensity;
        markX[1] = barX - 11 * fs;
        markY[1] = yDensity - 5 * fs;
        markX[2] = barX - 11 * fs;
        markY[2] = yDensity + 5 * fs;
        g.setFill(DilemmaPalette.TEXT);
        g.fillPolygon(markX, markY, 3);
        DilemmaPalette.text(g, String.format(Locale.ROOT, "%.2f", gauge.density()), barX - 13 * fs, yDensity,
                DilemmaPalette.bold(12 * fs), DilemmaPalette.TEXT, TextAlignment.RIGHT, VPos.CENTER);
    }

    /** Labels both threshold lines on the right of the bar, moved apart when they would overlap. */
    private static void thresholdLabels(GraphicsContext g, GridWorldLayout l, Gauge gauge, double x, double yDeplete,
            double yRestore, double top, double bottom) {
        Font font = DilemmaPalette.font(12 * l.fs());
        double gap = 15 * l.fs();
        double yD = yDeplete;
        double yR = yRestore;
        if (yR - yD < gap) {
            double mid = (yR + yD) / 2;
            yD = mid - gap / 2;
            yR = mid + gap / 2;
        }
        if (yR > bottom + 0.3 * gap) {
            yD -= yR - bottom - 0.3 * gap;
            yR = bottom + 0.3 * gap;
        }
        if (yD < top - 0.3 * gap) {
            yR += top - 0.3 * gap - yD;
            yD = top - 0.3 * gap;
        }
        double room = l.sideX() + l.sideWidth() - x;
        String d = String.format(Locale.ROOT, "%.2f", gauge.depletion());
        String r = String.format(Locale.ROOT, "%.2f", gauge.restoration());
        DilemmaPalette.text(g, fit(room, font, "thresholdDepletion " + d, "depletion " + d, d), x, yD, font,
                DilemmaPalette.NEGATIVE, TextAlignment.LEFT, VPos.CENTER);
        DilemmaPalette.text(g, fit(room, font, "thresholdRestoration " + r, "restoration " + r, r), x, yR, font,
                DilemmaPalette.POSITIVE, TextAlignment.LEFT, VPos.CENTER);
    }

    /** @return the y of {@code value} in [0, 1] on a bar from {@code bottom} (0) to {@code top} (1) */
    private static double level(double value, double top, double bottom) {
        return bottom - Math.max(0, Math.min(1, value)) * (bottom - top);
    }

    /** @return the first of {@code forms} that fits {@code room} pixels in {@code font}, else the last */
    private static String fit(double room, Font font, String... forms) {
        for (String s : forms) {
            if (TextMeasure.width(s, font) <= room) {
                return s;
            }
        }
        return forms[forms.length - 1];
    }
}
