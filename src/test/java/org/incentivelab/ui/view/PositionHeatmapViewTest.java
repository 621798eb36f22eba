package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.GridFrame;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The per-agent position heatmaps of recorded Cleanup episodes (Monocle headless). */
@ExtendWith(ApplicationExtension.class)
class PositionHeatmapViewTest {
    private static final GridEpisode FIRST = CleanupEpisodes.scripted(100, 1);
    private static final GridEpisode SECOND = CleanupEpisodes.scripted(200, 2);

    private GridEpisode published;
    private PositionHeatmapView view;
    private ViewPane framed;

    @Start
    void start(Stage stage) {
        view = new PositionHeatmapView(s -> s.presetName().startsWith("cleanup") ? published : null);
        framed = ViewFixtures.show(stage, view);
    }

    private static long sum(List<String[]> rows) {
        return rows.stream().mapToLong(r -> Long.parseLong(r[3])).sum();
    }

    private List<String[]> csvRows() throws Exception {
        return ViewFixtures.csvRows(view, PositionHeatmapView.CSV_HEADER, true);
    }

    @Test
    void shouldCountEveryFrameOfEveryAgentAndWriteOneRowPerAgentPerCell(FxRobot robot) throws Exception {
        robot.interact(() -> view.add(FIRST));
        PositionHeatmap m = view.heatmap();
        int frames = FIRST.frames().size();
        assertEquals(51, frames);
        assertEquals(frames, m.totalVisits(0));
        assertEquals(frames, m.totalVisits(1));
        List<String[]> rows = csvRows();
        assertEquals(2 * 7 * 7, rows.size());
        assertEquals((long) frames * 2, sum(rows), "frames × agents");
        assertArrayEquals(new String[] {"1", "0", "0", "0", "0.0"}, rows.get(0), "a wall: never visited");
        assertArrayEquals(new String[] {"1", "2", "5", "1", "0.0"}, rows.get(5 * 7 + 2), "the cleaner's spawn point");
        assertArrayEquals(new String[] {"1", "1", "5", "50", Double.toString(49 * CleanupEpisodes.PAYMENT / 50)},
                rows.get(5 * 7 + 1), "by the river from step 1, paid for firing from step 2");
        assertArrayEquals(new String[] {"2", "4", "1", "1", "0.0"}, rows.get(49 + 7 + 4), "the harvester's spawn");
        assertEquals(49 * CleanupEpisodes.PAYMENT / 50, m.maxReceivedPerVisit(), 1e-12, "paid only by the river");
        long column5 = 0;
        for (int y = 1; y <= 5; y++) {
            column5 += m.visits(CleanupEpisodes.HARVESTER, 5, y);
        }
        assertEquals(frames - 1, column5, "the harvester walks the apple column after step 1");
        for (int k = 0; k < rows.size(); k++) {
            String[] row = rows.get(k);
            int agent = k / 49;
            int x = k % 7;
            int y = (k % 49) / 7;
            assertEquals(Integer.toString(agent + 1), row[0]);
            assertEquals(Integer.toString(x), row[1]);
            assertEquals(Integer.toString(y), row[2]);
            assertEquals(Long.toString(m.visits(agent, x, y)), row[3]);
            assertEquals(m.receivedPerVisit(agent, x, y), Double.parseDouble(row[4]));
        }
        assertTrue(!view.showsIncentives());
        robot.interact(() -> view.showIncentives(true));
        assertTrue(view.showsIncentives());
        ViewFixtures.export(framed, Path.of("target/view-positions-incentives.png"));
        robot.interact(() -> view.showIncentives(false));
        Path png = Path.of("target/view-positions.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, ViewFixtures.plannerSnapshot("cleanup"),
                "view-positions");
        assertEquals(1, m.episodes(), "a snapshot without an episode keeps the counts added directly");
    }

    @Test
    void shouldAddASnapshotsEpisodeOnlyOnceAndStartOverForANewBatch(FxRobot robot) throws Exception {
        published = FIRST;
        robot.interact(() -> view.update(ViewFixtures.plannerSnapshot("cleanup")));
        robot.interact(() -> view.update(ViewFixtures.plannerSnapshot("cleanup")));
        assertEquals(1, view.heatmap().episodes(), "same episode number: added once");
        assertEquals(2L * 51, sum(csvRows()));
        robot.interact(() -> view.update(ViewFixtures.plannerSnapshot("planner")));
        assertEquals(0, view.heatmap().episodes(), "another preset starts over");

        robot.interact(() -> view.update(ViewFixtures.plannerSnapshot("cleanup")));
        published = SECOND;
        robot.interact(() -> view.update(ViewFixtures.plannerSnapshot("cleanup")));
        assertEquals(2, view.heatmap().episodes());
        assertEquals(4L * 51, sum(csvRows()));

        published = new GridEpisode(150, SECOND.frames().subList(0, 11));
        robot.interact(() -> view.update(ViewFixtures.plannerSnapshot("cleanup")));
        assertEquals(1, view.heatmap().episodes(), "a lower episode number: a new batch, counts start over");
        assertEquals(2L * 11, sum(csvRows()));

        published = null;
        robot.interact(() -> view.update(ViewFixtures.plannerSnapshot("cleanup")));
        assertEquals(1, view.heatmap().episodes(), "no episode in the snapshot: the counts are kept");
        robot.interact(view::clear);
        assertTrue(csvRows().isEmpty());
        Path png = Path.of("target/view-positions-none.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldCapTheCountsToAWindowOfEpisodes(FxRobot robot) throws Exception {
        PositionHeatmapView[] capped = new PositionHeatmapView[1];
        robot.interact(() -> {
            capped[0] = new PositionHeatmapView(s -> null, 1);
            capped[0].add(FIRST);
            capped[0].add(SECOND);
        });
        PositionHeatmap m = capped[0].heatmap();
        assertEquals(1, m.episodes());
        GridFrame last = SECOND.frames().get(50);
        assertTrue(m.visits(CleanupEpisodes.HARVESTER, last.agentX(1), last.agentY(1)) > 0);
        assertEquals(51, m.totalVisits(0));
        assertTrue(capped[0].description().contains("latest 1"));
        assertTrue(view.description().contains("Fig. 5.6"));
        assertEquals("Positions", view.title());
        assertEquals("positions", framed.fileName());
        assertEquals(0, PositionHeatmapView.intensity(0, 0));
        assertEquals(0.5, PositionHeatmapView.intensity(1, 4));
        assertEquals(1, PositionHeatmapView.intensity(9, 9));
    }
}
