package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.learn.PolicyUpdate;
import org.incentivelab.learn.StepReduction;
import org.incentivelab.math.Optimizer;
import org.incentivelab.mech.lio.GiverCritic;
import org.incentivelab.mech.lio.IncentiveConfig;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PaperReference;
import org.incentivelab.run.LioMetricNames;
import org.incentivelab.ui.view.TimeChartView.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The LIO chart set for ER(2,1), ER(3,2), ER(5,3) and the IPD, built on the FX thread (Monocle headless). */
class LioChartsTest {
    private static final MarkovGameConfig ER21 = new MarkovGameConfig(MarkovGameType.ESCAPE_ROOM, 2, 1, 5);
    private static final MarkovGameConfig ER32 = new MarkovGameConfig(MarkovGameType.ESCAPE_ROOM, 3, 2, 5);
    private static final MarkovGameConfig ER53 = new MarkovGameConfig(MarkovGameType.ESCAPE_ROOM, 5, 3, 5);
    private static final MarkovGameConfig IPD = new MarkovGameConfig(MarkovGameType.IPD, 2, 1, 5);
    private static final PaperReference PAPER_RETURN = new PaperReference(LioMetricNames.COLLECTIVE_RETURN, 8.9,
            "paper ≈ 9");
    private static final PaperReference PAPER_AGENT = new PaperReference(LioMetricNames.extrinsic(2), 10,
            "Winner +10");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static LioPreset preset(MarkovGameConfig game, List<PaperReference> references) {
        boolean room = game.type() == MarkovGameType.ESCAPE_ROOM;
        return new LioPreset("LIO " + game.label(), "thesis 001 Fig. 5.5", "near the optimum", references, game,
                LioMethod.LIO, new PolicyConfig(room ? List.of(64, 32) : List.of(16, 8), 1e-4, 0.01, 0.99, 0.5, 0.1,
                        1000, PolicyUpdate.REINFORCE, 0.01, 0.01, false, Optimizer.Kind.SGD,
                        StepReduction.SUM),
                new IncentiveConfig(room ? List.of(64, 16) : List.of(16, 8), room ? 2 : 3, 1e-3, room ? 1 : 0, room,
                        1e-4, GiverCritic.TOTAL, true, null, 0, null),
                null, null, 100, 10, 50_000, 20, 0);
    }

    static List<TimeChartView> charts(LioPreset preset) throws Exception {
        return fx(() -> LioCharts.standard(preset).stream().map(v -> (TimeChartView) v).toList());
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private static List<String> titles(List<TimeChartView> charts) {
        return charts.stream().map(TimeChartView::title).toList();
    }

    @Test
    void shouldDrawTheOptimumAndThePapersReturnOnTheCollectiveReturnChart() throws Exception {
        List<TimeChartView> er21 = charts(preset(ER21, List.of(PAPER_RETURN, PAPER_AGENT)));
        TimeChartView collective = er21.get(0);
        assertEquals("Collective return", collective.title());
        assertEquals(List.of(new Reference(9, "optimum 9"), new Reference(8.9, "paper ≈ 9")),
                collective.references());
        assertFalse(collective.isProbability());
        assertEquals(List.of(new Reference(8, "optimum 8")), charts(preset(ER32, List.of())).get(0).references());
        assertEquals(List.of(new Reference(-10, "optimum \u221210")), charts(preset(IPD, List.of())).get(0)
                .references(), "−2 per round, 5 rounds");
        TimeChartView extrinsic = er21.get(4);
        assertEquals("Extrinsic return per agent", extrinsic.title());
        assertEquals(List.of(new Reference(10, "Winner +10")), extrinsic.references(), "each reference once, where"
                + " its metric is shown");
        for (TimeChartView c : er21.subList(1, 4)) {
            assertTrue(c.references().isEmpty(), c.title());
        }
    }

    @Test
    void shouldBuildOneReceivedPerActionChartForEachOfTheFirstThreeEscapeRoomAgents() throws Exception {
        assertEquals(List.of("Collective return", "Incentives received per action, agent 1",
                "Incentives received per action, agent 2", "Incentives given and received",
                "Extrinsic return per agent", "Action frequencies"), titles(charts(preset(ER21, List.of()))));
        assertEquals(List.of("Collective return", "Incentives received per action, agent 1",
                "Incentives received per action, agent 2", "Incentives received per action, agent 3",
                "Incentives given and received", "Extrinsic return per agent", "Action frequencies"),
                titles(charts(preset(ER32, List.of()))));
        List<TimeChartView> er53 = charts(preset(ER53, List.of()));
        assertEquals(7, er53.size(), "N > 3: the first three agents only");
        assertEquals(new Reference(17, "optimum 17"), er53.get(0).references().get(0));
        assertEquals(List.of("received at lever 2", "received at start 2", "received at door 2"),
                LioCharts.receivedPerActionSeries(ER21, 2));
    }

    @Test
    void shouldShowBothIpdAgentsPerActionInOneChart() throws Exception {
        List<TimeChartView> ipd = charts(preset(IPD, List.of()));
        assertEquals(List.of("Collective return", "Incentives received per action", "Incentives given and received",
                "Extrinsic return per agent", "Action frequencies"), titles(ipd));
        assertEquals(List.of("received at C 1", "received at D 1"), LioCharts.receivedPerActionSeries(IPD, 1));
        assertEquals(List.of("P(C) 1", "P(C) 2"), LioCharts.actionFrequencySeries(IPD));
        assertTrue(ipd.get(4).isProbability());
    }

    @Test
    void shouldChartOnlySeriesALioRunRecords() {
        for (MarkovGameConfig game : List.of(ER21, ER32, ER53, IPD)) {
            List<String> charted = new ArrayList<>(List.of(LioMetricNames.COLLECTIVE_RETURN));
            for (int i = 1; i <= game.agents(); i++) {
                charted.addAll(LioCharts.receivedPerActionSeries(game, i));
            }
            charted.addAll(LioCharts.givenAndReceivedSeries(game.agents()));
            charted.addAll(LioCharts.extrinsicSeries(game.agents()));
            charted.addAll(LioCharts.actionFrequencySeries(game));
            List<String> recorded = LioMetricNames.all(game);
            for (String name : charted) {
                assertTrue(recorded.contains(name), game.label() + ": " + name);
            }
        }
        assertEquals(List.of("given 1", "received 1", "given 2", "received 2"), LioCharts.givenAndReceivedSeries(2));
        assertEquals(List.of("return 1", "return 2", "return 3"), LioCharts.extrinsicSeries(3));
        assertEquals(List.of("P(lever) 1", "P(door) 1", "P(lever) 2", "P(door) 2"),
                LioCharts.actionFrequencySeries(ER21));
    }

    @Test
    void shouldStateUnitsAndCiteTheThesis() throws Exception {
        for (MarkovGameConfig game : List.of(ER21, IPD)) {
            for (TimeChartView c : charts(preset(game, List.of()))) {
                assertTrue(c.description().contains("ε = 0"), c.title());
                assertTrue(c.description().contains("± std"), c.title());
                assertTrue(c.description().contains("thesis"), c.title());
                assertTrue(c.description().contains("Fig. 5."), c.title());
            }
        }
    }
}
