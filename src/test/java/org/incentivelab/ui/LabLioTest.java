package org.incentivelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.incentivelab.learn.StepReduction;
import org.incentivelab.math.Optimizer;
import org.incentivelab.mech.lio.GiverCritic;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.run.LioMetricNames;
import org.incentivelab.run.Snapshot;
import org.incentivelab.ui.view.EscapeRoomView;
import org.incentivelab.ui.view.GridEpisodeView;
import org.incentivelab.ui.view.PositionHeatmapView;
import org.incentivelab.ui.view.ExactLioFieldView;
import org.incentivelab.ui.view.IpdMatrixView;
import org.incentivelab.ui.view.LabView;
import org.incentivelab.ui.view.TimeChartView;
import org.incentivelab.ui.view.ViewPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Drives the LIO presets in the real lab window headless (Monocle): Escape Room, the IPD and Cleanup. */
@ExtendWith(ApplicationExtension.class)
class LabLioTest {
    private LabApp app;

    @Start
    void start(Stage primary) throws Exception {
        app = new LabApp();
        app.start(primary);
        app.session().setSpeed(Double.POSITIVE_INFINITY);
    }

    @Stop
    void stop() {
        app.stop();
    }

    private Snapshot await(Predicate<Snapshot> condition) throws InterruptedException {
        return LabFixtures.await(app, condition);
    }

    private <T extends LabView> T view(Class<T> type) {
        return LabFixtures.view(app, type);
    }

    private void open(FxRobot robot, String preset) {
        robot.interact(() -> robot.lookup("#preset-picker").queryComboBox().setValue(preset));
    }

    @Test
    void shouldTrainEscapeRoomLiveThenSwitchIncentivesOffAndChangeRmax(FxRobot robot) throws Exception {
        open(robot, "lio-er-2-1.json");
        Snapshot s = await(x -> x.presetName().contains("ER(2,1)") && x.episode() >= 300);
        assertEquals("incentives", s.mechanism());
        assertEquals("iteration", s.stepName(), "a LIO iteration plays τ and τ̂");
        robot.sleep(200);
        String status = robot.lookup("#episode-label").queryLabeled().getText();
        assertTrue(status.startsWith("iteration ") && status.contains("(2 episodes each)"), status);
        assertTrue(robot.lookup("#max-incentive-slider").tryQuery().isPresent(), "the live LIO controls are shown");
        EscapeRoomView room = view(EscapeRoomView.class);
        robot.sleep(300);
        String replay = LabFixtures.csv(robot, room);
        assertTrue(replay.lines().count() > 2, "the room replays the latest evaluation episode: " + replay);
        List<String> titles = app.board().panes().stream().map(p -> p.view().title()).toList();
        assertTrue(titles.contains("Collective return"), titles.toString());
        TimeChartView collective = (TimeChartView) app.board().panes().stream().map(ViewPane::view)
                .filter(v -> v.title().equals("Collective return")).findFirst().orElseThrow();
        robot.sleep(200);
        assertTrue(collective.seriesNames().contains(LioMetricNames.COLLECTIVE_RETURN));

        robot.press(KeyCode.P).release(KeyCode.P);
        Snapshot off = await(x -> !x.mechanismSwitch() && x.episode() > s.episode() + 200);
        assertEquals("incentives off", off.markers().get(0).label());
        assertEquals(0.0, off.series(LioMetricNames.given(1)).orElseThrow().last(), 1e-12, "nothing is given");

        Slider rmax = robot.lookup("#max-incentive-slider").queryAs(Slider.class);
        robot.interact(() -> rmax.setValue(1.0));
        Snapshot changed = await(x -> x.lio().maxReward() == 1.0);
        assertEquals(1.0, changed.lio().maxReward());
        assertTrue(app.session().trainer().log().stream().anyMatch(t -> t.command().toString().contains("1.0")));
    }

