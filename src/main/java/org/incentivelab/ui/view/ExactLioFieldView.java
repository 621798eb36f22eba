package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import org.incentivelab.mech.lio.ExactLio;
import org.incentivelab.run.Snapshot;

/**
 * The vector field of exact LIO in the Prisoner's Dilemma (thesis 001 Prop. 3, App. B.2, Fig. 5.2 / B.1; digest 001
 * §3.2 and §7 "IPD panel"): x = η¹_C ∈ [0, 3], what agent 1 pays agent 2 for cooperating, y = θ² ∈ [0, 1], agent 2's
 * P(C), and at each point the arrow (Δη¹_C, Δθ²) = {@link ExactLio#arrow} = (2βα/(1−γ)², (α/(1−γ))(η¹_C − η¹_D − 1))
 * of Eqs. B.4 and B.6–B.7 for the panel's η¹_D. Right of the dashed line η¹_C = η¹_D + 1 the incentives make C
 * dominant for agent 2 and θ² rises. Sliders set η¹_D ∈ [0, 3], the policy learning rate α and the incentive learning
 * rate β (log scale, 10⁻⁴ … 10⁻¹; App. B.2 notation) and the discount γ ∈ [0, 0.99].
 *
 * <p>A click draws a path from the clicked (η_C, θ): symmetric play, both agents start with θ¹ = θ² = the clicked θ,
 * η¹_C = η²_C = the clicked η_C and η¹_D = η²_D = the slider's η¹_D, and {@link ExactLio#step} is iterated with
 * incentives bounded in [0, R_max = 3] (LIO's bound in the IPD, Table B.3, which keeps the path on the plotted range)
 * until it settles or {@value LioTrajectory#MAX_STEPS} steps ({@link LioTrajectory}). On the path η¹_D falls as
 * η¹_C rises (Eq. B.7), so the green diamond where η¹_C − η¹_D crosses 1 can lie left of the panel's dashed line,
 * which is drawn for the slider's fixed η¹_D. Paths are recomputed from their start points when a slider moves; at
 * most {@value #MAX_PATHS} are kept (the oldest is dropped). "Clear" removes them.
 *
 * <p>The view does not depend on training: {@link #update} ignores snapshots. The CSV lists the arrows on the grid
 * and every point of every path, with the parameters on each row.
 */
public final class ExactLioFieldView implements LabView {
    /** Arrows along η¹_C. */
    static final int GRID_X = 13;
    /** Arrows along θ². */
    static final int GRID_Y = 11;
    /** Paths kept at most. */
    static final int MAX_PATHS = 12;
    /** The CSV header; "arrow" rows leave path and step empty, "path" rows leave the arrow components empty. */
    static final String CSV_HEADER = "kind,path,step,eta_c1,eta_d1,theta2,d_eta_c1,d_theta2,alpha,beta,gamma";

    private final DilemmaCanvasPane pane = new DilemmaCanvasPane(this::redraw);
    private final ExactLioFieldPainter painter = new ExactLioFieldPainter();
    private final FieldSlider etaD = new FieldSlider("\u03b7\u00b9_D", "eta-d-slider", 0,
            ExactLioFieldPainter.ETA_RANGE, 0, false, "\u03b7\u00b9_D: what agent 1 pays agent 2 for defecting, "
            + "fixed for the arrows (one panel of Fig. B.1); the start value of a clicked path");
    private final FieldSlider alpha = new FieldSlider("\u03b1", "alpha-slider", 1e-4, 1e-1, 1e-2, true,
            "\u03b1: the policy learning rate (App. B.2 notation), log scale");
    private final FieldSlider beta = new FieldSlider("\u03b2", "beta-slider", 1e-4, 1e-1, 1e-2, true,
            "\u03b2: the incentive learning rate (App. B.2 notation), log scale");
    private final FieldSlider gamma = new FieldSlider("\u03b3", "gamma-slider", 0, 0.99, 0.9, false,
            "\u03b3: the discount; a longer horizon 1/(1\u2212\u03b3) makes both updates larger");
    private final BorderPane root;
    private final List<double[]> starts = new ArrayList<>();
    private final List<LioTrajectory> paths = new ArrayList<>();
    private ExactLioFieldPainter.Frame frame;

    /** Creates the view with η¹_D = 0, α = β = 0.01, γ = 0.9 and no paths. */
    public ExactLioFieldView() {
        Button clear = new Button("Clear");
        clear.setId("clear-paths-button");
        clear.setTooltip(new Tooltip("Remove the drawn paths"));
        clear.setOnAction(e -> clear());
        GridPane controls = new GridPane();
        controls.setHgap(6);
        controls.setVgap(2);
        controls.setPadding(new Insets(4, 6, 4, 6));
        controls.setAlignment(Pos.CENTER_LEFT);
        addSlider(controls, etaD, 0, 0);
        addSlider(controls, gamma, 3, 0);
        addSlider(controls, alpha, 0, 1);
        addSlider(controls, beta, 3, 1);
        controls.add(clear, 6, 0, 1, 2);
        for (FieldSlider s : List.of(etaD, alpha, beta, gamma)) {
            s.onChange(this::recompute);
        }
        pane.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        Tooltip.install(pane.canvas(), new Tooltip("Click to draw a path from that point"));
        root = new BorderPane(pane);
        root.setBottom(controls);
    }

    private static void addSlider(GridPane grid, FieldSlider s, int column, int row) {
        grid.add(s.nameLabel(), column, row);
        grid.add(s.slider(), column + 1, row);
        grid.add(s.valueLabel(), column + 2, row);
    }

