package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.grid.Cell;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.Snapshot;

/**
 * Where each agent of a gridworld run stands, as one small heatmap per agent side by side: the board with its walls
 * (dark grey), a thin strip at the bottom of river cells (blue) and apple cells (green) so that the Cleanup map
 * can be read, and every other cell shaded from the floor colour (never there) to the agent's colour
 * ({@link LioPalette#agent}, as on the board of the {@link GridWorldView}) for its most visited cell, with the
 * intensity √(visits / that agent's largest count) so that rarely visited cells stay visible; counts are written in
 * the cells when they fit. In Cleanup the division of labour of thesis 001 §5.4, Fig. 5.6 shows as one agent's map
 * lit up by the river (the cleaner) and the other's on the apple field (the harvester). The data is a
 * {@link PositionHeatmap} over the recorded episodes (every frame, the start state included), optionally capped to
 * the latest episodes.
 *
 * <p>Episodes come from snapshots, through the function given to the constructor: {@link #update} adds the
 * snapshot's episode only when its episode number differs from the last one added, and starts the counts over when
 * the preset name differs from the previous snapshot's or the episode number goes down (a new batch).
 * {@link #add(GridEpisode)} adds an episode directly. Hovering a cell shows its count. The CSV has one row per agent
 * per cell.
 *
 * <p>Threading: like every {@link LabView}, FX application thread only (construction, updates, drawing, CSV).
 */
public final class PositionHeatmapView implements LabView {
    /** The CSV header: one row per agent per cell follows, agent-major, each board row-major. */
    static final String CSV_HEADER = "agent,x,y,visits,received_per_visit";
    /** The selector's two readings. */
    static final String VISITS = "visits";
    /** The selector's incentive reading. */
    static final String INCENTIVES = "incentives";
    /** Shown before the first episode. */
    static final String WAITING = "waiting for a recorded gridworld episode …";

    private final DilemmaCanvasPane pane = new DilemmaCanvasPane(this::redraw);
    private final ComboBox<String> reading = new ComboBox<>();
    private final StackPane root;
    private final Function<Snapshot, GridEpisode> episodeOf;
    private final PositionHeatmap heatmap;
    private final Tooltip hoverTip;
    private boolean hasLast;
    private long lastEpisode;
    private String lastPreset;
    private double[] panelX = new double[0];
    private double panelY;
    private double cell;

    /**
     * Creates the view counting every episode (no cap); it shows a waiting message until the first episode.
     *
     * @param episodeOf how to get the run's latest recorded episode from a snapshot; returns null when the snapshot
     *     has none (the counts are then kept)
     * @throws NullPointerException if {@code episodeOf} is null
     */
    public PositionHeatmapView(Function<Snapshot, GridEpisode> episodeOf) {
        this(episodeOf, PositionHeatmap.UNLIMITED);
    }

