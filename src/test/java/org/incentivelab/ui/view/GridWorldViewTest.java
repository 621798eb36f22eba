package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.env.grid.Cell;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.env.grid.CleanupActions;
import org.incentivelab.env.grid.CleanupConfig;
import org.incentivelab.env.grid.CoinGame;
import org.incentivelab.env.grid.CoinGameConfig;
import org.incentivelab.math.Rng;
import org.incentivelab.run.GridFrame;
import org.incentivelab.run.GridFrames;
import org.incentivelab.run.Snapshot;
import org.incentivelab.ui.view.GridWorldView.Gauge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The gridworld view and its frames, built from the real Cleanup and Coin Game engines (Monocle headless). */
@ExtendWith(ApplicationExtension.class)
class GridWorldViewTest {
    private static final String GRID_RUN = "cleanup";
    private static final double[] INCENTIVES = {0.42, 0.004};

    private Cleanup cleanup;
    private GridFrame cleanupFrame;
    private GridWorldView view;
    private ViewPane framed;

    @Start
    void start(Stage stage) {
        cleanup = new Cleanup(CleanupConfig.small(), Rng.forComponent(1, "env"));
        cleanupFrame = cleanupAfterCleaning(cleanup);
        view = new GridWorldView(s -> GRID_RUN.equals(s.presetName()) ? cleanupFrame : null);
        framed = ViewFixtures.show(stage, view);
    }

    /**
     * Plays two steps on the 7×7 map: both agents step left (from the spawn points (4, 1) and (2, 5) to (3, 1) and
     * (1, 5)), then both clean. The beam of the agent at (1, 5) cleans (1, 2) and covers column 2 from row 5 up.
     *
     * @return the frame after the cleaning step, with {@link #INCENTIVES}
     */
    private static GridFrame cleanupAfterCleaning(Cleanup game) {
        double[] rewards = new double[2];
        game.step(new int[] {CleanupActions.LEFT, CleanupActions.LEFT}, rewards);
        game.step(new int[] {CleanupActions.CLEAN, CleanupActions.CLEAN}, rewards);
        return GridFrames.of(game, rewards, INCENTIVES);
    }

