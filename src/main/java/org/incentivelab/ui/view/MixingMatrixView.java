package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.run.MixingReading;
import org.incentivelab.run.Snapshot;

/**
 * The loss-mixing matrix A of a D3C batch's first run (seed 000 §2.1; exact D3C or RL D3C's learned A) as an n×n heatmap redrawn with every snapshot:
 * row i is the giver (agent i's shares of its own loss), column j the receiver (agent j minimises
 * f^A_j = Σ_i A_ij f_i), both numbered 1 … n; white at 0 to dark blue at 1 with a legend bar, the value written in each
 * cell when n ≤ 10 and the cells are large enough, the diagonal (the share each agent keeps) outlined. Level with
 * each row, a bar of the agent's relative attention ln(A_ii/A_ij) (averaged over j ≠ i in log space; &gt; 0 selfish,
 * &lt; 0 other-regarding, 0 uniform; "∞ (A = I)" when A_ij = 0) on a symmetric scale, and, while D3C learns A, a
 * "shift" or "stay" marker: the Win-Stay-Lose-Shift reading of Eq. 11, where row i moved in the last step because
 * d/dt f^A_i + ε &gt; 0. A corner note says when loss sharing is off (A = I in use). CSV: {@value #CSV_HEADER}, one
 * row per entry (1-based indices).
 */
public final class MixingMatrixView extends CanvasView {
    /** The CSV header: one row per entry A_ij. */
    static final String CSV_HEADER = "giver,receiver,A";
    /** Largest n whose cells get their values written. */
    static final int MAX_WRITTEN = 10;

    private static final Color HIGH = Color.web("#08306b");
    private static final Color SELFISH = Color.web("#d95f02");
    private static final Color SHIFT = Color.web("#ff7f0e");
    private static final Color STAY = Color.web("#e0e0e0");

    /** Creates the view; it shows nothing until the first {@link #update}. */
    public MixingMatrixView() {
        super(CSV_HEADER);
    }

    @Override
    public String title() {
        return "Mixing matrix A";
    }

    @Override
    public String description() {
        return "Row i of the heatmap holds the shares of agent i's loss that each agent j takes on (seed 000 §2.1:"
                + " agent j minimises Σ_i A_ij f_i; the diagonal, outlined, is what each agent keeps), next to each"
                + " agent's relative attention ln(A_ii/A_ij) (> 0 selfish, < 0 other-regarding, Fig. 6) and whether"
                + " its row shifts or stays in Eq. 11's Win-Stay-Lose-Shift rule (it moves while its mixed loss"
                + " rises: d/dt f^A_i + ε > 0).";
    }

