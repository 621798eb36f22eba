package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.incentivelab.env.diff.BraessNetwork;
import org.incentivelab.env.diff.EdgeLatency;
import org.incentivelab.run.Command;
import org.incentivelab.run.D3cState;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Braess network: roads, route probabilities and commutes of run 1, and the shortcut's check box. */
@ExtendWith(ApplicationExtension.class)
class BraessNetworkViewTest {
    private static Snapshot open;
    private static Snapshot closed;
    private static Snapshot pd;

    private final List<Command> commands = new CopyOnWriteArrayList<>();
    private BraessNetworkView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        open = ViewFixtures.run("d3c-braess.json", 200);
        closed = ViewFixtures.run("d3c-braess-no-shortcut.json", 50);
        pd = ViewFixtures.run("d3c-pd.json", 10);
    }

    @Start
    void start(Stage stage) {
        view = new BraessNetworkView(commands::add);
        framed = ViewFixtures.show(stage, view);
    }

    private List<String[]> rows(FxRobot robot, Snapshot s) throws Exception {
        return ViewFixtures.rows(robot, view, s, BraessNetworkView.CSV_HEADER, true);
    }

    @Test
    void shouldExportEachDriverEachRoadAndTheReferenceCommutes(FxRobot robot) throws Exception {
        D3cState d = open.d3c();
        List<String[]> rows = rows(robot, open);
        List<String[]> drivers = rows.stream().filter(r -> r[0].equals("driver")).toList();
        assertEquals(4, drivers.size());
        for (int i = 0; i < 4; i++) {
            String[] r = drivers.get(i);
            assertEquals(Integer.toString(i + 1), r[1]);
            double sum = 0;
            for (int route = 0; route < 3; route++) {
                double p = Double.parseDouble(r[2 + route]);
                assertEquals(d.routes()[i][route], p);
                assertTrue(p >= 0 && p <= 1);
                sum += p;
            }
            assertEquals(1, sum, 1e-12, "driver " + (i + 1) + "'s routes");
            assertEquals("", r[5]);
            assertEquals(d.losses()[i], Double.parseDouble(r[6]));
        }
        List<String[]> roads = rows.stream().filter(r -> r[0].equals("road")).toList();
        assertEquals(List.of(BraessNetwork.EDGES), roads.stream().map(r -> r[1]).toList());
        EdgeLatency[] latencies = d.braess().edges();
        double[] flow = new double[5];
        for (int e = 0; e < 5; e++) {
            flow[e] = Double.parseDouble(roads.get(e)[5]);
            assertEquals(d.flow()[e], flow[e]);
            assertEquals(latencies[e].at(flow[e]), Double.parseDouble(roads.get(e)[6]), 1e-12);
        }
        assertEquals(4, flow[0] + flow[2], 1e-9, "every driver leaves S on SA or SB");
        assertEquals(4, flow[1] + flow[3], 1e-9, "every driver reaches E on AE or BE");
        List<String[]> references = rows.stream().filter(r -> r[0].equals("reference")).toList();
        assertEquals("optimum_per_driver", references.get(0)[1]);
        assertEquals(65, Double.parseDouble(references.get(0)[6]), 1e-12);
        assertEquals("worst_nash_per_driver", references.get(1)[1]);
        assertEquals(80, Double.parseDouble(references.get(1)[6]), 1e-12);
        assertEquals(4 + 5 + 2, rows.size());
    }

    @Test
    void shouldSendTheShortcutCommandAndFollowTheRun(FxRobot robot) throws Exception {
        robot.interact(() -> view.update(open));
        assertTrue(view.shortcutBox().isVisible());
        assertTrue(view.shortcutBox().isSelected(), "the preset's shortcut is open");
        assertTrue(commands.isEmpty(), "following the run sends nothing");

        robot.clickOn("#braess-shortcut");
        assertEquals(List.of(new Command.SetShortcut(false)), commands);
        robot.clickOn("#braess-shortcut");
        assertEquals(List.of(new Command.SetShortcut(false), new Command.SetShortcut(true)), commands);

        // the command the box sent closes the road in a run; the box then follows that run
        Snapshot shut = ViewFixtures.run("d3c-braess.json", 20, commands.get(0));
        assertFalse(shut.d3c().braess().shortcut());
        List<String[]> rows = rows(robot, shut);
        assertFalse(view.shortcutBox().isSelected());
        assertEquals(2, commands.size(), "following the run sends nothing");
        assertTrue(rows.stream().noneMatch(r -> r[1].equals("AB")), "a closed road is not exported");
        rows.stream().filter(r -> r[0].equals("driver")).forEach(r -> assertEquals(0, Double.parseDouble(r[4])));
        Path png = Path.of("target/view-braess-network-shut.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldDrawTheNetworkWithoutTheShortcutAgainstItsOptimum(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, closed);
        assertFalse(view.shortcutBox().isSelected());
        List<String[]> references = rows.stream().filter(r -> r[0].equals("reference")).toList();
        assertEquals(65, Double.parseDouble(references.get(0)[6]), 1e-12);
        assertEquals(65, Double.parseDouble(references.get(1)[6]), 1e-12, "the 2/2 split is the only Nash");
        assertEquals(4, rows.stream().filter(r -> r[0].equals("road")).count());
        ViewFixtures.export(framed, Path.of("target/view-braess-network-closed.png"));
    }

    @Test
    void shouldShowANoticeForAnotherGame(FxRobot robot) throws Exception {
        assertNull(view.notice(open));
        assertEquals(0, rows(robot, pd).size());
        String notice = view.notice(pd);
        assertNotNull(notice);
        assertTrue(notice.contains("10-player Prisoner's Dilemma"), notice);
        assertFalse(view.shortcutBox().isVisible());
        assertNotNull(view.notice(ViewFixtures.plannerSnapshot("planner")));
        ViewFixtures.export(framed, Path.of("target/view-braess-network-pd.png"));
    }

    @Test
    void shouldWriteLatencyFormulasAndMinutes() {
        assertEquals("10·n", BraessNetworkView.formula(new EdgeLatency(10, 0)));
        assertEquals("45", BraessNetworkView.formula(new EdgeLatency(0, 45)));
        assertEquals("0", BraessNetworkView.formula(new EdgeLatency(0, 0)));
        assertEquals("7.5·n + 2", BraessNetworkView.formula(new EdgeLatency(7.5, 2)));
        assertEquals("65", BraessNetworkView.minutes(64.98));
        assertEquals("71.3", BraessNetworkView.minutes(71.26));
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, open, "view-braess-network");
    }
}
