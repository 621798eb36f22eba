package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.diff.BraessConfig;
import org.incentivelab.env.diff.BraessNetwork;
import org.incentivelab.env.diff.EdgeLatency;
import org.incentivelab.run.Command;
import org.incentivelab.run.D3cState;
import org.incentivelab.run.Snapshot;

/**
 * The Braess network of a D3C batch's first run (seed 000 §3.1, Fig. 2a): S at the left, A at the top, B at the
 * bottom, E at the right and the shortcut A→B vertical in the middle. Each road's width grows with its expected
 * number of drivers (state.flow, 0 … N), and its label gives its latency at that flow in minutes after its formula
 * ("10·n = 23.0 min"; constant roads just "45 min"; minutes only where the formula does not fit) and the flow
 * ("2.30 drivers", on views tall enough); the shortcut is dashed grey and labelled "closed" while closed. Below, one
 * row per driver: its route probabilities as a stacked bar (SAE, SBE, SABE, a colour each, legend underneath) and its
 * expected commute (state.losses, minutes) as a bar from 0 with two reference lines, the optimum per driver
 * (optimalTotal/N, 65 minutes on the paper's network) and the worst Nash equilibrium per driver (worstNashTotal/N,
 * 80 minutes with the shortcut, 65 without).
 *
 * <p>The check box "shortcut A→B open" sends {@link Command.SetShortcut} to the consumer given to the constructor
 * when the user toggles it and follows the run's network (braess().shortcut()) on every new snapshot; it is hidden
 * unless the snapshot is of a Braess network. Other snapshots show a short notice.
 *
 * <p>CSV, header {@value #CSV_HEADER}, one table whose first column says what a row describes:
 * <ul>
 *   <li>{@code driver,i,P(SAE),P(SBE),P(SABE),,commute} for each driver i = 1 … N (probabilities sum to 1; P(SABE)
 *       is 0 while the shortcut is closed; commute = f_i, expected minutes);
 *   <li>{@code road,e,,,,drivers,latency} for each open road e in SA, AE, SB, BE, AB (AB only while open): the
 *       expected number of drivers on it and its latency in minutes at that flow;
 *   <li>{@code reference,optimum_per_driver,,,,,minutes} and {@code reference,worst_nash_per_driver,,,,,minutes}.
 * </ul>
 */
