package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.incentivelab.env.grid.CleanupActions;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.GridFrame;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Playback of recorded Cleanup episodes played by the real engine with a scripted cleaner and harvester (Monocle
 * headless). The replay starts playing; every test that checks frame indices pauses first, so that the animation
 * timer cannot move the frame between two checks.
 */
@ExtendWith(ApplicationExtension.class)
class GridEpisodeViewTest {
    private static final String GRID_RUN = "cleanup";

    private GridEpisode episode;
    private GridEpisodeView view;
    private ViewPane framed;

    @Start
    void start(Stage stage) {
        episode = CleanupEpisodes.scripted(1200, 5);
        view = new GridEpisodeView(s -> GRID_RUN.equals(s.presetName()) ? episode : null);
        framed = ViewFixtures.show(stage, view);
    }

    /** Pauses the view, then feeds it the snapshot of the grid run. */
    private void pausedOnTheEpisode(FxRobot robot) {
        robot.interact(() -> {
            view.pause();
            view.update(ViewFixtures.plannerSnapshot(GRID_RUN));
        });
    }

    private void assertShows(int index) {
        assertEquals(index, view.index());
        assertEquals(episode.frames().get(index), view.frame());
        assertEquals(index, view.frame().step());
        assertEquals(index, (int) view.scrubSlider().getValue());
    }

    @Test
    void shouldStepBackAndScrubThroughTheFramesOfTheEpisode(FxRobot robot) {
        pausedOnTheEpisode(robot);
        assertSame(episode, view.episode());
        assertEquals(50, episode.steps());
        assertEquals(episode.steps(), view.scrubSlider().getMax());
        assertEquals(0, view.scrubSlider().getMin());
        assertShows(0);
        assertFalse(view.playing());
        assertEquals("Play", view.playButton().getText());

        robot.interact(() -> view.stepButton().fire());
        assertShows(1);
        assertEquals(CleanupActions.LEFT, view.frame().action(CleanupEpisodes.CLEANER));
        assertEquals(CleanupActions.RIGHT, view.frame().action(CleanupEpisodes.HARVESTER));
        robot.interact(() -> {
            view.stepButton().fire();
            view.stepButton().fire();
        });
        assertShows(3);
        assertEquals(CleanupActions.CLEAN, view.frame().action(CleanupEpisodes.CLEANER));
        robot.interact(() -> view.backButton().fire());
        assertShows(2);
        assertEquals("episode 1200 · step 2 / 50", view.frameLabel().getText());

        robot.interact(() -> view.scrubSlider().setValue(37));
        assertShows(37);
        assertFalse(view.playing());
        robot.interact(() -> view.showStep(99));
        assertShows(50);
        robot.interact(view::stepForward);
        assertShows(50);
        robot.interact(() -> view.showStep(-3));
        assertShows(0);
        robot.interact(view::stepBack);
        assertShows(0);
    }

    @Test
    void shouldPlayAndPauseWithTheButton(FxRobot robot) throws Exception {
        pausedOnTheEpisode(robot);
        robot.interact(() -> {
            view.showStep(10);
            view.setStepsPerSecond(16);
        });
        assertEquals(16, view.stepsPerSecond());
        assertEquals(16.0, view.speedChoice().getValue());
        robot.interact(() -> view.playButton().fire());
        assertTrue(view.playing());
        assertEquals("Pause", view.playButton().getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.index() != 10);
        robot.interact(() -> view.playButton().fire());
        assertFalse(view.playing());
        assertEquals("Play", view.playButton().getText());
        int paused = view.index();
        assertNotEquals(10, paused, "playing moved the frame");
        assertEquals(episode.frames().get(paused), view.frame());
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, view.index(), "paused: the frame stays");
        assertEquals(paused, (int) view.scrubSlider().getValue());

