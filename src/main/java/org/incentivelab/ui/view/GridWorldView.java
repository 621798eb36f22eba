package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import org.incentivelab.run.GridFrame;
import org.incentivelab.run.Snapshot;

/**
 * One step of a gridworld run drawn from a {@link GridFrame}: Cleanup as in thesis 001 Fig. 5.3 and §5.3.1 (walls,
 * river, waste, apples, the agents, the 5 × 3 cleaning beam as it fires, the incentives each agent received
 * floating above it) with a side panel holding the waste-density gauge against thresholdRestoration and
 * thresholdDepletion and the live apple-spawn probability; or the Coin Game with its coins in their owner's colour.
 * The side panel also shows the step and each agent's reward. Drawing is split into {@link GridBoardPainter} and
 * {@link GridSidePanel}, placed by {@link GridWorldLayout}.
 *
 * <p>Frames come either from snapshots, through the function given to the constructor, or directly through
 * {@link #show(GridFrame)}. Without a frame the view writes a short message. The CSV has one row per cell.
 *
 * <p>Threading: like every {@link LabView}, FX application thread only (construction, updates, drawing, CSV).
 */
public final class GridWorldView implements LabView {
    /**
     * The values of the Cleanup waste-density gauge.
     *
     * @param density the waste density, in [0, 1]
     * @param restoration thresholdRestoration, in [0, 1]
     * @param depletion thresholdDepletion, in [0, 1]
     * @param appleSpawnProbability the live per-cell apple spawn probability, in [0, 1]
     */
    record Gauge(double density, double restoration, double depletion, double appleSpawnProbability) {
        /** @return the gauge of a Cleanup frame, or null for a Coin Game frame or no frame */
        static Gauge of(GridFrame f) {
            if (f == null || f.coinGame()) {
                return null;
            }
            return new Gauge(f.wasteDensity(), f.thresholdRestoration(), f.thresholdDepletion(),
                    f.appleSpawnProbability());
        }
    }

    /** The CSV header: one row per cell follows, row-major. */
    static final String CSV_HEADER = "x,y,cell,agent,beam";
    /** Preferred width of the view in pixels. */
    static final double PREF_WIDTH = 620;
    /** Preferred height of the view in pixels. */
    static final double PREF_HEIGHT = 400;
    /** Shown before the first frame or snapshot. */
    static final String WAITING = "waiting for a gridworld run …";
    /** Shown when a snapshot has no gridworld frame, or after {@code show(null)}. */
    static final String NO_FRAME = "No gridworld step to show for this run.";

    private final DilemmaCanvasPane pane = new DilemmaCanvasPane(this::redraw);
    private final Function<Snapshot, GridFrame> frameOf;
    private final GridFramePainter painter = new GridFramePainter();
    private GridFrame frame;
    private boolean received;

    /**
     * Creates the view; it shows a waiting message until the first {@link #update} or {@link #show}.
     *
     * @param frameOf how to get the frame to draw from a snapshot; returns null when the snapshot has none
     * @throws NullPointerException if {@code frameOf} is null
     */
    public GridWorldView(Function<Snapshot, GridFrame> frameOf) {
        this.frameOf = Objects.requireNonNull(frameOf, "frameOf");
        pane.setPrefSize(PREF_WIDTH, PREF_HEIGHT);
    }

    @Override
    public String title() {
        return "Gridworld";
    }

    @Override
    public String description() {
        return "One step of a gridworld run: in Cleanup (thesis 001 Fig. 5.3, §5.3.1) the walls, the river with its"
                + " waste, the apples and the numbered agents, who always face up; the yellow cells are the 5 × 3"
                + " cleaning beam fired in the step and the labels above the agents are the incentives they received."
                + " The gauge compares the waste density with thresholdRestoration and thresholdDepletion and gives"
                + " the resulting apple-spawn probability. Coin Game coins are drawn in their owner's colour.";
    }

    @Override
    public Node node() {
        return pane;
    }

    /** Draws the frame {@code frameOf} gives for the snapshot, or a message if it gives null. */
    @Override
    public void update(Snapshot snapshot) {
        show(frameOf.apply(snapshot));
    }

    /**
     * Draws a frame directly (the trainer's integration and the tests use this).
     *
     * @param f the frame, or null to show that there is none
     */
    public void show(GridFrame f) {
        frame = f;
        received = true;
        redraw();
    }

    /** @return the shown frame, or null */
    GridFrame frame() {
        return frame;
    }

    /** @return the gauge values drawn for the shown frame, or null (no frame, or a Coin Game frame) */
    Gauge gauge() {
        return Gauge.of(frame);
    }

    /**
     * Writes the header {@value #CSV_HEADER} and, for the shown frame, one row per cell in row-major order: the
     * column, the row (0 = top), the cell type name of {@link GridCellStyle#name}, the 1-based number of the agent
     * on the cell (empty if none; several joined by ';') and 1 if a cleaning beam covered it in the step, else 0.
     */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write(CSV_HEADER + "\n");
        GridFrame f = frame;
        if (f == null) {
            return;
        }
        StringBuilder row = new StringBuilder();
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                row.setLength(0);
                row.append(x).append(',').append(y).append(',').append(GridCellStyle.name(f.cell(x, y))).append(',');
                String separator = "";
                for (int i = 0; i < f.agentCount(); i++) {
                    if (f.agentX(i) == x && f.agentY(i) == y) {
                        row.append(separator).append(i + 1);
                        separator = ";";
                    }
                }
                row.append(',').append(f.beamAt(x, y) ? 1 : 0).append('\n');
                out.write(row.toString());
            }
        }
    }

    private void redraw() {
        painter.draw(pane.graphics(), pane.canvasWidth(), pane.canvasHeight(), frame, null,
                received ? NO_FRAME : WAITING);
    }
}
