package org.incentivelab.ui.view;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.dataset.utils.DataSetStyleBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Colours, line widths and fonts of the time charts, chosen to read on a projector: lines 2 px wide, player 1
 * blue (#1f77b4), player 2 red (#d62728), further series from the same (matplotlib "tab10") palette, 13 px
 * axis labels, dashed grey reference lines and dark dashed marker lines.
 */
final class ChartStyle {
    /** Series colours by index: player 1, player 2, then the rest of tab10. */
    static final List<String> PALETTE = List.of("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf");
    /** Line width of a series, in pixels. */
    static final double LINE_WIDTH = 2.0;

    /** Index-based palette colours, nothing dashed. */
    static final ChartStyle DEFAULT = new ChartStyle((name, index) -> null, name -> false, name -> false);
    /** Line width of a bold series (a mean over players), in pixels. */
    static final double BOLD_WIDTH = 3.5;

    /** Larger axis fonts and legend text; applied to each chart as a data-URI stylesheet. */
    static final String STYLESHEET = dataUri("""
            .incentive-time-chart .axis .axis-label { -fx-font-size: 14px; }
            .incentive-time-chart .axis .axis-tick-label { -fx-font-size: 12px; }
            .incentive-time-chart .chart-legend .chart-legend-item { -fx-font-size: 13px; }
            .incentive-time-chart .chart-legend { -fx-symbol-width: 24; -fx-symbol-height: 14; -fx-hgap: 10px; }
            .incentive-time-chart .value-indicator-line { -fx-stroke: #333333; -fx-stroke-width: 1.5;
                -fx-stroke-dash-array: 6 4; }
            .incentive-time-chart .value-indicator-label { -fx-background-color: rgba(255,255,255,0.85);
                -fx-border-color: #333333; -fx-font-size: 12px; -fx-font-weight: normal; -fx-padding: 1 4 1 4; }
            .incentive-time-chart .value-indicator-marker { -fx-fill: #333333; }
            """);

    private final BiFunction<String, Integer, String> colour;
    private final Predicate<String> dashed;
    private final Predicate<String> bold;

    ChartStyle(BiFunction<String, Integer, String> colour, Predicate<String> dashed, Predicate<String> bold) {
        this.colour = colour;
        this.dashed = dashed;
        this.bold = bold;
    }

    BiFunction<String, Integer, String> colour() {
        return colour;
    }

    Predicate<String> dashed() {
        return dashed;
    }

    Predicate<String> bold() {
        return bold;
    }

    /** @return the ChartFX data set style of a series */
    String lineStyle(String name, int index) {
        String c = colour.apply(name, index);
        if (c == null) {
            c = PALETTE.get(index % PALETTE.size());
        }
        DataSetStyleBuilder b = DataSetStyleBuilder.newInstance().setLineColor(c).setMarkerColor(c)
                .setLineWidth(bold.test(name) ? BOLD_WIDTH : LINE_WIDTH);
        if (dashed.test(name)) {
            b.setLineDashes(8, 5);
        }
        return b.build();
    }

    /** @return the ChartFX data set style of a horizontal reference line */
    static String referenceStyle() {
        return DataSetStyleBuilder.newInstance().setLineColor("#555555").setMarkerColor("#555555")
                .setLineWidth(1.5).setLineDashes(3, 4).build();
    }

    /** @return a non-editable vertical marker line with a label near the top */
    static XValueIndicator markerLine(Axis xAxis, double x, String label, int index) {
        XValueIndicator line = new XValueIndicator(xAxis, x, label);
        line.setEditable(false);
        line.setLabelPosition(0.06 + 0.08 * (index % 3));
        return line;
    }

    private static String dataUri(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
