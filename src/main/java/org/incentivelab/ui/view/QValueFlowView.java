package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.mech.iqflow.CriticPair;
import org.incentivelab.run.QFlowState;
import org.incentivelab.run.Snapshot;

/**
 * IQ-Flow's Q-value flow in a 2×2 matrix game (seed 004 Fig. 3 for every state; digest 004 §5 "Q-value matrix
 * panel"): per state and agent, the cooperative, environment and incentivised critics' Q^i(s, a^{−i}, a^i) side by
 * side as 2×2 tables (rows: own action C, D; columns: the other's action), the greedy own action of each column in
 * bold. In the incentivised table an arrow per column shows how far the incentive has moved the C-versus-D
 * preference away from the environment critic's: Δ = [Q_ind(C) − Q_ind(D)] − [Q_env(C) − Q_env(D)], drawn from D
 * to C (green) when Δ &gt; 0, from C to D (red) otherwise, its width proportional to |Δ| (largest arrow = widest).
 * A bar shows the agent's current P(C) in that state. One agent at a time, picked in the selector.
 */
public final class QValueFlowView extends QFlowView {
    /** The CSV header: one row per state, agent, critic pair, other's action and own action. */
    static final String CSV_HEADER = "state,agent,critic,other_action,own_action,q";
    private static final String[] ACTIONS = {"C", "D"};
    private static final Color CELL_HIGH = Color.web("#9ecae1");

    private final StackPane root;
    private final ComboBox<String> agentSelector = new ComboBox<>();

    /** Creates the view showing agent 1; it shows nothing until the first {@link #update}. */
    public QValueFlowView() {
        super(CSV_HEADER);
        agentSelector.getItems().addAll("agent 1", "agent 2");
        agentSelector.setValue("agent 1");
        agentSelector.setId("qflow-agent-selector");
        agentSelector.setTooltip(new Tooltip("Whose Q-values to show: each agent has its own heads in the three"
                + " critics."));
        agentSelector.valueProperty().addListener((o, was, now) -> redraw());
        root = new StackPane(pane, agentSelector);
        StackPane.setAlignment(agentSelector, Pos.TOP_RIGHT);
        StackPane.setMargin(agentSelector, new Insets(4, 6, 0, 0));
        root.setMinSize(DilemmaCanvasPane.MIN_WIDTH, DilemmaCanvasPane.MIN_HEIGHT);
        root.setPrefSize(DilemmaCanvasPane.PREF_WIDTH, DilemmaCanvasPane.PREF_HEIGHT);
    }

    @Override
    public Node node() {
        return root;
    }

    /** @return the agent shown, 0-based */
    int agent() {
        return agentSelector.getSelectionModel().getSelectedIndex();
    }

    /** @param agent the agent to show, 0-based */
    void setAgent(int agent) {
        agentSelector.getSelectionModel().select(agent);
    }

    @Override
    public String title() {
        return "Q-value flow";
    }

    @Override
    public String description() {
        StringBuilder critics = new StringBuilder();
        for (CriticPair pair : CriticPair.values()) {
            critics.append(' ').append(pair.symbol()).append(' ').append(pair.meaning()).append(';');
        }
        return "Each agent's estimated Q-values in each state from IQ-Flow's three critics (seed 004 Fig. 3):"
                + critics + " A 2×2 table reads rows = own action C/D, columns = the other's action C/D; bold = the"
                + " preferred own action. Arrows in Q_ind show the incentive moving preference mass from D to C"
                + " (green, up) or from C to D (red, down) compared with Q_env; width ∝ the shift. " + STATES
                + " The bar at the right of each agent is its current P(C). Values are discounted returns.";
    }