    @Test
    void shouldShowTheIpdMatrixAndDrawAnExactLioPathOnClick(FxRobot robot) throws Exception {
        open(robot, "lio-ipd.json");
        Snapshot s = await(x -> x.presetName().contains("Prisoner") && x.episode() >= 500);
        assertEquals(5, s.lio().stateIncentives()[0].length);
        IpdMatrixView matrix = view(IpdMatrixView.class);
        robot.sleep(200);
        assertTrue(LabFixtures.csv(robot, matrix).lines().count() > 5, "incentives per state are exported");
        ExactLioFieldView field = view(ExactLioFieldView.class);
        String before = LabFixtures.csv(robot, field);
        javafx.scene.Node canvas = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.canvas.Canvas
                && isInside(n, field)).query();
        robot.clickOn(canvas);
        robot.sleep(200);
        String after = LabFixtures.csv(robot, field);
        assertTrue(after.lines().count() > before.lines().count(), "a click draws a path from that point");
        assertFalse(robot.lookup("#max-incentive-slider").queryAs(Slider.class).isDisabled());
    }

    @Test
    void shouldPlayTheLatestCleanupTestEpisodeWithRolesAndHeatmaps(FxRobot robot) throws Exception {
        open(robot, "lio-cleanup-7x7.json");
        Snapshot s = await(x -> x.presetName().contains("Cleanup") && x.episode() >= 20);
        assertEquals(50, s.lio().gridEpisode().steps(), "the latest evaluation episode is recorded");
        GridEpisodeView episodes = view(GridEpisodeView.class);
        robot.sleep(300);
        robot.interact(episodes::pause);
        robot.interact(() -> episodes.showStep(10));
        robot.interact(episodes::stepForward);
        assertEquals(11, episodes.index());
        assertEquals(2, episodes.roles().size(), "a role for each agent");
        PositionHeatmapView positions = view(PositionHeatmapView.class);
        assertTrue(LabFixtures.csv(robot, positions).lines().count() > 49, "visits per agent per cell");
        List<String> titles = app.board().panes().stream().map(p -> p.view().title()).toList();
        assertTrue(titles.containsAll(List.of("Collective return", "Incentives received per action, agent 1",
                "Action frequencies")), titles.toString());
    }

    @Test
    void shouldSwitchTheAgentsOptimiserAndTheMiniInitFromTheSheetAndRefuseAdamForLio(FxRobot robot)
            throws Exception {
        open(robot, "iqflow-cleanup-7x7.json");
        await(x -> x.presetName().contains("IQ-Flow — Cleanup"));
        PropertySheet sheet = robot.lookup("#parameter-sheet").queryAs(PropertySheet.class);
        PropertySheet.Item optimizer = item(sheet, "optimizer");
        assertEquals(Optimizer.Kind.ADAM, optimizer.getValue(), "IQ-Flow's Cleanup agents step with Adam");
        robot.interact(() -> optimizer.setValue(Optimizer.Kind.SGD));
        LabFixtures.await(app, x -> ((LioPreset) app.session().preset()).policy().optimizer() == Optimizer.Kind.SGD);
        PropertySheet.Item mini = item(sheet, "mini init");
        assertEquals(true, mini.getValue(), "the Cleanup regulator starts from the reference's mini_init");
        robot.interact(() -> mini.setValue(false));
        LabFixtures.await(app, x -> !((LioPreset) app.session().preset()).iqflow().miniInit());

        open(robot, "lio-er-2-1.json");
        await(x -> x.presetName().contains("ER(2,1)"));
        PropertySheet.Item lio = item(sheet, "optimizer");
        robot.interact(() -> lio.setValue(Optimizer.Kind.ADAM));
        String message = robot.lookup("#message-label").queryAs(Label.class).getText();
        assertTrue(message.contains("policy.optimizer") && message.contains("sgd for method lio"), message);
    }

    @Test
    void shouldShowTheStepReductionAndTheDesignersAndGiversCriticsOnTheSheet(FxRobot robot) throws Exception {
        open(robot, "metagrad-cleanup-7x7.json");
        await(x -> x.presetName().contains("MetaGrad — Cleanup"));
        PropertySheet sheet = robot.lookup("#parameter-sheet").queryAs(PropertySheet.class);
        assertEquals(StepReduction.MEAN, item(sheet, "step reduction").getValue(),
                "MetaGrad's Cleanup agents step on the mean, as its reference code");
        PropertySheet.Item critic = item(sheet, "designer critic α_v");
        assertEquals(2.4e-5, (Double) critic.getValue(), 1e-12);
        robot.interact(() -> critic.setValue(1e-4));
        LabFixtures.await(app, x -> ((LioPreset) app.session().preset()).incentives().designerCritic()
                .learningRate() == 1e-4);

        open(robot, "lio-cleanup-7x7.json");
        await(x -> x.presetName().contains("LIO — Cleanup"));
        PropertySheet.Item giver = item(sheet, "giver's critic");
        assertEquals(GiverCritic.TOTAL, giver.getValue(), "LIO's givers use their own critic, as the reference code");
        robot.interact(() -> giver.setValue(GiverCritic.EXTRINSIC));
        LabFixtures.await(app, x -> ((LioPreset) app.session().preset()).incentives().giverCritic()
                == GiverCritic.EXTRINSIC);
    }

    private static PropertySheet.Item item(PropertySheet sheet, String name) {
        return sheet.getItems().stream().filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
    }

    private static boolean isInside(javafx.scene.Node node, LabView view) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == view.node()) {
                return true;
            }
        }
        return false;
    }
}
