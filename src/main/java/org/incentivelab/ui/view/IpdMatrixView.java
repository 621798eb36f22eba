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
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.env.MatrixPayoffs;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.run.LioState;
import org.incentivelab.run.Snapshot;

/**
 * The IPD payoff matrix of thesis 001 Table 5.1 with the focus run's live incentives added: the reconstructed
 * Table B.1 (digest 001 §3.2, §7 "IPD panel"), for a LIO batch in the IPD. Cell (a¹, a²) reads
 * (r¹ + what agent 2 pays agent 1 for a¹, r² + what agent 1 pays agent 2 for a²), e.g. (−1 + η²_C, −1 + η¹_C) at
 * CC, with the bare payoff and the incentive underneath in small type. Below the matrix, per agent: a badge lit
 * when the incentives it receives make C its dominant action, η_C − η_D &gt; 1 ({@code ExactLio.cooperationDominant};
 * the CC cell turns green when both are lit), and its P(C).
 *
 * <p>LIO's incentive functions depend on the giver's memory-1 observation, so the matrix is drawn for one situation,
 * picked in the selector: the first round ("start") or the previous round's joint action written with agent 1's
 * action first ("after CD" = agent 1 cooperated, agent 2 defected). Each giver's incentives and each agent's P(C)
 * are read at that situation as the agent itself observes it, own action first ({@link IpdJointState}): after CD
 * agent 1 pays from its state CD and agent 2 from its state DC. The CSV uses the same agent-1-first names.
 *
 * <p>Any other snapshot (a planning-agent run, Escape Room, missing per-state arrays) draws a note instead.
 */
public final class IpdMatrixView extends CanvasView {
    /** The CSV header; rows of kind "incentive", "cooperation" and "cell" fill the columns that apply. */
    static final String CSV_HEADER =
            "kind,state,giver,other_action,incentive,a1,a2,payoff_1,payoff_2,total_1,total_2,agent,p_cooperate";
    private static final double TOP_BAND = 34;

    private final StackPane root;
    private final ComboBox<IpdJointState> selector = new ComboBox<>();
    private final IpdMatrixPainter painter = new IpdMatrixPainter();

    /** Creates the view showing the start state; it shows nothing until the first {@link #update}. */
    public IpdMatrixView() {
        super(CSV_HEADER);
        selector.getItems().addAll(IpdJointState.values());
        selector.setValue(IpdJointState.START);
        selector.setId("ipd-state-selector");
        selector.setTooltip(new Tooltip("Which memory-1 situation to show: the first round, or the previous "
                + "round's actions (agent 1's first). Each agent's incentives depend on what it observed."));
        selector.valueProperty().addListener((o, was, now) -> redraw());
        root = new StackPane(pane, selector);
        StackPane.setAlignment(selector, Pos.TOP_RIGHT);
        StackPane.setMargin(selector, new Insets(4, 6, 0, 0));
        root.setMinSize(DilemmaCanvasPane.MIN_WIDTH, DilemmaCanvasPane.MIN_HEIGHT);
        root.setPrefSize(DilemmaCanvasPane.PREF_WIDTH, DilemmaCanvasPane.PREF_HEIGHT);
    }

    @Override
    public String title() {
        return "IPD with incentives";
    }

    @Override
    public String description() {
        return "The Prisoner's Dilemma payoffs of thesis Table 5.1 (agent 1 picks the row, agent 2 the column; a cell "
                + "reads agent 1's reward, agent 2's reward) with the incentives the two LIO agents currently pay "
                + "each other added, as in Table B.1: e.g. (−1 + η²_C, −1 + η¹_C) at CC, where η^i_C is what agent i "
                + "pays the other for cooperating. The small line shows the bare payoff plus the incentive. An agent's "
                + "badge lights when η_C − η_D > 1 for the incentives it receives: then cooperating beats defecting "
                + "whatever the other does (C is dominant). Incentives depend on the previous round; pick it above.";
    }

    @Override
    public Node node() {
        return root;
    }

