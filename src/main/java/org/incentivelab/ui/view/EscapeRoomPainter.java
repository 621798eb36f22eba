package org.incentivelab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.EscapeRoom;

/**
 * Draws the room of the Escape Room view from an {@link EscapeRoomLayout}: the header, the three places, the door
 * and the text row under the places (arrow legend, lever count). The tokens, arrows and bars have their own
 * painters ({@link EscapeRoomTokens}, {@link IncentiveArrows}, {@link EscapeRoomBars}). FX thread only.
 */
final class EscapeRoomPainter {
    private static final String[] PLACES = {"Lever", "Start", "Door"};
    private static final String[] ACTIONS = {"lever", "start", "door"};
    private static final Color DOOR_CLOSED = Color.web("#8d6e63");
    private static final Color DOOR_OPEN = Color.web("#d9f0d3");
    private static final Color DOOR_KNOB = Color.web("#f5e6a8");
    private static final String PAUSED = " · paused";
    private static final String LEGEND_CAPTION = "arrow colour = recipient's action:";

    private final double[] leafX = new double[4];
    private final double[] leafY = new double[4];

    /**
     * Draws the header: the step on the left, the returns on the right, in the longest forms that fit side by side.
     *
     * @param step "step t / T"
     * @param paused whether to add " · paused" (if it fits)
     * @param returns the right part, longest form first
     */
    void header(GraphicsContext g, EscapeRoomLayout l, String step, boolean paused, String... returns) {
        double fs = l.fs();
        Font bold = DilemmaPalette.bold(12 * fs);
        Font font = DilemmaPalette.font(12 * fs);
        double room = l.width() - 2 * l.pad() - 12 * fs;
        String right = returns[returns.length - 1];
        for (String r : returns) {
            if (TextMeasure.width(step, bold) + TextMeasure.width(r, font) <= room) {
                right = r;
                break;
            }
        }
        boolean roomForPaused = TextMeasure.width(step + PAUSED, bold) + TextMeasure.width(right, font) <= room;
        String left = paused && roomForPaused ? step + PAUSED : step;
        DilemmaPalette.text(g, left, l.pad(), l.headerY(), bold, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        DilemmaPalette.text(g, right, l.width() - l.pad(), l.headerY(), font, DilemmaPalette.TEXT,
                TextAlignment.RIGHT, VPos.CENTER);
    }

    /** Draws the three places, lightly tinted in their action's colour, with their names above. */
    void places(GraphicsContext g, EscapeRoomLayout l) {
        double fs = l.fs();
        for (int p = 0; p < EscapeRoom.POSITIONS; p++) {
            Color c = LioPalette.action(p);
            double bx = l.boxX(p);
            g.setFill(DilemmaPalette.BACKGROUND.interpolate(c, 0.1));
            g.fillRoundRect(bx, l.boxTop(), l.boxWidth(), l.boxHeight(), 10 * fs, 10 * fs);
            g.setStroke(c);
            g.setLineWidth(1.5);
            g.strokeRoundRect(bx, l.boxTop(), l.boxWidth(), l.boxHeight(), 10 * fs, 10 * fs);
            DilemmaPalette.text(g, PLACES[p], bx + l.boxWidth() / 2, l.placeLabelY(), DilemmaPalette.bold(13 * fs), c,
                    TextAlignment.CENTER, VPos.CENTER);
        }
    }

    /** Draws the door, open (a light gap with the leaf swung aside) or closed. */
    void door(GraphicsContext g, EscapeRoomLayout l, boolean open) {
        double fs = l.fs();
        double dx = l.doorX();
        double dy = l.doorY();
        double dw = l.doorWidth();
        double dh = l.doorHeight();
        if (open) {
            g.setFill(DOOR_OPEN);
            g.fillRect(dx, dy, dw, dh);
            g.setFill(DOOR_CLOSED);
            leafX[0] = dx + dw;
            leafY[0] = dy;
            leafX[1] = dx + dw + 4 * fs;
            leafY[1] = dy + 6 * fs;
            leafX[2] = dx + dw + 4 * fs;
            leafY[2] = dy + dh + 6 * fs;
            leafX[3] = dx + dw;
            leafY[3] = dy + dh;
            g.fillPolygon(leafX, leafY, 4);
        } else {
            g.setFill(DOOR_CLOSED);
            g.fillRect(dx, dy, dw, dh);
            g.setFill(DOOR_KNOB);
            g.fillOval(dx + 2 * fs, dy + dh / 2 - 1.5 * fs, 3 * fs, 3 * fs);
        }
        g.setStroke(DilemmaPalette.TEXT);
        g.setLineWidth(1.5);
        g.strokeRect(dx, dy, dw, dh);
    }

    /**
     * Draws the row under the places: on the left the colour legend of the arrows, on the right the lever count
     * and the door's state, dropping the legend's caption and then the state word when the row is narrow.
     *
     * @param count "lever k / M"
     */
    void textRow(GraphicsContext g, EscapeRoomLayout l, boolean open, String count) {
        double fs = l.fs();
        Font font = DilemmaPalette.font(12 * fs);
        Font bold = DilemmaPalette.bold(12 * fs);
        double items = 0;
        for (String a : ACTIONS) {
            items += 15 * fs + TextMeasure.width(a, font) + 8 * fs;
        }
        double caption = TextMeasure.width(LEGEND_CAPTION, font) + 6 * fs;
        String full = count + (open ? " · open" : " · closed");
        double room = l.width() - 2 * l.pad() - 10 * fs;
        String door = items + TextMeasure.width(full, bold) <= room ? full : count;
        boolean withCaption = caption + items + TextMeasure.width(door, bold) <= room;
        double y = l.textRowY();
        DilemmaPalette.text(g, door, l.width() - l.pad(), y, bold, open ? DilemmaPalette.POSITIVE
                : DilemmaPalette.MUTED, TextAlignment.RIGHT, VPos.CENTER);
        double x = l.pad();
        if (withCaption) {
            DilemmaPalette.text(g, LEGEND_CAPTION, x, y, font, DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.CENTER);
            x += caption;
        }
        g.setLineCap(StrokeLineCap.ROUND);
        for (int a = 0; a < EscapeRoom.POSITIONS; a++) {
            g.setStroke(LioPalette.action(a));
            g.setLineWidth(3 * fs);
            g.strokeLine(x + 1.5 * fs, y, x + 12 * fs, y);
            DilemmaPalette.text(g, ACTIONS[a], x + 15 * fs, y, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                    VPos.CENTER);
            x += 15 * fs + TextMeasure.width(ACTIONS[a], font) + 8 * fs;
        }
    }
}
