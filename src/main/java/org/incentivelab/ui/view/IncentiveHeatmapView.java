package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.run.QFlowState;
import org.incentivelab.run.Snapshot;

/**
 * IQ-Flow's incentive r_inc(s, a, i) in a 2×2 matrix game (digest 004 §5 "incentive heatmaps"; seed 004 Fig. 2 is
 * the payoff plus this): one block per agent, a row per memory-1 state, a column per joint action. The cell where
 * play currently goes — the joint action most likely under both policies in that state — is outlined.
 */
public final class IncentiveHeatmapView extends QFlowView {
    /** The CSV header: one row per state, joint action and agent. */
    static final String CSV_HEADER = "state,joint_action,agent,incentive,r_max";
    private static final String[] JOINT = {"CC", "CD", "DC", "DD"};

    /** Creates the view; it shows nothing until the first {@link #update}. */
    public IncentiveHeatmapView() {
        super(CSV_HEADER);
    }

    @Override
    public String title() {
        return "Incentive heatmap";
    }

    @Override
    public String description() {
        return "What IQ-Flow's regulator pays each agent, per round, for each joint action (columns, agent 1's action"
                + " first) in each state (rows), between 0 and R_max (deeper green = more). " + STATES
                + " To remove a Prisoner's Dilemma it pays cooperation (C·) and not defection: then R + r > T and"
                + " S + r > P (seed 004 §5.1, Fig. 2). Outlined: the joint action the current policies most likely"
                + " play in that state. Zero while the mechanism is off.";
    }

    @Override
    void writeCsvRows(Writer out, Snapshot s, QFlowState q) throws IOException {
        for (int row = 0; row < QFlowState.STATES; row++) {
            int state = state(row);
            for (int a = 0; a < JOINT.length; a++) {
                for (int i = 0; i < q.incentives()[state][a].length; i++) {
                    out.write(IteratedMatrixGame.stateName(state) + "," + JOINT[a] + "," + (i + 1) + ","
                            + DilemmaPalette.csv(q.incentives()[state][a][i]) + ","
                            + DilemmaPalette.csv(q.maxReward()) + "\n");
                }
            }
        }
    }

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s, QFlowState q) {
        double label = 64 * fs;
        double top = 40 * fs;
        double gap = 18 * fs;
        double blockW = (w - label - gap - 12) / 2;
        double cellW = blockW / JOINT.length;
        double cellH = (h - top - 8) / QFlowState.STATES;
        for (int row = 0; row < QFlowState.STATES; row++) {
            DilemmaPalette.text(g, rowLabel(row), label - 6, top + (row + 0.5) * cellH,
                    DilemmaPalette.font(11 * fs), DilemmaPalette.TEXT, TextAlignment.RIGHT, VPos.CENTER);
        }
        for (int i = 0; i < 2; i++) {
            double x0 = label + i * (blockW + gap);
            DilemmaPalette.text(g, "paid to agent " + (i + 1), x0 + blockW / 2, 4,
                    DilemmaPalette.bold(12 * fs), DilemmaPalette.player(i), TextAlignment.CENTER, VPos.TOP);
            for (int a = 0; a < JOINT.length; a++) {
                DilemmaPalette.text(g, JOINT[a], x0 + (a + 0.5) * cellW, top - 4, DilemmaPalette.font(11 * fs),
                        DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.BOTTOM);
            }
            for (int row = 0; row < QFlowState.STATES; row++) {
                int state = state(row);
                int played = likeliest(q.cooperation()[state]);
                for (int a = 0; a < JOINT.length; a++) {
                    double v = q.incentives()[state][a][i];
                    double x = x0 + a * cellW;
                    double y = top + row * cellH;
                    g.setFill(DilemmaPalette.incentiveTint(v, q.maxReward()));
                    g.fillRect(x, y, cellW, cellH);
                    g.setStroke(DilemmaPalette.GRID);
                    g.setLineWidth(1);
                    g.strokeRect(x, y, cellW, cellH);
                    DilemmaPalette.text(g, DilemmaPalette.fixed(v), x + cellW / 2, y + cellH / 2,
                            DilemmaPalette.font(11 * fs), DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.CENTER);
                    if (a == played) {
                        g.setStroke(Color.BLACK);
                        g.setLineWidth(2.5);
                        g.strokeRect(x + 1.5, y + 1.5, cellW - 3, cellH - 3);
                    }
                }
            }
        }
    }

    /** @param pC {@code double[2]} each agent's P(C) @return the likeliest joint action, 2·a¹ + a² */
    static int likeliest(double[] pC) {
        int a1 = pC[0] >= 0.5 ? 0 : 1;
        int a2 = pC[1] >= 0.5 ? 0 : 1;
        return 2 * a1 + a2;
    }
}
