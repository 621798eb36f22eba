package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.mech.d3c.MixingTrial;
import org.incentivelab.run.MixingReading;
import org.incentivelab.run.Snapshot;

/**
 * The timeline of RL D3C's mixing trials in the first run (seed 000 Algorithms 1–2): one lane per agent (the first
 * {@value #MAX_LANES}) over the recent trials, each trial a span from its first to its last training episode with its
 * mean return G (solid: orange when the agent's row then shifted, ρ_i &gt; 0; green when it stayed) against G_b, the
 * previous trial's mean (dashed grey) — a trial whose perturbation of A made the return fall moves the row away from
 * it. The lane's note gives the last trial's τ, ρ_i and the self-weight played, Ã_ii, and kept, A_ii. CSV:
 * {@value #CSV_HEADER}, one row per trial (agents 1-based).
 */
public final class MixingTrialsView extends CanvasView {
    /** The CSV header: one row per finished trial. */
    static final String CSV_HEADER = "agent,start,end,G_b,G,rho,played_self,self_after";
    /** Most agents drawn. */
    static final int MAX_LANES = 4;

    private static final Color SHIFT = Color.web("#ff7f0e");
    private static final Color STAY = DilemmaPalette.COOPERATE;

    /** Creates the view; it shows nothing until the first {@link #update}. */
    public MixingTrialsView() {
        super(CSV_HEADER);
    }

    @Override
    public String title() {
        return "Mixing trials";
    }

    @Override
    public String description() {
        return "Each agent's recent mixing trials (seed 000 Algorithms 1–2): it plays a random perturbation Ã_i of its"
                + " row of A for τ episodes; if its mean return G fell below the previous trial's G_b (dashed), its"
                + " loss rose, ρ_i = ReLU((G_b − G)/τ + ε) > 0 and the row shifts away from the perturbation (orange);"
                + " otherwise it stays (green).";
    }

    /** @return why there are no trials to draw, or null */
    String notice(Snapshot s) {
        MixingReading m = s.mixing();
        if (m == null) {
            return "Mixing trials belong to RL D3C runs (method d3c: d3c-trust-your-brother, d3c-coins, …).";
        }
        return m.trials().isEmpty() ? "No mixing trial has finished yet (or A is not learned: exact D3C steps A every"
                + " step, the cooperative baseline keeps it)." : null;
    }

    @Override
    void writeCsvRows(Writer out, Snapshot s) throws IOException {
        if (notice(s) != null) {
            return;
        }
        for (MixingTrial t : s.mixing().trials()) {
            out.write((t.agent() + 1) + "," + t.start() + "," + t.end() + "," + DilemmaPalette.csv(t.baseline()) + ","
                    + DilemmaPalette.csv(t.mean()) + "," + DilemmaPalette.csv(t.rho()) + ","
                    + DilemmaPalette.csv(t.playedSelf()) + "," + DilemmaPalette.csv(t.selfAfter()) + "\n");
        }
    }

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        String why = notice(s);
        if (why != null) {
            D3cView.drawNotice(g, why, w, h, fs);
            return;
        }
        List<MixingTrial> trials = s.mixing().trials();
        int lanes = Math.min(MAX_LANES, s.mixing().agents());
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (MixingTrial t : trials) {
            first = Math.min(first, t.start());
            last = Math.max(last, t.end());
            low = Math.min(low, Math.min(t.baseline(), t.mean()));
            high = Math.max(high, Math.max(t.baseline(), t.mean()));
        }
        double span = Math.max(1e-9, high - low);
        low -= 0.1 * span;
        high += 0.1 * span;
        Font title = DilemmaPalette.bold(13 * fs);
        Font font = DilemmaPalette.font(11 * fs);
        double pad = 8 * fs;
        double top = 26 * fs;
        DilemmaPalette.text(g, D3cView.fit(w - 2 * pad, title, "Mixing trials of run 1, episodes " + first + "–" + last,
                "Mixing trials"), pad, top / 2, title, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        double left = pad + 58 * fs;
        double right = w - pad;
        double laneH = (h - top - 22 * fs) / lanes;
        for (int i = 0; i < lanes; i++) {
            double y0 = top + i * laneH;
            Lane lane = new Lane(left, right, y0 + 16 * fs, y0 + laneH - 6 * fs, first, last, low, high);
            DilemmaPalette.text(g, "agent " + (i + 1), pad, y0 + laneH / 2, DilemmaPalette.bold(11 * fs),
                    LioPalette.agent(i + 1), TextAlignment.LEFT, VPos.CENTER);
            drawLane(g, lane, trials, i, fs, font);
        }
        String range = "returns " + DilemmaPalette.fixed(low) + " to " + DilemmaPalette.fixed(high);
        DilemmaPalette.text(g, D3cView.fit(w - left - pad, font, "G: trial mean return (orange: row shifted, green:"
                + " stayed) · dashed: G_b · " + range, "G (orange shift, green stay) · dashed G_b · " + range, range),
                left, h - 10 * fs, font, DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.CENTER);
    }

    private static void drawLane(GraphicsContext g, Lane lane, List<MixingTrial> trials, int agent, double fs,
            Font font) {
        g.setStroke(DilemmaPalette.GRID);
        g.setLineWidth(1);
        g.strokeRect(lane.left, lane.top, lane.right - lane.left, lane.bottom - lane.top);
        MixingTrial latest = null;
        for (MixingTrial t : trials) {
            if (t.agent() != agent) {
                continue;
            }
            double x0 = lane.x(t.start());
            double x1 = lane.x(t.end());
            g.setStroke(DilemmaPalette.AXIS);
            g.setLineWidth(1.2 * fs);
            g.setLineDashes(4 * fs, 3 * fs);
            g.strokeLine(x0, lane.y(t.baseline()), x1, lane.y(t.baseline()));
            g.setLineDashes();
            g.setStroke(t.rho() > 0 ? SHIFT : STAY);
            g.setLineWidth(3 * fs);
            g.strokeLine(x0, lane.y(t.mean()), x1, lane.y(t.mean()));
            g.setStroke(DilemmaPalette.GRID);
            g.setLineWidth(1);
            g.strokeLine(x1, lane.top, x1, lane.bottom);
            latest = t;
        }
        if (latest != null) {
            String note = "τ " + (latest.end() - latest.start()) + " · ρ " + DilemmaPalette.number(latest.rho())
                    + " · Ã_ii " + DilemmaPalette.fixed(latest.playedSelf()) + " → A_ii "
                    + DilemmaPalette.fixed(latest.selfAfter());
            DilemmaPalette.text(g, D3cView.fit(lane.right - lane.left, font, note, "ρ " + DilemmaPalette.number(
                    latest.rho())), lane.right, lane.top - 8 * fs, font, DilemmaPalette.MUTED, TextAlignment.RIGHT,
                    VPos.CENTER);
        }
    }

    /** A lane's plot area and its episode and return scales. */
    private record Lane(double left, double right, double top, double bottom, long first, long last, double low,
            double high) {
        double x(long episode) {
            return left + (right - left) * (episode - first) / Math.max(1, last - first);
        }

        double y(double value) {
            return bottom - (bottom - top) * (value - low) / (high - low);
        }
    }
}