    @Override
    void writeCsvRows(Writer out, Snapshot s, QFlowState q) throws IOException {
        for (int row = 0; row < QFlowState.STATES; row++) {
            int state = state(row);
            for (int i = 0; i < 2; i++) {
                for (CriticPair pair : CriticPair.values()) {
                    double[][] v = q.values(pair, state, i);
                    for (int other = 0; other < 2; other++) {
                        for (int own = 0; own < 2; own++) {
                            out.write(IteratedMatrixGame.stateName(state) + "," + (i + 1) + "," + pair.label() + ","
                                    + ACTIONS[other] + "," + ACTIONS[own] + "," + DilemmaPalette.csv(v[other][own])
                                    + "\n");
                        }
                    }
                }
            }
        }
    }

    /**
     * @return the incentive's shift of agent i's C-over-D preference in state s when the other plays {@code other}:
     *     [Q_ind(C) − Q_ind(D)] − [Q_env(C) − Q_env(D)]
     */
    static double shift(QFlowState q, int state, int agent, int other) {
        double[] ind = q.values(CriticPair.INCENTIVISED, state, agent)[other];
        double[] env = q.values(CriticPair.ENVIRONMENT, state, agent)[other];
        return (ind[0] - ind[1]) - (env[0] - env[1]);
    }