        robot.interact(() -> view.speedChoice().setValue(0.5));
        assertEquals(0.5, view.stepsPerSecond());
        assertEquals("0.5 steps/s", GridEpisodeView.speedText(0.5));
        assertEquals("16 steps/s", GridEpisodeView.speedText(16));
    }

    @Test
    void shouldKeepTheStepWhenANewerEpisodeArrivesWhilePaused(FxRobot robot) {
        pausedOnTheEpisode(robot);
        robot.interact(() -> view.showStep(20));
        GridEpisode newer = CleanupEpisodes.scripted(1300, 6);
        robot.interact(() -> view.show(newer));
        assertSame(newer, view.episode());
        assertEquals(20, view.index());
        assertEquals(newer.frames().get(20), view.frame());
        assertEquals("episode 1300 · step 20 / 50", view.frameLabel().getText());

        GridEpisode shorter = new GridEpisode(1400, newer.frames().subList(0, 8));
        robot.interact(() -> view.show(shorter));
        assertEquals(7, view.index(), "clamped to the last frame");
        assertEquals(7, view.scrubSlider().getMax());
        assertEquals(7, (int) view.scrubSlider().getValue());
        assertFalse(view.playing());
    }

    @Test
    void shouldNameTheScriptedCleanerAndHarvester(FxRobot robot) throws Exception {
        pausedOnTheEpisode(robot);
        GridRoles roles = view.roles();
        assertEquals(GridRoles.CLEANER, roles.role(CleanupEpisodes.CLEANER));
        assertEquals(GridRoles.HARVESTER, roles.role(CleanupEpisodes.HARVESTER));
        assertEquals(49, roles.agents().get(CleanupEpisodes.CLEANER).cleans());
        assertEquals(0, roles.agents().get(CleanupEpisodes.CLEANER).apples());
        assertTrue(roles.agents().get(CleanupEpisodes.HARVESTER).apples() > 0);
        assertArrayEquals(new String[] {"cleaner", "harvester"}, roles.labels());

        robot.interact(() -> view.showStep(30));
        Path png = Path.of("target/view-grid-episode.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
        robot.interact(() -> ((javafx.scene.layout.Region) view.node()).setPrefSize(300, 260));
        Path small = Path.of("target/view-grid-episode-small.png");
        ViewFixtures.export(framed, small);
        assertTrue(Files.size(small) > 1000);
        robot.interact(() -> ((javafx.scene.layout.Region) view.node()).setPrefSize(960, 720));
        Path large = Path.of("target/view-grid-episode-large.png");
        ViewFixtures.export(framed, large);
        assertTrue(Files.size(large) > 1000);
    }

    @Test
    void shouldWriteOneCsvRowPerFramePerAgent(FxRobot robot) throws Exception {
        pausedOnTheEpisode(robot);
        List<String[]> rows = ViewFixtures.csvRows(view, GridEpisodeView.CSV_HEADER, true);
        assertEquals(51 * 2, rows.size());
        assertArrayEquals(new String[] {"0", "1", "2", "5", "", "0.0", "0.0", "cleaner"}, rows.get(0));
        assertArrayEquals(new String[] {"0", "2", "4", "1", "", "0.0", "0.0", "harvester"}, rows.get(1));
        assertArrayEquals(new String[] {"1", "1", "1", "5", "left", "0.0", "0.0", "cleaner"}, rows.get(2));
        assertArrayEquals(new String[] {"1", "2", "5", "1", "right", "0.0", "0.0", "harvester"}, rows.get(3));
        assertArrayEquals(new String[] {"2", "1", "1", "5", "clean", "0.0", "0.5", "cleaner"}, rows.get(4));
        int apples = 0;
        for (int k = 0; k < rows.size(); k++) {
            String[] row = rows.get(k);
            GridFrame f = episode.frames().get(k / 2);
            int agent = k % 2;
            assertEquals(Integer.toString(k / 2), row[0]);
            assertEquals(Integer.toString(f.agentX(agent)), row[2]);
            assertEquals(Integer.toString(f.agentY(agent)), row[3]);
            assertEquals(Double.toString(f.reward(agent)), row[5]);
            apples += f.reward(agent) > 0 ? 1 : 0;
        }
        assertEquals(view.roles().agents().get(CleanupEpisodes.HARVESTER).apples(), apples);
    }

    @Test
    void shouldDrawAMessageWithoutAnEpisode(FxRobot robot) throws Exception {
        robot.interact(() -> view.update(ViewFixtures.plannerSnapshot("planner")));
        assertNull(view.episode());
        assertNull(view.frame());
        assertNull(view.roles());
        assertEquals(0, view.index());
        assertEquals(0, view.scrubSlider().getMax());
        assertTrue(view.stepButton().isDisabled() && view.backButton().isDisabled());
        assertTrue(ViewFixtures.csvRows(view, GridEpisodeView.CSV_HEADER, true).isEmpty());
        Path png = Path.of("target/view-grid-episode-none.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);

        pausedOnTheEpisode(robot);
        assertFalse(view.stepButton().isDisabled());
        robot.interact(() -> view.show(null));
        assertNull(view.episode());
        assertEquals("Gridworld episode", view.title());
        assertEquals("gridworld-episode", framed.fileName());
        assertTrue(view.description().contains("Fig. 5.6"));
        for (Control c : List.of(view.backButton(), view.playButton(), view.stepButton(), view.scrubSlider(),
                view.speedChoice(), view.frameLabel())) {
            assertTrue(c.getTooltip() != null && !c.getTooltip().getText().isBlank(), c.getId());
        }
    }
}
