package org.incentivelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.ui.view.TimeChartView;
import org.incentivelab.ui.view.TimeChartView.Reference;
import org.incentivelab.ui.view.ViewPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The board hands the preset's paper values to its time charts (headless, Monocle). */
class ViewBoardTest {
    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void drawsThePresetsPaperValuesOnTheChartsShowingTheirMetric() throws Exception {
        Preset pd = PresetLoader.load(Path.of("presets/amd-pd-planner.json"));
        Map<String, List<Reference>> refs = references(
                WaitForAsyncUtils.asyncFx(() -> new ViewBoard(pd, c -> { })).get(30, TimeUnit.SECONDS));
        assertEquals(List.of(new Reference(0.987, "paper 98.7%")), refs.get("Mutual cooperation P(C,C)"));
        assertEquals(List.of(new Reference(5.975, "paper V 5.975")), refs.get("Welfare V")); // + max V on update
        assertEquals(List.of(), refs.get("Cooperation P(C)"));
        assertEquals(List.of(new Reference(0, "0")), refs.get("Incentives to player 1"));

        Map<String, List<Reference>> none = references(
                WaitForAsyncUtils.asyncFx(() -> new ViewBoard(pd.withReferences(java.util.List.of()), c -> { })).get(30, TimeUnit.SECONDS));
        assertEquals(List.of(), none.get("Mutual cooperation P(C,C)"));
        assertEquals(List.of(), none.get("Welfare V"));
    }

    @Test
    void showsTheQFlowViewsForIqFlowsMatrixGamesTheRoomForEscapeRoomAndTheBoardForCleanup() throws Exception {
        for (String file : List.of("iqflow-chicken.json", "lio-er-2-1.json", "iqflow-er-5-2.json",
                "iqflow-cleanup-7x7.json")) {
            Preset p = PresetLoader.load(Path.of("presets", file));
            ViewBoard board = WaitForAsyncUtils.asyncFx(() -> new ViewBoard(p, c -> { })).get(30, TimeUnit.SECONDS);
            List<String> kinds = board.panes().stream().map(pane -> pane.view().getClass().getSimpleName()).toList();
            List<String> titles = board.panes().stream().map(pane -> pane.view().title()).toList();
            boolean matrix = file.equals("iqflow-chicken.json");
            boolean cleanup = file.contains("cleanup");
            assertEquals(matrix, kinds.containsAll(List.of("QValueFlowView", "DilemmaPlaneView",
                    "IncentiveHeatmapView")), file + ": " + kinds);
            assertEquals(file.contains("-er-"), kinds.contains("EscapeRoomView"), file + ": " + kinds);
            assertEquals(file.startsWith("iqflow"), titles.contains("Meta-loss masks"), file + ": " + titles);
            if (cleanup) {
                assertEquals(List.of("GridEpisodeView", "TimeChartView", "PositionHeatmapView", "TimeChartView"),
                        kinds.subList(0, 4), "the overview");
                assertEquals("Action frequencies", titles.get(3), "P(clean) in the overview, not the meta-loss");
            }
        }
    }

    @Test
    void showsD3csGameViewTheMixingMatrixAndItsChartsFirst() throws Exception {
        Map<String, List<String>> overviews = Map.of(
                "d3c-braess.json", List.of("BraessNetworkView", "MixingMatrixView", "Ratio to optimal",
                        "Relative attention"),
                "d3c-pd-2-player.json", List.of("PdVectorFieldView", "MixingMatrixView", "Ratio to optimal",
                        "Relative attention"),
                "d3c-pd.json", List.of("MixingMatrixView", "Ratio to optimal", "Relative attention",
                        "Distance to the optimum"),
                "d3c-matrix-chicken.json", List.of("MixingMatrixView", "Ratio to optimal", "Relative attention",
                        "Local price-of-anarchy bounds"),
                "d3c-trust-your-brother.json", List.of("Collective return", "MixingMatrixView", "Relative attention",
                        "Action frequencies"),
                "pg-coins.json", List.of("Collective return", "Own coins", "Action frequencies",
                        "Extrinsic return per agent"));
        for (var e : overviews.entrySet()) {
            Preset p = PresetLoader.load(Path.of("presets", e.getKey()));
            ViewBoard board = WaitForAsyncUtils.asyncFx(() -> new ViewBoard(p, c -> { })).get(30, TimeUnit.SECONDS);
            List<String> shown = board.panes().stream().map(pane -> pane.view() instanceof TimeChartView t ? t.title()
                    : pane.view().getClass().getSimpleName()).toList();
            assertEquals(e.getValue(), shown.subList(0, e.getValue().size()), e.getKey() + ": " + shown);
            assertEquals(e.getKey().equals("d3c-trust-your-brother.json"), shown.contains("MixingTrialsView"),
                    e.getKey() + ": the trial timeline belongs to RL D3C");
        }
        Preset cleanup = PresetLoader.load(Path.of("presets", "d3c-cleanup-7x7.json"));
        ViewBoard board = WaitForAsyncUtils.asyncFx(() -> new ViewBoard(cleanup, c -> { })).get(30, TimeUnit.SECONDS);
        List<String> kinds = board.panes().stream().map(pane -> pane.view().getClass().getSimpleName()).toList();
        assertTrue(kinds.containsAll(List.of("GridEpisodeView", "MixingMatrixView", "MixingTrialsView")), kinds.toString());
    }

    private static Map<String, List<Reference>> references(ViewBoard board) {
        return board.panes().stream().map(ViewPane::view).filter(TimeChartView.class::isInstance)
                .map(TimeChartView.class::cast)
                .collect(Collectors.toMap(TimeChartView::title, TimeChartView::references));
    }
}