public final class BraessNetworkView extends D3cView {
    /** The CSV header: drivers, then roads, then the two reference commutes; see the class comment. */
    static final String CSV_HEADER = "kind,name,p_SAE,p_SBE,p_SABE,drivers,minutes";
    /** Preferred width in pixels (the network above the drivers' rows). */
    static final double PREF_WIDTH = 460;
    /** Preferred height in pixels. */
    static final double PREF_HEIGHT = 400;
    /** The routes' colours, in the order of {@link BraessNetwork#ROUTES}: SAE blue, SBE orange, SABE purple. */
    static final Color[] ROUTE_COLORS = {Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#9467bd")};

    private static final Color ROAD = Color.web("#455a64");
    private static final Color CLOSED = Color.web("#bdbdbd");
    private static final Color COMMUTE = Color.web("#78909c");
    private static final Color OPTIMUM = DilemmaPalette.COOPERATE;
    private static final Color NASH = DilemmaPalette.NEGATIVE;
    private static final String[] NODES = {"S", "A", "B", "E"};
    /** Each road's start and end node, in the order of {@link BraessNetwork#EDGES}. */
    private static final int[] FROM = {0, 1, 0, 2, 1};
    private static final int[] TO = {1, 3, 2, 3, 2};
    private static final int AB = 4;

    private final Consumer<Command> commands;
    private final CheckBox shortcut = new CheckBox("shortcut A→B open");
    private final StackPane root;
    private final double[] nodeX = new double[NODES.length];
    private final double[] nodeY = new double[NODES.length];
    private final String[] formulas = new String[BraessNetwork.EDGES.length];
    private EdgeLatency[] edges;
    private BraessConfig network;

    /**
     * @param commands receives {@link Command.SetShortcut} when the user toggles the check box (normally the
     *     trainer's submit)
     */
    public BraessNetworkView(Consumer<Command> commands) {
        super(CSV_HEADER);
        this.commands = Objects.requireNonNull(commands, "commands");
        shortcut.setId("braess-shortcut");
        shortcut.setTooltip(new Tooltip("Open or close the road A→B in every run of the batch (seed 000 §3.1,"
                + " 'closing Broadway'); strategies and mixing matrices are kept."));
        shortcut.setStyle(checkBoxStyle(1));
        shortcut.setVisible(false);
        shortcut.setOnAction(e -> this.commands.accept(new Command.SetShortcut(shortcut.isSelected())));
        root = new StackPane(pane, shortcut);
        StackPane.setAlignment(shortcut, Pos.TOP_RIGHT);
        StackPane.setMargin(shortcut, new Insets(4, 6, 0, 0));
        root.setMinSize(DilemmaCanvasPane.MIN_WIDTH, DilemmaCanvasPane.MIN_HEIGHT);
        root.setPrefSize(PREF_WIDTH, PREF_HEIGHT);
    }

    @Override
    public Node node() {
        return root;
    }

    /** @return the check box that opens and closes the shortcut */
    CheckBox shortcutBox() {
        return shortcut;
    }

    @Override
    public String title() {
        return "Braess network";
    }

    @Override
    public String description() {
        return "Drivers commute from S to E (seed 000 §3.1, Fig. 2a): each road is as wide as its expected number of"
                + " drivers and labelled with its latency formula and current minutes, and each driver's route"
                + " probabilities and expected commute are set against the optimum (65 min each on the paper's"
                + " network) and the Nash equilibrium that selfish drivers reach over the shortcut A→B (80 min each,"
                + " Fig. 3b); untick the box to close the shortcut (Fig. 3a).";
    }

    @Override
    String notice(D3cState d) {
        if (d == null) {
            return "The Braess network is drawn for D3C runs on a Braess network (presets d3c-braess…).";
        }
        if (d.braess() == null) {
            return "The Braess network is drawn for D3C runs on a Braess network; this batch plays " + gameName(d)
                    + ".";
        }
        return null;
    }

    @Override
    void arrived(Snapshot s, D3cState d) {
        boolean braess = d != null && d.braess() != null;
        shortcut.setVisible(braess);
        if (braess) {
            shortcut.setSelected(d.braess().shortcut());
        }
    }

    @Override
    void writeCsvRows(Writer out, D3cState d) throws IOException {
        int n = d.agents();
        for (int i = 0; i < n; i++) {
            double[] p = d.routes()[i];
            out.write("driver," + (i + 1) + "," + DilemmaPalette.csv(p[0]) + "," + DilemmaPalette.csv(p[1]) + ","
                    + DilemmaPalette.csv(p[2]) + ",," + DilemmaPalette.csv(d.losses()[i]) + "\n");
        }
        EdgeLatency[] roads = d.braess().edges();
        for (int e = 0; e < roads.length; e++) {
            if (e != AB || d.braess().shortcut()) {
                out.write("road," + BraessNetwork.EDGES[e] + ",,,," + DilemmaPalette.csv(d.flow()[e]) + ","
                        + DilemmaPalette.csv(roads[e].at(d.flow()[e])) + "\n");
            }
        }
        out.write("reference,optimum_per_driver,,,,," + DilemmaPalette.csv(d.optimalTotal() / n) + "\n");
        out.write("reference,worst_nash_per_driver,,,,," + DilemmaPalette.csv(d.worstNashTotal() / n) + "\n");
    }

    /** @return the font scale: 1 up to the preferred size, growing to 1.8 for large views */
    @Override
    double fontScale(double w, double h) {
        return Math.max(1, Math.min(1.8, Math.min(w / PREF_WIDTH, h / PREF_HEIGHT)));
    }

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s, D3cState d) {
        if (!d.braess().equals(network)) {
            network = d.braess();
            edges = network.edges();
            for (int e = 0; e < edges.length; e++) {
                formulas[e] = formula(edges[e]);
            }
        }
        String style = checkBoxStyle(fs);
        if (!style.equals(shortcut.getStyle())) {
            shortcut.setStyle(style);
        }
        double pad = 8 * fs;
        double titleH = 28 * fs;
        Font title = DilemmaPalette.bold(13 * fs);
        double total = 0;
        for (double f : d.losses()) {
            total += f;
        }
        String ratio = DilemmaPalette.fixed(d.ratios()[0]);
        double room = w - 2 * pad - TextMeasure.width(shortcut.getText(), title) - 40 * fs;
        DilemmaPalette.text(g, fit(room, title, "run 1: total " + minutes(total) + " min = " + ratio + " × optimum",
                "total " + minutes(total) + " min = " + ratio + " × optimum",
                "total " + minutes(total) + " min (×" + ratio + ")", "×" + ratio), pad, titleH / 2, title,
                DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        double split = titleH + (h - titleH) * 0.48;
        drawNetwork(g, d, pad, titleH, w - 2 * pad, split - titleH, fs);
        drawDrivers(g, d, pad, split + 6 * fs, w - 2 * pad, h - split - 6 * fs - pad / 2, fs);
    }

    private void drawNetwork(GraphicsContext g, D3cState d, double x0, double y0, double w, double h, double fs) {
        int n = d.agents();
        boolean open = d.braess().shortcut();
        double r = Math.max(8, Math.min(13 * fs, h / 6));
        double cx = x0 + w / 2;
        nodeX[0] = x0 + r + 2;
        nodeY[0] = y0 + h / 2;
        nodeX[1] = cx;
        nodeY[1] = y0 + r + 2;
        nodeX[2] = cx;
        nodeY[2] = y0 + h - r - 2;
        nodeX[3] = x0 + w - r - 2;
        nodeY[3] = y0 + h / 2;
        Font font = DilemmaPalette.font(11 * fs);
        Font small = DilemmaPalette.font(10 * fs);
        g.setLineCap(StrokeLineCap.BUTT);
        for (int e = 0; e < FROM.length; e++) {
            boolean closed = e == AB && !open;
            double flow = d.flow()[e];
            double width = closed ? 1.5 * fs : (1.5 + 12 * Math.max(0, Math.min(1, flow / n))) * fs;
            double ax = nodeX[FROM[e]];
            double ay = nodeY[FROM[e]];
            double bx = nodeX[TO[e]];
            double by = nodeY[TO[e]];
            Color ink = closed ? CLOSED : ROAD;
            g.setStroke(ink);
            g.setLineWidth(width);
            if (closed) {
                g.setLineDashes(6 * fs, 5 * fs);
            }
            g.strokeLine(ax, ay, bx, by);
            g.setLineDashes((double[]) null);
            arrowHead(g, ax, ay, bx, by, r, width, fs, ink);
            double off = 4 * fs + width / 2;
            double mx = (ax + bx) / 2;
            double my = (ay + by) / 2;
            // labels sit outside the diamond: above the roads at A, below those at B; the shortcut's at its right
            int side = e == AB ? 0 : FROM[e] == 1 || TO[e] == 1 ? -1 : 1;
            boolean left = e != AB && FROM[e] == 0;
            double labelX = left ? mx - off : mx + off;
            double labelY = my + side * off;
            TextAlignment align = left ? TextAlignment.RIGHT : TextAlignment.LEFT;
            double labelRoom = e == AB ? 0.8 * (w / 2 - r) : left ? labelX - x0 : x0 + w - labelX;
            String minutes = minutes(edges[e].at(flow)) + " min";
            String line1 = closed ? "closed"
                    : edges[e].perDriver() > 0 ? formulas[e] + " = " + minutes : minutes;
            if (!closed && TextMeasure.width(line1, font) > labelRoom) {
                line1 = minutes;
            }
            String line2 = !closed && h >= 130 * fs ? DilemmaPalette.fixed(flow) + " drivers" : null;
            drawLabel(g, line1, line2, labelX, labelY, align, side, font, small, fs, closed);
        }
        Font letter = DilemmaPalette.bold(Math.max(10, r * 1.05));
        for (int k = 0; k < NODES.length; k++) {
            g.setFill(Color.WHITE);
            g.fillOval(nodeX[k] - r, nodeY[k] - r, 2 * r, 2 * r);
            g.setStroke(DilemmaPalette.TEXT);
            g.setLineWidth(1.5);
            g.strokeOval(nodeX[k] - r, nodeY[k] - r, 2 * r, 2 * r);
            DilemmaPalette.text(g, NODES[k], nodeX[k], nodeY[k], letter, DilemmaPalette.TEXT, TextAlignment.CENTER,
                    VPos.CENTER);
        }
    }

    /** A filled arrow head on the road a→b, its tip on the rim of b's circle of radius r. */
    private static void arrowHead(GraphicsContext g, double ax, double ay, double bx, double by, double r,
            double width, double fs, Color ink) {
        double len = Math.hypot(bx - ax, by - ay);
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        double tipX = bx - ux * (r + 1);
        double tipY = by - uy * (r + 1);
        double back = 6 * fs + width * 0.6;
        double half = 3.5 * fs + width * 0.55;
        double baseX = tipX - ux * back;
        double baseY = tipY - uy * back;
        g.setFill(ink);
        g.fillPolygon(new double[] {tipX, baseX - uy * half, baseX + uy * half},
                new double[] {tipY, baseY + ux * half, baseY - ux * half}, 3);
    }

    /**
     * Draws a road's one- or two-line label at (x, y) with the given alignment: above the point (side −1), below
     * it (side 1) or centred on it (side 0); the second line (may be null) is the muted flow.
     */
    private static void drawLabel(GraphicsContext g, String line1, String line2, double x, double y,
            TextAlignment align, int side, Font font, Font small, double fs, boolean closed) {
        double lineH = 13 * fs;
        int lines = line2 == null ? 1 : 2;
        double top = side < 0 ? y - lines * lineH : side > 0 ? y : y - lines * lineH / 2;
        DilemmaPalette.text(g, line1, x, top + lineH / 2, font, closed ? DilemmaPalette.MUTED : DilemmaPalette.TEXT,
                align, VPos.CENTER);
        if (line2 != null) {
            DilemmaPalette.text(g, line2, x, top + 1.5 * lineH, small, DilemmaPalette.MUTED, align, VPos.CENTER);
        }
    }

    private void drawDrivers(GraphicsContext g, D3cState d, double x0, double y0, double w, double h, double fs) {
        int n = d.agents();
        Font font = DilemmaPalette.font(11 * fs);
        Font head = DilemmaPalette.bold(11 * fs);
        double headH = 16 * fs;
        double footH = 30 * fs;
        double labelW = TextMeasure.width("driver", head) + 8 * fs;
        double gap = 14 * fs;
        double routeW = (w - labelW - gap) * 0.46;
        double rx = x0 + labelW;
        double cx = rx + routeW + gap;
        double cw = x0 + w - cx;
        double rowH = Math.max(4, Math.min(30 * fs, (h - headH - footH) / n));
        double top = y0 + headH;
        double bottom = top + n * rowH;
        double barH = rowH * 0.66;
        DilemmaPalette.text(g, "driver", x0, y0 + headH / 2, head, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        DilemmaPalette.text(g, fit(routeW, head, "route probabilities", "routes"), rx, y0 + headH / 2, head,
                DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        DilemmaPalette.text(g, fit(cw, head, "expected commute (min)", "commute (min)", "min"), cx, y0 + headH / 2,
                head, DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);

        double optimum = d.optimalTotal() / n;
        double nash = d.worstNashTotal() / n;
        double max = Math.max(optimum, nash);
        for (double f : d.losses()) {
            max = Math.max(max, f);
        }
        double scale = niceCeiling(max * 1.04);
        Font value = DilemmaPalette.font(Math.min(11 * fs, rowH * 0.8));
        double percentW = TextMeasure.width("100%", value) + 4;
        for (int i = 0; i < n; i++) {
            double y = top + i * rowH + (rowH - barH) / 2;
            double cy = top + (i + 0.5) * rowH;
            DilemmaPalette.text(g, Integer.toString(i + 1), x0 + labelW / 2, cy, value, DilemmaPalette.TEXT,
                    TextAlignment.CENTER, VPos.CENTER);
            double x = rx;
            for (int route = 0; route < ROUTE_COLORS.length; route++) {
                double p = d.routes()[i][route];
                double segment = p * routeW;
                g.setFill(ROUTE_COLORS[route]);
                g.fillRect(x, y, segment, barH);
                if (segment >= percentW && barH >= 9) {
                    DilemmaPalette.text(g, Math.round(100 * p) + "%", x + segment / 2, cy, value, Color.WHITE,
                            TextAlignment.CENTER, VPos.CENTER);
                }
                x += segment;
            }
            double f = d.losses()[i];
            double bar = Math.max(0, Math.min(1, f / scale)) * cw;
            g.setFill(COMMUTE);
            g.fillRect(cx, y, bar, barH);
            String text = String.format(Locale.ROOT, "%.1f", f);
            if (barH >= 9) {
                boolean inside = TextMeasure.width(text, value) + 8 <= bar;
                DilemmaPalette.text(g, text, inside ? cx + 4 : cx + bar + 4, cy, value,
                        inside ? Color.WHITE : DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
            }
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.strokeLine(cx, top - 2, cx, bottom + 2);

        double optX = cx + optimum / scale * cw;
        double nashX = cx + nash / scale * cw;
        boolean same = Math.abs(nash - optimum) <= 1e-9 * Math.max(1, Math.abs(optimum));
        referenceLine(g, optX, top - 2, bottom + 2, OPTIMUM, fs);
        if (!same) {
            referenceLine(g, nashX, top - 2, bottom + 2, NASH, fs);
        }
        double lineH = 13 * fs;
        if (same) {
            referenceLabel(g, fit(cw, font, "optimum = worst Nash " + minutes(optimum) + " min",
                    "optimum = Nash " + minutes(optimum), minutes(optimum)), optX, bottom + 2 + lineH / 2, cx,
                    cx + cw, font, OPTIMUM);
        } else {
            referenceLabel(g, fit(cw, font, "optimum " + minutes(optimum) + " min", "opt. " + minutes(optimum),
                    minutes(optimum)), optX, bottom + 2 + lineH / 2, cx, cx + cw, font, OPTIMUM);
            referenceLabel(g, fit(cw, font, "worst Nash " + minutes(nash) + " min", "Nash " + minutes(nash),
                    minutes(nash)), nashX, bottom + 2 + 1.5 * lineH, cx, cx + cw, font, NASH);
        }
        drawRouteLegend(g, rx, bottom + 4 + lineH / 2, routeW, lineH, font, fs);
    }

    private static void referenceLine(GraphicsContext g, double x, double y0, double y1, Color color, double fs) {
        g.setStroke(color);
        g.setLineWidth(2 * fs);
        g.setLineDashes(5 * fs, 4 * fs);
        g.strokeLine(x, y0, x, y1);
        g.setLineDashes((double[]) null);
    }

    /** Writes a reference line's label centred under it, kept inside [left, right]. */
    private static void referenceLabel(GraphicsContext g, String text, double x, double y, double left,
            double right, Font font, Color color) {
        double half = TextMeasure.width(text, font) / 2;
        double cx = Math.max(left + half, Math.min(right - half, x));
        DilemmaPalette.text(g, text, cx, y, font, color, TextAlignment.CENTER, VPos.CENTER);
    }

    /** The route legend: a swatch and the route's name each, wrapped onto a second line when too wide. */
    private static void drawRouteLegend(GraphicsContext g, double x0, double y, double w, double lineH, Font font,
            double fs) {
        double sw = 9 * fs;
        double x = x0;
        for (int route = 0; route < ROUTE_COLORS.length; route++) {
            String name = BraessNetwork.ROUTES[route];
            double itemW = sw + 3 * fs + TextMeasure.width(name, font);
            if (x > x0 && x + itemW > x0 + w) {
                x = x0;
                y += lineH;
            }
            g.setFill(ROUTE_COLORS[route]);
            g.fillRect(x, y - sw / 2, sw, sw);
            DilemmaPalette.text(g, name, x + sw + 3 * fs, y, font, DilemmaPalette.TEXT, TextAlignment.LEFT,
                    VPos.CENTER);
            x += itemW + 8 * fs;
        }
    }

    /** @return the smallest multiple of a round step (1, 2 or 5 × 10^k, about a tenth of v) at least v */
    static double niceCeiling(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return 1;
        }
        double step = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        double[] multiples = {1, 2, 5, 10};
        for (double m : multiples) {
            if (v / (step * m) <= 12) {
                step *= m;
                break;
            }
        }
        return Math.ceil(v / step - 1e-9) * step;
    }

    /** @return a road's latency formula: "10·n", "45", "10·n + 5" or "0" */
    static String formula(EdgeLatency road) {
        String perDriver = road.perDriver() > 0 ? compact(road.perDriver()) + "·n" : "";
        if (road.constant() > 0) {
            return perDriver.isEmpty() ? compact(road.constant()) : perDriver + " + " + compact(road.constant());
        }
        return perDriver.isEmpty() ? "0" : perDriver;
    }

    /** @return minutes with one decimal, or as a whole number when within 0.05 of one */
    static String minutes(double x) {
        return Math.abs(x - Math.rint(x)) < 0.05 ? Long.toString(Math.round(x))
                : String.format(Locale.ROOT, "%.1f", x);
    }

    /** @return a latency coefficient: whole, or with one decimal */
    private static String compact(double x) {
        return Math.abs(x - Math.rint(x)) < 1e-9 ? Long.toString(Math.round(x))
                : String.format(Locale.ROOT, "%.1f", x);
    }

    private static String checkBoxStyle(double fs) {
        return "-fx-font-size: " + Math.round(12 * fs) + "px; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-padding: 2 4 2 4;";
    }
}
