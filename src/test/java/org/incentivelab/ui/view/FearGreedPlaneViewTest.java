package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.run.MetricNames;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FearGreedPlaneViewTest {
    private static Snapshot pd;
    private static Snapshot tenPlayers;

    private FearGreedPlaneView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        pd = ViewFixtures.run("amd-pd-planner.json", 300);
        tenPlayers = ViewFixtures.run("amd-10-player-pd-planner.json", 50);
    }

    @Start
    void start(Stage stage) {
        view = new FearGreedPlaneView();
        framed = ViewFixtures.show(stage, view);
    }

    private List<String[]> rows(FxRobot robot, Snapshot s) throws Exception {
        return ViewFixtures.rows(robot, view, s, "kind,episode,greed'_1,fear'_1,greed'_2,fear'_2", false);
    }

    @Test
    void shouldWriteTheGameAndTheTrailOfEachPlayersModifiedGame(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, pd);
        String[] game = rows.get(0);
        assertEquals("game", game[0]);
        assertEquals(1.0, Double.parseDouble(game[2]));
        assertEquals(1.0, Double.parseDouble(game[3]));
        String[] modified = rows.get(1);
        assertEquals("modified", modified[0]);
        assertEquals(pd.planner().modifiedGame(0).greed(), Double.parseDouble(modified[2]), 1e-12);
        assertEquals(pd.planner().modifiedGame(1).fear(), Double.parseDouble(modified[5]), 1e-12);
        double[] greed1 = pd.focus(MetricNames.greed(1)).orElseThrow().mean();
        double[] fear2 = pd.focus(MetricNames.fear(2)).orElseThrow().mean();
        List<String[]> trail = rows.stream().filter(r -> r[0].equals("trail")).toList();
        assertEquals(greed1.length, trail.size());
        assertTrue(trail.size() >= 100, "trail has " + trail.size() + " points");
        for (int j = 0; j < trail.size(); j++) {
            assertEquals(greed1[j], Double.parseDouble(trail.get(j)[2]), 1e-12);
            assertEquals(fear2[j], Double.parseDouble(trail.get(j)[5]), 1e-12);
        }
        // the trail ends where the focus run's modified game is (one seed)
        String[] lastRow = trail.get(trail.size() - 1);
        assertEquals(pd.planner().modifiedGame(0).greed(), Double.parseDouble(lastRow[2]), 1e-9);
        assertEquals(pd.planner().modifiedGame(1).fear(), Double.parseDouble(lastRow[5]), 1e-9);
    }

    @Test
    void shouldKeepTheBasePlaneWhenEverythingFitsAndRender(FxRobot robot) throws Exception {
        robot.interact(() -> view.update(pd));
        double extent = 0;
        for (int i = 1; i <= 2; i++) {
            for (double v : pd.series(MetricNames.greed(i)).orElseThrow().mean()) {
                extent = Math.max(extent, Math.abs(v));
            }
            for (double v : pd.series(MetricNames.fear(i)).orElseThrow().mean()) {
                extent = Math.max(extent, Math.abs(v));
            }
        }
        double range = view.range();
        assertTrue(range >= extent, "range " + range + " < extent " + extent);
        assertTrue(range <= 2 * pd.planner().maxReward() + 2);
        assertTrue(view.node().getLayoutBounds().getWidth() > 0);
        assertTrue(view.node().getLayoutBounds().getHeight() > 0);
        Path png = Path.of("target/view-fear-greed.png");
        export(png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldShowANoteForManyPlayers(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, tenPlayers);
        assertEquals(1, rows.size());
        assertEquals("game", rows.get(0)[0]);
        export(Path.of("target/view-fear-greed-10.png"));
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, pd, "view-fear-greed");
    }

    private void export(Path png) throws Exception {
        ViewFixtures.export(framed, png);
    }
}
