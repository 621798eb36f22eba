package org.incentivelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.PropertySheet;
import org.incentivelab.run.MetricNames;
import org.incentivelab.run.Snapshot;
import org.incentivelab.ui.view.LabView;
import org.incentivelab.ui.view.PayoffMatrixView;
import org.incentivelab.ui.view.TimeChartView;
import org.incentivelab.ui.view.ViewPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Drives the real lab window headless (Monocle): the issue's end-to-end acceptance test. */
@ExtendWith(ApplicationExtension.class)
class LabAppTest {
    private LabApp app;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        app = new LabApp();
        app.start(primary);
        app.session().setSpeed(1000);
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

    @Test
    void shouldTrainThePrisonersDilemmaLiveThenReactToThePlannerSwitchAndAnOverride(FxRobot robot)
            throws Exception {
        Snapshot early = await(s -> s.episode() >= 400);
        app.session().setSpeed(100); // on a loaded machine the run must not reach its auto-pause meanwhile
        assertEquals("Prisoner's Dilemma with planner", early.presetName());
        assertTrue(stage.getTitle().contains("Prisoner's Dilemma with planner"));
        PayoffMatrixView matrix = view(PayoffMatrixView.class);
        robot.sleep(100);
        String before = LabFixtures.csv(robot, matrix);
        assertTrue(before.lines().skip(1).anyMatch(l -> !l.split(",")[4].matches("-?0(\\.0+)?")),
                "the planner pays incentives, shown in the modified matrix:\n" + before);

        robot.interact(() -> matrix.overrideCell(0, 1, 1, 2.5));
        Snapshot overridden = await(s -> s.planner().overridden()[0][1][1]);
        assertEquals(2.5, overridden.planner().incentives()[0][1][1], 1e-12);
        robot.sleep(200);
        assertTrue(LabFixtures.csv(robot, matrix).lines().anyMatch(l -> l.startsWith("1,C,C,3") && l.contains(",2.5")
                && l.endsWith("true")), "the override shows in the matrix view");

        app.session().trainer().setRunning(false);
        await(s -> !s.running());
        robot.clickOn("#planner-switch");
        Snapshot off = await(s -> !s.mechanismSwitch() && !s.markers().isEmpty());
        long offAt = off.markers().get(0).episode();
        assertEquals("planner off", off.markers().get(0).label());
        app.session().trainer().step(200);
        Snapshot later = await(s -> s.episode() == offAt + 200);
        assertFalse(later.mechanismActive());
        var paid = later.series(MetricNames.PAID_PER_ROUND).orElseThrow();
        int after = 0;
        for (int k = 0; k < paid.episodes().length; k++) {
            if (paid.episodes()[k] > offAt + 5) {
                assertEquals(0, paid.mean()[k], "no incentives are paid after the switch (episode "
                        + paid.episodes()[k] + ")");
                after++;
            }
        }
        // the chart keeps at most Trainer.DISPLAY_POINTS points, so a run slowed by a loaded machine shows the 200
        // episodes after the switch with fewer of them: expect at least half of what the spacing allows
        double spacing = Math.max(1.0, (double) later.episode() / paid.episodes().length);
        assertTrue(after >= 10 && after >= (200 - 5) / spacing / 2,
                "points after the switch: " + after + " at one per " + spacing + " episodes");
        robot.sleep(200);
        TimeChartView cooperation = view(TimeChartView.class);
        assertTrue(cooperation.markerLines().stream().anyMatch(m -> Math.abs(m.getValue() - offAt) < 1e-9),
                "the P(C) chart draws a marker where the planner was switched off");
        assertEquals("OFF", robot.lookup("#planner-switch").queryAs(javafx.scene.control.ToggleButton.class).getText());

        assertTrue(LabFixtures.csv(robot, matrix).lines().skip(1).allMatch(l -> l.split(",")[4].matches("-?0(\\.0+)?")),
                "with the planner off the modified matrix is the original game");

        writeScreenshot(robot, Path.of("target", "lab-screenshot.png"));
    }