    @Override
    public String title() {
        return "Exact LIO vector field";
    }

    @Override
    public String description() {
        return "How two exact LIO agents learn in the Prisoner's Dilemma (thesis Prop. 3, Eqs. B.4\u2013B.8): x is "
                + "what agent 1 pays agent 2 for cooperating (\u03b7\u00b9_C), y is agent 2's probability of "
                + "cooperating (\u03b8\u00b2). Each arrow is one learning step: agent 1 always raises its reward for C "
                + "(and lowers it for D), and agent 2 cooperates more only right of the dashed line "
                + "\u03b7\u00b9_C = \u03b7\u00b9_D + 1, where the reward makes C its dominant action. Click to follow "
                + "two symmetric agents from a point: green diamond where C becomes dominant, dot at the end (CC "
                + "when both end up cooperating). Sliders: \u03b7\u00b9_D, the learning rates \u03b1 (policy) and "
                + "\u03b2 (incentive), and the discount \u03b3.";
    }

    @Override
    public Node node() {
        return root;
    }

    /** Ignores the snapshot: the field depends only on its own sliders. */
    @Override
    public void update(Snapshot snapshot) {
        // independent of training by design
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write(CSV_HEADER + "\n");
        String params = "," + DilemmaPalette.csv(alpha.value()) + "," + DilemmaPalette.csv(beta.value()) + ","
                + DilemmaPalette.csv(gamma.value()) + "\n";
        String d = DilemmaPalette.csv(etaD.value());
        for (double[] a : arrows()) {
            out.write("arrow,,," + DilemmaPalette.csv(a[0]) + "," + d + "," + DilemmaPalette.csv(a[1]) + ","
                    + DilemmaPalette.csv(a[2]) + "," + DilemmaPalette.csv(a[3]) + params);
        }
        for (int n = 0; n < paths.size(); n++) {
            LioTrajectory p = paths.get(n);
            for (int k = 0; k < p.size(); k++) {
                out.write("path," + (n + 1) + "," + k + "," + DilemmaPalette.csv(p.etaC()[k]) + ","
                        + DilemmaPalette.csv(p.etaD()[k]) + "," + DilemmaPalette.csv(p.theta()[k]) + ",," + params);
            }
        }
    }

    /**
     * @return the arrows at the grid's cell centres for the current sliders, rows {η¹_C, θ², Δη¹_C, Δθ²} from
     *     {@link ExactLio#arrow}, θ² major
     */
    double[][] arrows() {
        double[][] out = new double[GRID_X * GRID_Y][];
        for (int j = 0; j < GRID_Y; j++) {
            for (int i = 0; i < GRID_X; i++) {
                double eta = (i + 0.5) / GRID_X * ExactLioFieldPainter.ETA_RANGE;
                double theta = (j + 0.5) / GRID_Y;
                double[] v = ExactLio.arrow(eta, etaD.value(), theta, alpha.value(), beta.value(), gamma.value());
                out[j * GRID_X + i] = new double[] {eta, theta, v[0], v[1]};
            }
        }
        return out;
    }

    /** @return the drawn paths, oldest first (unmodifiable) */
    List<LioTrajectory> trajectories() {
        return Collections.unmodifiableList(paths);
    }

    /** @return η¹_C of the dashed line where C becomes dominant for agent 2: η¹_D + 1 */
    double dominanceLine() {
        return etaD.value() + 1;
    }

    /**
     * Draws a path from a point, as a click there does.
     *
     * @param etaC the start η_C, clamped to [0, 3]
     * @param theta the start θ, clamped to [0, 1]
     */
    void click(double etaC, double theta) {
        double[] start = {clamp(etaC, 0, ExactLioFieldPainter.ETA_RANGE), clamp(theta, 0, 1)};
        if (starts.size() == MAX_PATHS) {
            starts.remove(0);
            paths.remove(0);
        }
        starts.add(start);
        paths.add(simulate(start));
        redraw();
    }

    /** Removes every path. */
    void clear() {
        starts.clear();
        paths.clear();
        redraw();
    }

    /** @return the η¹_D slider */
    FieldSlider etaDSlider() {
        return etaD;
    }

    /** @return the α (policy learning rate) slider */
    FieldSlider alphaSlider() {
        return alpha;
    }

    /** @return the β (incentive learning rate) slider */
    FieldSlider betaSlider() {
        return beta;
    }

    /** @return the γ (discount) slider */
    FieldSlider gammaSlider() {
        return gamma;
    }

    private LioTrajectory simulate(double[] start) {
        return LioTrajectory.simulate(start[0], etaD.value(), start[1], alpha.value(), beta.value(), gamma.value());
    }

    private void recompute() {
        paths.clear();
        for (double[] start : starts) {
            paths.add(simulate(start));
        }
        redraw();
    }

    private void clicked(MouseEvent e) {
        ExactLioFieldPainter.Frame f = frame;
        if (e.getButton() == MouseButton.PRIMARY && f != null && f.contains(e.getX(), e.getY())) {
            click(f.eta(e.getX()), f.theta(e.getY()));
        }
    }

    private void redraw() {
        GraphicsContext g = pane.graphics();
        double w = pane.canvasWidth();
        double h = pane.canvasHeight();
        g.setFill(DilemmaPalette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        frame = painter.draw(g, w, h, etaD.value(), arrows(), new int[] {GRID_X, GRID_Y}, paths);
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
