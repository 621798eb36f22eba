package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.mech.iqflow.CriticPair;
import org.incentivelab.mech.iqflow.DilemmaGaps;
import org.incentivelab.run.LioMetricNames;
import org.incentivelab.run.QFlowState;
import org.incentivelab.run.Series;
import org.incentivelab.run.Snapshot;

/**
 * IQ-Flow's dilemma plane (seed 004 Fig. 4; digest 004 §5 "Q-flow phase plot"): for each memory-1 state a small
 * (R − T, S − P) plane of one agent's estimated Q-values, R = Q(C | C), T = Q(D | C), S = Q(C | D), P = Q(D | D).
 * Quadrant I (T &lt; R and P &lt; S: cooperating is dominant) is shaded green. Per agent: the trail of the
 * incentivised critic's point over training (the focus run's evaluations, {@link LioMetricNames#rewardMinusTemptation})
 * ending in a filled dot at its current value, and the environment critic's current point as a ring — the dilemma
 * the agent would face without incentives.
 */
public final class DilemmaPlaneView extends QFlowView {
    /** The CSV header: trail points (kind "trail", incentivised critic) and both critics' points now (kind "now"). */
    static final String CSV_HEADER = "state,agent,critic,kind,episode,r_minus_t,s_minus_p";
    private static final int COLUMNS = 3;

    /** Creates the view; it shows nothing until the first {@link #update}. */
    public DilemmaPlaneView() {
        super(CSV_HEADER);
    }

    @Override
    public String title() {
        return "Dilemma plane";
    }

    @Override
    public String description() {
        return "Whether each agent still faces a dilemma on its estimated returns (seed 004 Fig. 4): x = R − T, the"
                + " gain from cooperating when the other cooperates; y = S − P, the gain from cooperating when the"
                + " other defects (R, T, S, P are the agent's Q-values). In the green quadrant cooperating is"
                + " dominant: the dilemma is removed. Lines: the incentivised critic over training (dot = now);"
                + " rings: the environment critic now, without incentives. One plane per state; " + STATES;
    }

    @Override
    void writeCsvRows(Writer out, Snapshot s, QFlowState q) throws IOException {
        for (int row = 0; row < QFlowState.STATES; row++) {
            int state = state(row);
            String name = IteratedMatrixGame.stateName(state);
            for (int i = 0; i < 2; i++) {
                double[][] trail = trail(s, name, i);
                for (int k = 0; k < trail[0].length; k++) {
                    out.write(name + "," + (i + 1) + ",incentivised,trail," + DilemmaPalette.csv(trail[2][k]) + ","
                            + DilemmaPalette.csv(trail[0][k]) + "," + DilemmaPalette.csv(trail[1][k]) + "\n");
                }
                for (CriticPair pair : new CriticPair[] {CriticPair.ENVIRONMENT, CriticPair.INCENTIVISED}) {
                    DilemmaGaps g = q.gaps(pair, state, i);
                    out.write(name + "," + (i + 1) + "," + pair.label() + ",now," + s.episode() + ","
                            + DilemmaPalette.csv(g.rewardMinusTemptation()) + ","
                            + DilemmaPalette.csv(g.suckerMinusPunishment()) + "\n");
                }
            }
        }
    }

