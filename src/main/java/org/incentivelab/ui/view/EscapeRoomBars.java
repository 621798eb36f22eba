package org.incentivelab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The per-agent bars under the Escape Room: each agent's extrinsic return, incentives received and incentives
 * given over the shown episode, with the agent's number and role below. Stateless.
 */
final class EscapeRoomBars {
    private static final Color[] COLOURS = {LioPalette.EXTRINSIC, LioPalette.RECEIVED, LioPalette.GIVEN};
    private static final String[] NAMES = {"extrinsic return", "received", "given"};
    private static final String CAPTION = "this episode:";

    private EscapeRoomBars() {
    }

    /**
     * Draws the episode's bars: per agent its extrinsic return, incentives received and incentives given, with a
     * zero line, the numbers when the bars are wide enough, and the agent and its role below.
     */
    static void draw(GraphicsContext g, EscapeRoomLayout l, EscapeRoomEpisode e) {
        double fs = l.fs();
        Font small = DilemmaPalette.font(11 * fs);
        legend(g, l);
        int n = e.agents();
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, Math.min(e.extrinsic(i), Math.min(e.received(i), e.given(i))));
            hi = Math.max(hi, Math.max(e.extrinsic(i), Math.max(e.received(i), e.given(i))));
        }
        if (hi - lo < 1e-9) {
            hi = 1;
        }
        double top = l.plotTop() + (hi > 0 ? 12 * fs : 0);
        double bottom = l.plotBottom() - (lo < 0 ? 12 * fs : 0);
        double scale = Math.max(1, bottom - top) / (hi - lo);
        double zero = top + hi * scale;
        double bw = l.barWidth();
        boolean numbers = bw >= 20 * fs;
        for (int i = 0; i < n; i++) {
            double gx = l.groupX(i) + (l.groupWidth() - 3 * bw) / 2;
            for (int k = 0; k < 3; k++) {
                double v = k == 0 ? e.extrinsic(i) : k == 1 ? e.received(i) : e.given(i);
                double bx = gx + k * bw;
                g.setFill(COLOURS[k]);
                g.fillRect(bx + 1, Math.min(zero, zero - v * scale), bw - 2, Math.abs(v) * scale);
                if (numbers) {
                    double ly = zero - v * scale + (v < 0 ? 2 : -2);
                    DilemmaPalette.text(g, DilemmaPalette.number(v), bx + bw / 2, ly, small, DilemmaPalette.TEXT,
                            TextAlignment.CENTER, v < 0 ? VPos.TOP : VPos.BOTTOM);
                }
            }
            agentLabels(g, l, e, i);
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeLine(l.pad(), zero, l.width() - l.pad(), zero);
    }

    private static void legend(GraphicsContext g, EscapeRoomLayout l) {
        double fs = l.fs();
        Font font = DilemmaPalette.font(12 * fs);
        double x = l.pad();
        double y = l.barsTop() + 7 * fs;
        double total = TextMeasure.width(CAPTION, font) + 8 * fs;
        for (String name : NAMES) {
            total += 14 * fs + TextMeasure.width(name, font) + 10 * fs;
        }
        if (total <= l.width() - 2 * l.pad()) {
            DilemmaPalette.text(g, CAPTION, x, y, font, DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.CENTER);
            x += TextMeasure.width(CAPTION, font) + 8 * fs;
        }
        for (int k = 0; k < NAMES.length; k++) {
            g.setFill(COLOURS[k]);
            g.fillRect(x, y - 5 * fs, 10 * fs, 10 * fs);
            DilemmaPalette.text(g, NAMES[k], x + 14 * fs, y, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                    VPos.CENTER);
            x += 14 * fs + TextMeasure.width(NAMES[k], font) + 10 * fs;
        }
    }

    private static void agentLabels(GraphicsContext g, EscapeRoomLayout l, EscapeRoomEpisode e, int agent) {
        double fs = l.fs();
        double cx = l.groupX(agent) + l.groupWidth() / 2;
        boolean wide = l.groupWidth() >= 64 * fs;
        DilemmaPalette.text(g, (wide ? "agent " : "") + (agent + 1), cx, l.agentLabelY(), DilemmaPalette.bold(12 * fs),
                LioPalette.agent(agent), TextAlignment.CENTER, VPos.CENTER);
        String role = e.role(agent);
        if (!role.isEmpty()) {
            DilemmaPalette.text(g, wide ? role : role.substring(0, 1), cx, l.roleLabelY(),
                    DilemmaPalette.font(11 * fs), DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
        }
    }
}