    @Test
    void shouldPauseWithSpaceAndStepByTheChosenNumberOfEpisodes(FxRobot robot) throws Exception {
        // slow and running, whatever the start-up left: at full speed the 4000 episodes may be over (and the run
        // paused by itself) before the first look
        app.session().setSpeed(100);
        app.session().trainer().setRunning(true);
        await(s -> s.running());
        robot.clickOn("#parameter-sheet .text-field"); // a field takes the focus: Space would type into it
        robot.clickOn("#episode-label"); // a click outside the field takes the focus back
        javafx.scene.Scene scene = robot.targetWindow().getScene();
        assertFalse(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl,
                "no text field keeps the focus after a click outside it");
        // the key is fired into the scene rather than injected through the windowing system, whose delivery
        // under Monocle was lost now and then on a loaded machine
        robot.interact(() -> javafx.event.Event.fireEvent(scene.getFocusOwner() == null ? scene.getRoot()
                : scene.getFocusOwner(), new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, " ",
                        " ", KeyCode.SPACE, false, false, false, false)));
        Snapshot paused = await(s -> !s.running());
        robot.sleep(200);
        long at = app.session().trainer().latest().episode();
        assertEquals(at, app.session().trainer().latest().episode(), "paused means no more episodes");
        robot.clickOn("#step-button");
        await(s -> s.episode() == at + 10);
        assertTrue(paused.episode() <= at);
        assertEquals("Run", robot.lookup("#run-button").queryButton().getText());
    }

    @Test
    void shouldLoadAnotherPresetFromThePicker(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#preset-picker").queryComboBox().setValue("amd-stag-hunt-turned-off.json"));
        Snapshot s = await(x -> x.presetName().startsWith("Stag Hunt") && x.episode() > 100);
        assertEquals(8000, s.episodesPlanned());
        assertEquals(Integer.valueOf(4000), s.turnOffAtEpisode());
        assertTrue(robot.lookup("#preset-expect").queryAs(Label.class).getText().contains("99.6%"));
    }

    @Test
    void shouldRefuseAnOutOfRangeParameterNamingTheField(FxRobot robot) throws Exception {
        await(s -> s.episode() > 10);
        PropertySheet sheet = robot.lookup("#parameter-sheet").queryAs(PropertySheet.class);
        PropertySheet.Item initial = sheet.getItems().stream().filter(i -> i.getName().equals("initial P(C)"))
                .findFirst().orElseThrow();
        robot.interact(() -> initial.setValue(1.5));
        String message = robot.lookup("#message-label").queryAs(Label.class).getText();
        assertTrue(message.contains("learners.initialCooperation") && message.contains("(0.0, 1.0)"), message);

        PropertySheet.Item greed = sheet.getItems().stream().filter(i -> i.getName().startsWith("greed"))
                .findFirst().orElseThrow();
        robot.interact(() -> greed.setValue(-1.0));
        Snapshot s = await(x -> x.planner().payoffs().greed() == -1.0);
        assertEquals(2.0, s.planner().payoffs().temptation(), 1e-12, "greed moves T and keeps R");
    }

    @Test
    void shouldApplyATypedParameterOnceOnEnter(FxRobot robot) throws Exception {
        await(s -> s.episode() > 10);
        java.util.concurrent.atomic.AtomicInteger restarts = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> app.session().trainerProperty().addListener((o, a, b) -> restarts.incrementAndGet()));
        javafx.scene.control.TextField fear = robot.lookup("#parameter-sheet .text-field").queryAll().stream()
                .map(javafx.scene.control.TextField.class::cast).filter(f -> f.getText().equals("1.0")).skip(1)
                .findFirst().orElseThrow();
        robot.clickOn(fear).push(KeyCode.CONTROL, KeyCode.A).write("-0.75").push(KeyCode.ENTER);
        Snapshot s = await(x -> x.planner().payoffs().fear() == -0.75);
        robot.sleep(200);
        assertEquals(1, restarts.get(), "typing a number restarts the runs once, on Enter");
        assertEquals(1.75, s.planner().payoffs().sucker(), 1e-12, "fear moves S and keeps P");
        assertEquals(1, s.planner().payoffs().punishment(), 1e-12);
    }

    @Test
    void shouldKeepTheSeedsChosenInTheControlsWhenAParameterChanges(FxRobot robot) throws Exception {
        await(s -> s.episode() > 10);
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> seeds = robot.lookup(".run-controls .spinner").queryAll().stream()
                .map(n -> (javafx.scene.control.Spinner<Integer>) n).filter(sp -> sp.getValue() == 10).findFirst()
                .orElseThrow();
        robot.interact(() -> seeds.getValueFactory().setValue(3));
        await(s -> s.seeds() == 3);
        PropertySheet sheet = robot.lookup("#parameter-sheet").queryAs(PropertySheet.class);
        PropertySheet.Item initial = sheet.getItems().stream().filter(i -> i.getName().equals("initial P(C)"))
                .findFirst().orElseThrow();
        robot.interact(() -> initial.setValue(0.3));
        Snapshot s = await(x -> x.series(MetricNames.cooperation(1)).orElseThrow().mean()[0] == 0.3);
        assertEquals(3, s.seeds(), "the edit keeps the number of seeds set in the controls");
    }

    @Test
    void shouldExportEveryViewAsPngAndCsv(FxRobot robot) throws Exception {
        await(s -> s.episode() > 200);
        robot.sleep(200);
        Path dir = Path.of("target", "exports");
        List<ViewPane> panes = app.board().panes();
        assertTrue(panes.size() >= 10, "overview and chart views: " + panes.size());
        for (int tab = 0; tab < app.board().getTabs().size(); tab++) {
            int t = tab;
            robot.interact(() -> app.board().getSelectionModel().select(t));
            robot.sleep(100);
        }
        robot.interact(() -> {
            for (ViewPane pane : panes) {
                try {
                    pane.exportPng(dir.resolve(pane.fileName() + ".png"));
                    pane.exportCsv(dir.resolve(pane.fileName() + ".csv"));
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
        for (ViewPane pane : panes) {
            BufferedImage image = ImageIO.read(dir.resolve(pane.fileName() + ".png").toFile());
            assertTrue(image.getWidth() > 0 && image.getHeight() > 0, pane.fileName());
            List<String> lines = Files.readAllLines(dir.resolve(pane.fileName() + ".csv"));
            assertTrue(lines.size() > 1, pane.fileName() + " has a header and data");
        }
    }

    private void writeScreenshot(FxRobot robot, Path file) throws Exception {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Files.createDirectories(file.getParent());
        ImageIO.write(image[0], "png", file.toFile());
    }
}