    /**
     * Creates the view counting the latest {@code window} episodes.
     *
     * @param episodeOf as for {@link #PositionHeatmapView(Function)}
     * @param window how many of the latest episodes count, ≥ 1, or {@link PositionHeatmap#UNLIMITED} (0) for all
     * @throws NullPointerException if {@code episodeOf} is null
     * @throws IllegalArgumentException if {@code window} is negative
     */
    public PositionHeatmapView(Function<Snapshot, GridEpisode> episodeOf, int window) {
        this.episodeOf = Objects.requireNonNull(episodeOf, "episodeOf");
        this.heatmap = new PositionHeatmap(window);
        reading.getItems().addAll(VISITS, INCENTIVES);
        reading.setValue(VISITS);
        reading.setId("heatmap-reading");
        reading.setTooltip(new Tooltip("visits: where each agent stands; incentives: what it receives per step"
                + " on each cell (by other agents, a designer or IQ-Flow's regulator) — where a mechanism rewards"
                + " cleaning shows as the river bank lighting up"));
        reading.valueProperty().addListener((o, was, now) -> redraw());
        root = new StackPane(pane, reading);
        StackPane.setAlignment(reading, Pos.TOP_RIGHT);
        StackPane.setMargin(reading, new Insets(2, 4, 0, 0));
        root.setMinSize(DilemmaCanvasPane.MIN_WIDTH, DilemmaCanvasPane.MIN_HEIGHT);
        root.setPrefSize(GridWorldView.PREF_WIDTH, GridWorldView.PREF_HEIGHT * 0.8);
        hoverTip = pane.installHoverTip(description());
        pane.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverTip.setText(tooltipAt(e.getX(), e.getY())));
    }

    @Override
    public String title() {
        return "Positions";
    }

    @Override
    public String description() {
        String over = heatmap.window() == PositionHeatmap.UNLIMITED ? "all recorded test episodes"
                : "the latest " + heatmap.window() + " recorded test episodes";
        return "Where each agent stood over " + over + ", one map per agent: walls dark, river and apple cells"
                + " marked by a blue or green strip, every cell shaded towards the agent's colour by"
                + " √(visits / its most visited cell's visits). In Cleanup one agent settles by the river and fires"
                + " the cleaning beam (the cleaner) while the other stays on the apple field (the harvester): the"
                + " division of labour of thesis 001 §5.4, Fig. 5.6. Switch the reading (top right) to"
                + " 'incentives' to shade each cell by the incentive the agent received per step there instead (the"
                + " largest over both maps is the full colour): where a mechanism pays for cleaning.";
    }

    @Override
    public Node node() {
        return root;
    }

    /** @return whether the maps show incentives received per step rather than visits */
    boolean showsIncentives() {
        return INCENTIVES.equals(reading.getValue());
    }

    /** @param incentives true to show incentives received per step, false for visits */
    void showIncentives(boolean incentives) {
        reading.setValue(incentives ? INCENTIVES : VISITS);
    }

    /**
     * Adds the episode {@code episodeOf} gives for the snapshot if its episode number differs from the last one
     * added (class comment for when the counts start over); null adds nothing.
     */
    @Override
    public void update(Snapshot snapshot) {
        GridEpisode e = episodeOf.apply(snapshot);
        String preset = snapshot == null ? null : snapshot.presetName();
        boolean otherPreset = lastPreset != null && !lastPreset.equals(preset);
        if (hasLast && (otherPreset || (e != null && e.episode() < lastEpisode))) {
            heatmap.clear();
            hasLast = false;
        }
        lastPreset = preset;
        if (e != null && !(hasLast && e.episode() == lastEpisode)) {
            add(e);
        }
    }

    /**
     * Adds one episode's visits directly and redraws.
     *
     * @param episode the episode, not null
     * @throws NullPointerException if {@code episode} is null
     */
    public void add(GridEpisode episode) {
        heatmap.add(episode);
        hasLast = true;
        lastEpisode = episode.episode();
        redraw();
    }

    /** Forgets every visit and redraws the waiting message. */
    public void clear() {
        heatmap.clear();
        hasLast = false;
        redraw();
    }

    /** @return the counts drawn, live (episodes added to it directly show at the next redraw) */
    public PositionHeatmap heatmap() {
        return heatmap;
    }

    /**
     * Writes the header {@value #CSV_HEADER} and one row per agent per cell: the 1-based agent, the column, the row
     * (0 = top), the visits counted there (0 on walls) and the incentive received per visit (0 if never visited).
     */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write(CSV_HEADER + "\n");
        PositionHeatmap m = heatmap;
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < m.agents(); i++) {
            for (int y = 0; y < m.height(); y++) {
                for (int x = 0; x < m.width(); x++) {
                    row.setLength(0);
                    row.append(i + 1).append(',').append(x).append(',').append(y).append(',')
                            .append(m.visits(i, x, y)).append(',').append(m.receivedPerVisit(i, x, y)).append('\n');
                    out.write(row.toString());
                }
            }
        }
    }

    /**
     * @param visits a cell's count
     * @param max the agent's largest count
     * @return the shade of the cell in [0, 1]: √(visits / max), 0 when max is 0
     */
    static double intensity(long visits, long max) {
        return max <= 0 ? 0 : Math.sqrt(Math.min(1.0, (double) visits / max));
    }

    private void redraw() {
        GraphicsContext g = pane.graphics();
        double w = pane.canvasWidth();
        double h = pane.canvasHeight();
        g.setFill(DilemmaPalette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        double fs = DilemmaPalette.fontScale(w, h);
        PositionHeatmap m = heatmap;
        if (m.isEmpty()) {
            panelX = new double[0];
            DilemmaPalette.text(g, WAITING, w / 2, h / 2, DilemmaPalette.font(12 * fs), DilemmaPalette.MUTED,
                    TextAlignment.CENTER, VPos.CENTER);
            return;
        }
        int n = m.agents();
        double pad = 8 * fs;
        double lh = 18 * fs;
        double panelW = Math.max(1, (w - pad * (n + 1)) / n);
        double areaH = Math.max(1, h - 2 * pad - 2 * lh);
        cell = Math.max(1, Math.floor(Math.min(panelW / m.width(), areaH / m.height())));
        double boardW = cell * m.width();
        double boardH = cell * m.height();
        panelY = Math.floor(pad + lh + (areaH - boardH) / 2);
        if (panelX.length != n) {
            panelX = new double[n];
        }
        Font bold = DilemmaPalette.bold(12 * fs);
        Font small = DilemmaPalette.font(Math.max(8, Math.min(11 * fs, 0.38 * cell)));
        for (int i = 0; i < n; i++) {
            double left = pad + i * (panelW + pad);
            panelX[i] = Math.floor(left + (panelW - boardW) / 2);
            long total = m.totalVisits(i);
            String title = fit(panelW, bold, "Agent " + (i + 1) + " · " + total + " frames",
                    "Agent " + (i + 1), Integer.toString(i + 1));
            DilemmaPalette.text(g, title, left + panelW / 2, panelY - lh / 2, bold, LioPalette.agent(i),
                    TextAlignment.CENTER, VPos.CENTER);
            board(g, m, i, panelX[i], panelY, small);
        }
        String count = m.episodes() + (m.episodes() == 1 ? " episode" : " episodes");
        String window = m.window() == PositionHeatmap.UNLIMITED ? "" : " (latest " + m.window() + ")";
        Font font = DilemmaPalette.font(11 * fs);
        String footer = showsIncentives()
                ? fit(w - 2 * pad, font, count + window + " · shade = incentive received per step ÷ the largest"
                        + " (" + DilemmaPalette.fixed(m.maxReceivedPerVisit()) + ") · strips: river, apples",
                        count + window + " · shade = incentive per step ÷ max", count + window, count)
                : fit(w - 2 * pad, font,
                count + window + " · shade = √(visits ÷ the agent's most visited cell) · strips: river, apples",
                count + window + " · shade = √(visits ÷ the agent's most visited cell)",
                count + window + " · shade = √(visits ÷ max)", count + window, count);
        DilemmaPalette.text(g, footer, w / 2, h - pad - lh / 2, font, DilemmaPalette.MUTED, TextAlignment.CENTER,
                VPos.CENTER);
    }

    private void board(GraphicsContext g, PositionHeatmap m, int agent, double x0, double y0, Font small) {
        Color colour = LioPalette.agent(agent);
        long max = m.maxVisits(agent);
        boolean paid = showsIncentives();
        double maxPaid = m.maxReceivedPerVisit();
        g.setLineWidth(1);
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                double px = x0 + x * cell;
                double py = y0 + y * cell;
                if (m.wall(x, y)) {
                    g.setFill(GridCellStyle.WALL);
                    g.fillRect(px, py, cell, cell);
                    continue;
                }
                long v = m.visits(agent, x, y);
                double perVisit = m.receivedPerVisit(agent, x, y);
                double t = paid ? (maxPaid > 0 ? perVisit / maxPaid : 0) : intensity(v, max);
                g.setFill(GridCellStyle.FLOOR.interpolate(colour, t));
                g.fillRect(px, py, cell, cell);
                g.setStroke(GridCellStyle.BORDER);
                g.strokeRect(px + 0.5, py + 0.5, cell - 1, cell - 1);
                Color strip = strip(m.terrain(x, y));
                if (strip != null) {
                    g.setFill(strip);
                    g.fillRect(px + 1, py + cell - Math.max(2, 0.12 * cell), cell - 2, Math.max(2, 0.12 * cell) - 1);
                }
                if (v > 0 && cell >= 18) {
                    String label = paid ? DilemmaPalette.fixed(perVisit) : Long.toString(v);
                    if (TextMeasure.width(label, small) <= cell - 3) {
                        DilemmaPalette.text(g, label, px + cell / 2, py + cell / 2, small,
                                t > 0.6 ? Color.WHITE : DilemmaPalette.TEXT, TextAlignment.CENTER, VPos.CENTER);
                    }
                }
            }
        }
    }

    /** @return the colour of the strip marking a river or apple cell at the bottom of its square, or null */
    private static Color strip(int terrain) {
        if (terrain == Cell.RIVER || terrain == Cell.WASTE) {
            return GridCellStyle.RIVER;
        }
        if (terrain == Cell.APPLE || terrain == Cell.APPLE_SPAWN) {
            return GridCellStyle.APPLE;
        }
        return null;
    }

    private String tooltipAt(double x, double y) {
        PositionHeatmap m = heatmap;
        if (m.isEmpty() || panelX.length != m.agents()) {
            return description();
        }
        for (int i = 0; i < panelX.length; i++) {
            int cx = (int) Math.floor((x - panelX[i]) / cell);
            int cy = (int) Math.floor((y - panelY) / cell);
            if (x >= panelX[i] && y >= panelY && cx < m.width() && cy < m.height()) {
                if (m.wall(cx, cy)) {
                    return "Agent " + (i + 1) + ", cell (" + cx + ", " + cy + "): wall";
                }
                long v = m.visits(i, cx, cy);
                long total = m.totalVisits(i);
                double share = total == 0 ? 0 : 100.0 * v / total;
                return String.format(Locale.ROOT, "Agent %d, cell (%d, %d): %d visits, %.1f %% of its frames;"
                        + " incentive received %.2f per step there", i + 1, cx, cy, v, share,
                        m.receivedPerVisit(i, cx, cy));
            }
        }
        return description();
    }

    /** @return the first of {@code forms} that fits {@code room} pixels in {@code font}, else the last */
    private static String fit(double room, Font font, String... forms) {
        for (String s : forms) {
            if (TextMeasure.width(s, font) <= room) {
                return s;
            }
        }
        return forms[forms.length - 1];
    }
}
