package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incentivelab.preset.PaperReference;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.Command;
import org.incentivelab.run.MetricNames;
import org.incentivelab.run.Series;
import org.incentivelab.run.Snapshot;
import org.incentivelab.run.Trainer;
import org.incentivelab.ui.view.TimeChartView.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Time charts built from real trainer snapshots, on the FX thread (Monocle headless). */
class TimeChartViewTest {
    private static final List<String> PLAYERS = List.of(MetricNames.cooperation(1), MetricNames.cooperation(2));

    /** PD turned-off preset, 3 seeds: 200 episodes, planner switched off, 200 more. */
    private static Snapshot switched;
    /** The same preset, 1 seed, 50 episodes. */
    private static Snapshot oneSeed;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        PlannerPreset preset = (PlannerPreset) PresetLoader.load(Path.of("presets/amd-pd-turned-off.json")).withRuns(8000, 3, 0);
        try (Trainer trainer = new Trainer(preset)) {
            trainer.step(200);
            await(trainer, 200);
            trainer.submit(new Command.SetMechanism(false));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (trainer.latest().markers().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10); // applied before episode 201
            }
            trainer.step(200);
            switched = await(trainer, 400);
        }
        try (Trainer trainer = new Trainer(preset.withRuns(8000, 1, 0))) {
            trainer.step(50);
            oneSeed = await(trainer, 50);
        }
    }

    /** Polls until the trainer published a snapshot of that episode (10 ms steps, 60 s at most). */
    static Snapshot await(Trainer trainer, long episode) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Snapshot s = trainer.latest();
            if (s.episode() == episode && !s.running()) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("trainer did not reach episode " + episode + ": " + trainer.latest().episode());
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private static double[] values(DataSet ds, int dim) {
        return Arrays.copyOf(ds.getValues(dim), ds.getDataCount());
    }

    @Test
    void showsOneDataSetPerSelectedSeriesWithTheSnapshotsValuesAndABand() throws Exception {
        TimeChartView view = fx(() -> {
            TimeChartView v = new TimeChartView("Cooperation", "P(C) per player", "P(C)", PLAYERS, true);
            v.update(switched);
            return v;
        });
        assertEquals(PLAYERS, view.seriesNames());
        List<DoubleErrorDataSet> sets = view.seriesDataSets();
        assertEquals(2, sets.size());
        assertEquals(sets, view.chart().getRenderers().get(0).getDatasets());
        for (int k = 0; k < 2; k++) {
            Series s = switched.series(PLAYERS.get(k)).orElseThrow();
            DoubleErrorDataSet ds = sets.get(k);
            assertEquals(PLAYERS.get(k), ds.getName());
            assertTrue(s.mean().length > 100, "points: " + s.mean().length);
            assertArrayEquals(s.episodes(), values(ds, DataSet.DIM_X));
            assertArrayEquals(s.mean(), values(ds, DataSet.DIM_Y));
            assertNotNull(s.std());
            assertArrayEquals(s.std(), Arrays.copyOf(ds.getErrorsPositive(DataSet.DIM_Y), ds.getDataCount()));
            assertArrayEquals(s.std(), Arrays.copyOf(ds.getErrorsNegative(DataSet.DIM_Y), ds.getDataCount()));
        }
        assertTrue(view.showsBand(), "3 seeds: mean ± std band");
        assertTrue(view.isProbability());
        assertEquals(0.0, view.chart().getYAxis().getMin());
        assertEquals(1.0, view.chart().getYAxis().getMax());
        assertEquals(8000.0, view.chart().getXAxis().getMax(), "x spans the planned episodes");
    }

    @Test
    void noBandWithOneSeed() throws Exception {
        TimeChartView view = fx(() -> {
            TimeChartView v = new TimeChartView("Cooperation", "P(C)", "P(C)", PLAYERS, true);
            v.update(oneSeed);
            return v;
        });
        assertFalse(view.showsBand());
        Series s = oneSeed.series(PLAYERS.get(0)).orElseThrow();
        assertArrayEquals(s.mean(), values(view.seriesDataSets().get(0), DataSet.DIM_Y));
    }

    @Test
    void marksPlannerSwitchAndNoff() throws Exception {
        assertEquals(List.of(new Snapshot.Marker(200, "planner off")), switched.markers());
        assertEquals(4000, switched.turnOffAtEpisode());
        TimeChartView view = fx(() -> {
            TimeChartView v = new TimeChartView("Cooperation", "P(C)", "P(C)", PLAYERS, true);
            v.update(switched);
            return v;
        });
        List<XValueIndicator> lines = view.markerLines();
        assertEquals(2, lines.size());
        assertEquals(200.0, lines.get(0).getValue());
        assertEquals("planner off", lines.get(0).getText());
        assertEquals(4000.0, lines.get(1).getValue());
        assertEquals("N_off", lines.get(1).getText());
        assertTrue(view.chart().getPlugins().containsAll(lines));

        // one seed, no switch yet: only N_off
        fx(() -> {
            view.update(oneSeed);
            return null;
        });
        assertEquals(1, view.markerLines().size());
        assertEquals(4000.0, view.markerLines().get(0).getValue());
        assertEquals("N_off", view.markerLines().get(0).getText());
        assertFalse(view.chart().getPlugins().contains(lines.get(1)));
    }

    @Test
    void writesCsvWithHeaderAndOneRowPerPoint() throws Exception {
        List<String> names = List.of(MetricNames.incentive(1, "D,C"), MetricNames.WELFARE);
        TimeChartView view = fx(() -> {
            TimeChartView v = new TimeChartView("Mixed", "d", "y", names, false);
            v.update(switched);
            return v;
        });
        StringWriter out = new StringWriter();
        view.writeCsv(out);
        List<String> rows = out.toString().lines().toList();
        assertEquals("episode,\"r^p_1(D,C)\",\"r^p_1(D,C) std\",V,V std", rows.get(0));
        Series v = switched.series(MetricNames.WELFARE).orElseThrow();
        assertEquals(v.episodes().length + 1, rows.size());
        String[] last = rows.get(rows.size() - 1).split(",");
        assertEquals(5, last.length);
        assertEquals(v.episodes()[v.episodes().length - 1], Double.parseDouble(last[0]));
        assertEquals(v.last(), Double.parseDouble(last[3]));

        StringWriter single = new StringWriter();
        fx(() -> {
            view.update(oneSeed);
            return null;
        });
        view.writeCsv(single);
        assertEquals("episode,\"r^p_1(D,C)\",V", single.toString().lines().findFirst().orElseThrow());
    }

    @Test
    void updateWithUnchangedSnapshotIsANoOp() throws Exception {
        TimeChartView view = fx(() -> new TimeChartView("Cooperation", "P(C)", "P(C)", PLAYERS, true));
        int[] redraws = fx(() -> {
            view.update(switched);
            int first = view.redraws();
            DoubleErrorDataSet ds = view.seriesDataSets().get(0);
            view.update(switched);
            int second = view.redraws();
            boolean sameDataSet = ds == view.seriesDataSets().get(0);
            view.update(oneSeed);
            return new int[] {first, second, sameDataSet ? 1 : 0, view.redraws()};
        });
        assertEquals(1, redraws[0]);
        assertEquals(1, redraws[1], "unchanged snapshot: no work");
        assertEquals(1, redraws[2], "data sets are reused");
        assertEquals(2, redraws[3]);
    }

    @Test
    void predicateSelectsByNameInSnapshotOrder() throws Exception {
        TimeChartView view = fx(() -> {
            TimeChartView v = new TimeChartView("All P(C)", "d", "P(C)", n -> n.startsWith("P(C) "), true);
            v.update(switched);
            return v;
        });
        assertEquals(PLAYERS, view.seriesNames());
    }

    @Test
    void referenceLinesFixedAndFromTheSnapshot() throws Exception {
        List<LabView> charts = fx(() -> {
            List<LabView> c = TimeCharts.standard(2,
                    List.of(new PaperReference(MetricNames.MUTUAL_COOPERATION, 0.987, "paper 98.7%")));
            c.forEach(v -> v.update(switched));
            return c;
        });
        TimeChartView pcc = (TimeChartView) byTitle(charts, "Mutual cooperation P(C,C)");
        assertEquals(List.of(new Reference(0.987, "paper 98.7%")), pcc.references());
        DataSet ref = pcc.chart().getRenderers().get(1).getDatasets().get(0);
        assertEquals("paper 98.7%", ref.getName());
        assertEquals(0.987, ref.get(DataSet.DIM_Y, 0));
        TimeChartView welfare = (TimeChartView) byTitle(charts, "Welfare V");
        assertEquals(List.of(new Reference(6.0, "max V = N·R")), welfare.references());
    }

    @Test
    void paperReferencesAreDrawnOnlyOnTheChartsShowingTheirMetric() throws Exception {
        List<PaperReference> paper = List.of(
                new PaperReference(MetricNames.MUTUAL_COOPERATION, 0.987, "paper 98.7%"),
                new PaperReference(MetricNames.WELFARE, 5.975, "paper V 5.975"),
                new PaperReference(MetricNames.MEAN_COOPERATION, 0.5, "no two-player chart shows this"));
        List<LabView> charts = fx(() -> {
            List<LabView> c = TimeCharts.standard(2, paper);
            c.forEach(v -> v.update(switched));
            return c;
        });
        TimeChartView pcc = (TimeChartView) byTitle(charts, "Mutual cooperation P(C,C)");
        assertEquals(List.of(new Reference(0.987, "paper 98.7%")), pcc.references());
        DataSet line = pcc.chart().getRenderers().get(1).getDatasets().get(0);
        assertEquals("paper 98.7%", line.getName());
        assertEquals(2, line.getDataCount());
        assertEquals(0.987, line.get(DataSet.DIM_Y, 0));
        assertEquals(0.987, line.get(DataSet.DIM_Y, 1));
        assertEquals(0.0, line.get(DataSet.DIM_X, 0));
        assertEquals(Math.max(switched.episode(), switched.episodesPlanned()), line.get(DataSet.DIM_X, 1), 0.0,
                "spans the x axis");
        // the paper's V joins the welfare chart's maximum N·R; the zero lines stay
        assertEquals(List.of(new Reference(5.975, "paper V 5.975"), new Reference(6.0, "max V = N·R")),
                ((TimeChartView) byTitle(charts, "Welfare V")).references());
        assertEquals(List.of(new Reference(0, "0 (no dilemma below)")),
                ((TimeChartView) byTitle(charts, "Modified greed and fear")).references());
        assertEquals(List.of(new Reference(0, "0")),
                ((TimeChartView) byTitle(charts, "Incentives to player 1")).references());
        for (LabView c : charts) {
            List<String> labels = ((TimeChartView) c).references().stream().map(Reference::label).toList();
            assertEquals(c.title().equals("Mutual cooperation P(C,C)"), labels.contains("paper 98.7%"), c.title());
            assertEquals(c.title().equals("Welfare V"), labels.contains("paper V 5.975"), c.title());
            assertFalse(labels.contains("no two-player chart shows this"), c.title());
        }
    }

    @Test
    void standardChartsForTwoPlayers() throws Exception {
        List<LabView> charts = fx(() -> {
            List<LabView> c = TimeCharts.standard(2, java.util.List.of());
            c.forEach(v -> v.update(switched));
            return c;
        });
        assertEquals(List.of("Cooperation P(C)", "Mutual cooperation P(C,C)", "Welfare V", "Incentives to player 1",
                "Incentives to player 2", "Modified greed and fear", "Cumulative incentives Σ|r^p|",
                "Incentives per round Σ|r^p|", "Planner objective"), charts.stream().map(LabView::title).toList());
        assertEquals(PLAYERS, series(charts, "Cooperation P(C)"));
        assertEquals(List.of(MetricNames.MUTUAL_COOPERATION), series(charts, "Mutual cooperation P(C,C)"));
        assertEquals(List.of(MetricNames.WELFARE), series(charts, "Welfare V"));
        for (int i = 1; i <= 2; i++) {
            int player = i;
            assertEquals(MetricNames.CELLS.stream().map(c -> MetricNames.incentive(player, c)).toList(),
                    series(charts, "Incentives to player " + i));
        }
        assertEquals(List.of(MetricNames.greed(1), MetricNames.fear(1), MetricNames.greed(2), MetricNames.fear(2)),
                series(charts, "Modified greed and fear"));
        assertEquals(List.of(new Reference(0, "0 (no dilemma below)")),
                ((TimeChartView) byTitle(charts, "Modified greed and fear")).references());
        assertEquals(List.of(MetricNames.PAID_CUMULATIVE), series(charts, "Cumulative incentives Σ|r^p|"));
        assertEquals(List.of(MetricNames.PAID_PER_ROUND), series(charts, "Incentives per round Σ|r^p|"));
        assertEquals(List.of(MetricNames.LOOK_AHEAD, MetricNames.COST), series(charts, "Planner objective"));
        for (LabView c : charts) {
            assertFalse(c.description().isBlank(), c.title());
            TimeChartView t = (TimeChartView) c;
            assertEquals(2, t.markerLines().size(), c.title());
            assertTrue(t.chart().legendVisibleProperty().get(), c.title());
            assertFalse(t.chart().isAnimated(), c.title());
        }
    }

    @Test
    void standardChartsForTenPlayers() throws Exception {
        PlannerPreset preset = (PlannerPreset) PresetLoader.load(Path.of("presets/amd-10-player-pd-planner.json")).withRuns(300, 2, 0);
        Snapshot ten;
        try (Trainer trainer = new Trainer(preset)) {
            trainer.step(300);
            ten = await(trainer, 300);
        }
        Snapshot snapshot = ten;
        List<LabView> charts = fx(() -> {
            List<LabView> c = TimeCharts.standard(10, preset.references());
            c.forEach(v -> v.update(snapshot));
            return c;
        });
        List<String> titles = charts.stream().map(LabView::title).toList();
        assertEquals(List.of("Cooperation P(C)", "Mutual cooperation P(all C)", "Welfare V",
                "Cumulative incentives Σ|r^p|", "Incentives per round Σ|r^p|", "Planner objective"), titles);
        List<String> expected = new ArrayList<>(List.of(MetricNames.MEAN_COOPERATION));
        for (int i = 1; i <= 10; i++) {
            expected.add(MetricNames.cooperation(i));
        }
        assertEquals(expected, series(charts, "Cooperation P(C)"));
        TimeChartView cooperation = (TimeChartView) byTitle(charts, "Cooperation P(C)");
        assertTrue(cooperation.showsBand());
        DoubleErrorDataSet mean = cooperation.seriesDataSets().get(0);
        DoubleErrorDataSet first = cooperation.seriesDataSets().get(1);
        assertArrayEquals(ten.series(MetricNames.MEAN_COOPERATION).orElseThrow().std(),
                Arrays.copyOf(mean.getErrorsPositive(DataSet.DIM_Y), mean.getDataCount()), "band of the mean");
        assertArrayEquals(new double[first.getDataCount()],
                Arrays.copyOf(first.getErrorsPositive(DataSet.DIM_Y), first.getDataCount()), "no per-player band");
        // the preset's reference-code values: mean P(C) on the cooperation chart, V on the welfare chart
        assertEquals(List.of(new Reference(0.985, "reference code (1 run) 98.5%")), cooperation.references());
        assertEquals(List.of(new Reference(29.7, "reference code (1 run) V 29.70"), new Reference(30.0, "max V = N·R")),
                ((TimeChartView) byTitle(charts, "Welfare V")).references());
        assertEquals(List.of(), ((TimeChartView) byTitle(charts, "Mutual cooperation P(all C)")).references());
        exportAll(charts, "n10-");
    }

    @Test
    void exportsEveryStandardChartAsPng() throws Exception {
        // a full thesis-style run: planner on for 4000 episodes, then off (N_off) for 4000; 3 seeds
        PlannerPreset preset = (PlannerPreset) PresetLoader.load(Path.of("presets/amd-pd-turned-off.json")).withRuns(8000, 3, 0);
        Snapshot full;
        try (Trainer trainer = new Trainer(preset)) {
            trainer.step(8000);
            full = await(trainer, 8000);
        }
        Snapshot snapshot = full;
        List<LabView> charts = fx(() -> {
            List<LabView> c = TimeCharts.standard(2, preset.references());
            c.forEach(v -> v.update(snapshot));
            return c;
        });
        exportAll(charts, "");
        List<LabView> switchedCharts = fx(() -> {
            List<LabView> c = List.of(TimeCharts.cooperation(2, List.of()), TimeCharts.incentives(1, List.of()));
            c.forEach(v -> v.update(switched));
            return c;
        });
        exportAll(switchedCharts, "switched-");
    }

    private static void exportAll(List<LabView> charts, String prefix) throws Exception {
        for (LabView view : charts) {
            ViewPane pane = fx(() -> {
                ViewPane p = new ViewPane(view);
                Stage stage = new Stage();
                stage.setScene(new Scene(p, 600, 400));
                stage.show();
                return p;
            });
            WaitForAsyncUtils.waitForFxEvents(5);
            Path file = Path.of("target/chart-" + prefix + pane.fileName() + ".png");
            fx(() -> {
                pane.exportPng(file);
                ((Stage) pane.getScene().getWindow()).close();
                return null;
            });
            assertTrue(Files.size(file) > 1000, file.toString());
        }
    }

    private static LabView byTitle(List<LabView> charts, String title) {
        return charts.stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + title));
    }

    private static List<String> series(List<LabView> charts, String title) {
        return ((TimeChartView) byTitle(charts, title)).seriesNames();
    }
}