    /** @return the situation shown */
    IpdJointState jointState() {
        return selector.getValue();
    }

    /** @param state the situation to show */
    void setJointState(IpdJointState state) {
        selector.setValue(state);
    }

    /** @return the state selector (for tests) */
    ComboBox<IpdJointState> selector() {
        return selector;
    }

    /** @return what is shown for the last snapshot in the selected situation, or null if it draws a note */
    IpdIncentives shown() {
        Snapshot s = last();
        LioState l = s == null ? null : IpdIncentives.ipdState(s);
        return l == null ? null : IpdIncentives.of(l, jointState());
    }

    @Override
    void writeCsvRows(Writer out, Snapshot s) throws IOException {
        LioState l = IpdIncentives.ipdState(s);
        if (l == null) {
            return;
        }
        for (IpdJointState state : IpdJointState.values()) {
            IpdIncentives m = IpdIncentives.of(l, state);
            for (int giver = 0; giver < 2; giver++) {
                for (int other = 0; other < 2; other++) {
                    out.write("incentive," + state.key() + "," + (giver + 1) + "," + action(other) + ","
                            + DilemmaPalette.csv(m.eta()[giver][other]) + ",,,,,,,,\n");
                }
            }
            for (int agent = 0; agent < 2; agent++) {
                out.write("cooperation," + state.key() + ",,,,,,,,,," + (agent + 1) + ","
                        + DilemmaPalette.csv(m.cooperation()[agent]) + "\n");
            }
        }
        IpdIncentives m = IpdIncentives.of(l, jointState());
        for (int a1 = 0; a1 < 2; a1++) {
            for (int a2 = 0; a2 < 2; a2++) {
                double[] total = m.table()[a1][a2];
                out.write("cell," + m.state().key() + ",,,," + action(a1) + "," + action(a2) + ","
                        + DilemmaPalette.csv(MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(a1, a2)) + ","
                        + DilemmaPalette.csv(MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(a2, a1)) + ","
                        + DilemmaPalette.csv(total[0]) + "," + DilemmaPalette.csv(total[1]) + ",,\n");
            }
        }
    }

    private static String action(int a) {
        return a == IteratedMatrixGame.COOPERATE ? "C" : "D";
    }

    /** @return 1: the drawing is scaled to fit instead (see {@link #draw}) */
    @Override
    double fontScale(double w, double h) {
        return 1;
    }

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        IpdIncentives m = shown();
        if (m == null) {
            String what = !(s.state() instanceof LioState l) ? "not a LIO run"
                    : l.environment() == null || l.environment().type() != MarkovGameType.IPD ? "LIO in "
                    + (l.environment() == null ? "an unknown game" : l.environment().label())
                    : "no per-state incentives recorded";
            DilemmaPalette.text(g, "This view is drawn for LIO runs in the IPD.", w / 2, h / 2 - 10,
                    DilemmaPalette.bold(13), DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.CENTER);
            DilemmaPalette.text(g, "This run: " + what + ".", w / 2, h / 2 + 10, DilemmaPalette.font(12),
                    DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
            return;
        }
        double selectorScale = DilemmaPalette.fontScale(w, h);
        String style = "-fx-font-size: " + Math.round(12 * selectorScale) + "px;";
        if (!style.equals(selector.getStyle())) {
            selector.setStyle(style);
        }
        double band = TOP_BAND * selectorScale;
        double margin = 8;
        double scale = Math.max(0.1, Math.min((w - 2 * margin) / IpdMatrixPainter.WIDTH,
                (h - band - margin) / (IpdMatrixPainter.HEIGHT - 24)));
        // the logical frame's first 24 units (the subtitle) share the top band with the selector
        double originX = (w - IpdMatrixPainter.WIDTH * scale) / 2;
        double originY = Math.max(margin, band - 24 * scale);
        g.save();
        g.translate(originX, originY);
        g.scale(scale, scale);
        painter.draw(g, m);
        g.restore();
    }
}