    @Test
    void shouldCopyTheCleanupStateAndKeepItWhenTheGameMovesOn() {
        GridFrame f = cleanupFrame;
        assertEquals(7, f.width());
        assertEquals(7, f.height());
        assertEquals(2, f.step());
        assertEquals(50, f.maxSteps());
        assertFalse(f.coinGame());
        assertNull(f.coins());
        assertNull(f.actions());
        int covered = 0;
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 7; x++) {
                assertEquals(cleanup.cell(x, y), f.cell(x, y));
                assertEquals(cleanup.beamAt(x, y), f.beamAt(x, y));
                assertEquals(-1, f.coinAt(x, y));
                covered += f.beamAt(x, y) ? 1 : 0;
            }
        }
        assertEquals(cleanup.beamCellCount(), covered);
        assertTrue(covered > 0, "the cleaning step fired a beam");
        assertTrue(f.beamAt(1, 3) && f.beamAt(2, 3), "centre ray of (1, 5) and side ray in column 2");
        assertEquals(Cell.WASTE, f.cell(1, 1), "the beam stopped at the waste on (1, 2)");
        for (int i = 0; i < 2; i++) {
            assertEquals(cleanup.agentX(i), f.agentX(i));
            assertEquals(cleanup.agentY(i), f.agentY(i));
            assertEquals(INCENTIVES[i], f.incentiveReceived(i));
            assertEquals(0.0, f.reward(i), "no apple can be collected in the first two steps");
        }
        assertEquals(cleanup.wasteDensity(), f.wasteDensity());
        assertEquals(0.6, f.thresholdDepletion());
        assertEquals(0.0, f.thresholdRestoration());
        assertEquals(cleanup.appleSpawnProbability(), f.appleSpawnProbability());

        byte[] cells = f.cells();
        int[][] agents = f.agents();
        boolean[] beam = f.beam();
        double density = f.wasteDensity();
        GridFrame again = GridFrames.of(cleanup, new double[2], INCENTIVES);
        assertEquals(f, again);
        assertEquals(f.hashCode(), again.hashCode());

        f.cells()[0] = Cell.EMPTY;
        f.agents()[0][0] = 0;
        f.beam()[0] = true;
        f.incentivesReceived()[0] = 9;
        double[] rewards = new double[2];
        for (int t = 0; t < 6; t++) {
            cleanup.step(new int[] {CleanupActions.DOWN, CleanupActions.CLEAN}, rewards);
        }
        cleanup.reset();
        assertEquals(0, cleanup.beamCellCount());
        assertArrayEquals(cells, f.cells());
        assertArrayEquals(agents[0], f.agents()[0]);
        assertArrayEquals(agents[1], f.agents()[1]);
        assertArrayEquals(beam, f.beam());
        assertEquals(density, f.wasteDensity());
        assertEquals(2, f.step());
        assertEquals(0.42, f.incentiveReceived(0));
        assertEquals(again, f, "both frames unchanged");
        assertNotEquals(f, GridFrames.of(cleanup, new double[2], INCENTIVES), "the game has moved on");
    }

    @Test
    void shouldCopyTheInputArraysRecordActionsAndRejectBadShapes() {
        double[] rewards = {1, 0};
        double[] incentives = {0.5, 0.25};
        Cleanup game = new Cleanup(CleanupConfig.small(), Rng.forComponent(2, "env"));
        GridFrame f = GridFrames.of(game, rewards, incentives);
        rewards[0] = 7;
        incentives[1] = 7;
        assertEquals(1.0, f.reward(0));
        assertEquals(0.25, f.incentiveReceived(1));
        assertEquals(0, f.step());
        assertEquals(1.0, f.wasteDensity(), "the 7×7 map starts with both waste cells dirty");
        assertEquals(0.0, f.appleSpawnProbability());
        assertArrayEquals(new double[2], GridFrames.of(game, rewards, null).incentivesReceived());

        int[] actions = {CleanupActions.CLEAN, CleanupActions.UP};
        GridFrame withActions = f.withActions(actions);
        actions[0] = CleanupActions.STAY;
        assertEquals(CleanupActions.CLEAN, withActions.action(0));
        assertEquals(CleanupActions.UP, withActions.action(1));
        assertEquals(-1, f.action(0));
        assertNotEquals(f, withActions);

        assertThrows(IllegalArgumentException.class, () -> GridFrames.of(game, new double[3], null));
        assertThrows(IllegalArgumentException.class, () -> f.withActions(new int[1]));
        assertThrows(IllegalArgumentException.class, () -> new GridFrame(2, 1, new byte[] {0, 9},
                new int[][] {{0, 0}}, null, new double[1], null, new double[1], Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, null, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new GridFrame(2, 1, new byte[2], new int[][] {{2, 0}},
                null, new double[1], null, new double[1], Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, 0,
                1));
        assertThrows(IllegalArgumentException.class, () -> new GridFrame(2, 1, new byte[2], new int[][] {{0, 0}},
                null, new double[1], null, new double[1], 1.5, Double.NaN, Double.NaN, Double.NaN, null, 0, 1));
    }

    @Test
    void shouldCopyTheCoinGameWithCoinsAndNoCleanupValues() {
        CoinGame game = new CoinGame(CoinGameConfig.amd(), Rng.forComponent(1, "env"));
        double[] rewards = new double[2];
        game.step(new int[] {CoinGame.RIGHT, CoinGame.DOWN}, rewards);
        GridFrame f = GridFrames.of(game, rewards, null);
        assertTrue(f.coinGame());
        assertEquals(3, f.width());
        assertEquals(1, f.step());
        assertEquals(100, f.maxSteps());
        assertNull(f.beam());
        assertTrue(Double.isNaN(f.wasteDensity()) && Double.isNaN(f.appleSpawnProbability()));
        assertTrue(Double.isNaN(f.thresholdDepletion()) && Double.isNaN(f.thresholdRestoration()));
        int coins = 0;
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                int owner = game.coinAt(x, y);
                assertEquals(owner, f.coinAt(x, y));
                assertEquals(owner < 0 ? Cell.EMPTY : Cell.COIN_0 + owner, f.cell(x, y));
                assertFalse(f.beamAt(x, y));
                coins += owner < 0 ? 0 : 1;
            }
        }
        assertEquals(1, coins, "one coin at a time in the 3×3 game");
        byte[] before = f.coins();
        int[][] agents = f.agents();
        for (int t = 0; t < 5; t++) {
            game.step(new int[] {CoinGame.UP, CoinGame.LEFT}, rewards);
        }
        game.reset();
        assertArrayEquals(before, f.coins());
        assertArrayEquals(agents[0], f.agents()[0]);
        assertArrayEquals(agents[1], f.agents()[1]);
        assertEquals(1, f.step());
    }

    @Test
    void shouldWriteOneCsvRowPerCellWithNamesAgentsAndBeam(FxRobot robot) throws Exception {
        List<String[]> rows = ViewFixtures.rows(robot, view, ViewFixtures.plannerSnapshot(GRID_RUN), GridWorldView.CSV_HEADER, true);
        GridFrame f = cleanupFrame;
        assertEquals(f.width() * f.height(), rows.size());
        int beamRows = 0;
        for (int k = 0; k < rows.size(); k++) {
            int x = k % f.width();
            int y = k / f.width();
            String[] row = rows.get(k);
            assertEquals(5, row.length);
            assertEquals(Integer.toString(x), row[0]);
            assertEquals(Integer.toString(y), row[1]);
            assertEquals(GridCellStyle.name(f.cell(x, y)), row[2]);
            String agent = "";
            for (int i = 0; i < f.agentCount(); i++) {
                if (f.agentX(i) == x && f.agentY(i) == y) {
                    agent = Integer.toString(i + 1);
                }
            }
            assertEquals(agent, row[3], "agent at (" + x + ", " + y + ")");
            assertEquals(f.beamAt(x, y) ? "1" : "0", row[4]);
            beamRows += f.beamAt(x, y) ? 1 : 0;
        }
        assertTrue(beamRows > 0);
        assertArrayEquals(new String[] {"0", "0", "wall", "", "0"}, rows.get(0));
        assertArrayEquals(new String[] {"1", "1", "waste", "", "0"}, rows.get(7 + 1));
        assertArrayEquals(new String[] {"2", "3", "empty", "", "1"}, rows.get(3 * 7 + 2));
        assertEquals("", rows.get(3 * 7 + 2)[3]);
        assertEquals("1", rows.get(f.agentY(0) * 7 + f.agentX(0))[3]);
        assertEquals("2", rows.get(f.agentY(1) * 7 + f.agentX(1))[3]);
    }

    @Test
    void shouldExposeTheGaugeOfTheShownFrame(FxRobot robot) {
        robot.interact(() -> view.show(cleanupFrame));
        Gauge gauge = view.gauge();
        assertEquals(cleanupFrame.wasteDensity(), gauge.density());
        assertEquals(cleanupFrame.thresholdDepletion(), gauge.depletion());
        assertEquals(cleanupFrame.thresholdRestoration(), gauge.restoration());
        assertEquals(cleanupFrame.appleSpawnProbability(), gauge.appleSpawnProbability());
        assertTrue(gauge.density() < 1.0, "one waste cell was cleaned");
        assertEquals("+0.42", GridBoardPainter.incentiveLabel(cleanupFrame.incentiveReceived(0)));
        assertNull(GridBoardPainter.incentiveLabel(cleanupFrame.incentiveReceived(1)), "0.004 gets no label");
        assertNull(GridBoardPainter.incentiveLabel(GridBoardPainter.MIN_INCENTIVE));
    }

    @Test
    void shouldExportCleanupOnBothMapsAsPng(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(cleanupFrame));
        export(Path.of("target/view-gridworld-cleanup.png"));

        Cleanup large = new Cleanup(CleanupConfig.large(), Rng.forComponent(3, "env"));
        double[] rewards = new double[2];
        int[][] plan = {{CleanupActions.DOWN, CleanupActions.LEFT}, {CleanupActions.LEFT, CleanupActions.LEFT},
            {CleanupActions.CLEAN, CleanupActions.LEFT}, {CleanupActions.CLEAN, CleanupActions.CLEAN}};
        for (int[] actions : plan) {
            large.step(actions, rewards);
        }
        GridFrame f = GridFrames.of(large, rewards, new double[] {0, 1.25});
        assertTrue(large.beamCellCount() > 0);
        robot.interact(() -> view.show(f));
        assertEquals(100, csvLines() - 1);
        export(Path.of("target/view-gridworld-cleanup-10.png"));
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, ViewFixtures.plannerSnapshot(GRID_RUN),
                "view-gridworld");
    }

    @Test
    void shouldDrawTheCoinGameWithSharedCellsAndNoGauge(FxRobot robot) throws Exception {
        CoinGame game = new CoinGame(CoinGameConfig.d3c(), Rng.forComponent(4, "env"));
        double[] rewards = new double[2];
        for (int t = 0; t < 40; t++) {
            game.step(new int[] {t % 5, (t + 2) % 5}, rewards);
        }
        robot.interact(() -> view.show(GridFrames.of(game, rewards, new double[] {0.3, 0})));
        assertNull(view.gauge());
        assertEquals(26, csvLines());
        export(Path.of("target/view-gridworld-coins.png"));

        byte[] coins = {-1, 0, -1, -1, -1, -1, 1, -1, -1};
        byte[] cells = {0, Cell.COIN_0, 0, 0, 0, 0, Cell.COIN_1, 0, 0};
        GridFrame shared = new GridFrame(3, 3, cells, new int[][] {{1, 1}, {1, 1}}, null, new double[] {0.5, 0.5},
                null, new double[] {1, -2}, Double.NaN, Double.NaN, Double.NaN, Double.NaN, coins, 3, 100);
        robot.interact(() -> view.show(shared));
        List<String[]> rows = csvRows();
        assertArrayEquals(new String[] {"1", "1", "empty", "1;2", "0"}, rows.get(4));
        assertArrayEquals(new String[] {"1", "0", "coin_0", "", "0"}, rows.get(1));
        assertArrayEquals(new String[] {"0", "2", "coin_1", "", "0"}, rows.get(6));
        export(Path.of("target/view-gridworld-coins-shared.png"));
    }

    @Test
    void shouldDrawAMessageWithoutAFrameOrForOtherRuns(FxRobot robot) throws Exception {
        assertNull(view.frame());
        List<String[]> rows = ViewFixtures.rows(robot, view, ViewFixtures.plannerSnapshot("planner"), GridWorldView.CSV_HEADER, true);
        assertTrue(rows.isEmpty(), "a planner snapshot has no gridworld frame");
        assertNull(view.frame());
        assertNull(view.gauge());
        export(Path.of("target/view-gridworld-none.png"));

        robot.interact(() -> view.update(ViewFixtures.plannerSnapshot(GRID_RUN)));
        assertEquals(cleanupFrame, view.frame());
        robot.interact(() -> view.show(null));
        assertNull(view.frame());
        assertTrue(csvRows().isEmpty());
        assertEquals("Gridworld", view.title());
        assertEquals("gridworld", framed.fileName());
        assertTrue(view.description().contains("Fig. 5.3"));
    }

    private int csvLines() throws Exception {
        return csvRows().size() + 1;
    }

    private List<String[]> csvRows() throws Exception {
        return ViewFixtures.csvRows(view, GridWorldView.CSV_HEADER, true);
    }

    private void export(Path png) throws Exception {
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }
}
