package org.incentivelab.ui.view;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.incentivelab.preset.PaperReference;
import org.incentivelab.run.Series;
import org.incentivelab.run.Snapshot;

/**
 * A learning curve (DESIGN §6): one ChartFX chart of some of a snapshot's {@link Series} over episodes, with the
 * mean over seeds as a line and, with several seeds, a mean ± std band; vertical markers where the planner switch
 * changed and at N_off; optional horizontal reference lines (the paper's numbers). Updating reuses the chart's
 * data sets and does nothing when the snapshot's episode, markers and N_off did not change.
 *
 * <p>The x axis spans [0, max(episode, episodes planned)], so a live run fills the chart from the left and the
 * N_off marker is in view from the start; zooming (drag a rectangle, right click to zoom out) freezes it until
 * zoomed out.
 */
public final class TimeChartView implements LabView {
    /**
     * A horizontal reference line.
     *
     * @param value y value
     * @param label legend text, e.g. "paper 98.7%"
     */
    public record Reference(double value, String label) {
        /** @throws NullPointerException if label is null */
        public Reference {
            Objects.requireNonNull(label, "label");
        }
    }

    private final String title;
    private final String description;
    private final Function<List<Series>, List<Series>> selector;
    private final boolean probability;
    private final List<Reference> fixedReferences;
    private final Function<Snapshot, List<Reference>> dynamicReferences;
    private final ChartStyle style;
    private final Predicate<String> bandAllowed;
    private final Function<String, String> legend;

    private final XYChart chart;
    private final DefaultNumericAxis xAxis;
    private final DefaultNumericAxis yAxis;
    private final ErrorDataSetRenderer lines = new ErrorDataSetRenderer();
    private final ErrorDataSetRenderer references = new ErrorDataSetRenderer();
    private final Zoomer zoomer = new Zoomer();
    private final List<DoubleErrorDataSet> seriesData = new ArrayList<>();
    private final List<DoubleErrorDataSet> referenceData = new ArrayList<>();
    private final List<XValueIndicator> markerLines = new ArrayList<>();

    private List<Series> shown = List.of();
    private Object lastKey;
    private List<Reference> lastReferences = List.of();
    private int redraws;

    /**
     * A chart of the named series, in the given order (names a snapshot lacks are left out).
     *
     * @param title the title
     * @param description tooltip text explaining the terms and the figure the chart mirrors
     * @param yLabel the y axis label (with its unit, if any)
     * @param series the series names
     * @param probability true for a fixed [0, 1] y axis, false to auto-range
     * @param references fixed horizontal reference lines
     */
    public TimeChartView(String title, String description, String yLabel, List<String> series, boolean probability,
            Reference... references) {
        this(builder(title).description(description).yLabel(yLabel).series(series).probability(probability)
                .references(references));
    }

    /**
     * A chart of every series whose name the predicate accepts, in the snapshot's order.
     *
     * @param title the title
     * @param description tooltip text explaining the terms and the figure the chart mirrors
     * @param yLabel the y axis label (with its unit, if any)
     * @param series which series to show, by name
     * @param probability true for a fixed [0, 1] y axis, false to auto-range
     * @param references fixed horizontal reference lines
     */
    public TimeChartView(String title, String description, String yLabel, Predicate<String> series,
            boolean probability, Reference... references) {
        this(builder(title).description(description).yLabel(yLabel).series(series).probability(probability)
                .references(references));
    }

