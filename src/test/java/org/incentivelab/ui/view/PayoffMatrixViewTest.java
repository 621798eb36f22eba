package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.incentivelab.run.Command;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PayoffMatrixViewTest {
    private static Snapshot pd;
    private static Snapshot overridden;
    private static Snapshot tenPlayers;

    private final List<Command> sent = new CopyOnWriteArrayList<>();
    private PayoffMatrixView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        pd = ViewFixtures.run("amd-pd-planner.json", 300);
        overridden = ViewFixtures.run("amd-pd-planner.json", 300, new Command.OverrideIncentive(0, 1, 0, 2.5));
        tenPlayers = ViewFixtures.run("amd-10-player-pd-planner.json", 100);
    }

    @Start
    void start(Stage stage) {
        view = new PayoffMatrixView(sent::add);
        framed = ViewFixtures.show(stage, view);
    }

    private List<String[]> rows(FxRobot robot, Snapshot s) throws Exception {
        return ViewFixtures.rows(robot, view, s, "player,own,other,payoff,incentive,modified_payoff,overridden", false);
    }

    private static String[] row(List<String[]> rows, String player, String own, String other) {
        return rows.stream().filter(r -> r[0].equals(player) && r[1].equals(own) && r[2].equals(other)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + player + "," + own + "," + other));
    }

    @Test
    void shouldWritePayoffsIncentivesAndModifiedPayoffsAsCsv(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, pd);
        assertEquals(8, rows.size());
        assertEquals(4.0, Double.parseDouble(row(rows, "1", "D", "C")[3]));
        assertEquals(0.0, Double.parseDouble(row(rows, "1", "C", "D")[3]));
        assertEquals(3.0, Double.parseDouble(row(rows, "2", "C", "C")[3]));
        assertEquals(1.0, Double.parseDouble(row(rows, "2", "D", "D")[3]));
        for (String[] r : rows) {
            double payoff = Double.parseDouble(r[3]);
            double incentive = Double.parseDouble(r[4]);
            assertEquals(payoff + incentive, Double.parseDouble(r[5]), 1e-12);
            assertEquals("false", r[6]);
        }
        // the csv's incentives are the snapshot's, indexed [player][own][other]
        assertEquals(pd.planner().incentives()[0][0][1], Double.parseDouble(row(rows, "1", "D", "C")[4]));
        assertEquals(pd.planner().incentives()[1][1][0], Double.parseDouble(row(rows, "2", "C", "D")[4]));
    }

    @Test
    void shouldMarkUserOverrides(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, overridden);
        String[] cell = row(rows, "1", "C", "D");
        assertEquals("true", cell[6]);
        assertEquals(2.5, Double.parseDouble(cell[4]), 1e-12);
        assertEquals(2.5, Double.parseDouble(cell[5]), 1e-12);
        assertEquals("false", row(rows, "2", "C", "D")[6]);
        Path png = Path.of("target/view-payoff-matrix-override.png");
        export(png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldSendExactlyTheOverrideCommand() {
        view.overrideCell(1, 0, 1, -1.25);
        assertEquals(List.of(new Command.OverrideIncentive(1, 0, 1, -1.25)), sent);
        view.overrideCell(0, 1, 1, Double.NaN);
        Command.OverrideIncentive clear = (Command.OverrideIncentive) sent.get(1);
        assertEquals(0, clear.player());
        assertEquals(1, clear.ownAction());
        assertEquals(1, clear.othersCooperating());
        assertTrue(Double.isNaN(clear.value()));
    }

    @Test
    void shouldSendOverridesFromTheEditorSlider(FxRobot robot) {
        robot.interact(() -> view.update(pd));
        robot.interact(() -> view.openEditor(1, 1, 0));
        assertTrue(view.editor().isShowing());
        assertEquals(-pd.planner().maxReward(), view.editorSlider().getMin());
        assertEquals(pd.planner().maxReward(), view.editorSlider().getMax());
        assertTrue(sent.isEmpty(), "opening the editor must not send anything");
        robot.interact(() -> view.editorSlider().setValue(1.5));
        assertEquals(new Command.OverrideIncentive(1, 1, 0, 1.5), sent.get(sent.size() - 1));
        robot.interact(() -> view.editor().hide());
    }

    @Test
    void shouldRenderTwoAndManyPlayerGamesWithoutError(FxRobot robot) throws Exception {
        robot.interact(() -> view.update(pd));
        assertTrue(view.node().getLayoutBounds().getWidth() > 0);
        assertTrue(view.node().getLayoutBounds().getHeight() > 0);
        List<String[]> rows = rows(robot, tenPlayers);
        assertEquals(10 * 2 * 10, rows.size());
        assertFalse(rows.isEmpty());
        export(Path.of("target/view-payoff-matrix-10.png"));
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, pd, "view-payoff-matrix");
    }

    private void export(Path png) throws Exception {
        ViewFixtures.export(framed, png);
    }
}