    /** Fifteen small tables need room: the type shrinks to 0.7 below the preferred size and grows above it. */
    @Override
    double fontScale(double w, double h) {
        return Math.max(0.7, Math.min(1.8, Math.min(w / 560, h / 380)));
    }

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s, QFlowState q) {
        int i = agent();
        double maxShift = 1e-9;
        for (int state = 0; state < QFlowState.STATES; state++) {
            for (int other = 0; other < 2; other++) {
                maxShift = Math.max(maxShift, Math.abs(shift(q, state, i, other)));
            }
        }
        double label = 58 * fs;
        double top = 30 + 34 * fs; // below the agent selector
        double bar = 40 * fs;
        double ownLabel = 14 * fs;
        double tableGap = 14 * fs;
        CriticPair[] pairs = CriticPair.values();
        double table = (w - label - bar - ownLabel - pairs.length * tableGap - 8) / pairs.length;
        double rowH = (h - top - 6) / QFlowState.STATES;
        DilemmaPalette.text(g, "agent " + (i + 1) + " (rows: own action)", label, 4,
                DilemmaPalette.bold(12 * fs), DilemmaPalette.player(i), TextAlignment.LEFT, VPos.TOP);
        for (int p = 0; p < pairs.length; p++) {
            double tx = label + ownLabel + p * (table + tableGap);
            DilemmaPalette.text(g, pairs[p].symbol(), tx + table / 2, top - 16 * fs, DilemmaPalette.bold(11 * fs),
                    DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.BOTTOM);
            for (int other = 0; other < 2; other++) {
                DilemmaPalette.text(g, (table > 110 * fs ? "other " : "") + ACTIONS[other],
                        tx + (other + 0.5) * table / 2, top - 2,
                        DilemmaPalette.font(10 * fs), DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.BOTTOM);
            }
        }
        double barX = label + ownLabel + pairs.length * (table + tableGap);
        DilemmaPalette.text(g, "P(C)", barX + bar / 2, top - 2, DilemmaPalette.font(10 * fs), DilemmaPalette.MUTED,
                TextAlignment.CENTER, VPos.BOTTOM);
        for (int row = 0; row < QFlowState.STATES; row++) {
            int state = state(row);
            double y0 = top + row * rowH + 2;
            double cellH = (rowH - 6) / 2;
            DilemmaPalette.text(g, rowLabel(row), label - 6, y0 + cellH, DilemmaPalette.font(11 * fs),
                    DilemmaPalette.TEXT, TextAlignment.RIGHT, VPos.CENTER);
            for (int own = 0; own < 2; own++) {
                DilemmaPalette.text(g, ACTIONS[own], label + ownLabel / 2, y0 + (own + 0.5) * cellH,
                        DilemmaPalette.font(10 * fs), DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
            }
            for (int p = 0; p < pairs.length; p++) {
                double tx = label + ownLabel + p * (table + tableGap);
                drawTable(g, q, pairs[p], state, i, tx, y0, table, cellH, fs, maxShift);
            }
            drawCooperationBar(g, q.cooperation()[state][i], barX + 4, y0, bar - 8, 2 * cellH, fs);
        }
    }

    private static void drawTable(GraphicsContext g, QFlowState q, CriticPair pair, int state, int agent, double x,
            double y, double width, double cellH, double fs, double maxShift) {
        double[][] v = q.values(pair, state, agent);
        double lo = Math.min(Math.min(v[0][0], v[0][1]), Math.min(v[1][0], v[1][1]));
        double hi = Math.max(Math.max(v[0][0], v[0][1]), Math.max(v[1][0], v[1][1]));
        double cellW = width / 2;
        for (int other = 0; other < 2; other++) {
            int greedy = v[other][0] >= v[other][1] ? 0 : 1;
            for (int own = 0; own < 2; own++) {
                double t = hi > lo ? (v[other][own] - lo) / (hi - lo) : 0.5;
                double cx = x + other * cellW;
                double cy = y + own * cellH;
                g.setFill(DilemmaPalette.BACKGROUND.interpolate(CELL_HIGH, t));
                g.fillRect(cx, cy, cellW, cellH);
                g.setStroke(DilemmaPalette.GRID);
                g.setLineWidth(1);
                g.strokeRect(cx, cy, cellW, cellH);
                boolean arrows = pair == CriticPair.INCENTIVISED;
                DilemmaPalette.text(g, compact(v[other][own]), cx + (arrows ? cellW * 0.4 : cellW / 2),
                        cy + cellH / 2, own == greedy ? DilemmaPalette.bold(10 * fs) : DilemmaPalette.font(10 * fs),
                        own == greedy ? (own == 0 ? DilemmaPalette.POSITIVE : DilemmaPalette.TEXT)
                                : DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
            }
            if (pair == CriticPair.INCENTIVISED) {
                drawShiftArrow(g, shift(q, state, agent, other), maxShift, x + other * cellW + cellW * 0.85,
                        y + cellH / 2, y + 1.5 * cellH, fs);
            }
        }
    }

    /** @return a Q-value in at most four significant characters: 71.2, 3.05, −0.41, 128 */
    static String compact(double v) {
        double a = Math.abs(v);
        String f = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f";
        String out = String.format(java.util.Locale.ROOT, f, v);
        return out.startsWith("-") ? "\u2212" + out.substring(1) : out;
    }

    /** An arrow from the D row to the C row (Δ &gt; 0, green) or back (red), width ∝ |Δ| / max. */
    private static void drawShiftArrow(GraphicsContext g, double delta, double maxShift, double x, double yC,
            double yD, double fs) {
        double t = Math.min(1, Math.abs(delta) / maxShift);
        if (t < 0.02) {
            return;
        }
        double from = delta > 0 ? yD : yC;
        double to = delta > 0 ? yC : yD;
        double dir = Math.signum(to - from);
        double head = 4 * fs + 3 * t * fs;
        g.setStroke(delta > 0 ? DilemmaPalette.POSITIVE : DilemmaPalette.NEGATIVE);
        g.setFill(g.getStroke());
        g.setLineWidth(1 + 4 * t * fs);
        g.strokeLine(x, from, x, to - dir * head);
        g.fillPolygon(new double[] {x - head * 0.8, x + head * 0.8, x},
                new double[] {to - dir * head, to - dir * head, to}, 3);
    }

    private static void drawCooperationBar(GraphicsContext g, double pC, double x, double y, double width,
            double height, double fs) {
        g.setFill(DilemmaPalette.GRID);
        g.fillRect(x, y, width, height);
        g.setFill(DilemmaPalette.COOPERATE);
        g.fillRect(x, y + height * (1 - pC), width, height * pC);
        DilemmaPalette.haloText(g, DilemmaPalette.fixed(pC), x + width / 2, y + height / 2,
                DilemmaPalette.font(9 * fs), DilemmaPalette.TEXT);
    }
}