    private TimeChartView(Builder b) {
        this.title = b.title;
        this.description = b.description;
        this.selector = Objects.requireNonNull(b.selector, "series selection");
        this.probability = b.probability;
        List<Reference> fixed = new ArrayList<>(b.references);
        for (PaperReference r : b.paperReferences) {
            if (b.shows.test(r.metric())) {
                fixed.add(new Reference(r.value(), r.label()));
            }
        }
        this.fixedReferences = List.copyOf(fixed);
        this.dynamicReferences = b.dynamicReferences;
        this.style = b.style;
        this.bandAllowed = b.band;
        this.legend = b.legend;

        xAxis = new DefaultNumericAxis("episode");
        xAxis.setUnit(null); // no empty "[]" after the name
        xAxis.setSide(Side.BOTTOM);
        xAxis.setAutoRanging(false);
        xAxis.setMin(0);
        xAxis.setMax(1);
        xAxis.setAnimated(false);
        xAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number episode) {
                return String.format(java.util.Locale.ROOT, "%,.0f", episode.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.replace(",", ""));
            }
        });
        yAxis = new DefaultNumericAxis(b.yLabel);
        yAxis.setUnit(null);
        yAxis.setSide(Side.LEFT);
        yAxis.setAnimated(false);
        if (probability) {
            yAxis.setAutoRanging(false);
            yAxis.setMin(0);
            yAxis.setMax(1);
            yAxis.setTickUnit(0.1);
        } else {
            yAxis.setAutoRanging(true);
            yAxis.setAutoRangePadding(0.05);
        }

        chart = new XYChart(xAxis, yAxis);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setTitle(null);
        chart.getStylesheets().add(ChartStyle.STYLESHEET);
        chart.getStyleClass().add("incentive-time-chart");

        lines.setErrorStyle(ErrorStyle.NONE);
        lines.setDrawMarker(false);
        lines.setPolyLineStyle(LineStyle.NORMAL);
        lines.setPointReduction(false);
        references.setErrorStyle(ErrorStyle.NONE);
        references.setDrawMarker(false);
        references.setPolyLineStyle(LineStyle.NORMAL);
        references.setPointReduction(false);
        chart.getRenderers().setAll(lines, references);

        zoomer.setSliderVisible(false);
        zoomer.setAnimated(false);
        chart.getPlugins().addAll(zoomer, new DataPointTooltip());
        // the description on the legend (the plot area has the data point tooltip; ViewPane's title has it too)
        if (chart.getLegend() != null && chart.getLegend().getNode() != null) {
            Tooltip.install(chart.getLegend().getNode(), new Tooltip(description));
        }
        // the reference datasets are built on the first update, not here: with two or more of them built before
        // the chart was shown, ChartFX 11.3.1 froze the FX thread in a dataset lock on the next update (seen live)
        lastReferences = merged(fixedReferences);
    }

    /**
     * @param title the chart's title
     * @return a builder for the options the constructors do not cover (dynamic references, colours)
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Node node() {
        return chart;
    }

    /** @return the ChartFX chart (for tests and embedding) */
    public XYChart chart() {
        return chart;
    }

    /** @return whether the y axis is the fixed probability range [0, 1] */
    public boolean isProbability() {
        return probability;
    }

    /** @return the names of the series shown since the last update, in legend order */
    public List<String> seriesNames() {
        return shown.stream().map(Series::name).toList();
    }

    /** @return the data sets of the shown series (mean in y, ± std as y errors), in legend order */
    public List<DoubleErrorDataSet> seriesDataSets() {
        return List.copyOf(seriesData.subList(0, shown.size()));
    }

    /** @return the vertical marker lines shown: planner switch changes, then N_off */
    public List<XValueIndicator> markerLines() {
        return List.copyOf(markerLines);
    }

    /** @return the horizontal reference lines shown */
    public List<Reference> references() {
        return lastReferences;
    }

    /** @return whether the mean ± std band is drawn (several seeds) */
    public boolean showsBand() {
        return lines.getErrorType() == ErrorStyle.ERRORSURFACE;
    }

    /** @return how many updates changed the chart (skipped updates do not count) */
    int redraws() {
        return redraws;
    }

    @Override
    public void update(Snapshot snapshot) {
        Object key = List.of(snapshot.presetName(), snapshot.episode(), snapshot.episodesPlanned(),
                snapshot.markers().size(), Objects.toString(snapshot.turnOffAtEpisode()), snapshot.seeds(),
                snapshot.series().size());
        if (key.equals(lastKey)) {
            return;
        }
        lastKey = key;
        redraws++;
        if (!xAxis.getName().equals(snapshot.stepName())) {
            xAxis.setName(snapshot.stepName());
        }

        List<Series> selected = selector.apply(snapshot.series());
        boolean band = selected.stream()
                .anyMatch(s -> s.std() != null && s.episodes().length > 1 && bandAllowed.test(s.name()));
        ErrorStyle errorStyle = band ? ErrorStyle.ERRORSURFACE : ErrorStyle.NONE;
        if (lines.getErrorType() != errorStyle) {
            lines.setErrorStyle(errorStyle);
        }
        if (!sameNames(selected, shown)) {
            rebuildSeries(selected);
        }
        for (int k = 0; k < selected.size(); k++) {
            Series s = selected.get(k);
            int n = s.episodes().length;
            double[] err = s.std() != null && bandAllowed.test(s.name()) ? s.std() : new double[n];
            // the arrays are the snapshot's immutable copies: share them rather than copying
            seriesData.get(k).set(s.episodes(), s.mean(), err, err, n, false);
        }
        shown = selected;

        double xMax = Math.max(1, Math.max(snapshot.episode(), snapshot.episodesPlanned()));
        if (zoomer.zoomStackDeque().isEmpty()) {
            xAxis.setMin(0);
            xAxis.setMax(xMax);
        }
        List<Reference> refs = new ArrayList<>(fixedReferences);
        if (dynamicReferences != null) {
            refs.addAll(dynamicReferences.apply(snapshot));
        }
        updateReferences(merged(refs), 0, xMax);
        updateMarkers(snapshot, xMax);
        // ChartFX 11.3.1 sometimes misses the datasets' change events when they arrive every frame and then
        // stops repainting (seen live: the curve froze after ~500 episodes); invalidating the chart explicitly
        // after each real update keeps it drawing.
        chart.invalidate();
    }

    /** One line per value: a preset may repeat a chart's own line (the optimum); their labels are joined. */
    private static List<Reference> merged(List<Reference> refs) {
        java.util.Map<Double, String> byValue = new java.util.LinkedHashMap<>();
        for (Reference r : refs) {
            byValue.merge(r.value(), r.label(), (a, b) -> a.equals(b) ? a : a + " · " + b);
        }
        List<Reference> out = new ArrayList<>();
        byValue.forEach((v, label) -> out.add(new Reference(v, label)));
        return out;
    }

    private static boolean sameNames(List<Series> a, List<Series> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).name().equals(b.get(k).name())) {
                return false;
            }
        }
        return true;
    }

    private void rebuildSeries(List<Series> selected) {
        seriesData.clear();
        for (int k = 0; k < selected.size(); k++) {
            String name = selected.get(k).name();
            DoubleErrorDataSet ds = new DoubleErrorDataSet(legend.apply(name), 1000);
            ds.setStyle(style.lineStyle(name, k));
            seriesData.add(ds);
        }
        lines.getDatasets().setAll(seriesData);
    }

    private void updateReferences(List<Reference> refs, double x0, double x1) {
        if (!refs.equals(lastReferences) || referenceData.size() != refs.size()) {
            referenceData.clear();
            for (Reference r : refs) {
                DoubleErrorDataSet ds = new DoubleErrorDataSet(r.label(), 2);
                ds.setStyle(ChartStyle.referenceStyle());
                referenceData.add(ds);
            }
            references.getDatasets().setAll(referenceData);
            lastReferences = List.copyOf(refs);
        }
        double[] x = {x0, x1};
        double[] zero = {0, 0};
        for (int k = 0; k < refs.size(); k++) {
            double v = refs.get(k).value();
            referenceData.get(k).set(x, new double[] {v, v}, zero, zero, true);
        }
    }

    private void updateMarkers(Snapshot snapshot, double xMax) {
        List<double[]> wanted = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Snapshot.Marker m : snapshot.markers()) {
            wanted.add(new double[] {m.episode()});
            labels.add(m.label());
        }
        if (snapshot.turnOffAtEpisode() != null) {
            wanted.add(new double[] {snapshot.turnOffAtEpisode()});
            labels.add("N_off");
        }
        while (markerLines.size() > wanted.size()) {
            chart.getPlugins().remove(markerLines.remove(markerLines.size() - 1));
        }
        for (int k = 0; k < wanted.size(); k++) {
            double x = wanted.get(k)[0];
            if (k < markerLines.size()) {
                XValueIndicator line = markerLines.get(k);
                if (line.getValue() != x) {
                    line.setValue(x);
                }
                if (!labels.get(k).equals(line.getText())) {
                    line.setText(labels.get(k));
                }
            } else {
                XValueIndicator line = ChartStyle.markerLine(xAxis, x, labels.get(k), k);
                markerLines.add(line);
                chart.getPlugins().add(line);
            }
            // label on the side of the line with more room, so it is not clipped at the plot's edge
            HPos anchor = x > 0.75 * xMax ? HPos.RIGHT : HPos.LEFT;
            XValueIndicator line = markerLines.get(k);
            if (line.getLabelHorizontalAnchor() != anchor) {
                line.setLabelHorizontalAnchor(anchor);
            }
        }
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        List<Series> data = shown;
        boolean std = data.stream().anyMatch(s -> s.std() != null);
        StringBuilder header = new StringBuilder("episode");
        for (Series s : data) {
            header.append(',').append(csv(s.name()));
            if (std) {
                header.append(',').append(csv(s.name() + " std"));
            }
        }
        out.write(header.append('\n').toString());
        int rows = data.isEmpty() ? 0 : data.get(0).episodes().length;
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            row.setLength(0);
            row.append(number(data.get(0).episodes()[i]));
            for (Series s : data) {
                row.append(',').append(i < s.mean().length ? number(s.mean()[i]) : "");
                if (std) {
                    row.append(',').append(s.std() != null && i < s.std().length ? number(s.std()[i]) : "");
                }
            }
            out.write(row.append('\n').toString());
        }
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Quotes a CSV field if it holds a comma, quote or line break (RFC 4180); "r^p_1(D,C)" has a comma. */
    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Options of a {@link TimeChartView}. */
    public static final class Builder {
        private final String title;
        private String description = "";
        private String yLabel = "";
        private Function<List<Series>, List<Series>> selector;
        private Predicate<String> shows = name -> false;
        private final List<PaperReference> paperReferences = new ArrayList<>();
        private boolean probability;
        private final List<Reference> references = new ArrayList<>();
        private Function<Snapshot, List<Reference>> dynamicReferences;
        private ChartStyle style = ChartStyle.DEFAULT;
        private Predicate<String> band = name -> true;
        private Function<String, String> legend = Function.identity();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** @param text tooltip text explaining the terms @return this */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "description");
            return this;
        }

        /** @param label the y axis label @return this */
        public Builder yLabel(String label) {
            this.yLabel = Objects.requireNonNull(label, "yLabel");
            return this;
        }

        /** @param names the series to show, in this order; names a snapshot lacks are skipped @return this */
        public Builder series(List<String> names) {
            List<String> order = List.copyOf(names);
            this.shows = order::contains;
            this.selector = all -> {
                List<Series> out = new ArrayList<>(order.size());
                for (String name : order) {
                    for (Series s : all) {
                        if (s.name().equals(name)) {
                            out.add(s);
                            break;
                        }
                    }
                }
                return out;
            };
            return this;
        }

        /** @param accept which series to show, by name, in the snapshot's order @return this */
        public Builder series(Predicate<String> accept) {
            Objects.requireNonNull(accept, "series");
            this.shows = accept;
            this.selector = all -> all.stream().filter(s -> accept.test(s.name())).toList();
            return this;
        }

        /** @param fixedUnitRange true for a fixed [0, 1] y axis @return this */
        public Builder probability(boolean fixedUnitRange) {
            this.probability = fixedUnitRange;
            return this;
        }

        /**
         * @param show false to never draw the mean ± std band (for series whose spread is sampling noise)
         * @return this
         */
        public Builder band(boolean show) {
            this.band = name -> show;
            return this;
        }

        /**
         * @param show which series get a mean ± std band (e.g. only the mean of many players)
         * @return this
         */
        public Builder band(Predicate<String> show) {
            this.band = Objects.requireNonNull(show, "band");
            return this;
        }

        /**
         * Draws a series' band from another recorded series instead of the spread over seeds (e.g. a median over a
         * batch's runs ± their standard deviation, seed 000 Figs. 3, 5). Call after {@code series}.
         *
         * @param line the series drawn as the line
         * @param spread the series whose values are the band's half-width
         * @return this
         */
        public Builder spreadFrom(String line, String spread) {
            Function<List<Series>, List<Series>> inner = Objects.requireNonNull(selector, "call series(...) first");
            this.selector = all -> {
                Series width = all.stream().filter(s -> s.name().equals(spread)).findFirst().orElse(null);
                return inner.apply(all).stream().map(s -> !s.name().equals(line) || width == null ? s
                        : new Series(s.name(), s.episodes(), s.mean(), width.mean())).toList();
            };
            return this;
        }

        /** @param refs fixed horizontal reference lines @return this */
        public Builder references(Reference... refs) {
            references.addAll(List.of(refs));
            return this;
        }

        /**
         * The preset's paper values: each one whose metric is one of this chart's series (as given to
         * {@code series}, in either order of the calls) becomes a fixed reference line with its label.
         *
         * @param refs the preset's reference values, for any metrics
         * @return this
         */
        public Builder paperReferences(List<PaperReference> refs) {
            paperReferences.addAll(refs);
            return this;
        }

        /** @param value y @param label legend text @return this */
        public Builder reference(double value, String label) {
            references.add(new Reference(value, label));
            return this;
        }

        /**
         * A reference line whose value depends on the snapshot (e.g. the welfare maximum N·R).
         *
         * @param value computes the value from a snapshot
         * @param label legend text
         * @return this
         */
        public Builder reference(ToDoubleFunction<Snapshot> value, String label) {
            Function<Snapshot, List<Reference>> previous = dynamicReferences;
            dynamicReferences = s -> {
                List<Reference> out = new ArrayList<>(previous == null ? List.of() : previous.apply(s));
                out.add(new Reference(value.applyAsDouble(s), label));
                return out;
            };
            return this;
        }

        /**
         * @param colour maps a series name and its index in the chart to a CSS colour (null: the palette's)
         * @param dashed which series to draw dashed
         * @return this
         */
        public Builder colours(java.util.function.BiFunction<String, Integer, String> colour,
                Predicate<String> dashed) {
            this.style = new ChartStyle(colour, dashed, style.bold());
            return this;
        }

        /**
         * @param label the legend text of a series, from its name (the CSV keeps the names)
         * @return this
         */
        public Builder legend(Function<String, String> label) {
            this.legend = Objects.requireNonNull(label, "legend");
            return this;
        }

        /** @param bold which series to draw with a thicker line (e.g. a mean over players) @return this */
        public Builder bold(Predicate<String> bold) {
            this.style = new ChartStyle(style.colour(), style.dashed(), bold);
            return this;
        }

        /** @return the chart */
        public TimeChartView build() {
            return new TimeChartView(this);
        }
    }
}