    @Override
    void writeCsvRows(Writer out, Snapshot s) throws IOException {
        MixingReading d = s.mixing();
        if (d == null) {
            return;
        }
        double[][] a = d.mixing();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                out.write((i + 1) + "," + (j + 1) + "," + DilemmaPalette.csv(a[i][j]) + "\n");
            }
        }
    }

    /** @return the heatmap colour of a share in [0, 1]: white to dark blue */
    static Color shade(double share) {
        return Color.WHITE.interpolate(HIGH, Math.max(0, Math.min(1, share)));
    }

    /** @return a relative attention for display: two decimals, or "∞ (A = I)" / "−∞" when infinite */
    static String attention(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return "∞ (A = I)";
        }
        return value == Double.NEGATIVE_INFINITY ? "\u2212∞" : DilemmaPalette.fixed(value);
    }

    /** @return why the snapshot has no matrix to draw, or null when it has one */
    String notice(Snapshot s) {
        return s.mixing() == null ? "The mixing matrix A is drawn for D3C runs (presets d3c-…)." : null;
    }

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        MixingReading d = s.mixing();
        if (d == null) {
            D3cView.drawNotice(g, notice(s), w, h, fs);
            return;
        }
        double[][] a = d.mixing();
        int n = a.length;
        double pad = 8 * fs;
        double titleH = 26 * fs;
        Font title = DilemmaPalette.bold(13 * fs);
        Font font = DilemmaPalette.font(11 * fs);
        Font head = DilemmaPalette.bold(11 * fs);
        String method = d.method();
        double noteW = 0;
        if (!d.active()) {
            String note = D3cView.fit(w * 0.6, font, "loss sharing off: A = I in use", "off: A = I");
            noteW = TextMeasure.width(note, font) + 12 * fs;
            DilemmaPalette.text(g, note, w - pad, titleH / 2, font, SHIFT, TextAlignment.RIGHT, VPos.CENTER);
        }
        DilemmaPalette.text(g, D3cView.fit(w - 2 * pad - noteW, title, "A after " + s.stepName() + " " + s.episode() + " ("
                + method + ", run 1)", "A after " + s.stepName() + " " + s.episode(), "A"), pad, titleH / 2, title,
                DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);

        double left = pad + 36 * fs;
        double top = titleH + 30 * fs;
        double bottom = 34 * fs;
        double size = Math.max(20, Math.min(h - top - bottom, 0.56 * (w - left - pad)));
        double cell = size / n;
        drawHeatmap(g, a, left, top, size, fs, font, head);
        drawLegend(g, left, top + size + 8 * fs, size, fs, font);
        double panelX = left + size + 14 * fs;
        drawAttention(g, d, panelX, top, w - pad - panelX, cell, fs, font, head);
    }

    private static void drawHeatmap(GraphicsContext g, double[][] a, double x0, double y0, double size, double fs,
            Font font, Font head) {
        int n = a.length;
        double cell = size / n;
        int every = (int) Math.ceil(14 * fs / cell);
        Font index = DilemmaPalette.font(Math.min(11 * fs, Math.max(8, cell * 0.8)));
        for (int k = 0; k < n; k += every) {
            String label = Integer.toString(k + 1);
            DilemmaPalette.text(g, label, x0 - 5 * fs, y0 + (k + 0.5) * cell, index, DilemmaPalette.MUTED,
                    TextAlignment.RIGHT, VPos.CENTER);
            DilemmaPalette.text(g, label, x0 + (k + 0.5) * cell, y0 - 4 * fs, index, DilemmaPalette.MUTED,
                    TextAlignment.CENTER, VPos.BOTTOM);
        }
        DilemmaPalette.text(g, D3cView.fit(size, head, "receiver j (takes on the share)", "receiver j", "j"), x0 + size / 2,
                y0 - 18 * fs, head, DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.BOTTOM);
        DilemmaPalette.verticalText(g, D3cView.fit(size, head, "giver i (row sums to 1)", "giver i", "i"), x0 - 28 * fs,
                y0 + size / 2, head, DilemmaPalette.TEXT);
        Font value = DilemmaPalette.font(Math.min(11 * fs, cell * 0.3));
        boolean write = n <= MAX_WRITTEN && value.getSize() >= 8;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = x0 + j * cell;
                double y = y0 + i * cell;
                g.setFill(shade(a[i][j]));
                g.fillRect(x, y, cell + 0.5, cell + 0.5);
                if (write) {
                    DilemmaPalette.text(g, DilemmaPalette.fixed(a[i][j]), x + cell / 2, y + cell / 2, value,
                            a[i][j] > 0.5 ? Color.WHITE : DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.CENTER);
                }
            }
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeRect(x0, y0, size, size);
        g.setStroke(SELFISH);
        double line = Math.max(1, Math.min(2.5 * fs, cell / 8));
        g.setLineWidth(line);
        for (int i = 0; i < n; i++) {
            g.strokeRect(x0 + i * cell + line / 2, y0 + i * cell + line / 2, cell - line, cell - line);
        }
    }

    private static void drawLegend(GraphicsContext g, double x0, double y, double w, double fs, Font font) {
        double bh = 9 * fs;
        int steps = 32;
        for (int k = 0; k < steps; k++) {
            g.setFill(shade((k + 0.5) / steps));
            g.fillRect(x0 + k * w / steps, y, w / steps + 0.5, bh);
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeRect(x0, y, w, bh);
        double ty = y + bh + 2 * fs;
        DilemmaPalette.text(g, "0", x0, ty, font, DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.TOP);
        DilemmaPalette.text(g, "1", x0 + w, ty, font, DilemmaPalette.MUTED, TextAlignment.RIGHT, VPos.TOP);
        DilemmaPalette.text(g, D3cView.fit(w - 40 * fs, font, "share A_ij", "A_ij", ""), x0 + w / 2, ty, font,
                DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.TOP);
    }

    /** The attention bars and shift/stay markers, row i level with the heatmap's row i. */
    private static void drawAttention(GraphicsContext g, MixingReading d, double x0, double y0, double w, double cell,
            double fs, Font font, Font head) {
        int n = d.agents();
        boolean learning = d.learning();
        double markerW = learning ? TextMeasure.width("shift", font) + 10 * fs : 0;
        double barsW = w - markerW - (learning ? 6 * fs : 0);
        if (barsW < 30) {
            return;
        }
        double scale = 1;
        for (double v : d.attention()) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.ceil(Math.abs(v)));
            }
        }
        double zero = x0 + barsW / 2;
        double half = barsW / 2;
        DilemmaPalette.text(g, D3cView.fit(barsW, head, "ln(A_ii/A_ij)", "attention", ""), zero, y0 - 18 * fs, head,
                DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.BOTTOM);
        if (learning) {
            DilemmaPalette.text(g, "Eq. 11", x0 + w - markerW / 2, y0 - 18 * fs, head, DilemmaPalette.TEXT,
                    TextAlignment.CENTER, VPos.BOTTOM);
        }
        Font value = DilemmaPalette.font(Math.min(11 * fs, Math.max(7, cell * 0.6)));
        double barH = Math.min(20 * fs, cell * 0.6);
        for (int i = 0; i < n; i++) {
            double v = d.attention()[i];
            double cy = y0 + (i + 0.5) * cell;
            double length = Double.isFinite(v) ? v / scale * half : Math.signum(v) * (half - barH * 0.6);
            g.setFill(v >= 0 ? SELFISH : DilemmaPalette.COOPERATE);
            g.fillRect(Math.min(zero, zero + length), cy - barH / 2, Math.abs(length), barH);
            if (!Double.isFinite(v)) { // an open end: the bar runs off the scale
                double tip = zero + length + Math.signum(v) * barH * 0.6;
                g.fillPolygon(new double[] {zero + length, tip, zero + length},
                        new double[] {cy - barH / 2, cy, cy + barH / 2}, 3);
            }
            if (cell >= 8) {
                // the value goes in the empty half, away from the bar
                String text = D3cView.fit(half - 4 * fs, value, attention(v), Double.isFinite(v) ? attention(v) : "∞");
                boolean right = v < 0;
                DilemmaPalette.text(g, text, right ? zero + 4 * fs : zero - 4 * fs, cy, value, DilemmaPalette.TEXT,
                        right ? TextAlignment.LEFT : TextAlignment.RIGHT, VPos.CENTER);
            }
            if (learning) {
                boolean shift = d.shifting()[i];
                double mx = x0 + w - markerW;
                double mh = Math.min(16 * fs, cell * 0.8);
                g.setFill(shift ? SHIFT : STAY);
                g.fillRoundRect(mx, cy - mh / 2, markerW, mh, mh / 2, mh / 2);
                if (cell >= 8) {
                    DilemmaPalette.text(g, shift ? "shift" : "stay", mx + markerW / 2, cy, value,
                            shift ? Color.WHITE : DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.CENTER);
                }
            }
        }
        double bottom = y0 + n * cell;
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeLine(zero, y0 - 2, zero, bottom + 2);
        g.strokeLine(x0, bottom + 2, x0 + barsW, bottom + 2);
        double ty = bottom + 4 * fs;
        String range = DilemmaPalette.number(scale);
        DilemmaPalette.text(g, "\u2212" + range, x0, ty, font, DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.TOP);
        if (half >= TextMeasure.width("\u2212" + range, font) + 16 * fs) {
            DilemmaPalette.text(g, "0", zero, ty, font, DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.TOP);
        }
        DilemmaPalette.text(g, range, x0 + barsW, ty, font, DilemmaPalette.MUTED, TextAlignment.RIGHT, VPos.TOP);
        double ly = ty + 14 * fs;
        DilemmaPalette.text(g, D3cView.fit(half - 4 * fs, font, "other-regarding", "others", ""), x0, ly, font,
                DilemmaPalette.COOPERATE, TextAlignment.LEFT, VPos.TOP);
        DilemmaPalette.text(g, D3cView.fit(half - 4 * fs, font, "selfish", ""), x0 + barsW, ly, font, SELFISH,
                TextAlignment.RIGHT, VPos.TOP);
    }
}
