package org.incentivelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
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
import org.incentivelab.run.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LioControlsTest {
    private final List<Command> sent = new CopyOnWriteArrayList<>();
    private LioControls controls;

    @Start
    void start(Stage stage) {
        controls = new LioControls(sent::add, e -> { });
        stage.setScene(new Scene(controls, 400, 120));
        stage.show();
    }

    private static LioPreset preset(double maxReward, double costWeight) {
        return new LioPreset("IPD LIO", "thesis 001 Fig. 5.4", "cooperation", List.of(),
                new MarkovGameConfig(MarkovGameType.IPD, 2, 1, 5), LioMethod.LIO,
                new PolicyConfig(List.of(16, 8), 1e-3, 0.1, 0.99, 1.0, 0.01, 5000, PolicyUpdate.REINFORCE, 0.01, 0.01, false,
                        Optimizer.Kind.SGD, StepReduction.SUM),
                new IncentiveConfig(List.of(16, 8), maxReward, 1e-3, costWeight, false, 1e-4, GiverCritic.TOTAL, true,
                        null, 0, null), null,
                null,
                100, 10, 1000, 1, 0);
    }

    private Slider slider(String id) {
        return (Slider) controls.lookup("#" + id);
    }

    @Test
    void shouldShowAPresetWithoutSendingCommands(FxRobot robot) {
        robot.interact(() -> controls.show(preset(2.5, 0.75)));
        assertEquals(2.5, slider("max-incentive-slider").getValue());
        assertEquals(0.75, slider("cost-weight-slider").getValue());
        robot.interact(() -> controls.show(preset(20, 0)));
        assertEquals(LioControls.MAX_INCENTIVE, slider("max-incentive-slider").getValue());
        assertTrue(sent.isEmpty(), "show must not send: " + sent);
    }

    @Test
    void shouldFreezeAtOnceFollowTheBatchAndOfferMechanismFilesForIqFlowOnly(FxRobot robot) throws Exception {
        robot.interact(() -> controls.show(preset(2.5, 0.75)));
        javafx.scene.control.CheckBox freeze = (javafx.scene.control.CheckBox) controls.lookup("#freeze-incentives");
        robot.interact(freeze::fire);
        assertEquals(List.of(new Command.FreezeIncentives(true)), sent);
        assertTrue(!controls.lookup("#save-mechanism").getParent().isVisible(), "mechanism files: IQ-Flow only");
        org.incentivelab.preset.Preset iq = org.incentivelab.preset.PresetLoader.load(
                java.nio.file.Path.of("presets", "iqflow-stag-hunt.json"));
        robot.interact(() -> controls.show((LioPreset) iq));
        assertTrue(controls.lookup("#save-mechanism").getParent().isVisible());
        assertTrue(!freeze.isSelected(), "a new preset starts unfrozen");
        org.incentivelab.run.EpisodeTrace trace = new org.incentivelab.run.EpisodeTrace(null, new int[0][],
                new double[0][], new double[0][][], new boolean[0], null);
        org.incentivelab.run.LioState state = new org.incentivelab.run.LioState(
                new MarkovGameConfig(MarkovGameType.STAG_HUNT, 2, 1, 20), LioMethod.IQFLOW, List.of("C", "D"), 2, 0,
                true, trace, new double[2][2], null, null, null, null, null, null);
        org.incentivelab.run.Snapshot frozen = new org.incentivelab.run.Snapshot("iq", 10, 100, false, 1,
                "incentives", true, true, null, List.of(), List.of(), List.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), state);
        robot.interact(() -> controls.update(frozen));
        assertTrue(freeze.isSelected(), "the box follows the batch (a loaded mechanism freezes it)");
        assertEquals(1, sent.size(), "following the batch sends nothing");
    }

    @Test
    void shouldSendOneCommandPerMove(FxRobot robot) {
        robot.interact(() -> controls.show(preset(3, 0)));
        robot.interact(() -> slider("max-incentive-slider").setValue(1.5));
        assertEquals(List.of(new Command.SetMaxIncentive(1.5)), sent);
        robot.interact(() -> slider("cost-weight-slider").setValue(0.25));
        assertEquals(List.of(new Command.SetMaxIncentive(1.5), new Command.SetCostWeight(0.25)), sent);
    }

    @Test
    void shouldSendOnlyWhenADragEnds(FxRobot robot) {
        Slider max = slider("max-incentive-slider");
        robot.interact(() -> {
            max.setValueChanging(true);
            max.setValue(1.7);
            max.setValue(2.25);
        });
        assertTrue(sent.isEmpty(), "nothing while dragging");
        robot.interact(() -> max.setValueChanging(false));
        assertEquals(List.of(new Command.SetMaxIncentive(2.25)), sent);
        robot.interact(() -> max.adjustValue(2.25));
        assertEquals(1, sent.size(), "the same value is not sent twice");
    }

    @Test
    void shouldSendTwoDecimals(FxRobot robot) {
        robot.interact(() -> slider("cost-weight-slider").setValue(1.23456));
        assertEquals(List.of(new Command.SetCostWeight(1.23)), sent);
    }
}