    /** @return the focus run's trail of agent i (0-based) in the state: {R − T[], S − P[], episodes[]} */
    static double[][] trail(Snapshot s, String state, int agent) {
        Series x = s.focus(LioMetricNames.rewardMinusTemptation(state, agent + 1)).orElse(null);
        Series y = s.focus(LioMetricNames.suckerMinusPunishment(state, agent + 1)).orElse(null);
        if (x == null || y == null) {
            return new double[3][0];
        }
        return new double[][] {x.mean(), y.mean(), x.episodes()};
    }

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s, QFlowState q) {
        int rows = (QFlowState.STATES + COLUMNS - 1) / COLUMNS;
        double cw = w / COLUMNS;
        double ch = h / rows;
        for (int row = 0; row < QFlowState.STATES; row++) {
            drawPlane(g, s, q, row, (row % COLUMNS) * cw, (row / COLUMNS) * ch, cw, ch, fs);
        }
        drawLegend(g, (QFlowState.STATES % COLUMNS) * cw, (rows - 1) * ch, cw, ch, fs);
    }

    private static void drawPlane(GraphicsContext g, Snapshot s, QFlowState q, int row, double x0, double y0,
            double cw, double ch, double fs) {
        int state = state(row);
        String name = IteratedMatrixGame.stateName(state);
        double[][][] trails = {trail(s, name, 0), trail(s, name, 1)};
        double extent = 0.5;
        for (int i = 0; i < 2; i++) {
            for (CriticPair pair : new CriticPair[] {CriticPair.ENVIRONMENT, CriticPair.INCENTIVISED}) {
                DilemmaGaps gp = q.gaps(pair, state, i);
                extent = Math.max(extent, Math.max(Math.abs(gp.rewardMinusTemptation()),
                        Math.abs(gp.suckerMinusPunishment())));
            }
            for (int k = 0; k < trails[i][0].length; k++) {
                extent = Math.max(extent, Math.max(Math.abs(trails[i][0][k]), Math.abs(trails[i][1][k])));
            }
        }
        extent *= 1.1;
        double title = 16 * fs;
        double side = Math.min(cw - 12, ch - title - 10);
        double px = x0 + (cw - side) / 2;
        double py = y0 + title + 2;
        double cx = px + side / 2;
        double cy = py + side / 2;
        double scale = side / (2 * extent);
        DilemmaPalette.text(g, rowLabel(row), x0 + cw / 2, y0 + 2, DilemmaPalette.bold(11 * fs),
                DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.TOP);
        g.setFill(DilemmaPalette.REGION_NONE);
        g.fillRect(cx, py, side / 2, side / 2);
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeRect(px, py, side, side);
        g.strokeLine(px, cy, px + side, cy);
        g.strokeLine(cx, py, cx, py + side);
        DilemmaPalette.text(g, "±" + DilemmaPalette.number(extent), px + side - 2, py + side - 2,
                DilemmaPalette.font(9 * fs), DilemmaPalette.MUTED, TextAlignment.RIGHT, VPos.BOTTOM);
        for (int i = 0; i < 2; i++) {
            g.setStroke(DilemmaPalette.player(i));
            g.setLineWidth(1.5);
            double[][] t = trails[i];
            for (int k = 1; k < t[0].length; k++) {
                g.strokeLine(cx + t[0][k - 1] * scale, cy - t[1][k - 1] * scale, cx + t[0][k] * scale,
                        cy - t[1][k] * scale);
            }
            DilemmaGaps env = q.gaps(CriticPair.ENVIRONMENT, state, i);
            double r = 4 * fs;
            g.setLineWidth(2);
            g.strokeOval(cx + env.rewardMinusTemptation() * scale - r, cy - env.suckerMinusPunishment() * scale - r,
                    2 * r, 2 * r);
            DilemmaGaps ind = q.gaps(CriticPair.INCENTIVISED, state, i);
            g.setFill(DilemmaPalette.player(i));
            g.fillOval(cx + ind.rewardMinusTemptation() * scale - r, cy - ind.suckerMinusPunishment() * scale - r,
                    2 * r, 2 * r);
        }
    }

    private static void drawLegend(GraphicsContext g, double x0, double y0, double cw, double ch, double fs) {
        double x = x0 + 10 * fs;
        double y = y0 + 20 * fs;
        double line = 16 * fs;
        DilemmaPalette.text(g, "x: R − T    y: S − P", x, y, DilemmaPalette.bold(11 * fs), DilemmaPalette.TEXT,
                TextAlignment.LEFT, VPos.CENTER);
        g.setFill(DilemmaPalette.REGION_NONE);
        g.fillRect(x, y + line - 5 * fs, 10 * fs, 10 * fs);
        DilemmaPalette.text(g, "C dominant: no dilemma", x + 16 * fs, y + line, DilemmaPalette.font(10 * fs),
                DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        for (int i = 0; i < 2; i++) {
            double yy = y + (2 + i) * line;
            g.setFill(DilemmaPalette.player(i));
            g.fillOval(x + 1, yy - 4 * fs, 8 * fs, 8 * fs);
            DilemmaPalette.text(g, "agent " + (i + 1) + ": line + dot = Q_ind, ring = Q_env", x + 16 * fs, yy,
                    DilemmaPalette.font(10 * fs), DilemmaPalette.player(i), TextAlignment.LEFT, VPos.CENTER);
        }
    }
}
