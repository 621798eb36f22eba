package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.run.EpisodeTrace;
import org.incentivelab.run.LioState;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IpdMatrixViewTest {
    private static final int C = 0;
    private static final int D = 1;

    /** [giver][own state: CC, CD, DC, DD, start][other's action C, D]. */
    private static final double[][][] INCENTIVES = {
        {{0.3, 0.1}, {2.0, 0.5}, {0.4, 0.4}, {0.9, 0.0}, {1.6, 0.2}},
        {{2.5, 0.1}, {1.2, 1.1}, {2.2, 0.7}, {1.0, 0.0}, {0.5, 0.25}},
    };
    /** [agent][own state: CC, CD, DC, DD, start]. */
    private static final double[][] COOPERATION = {{0.9, 0.8, 0.7, 0.6, 0.95}, {0.1, 0.2, 0.3, 0.4, 0.55}};

    private IpdMatrixView view;
    private ViewPane framed;

    @Start
    void start(Stage stage) {
        view = new IpdMatrixView();
        framed = ViewFixtures.show(stage, view);
    }

    private static Snapshot snapshot(MarkovGameType type, double[][][] incentives, double[][] cooperation) {
        EpisodeTrace trace = new EpisodeTrace(null, new int[0][], new double[0][], new double[0][][], new boolean[0],
                null);
        LioState lio = new LioState(new MarkovGameConfig(type, 2, 1, 5), LioMethod.LIO, List.of("C", "D"), 3, 0,
                false, trace, new double[][] {{0.5, 0.5}, {0.5, 0.5}}, incentives, cooperation, null, null, null, null);
        return new Snapshot("ipd-lio", 100, 1000, false, 1, "incentives", true, true, null, List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), lio);
    }

    private static Snapshot ipd() {
        return snapshot(MarkovGameType.IPD, INCENTIVES, COOPERATION);
    }

    private static void assertCell(double[][][] table, int a1, int a2, double r1, double r2) {
        assertEquals(r1, table[a1][a2][0], 1e-12, "agent 1 at " + a1 + a2);
        assertEquals(r2, table[a1][a2][1], 1e-12, "agent 2 at " + a1 + a2);
    }

    @Test
    void shouldShowTableB1ForTheStartState(FxRobot robot) {
        robot.interact(() -> view.update(ipd()));
        assertEquals(IpdJointState.START, view.jointState());
        IpdIncentives m = view.shown();
        // agent 1 pays (η¹_C, η¹_D) = (1.6, 0.2) at its start, agent 2 pays (η²_C, η²_D) = (0.5, 0.25)
        assertCell(m.table(), C, C, -1 + 0.5, -1 + 1.6);
        assertCell(m.table(), C, D, -3 + 0.5, 0 + 0.2);
        assertCell(m.table(), D, C, 0 + 0.25, -3 + 1.6);
        assertCell(m.table(), D, D, -2 + 0.25, -2 + 0.2);
        assertEquals(0.95, m.cooperation()[0]);
        assertEquals(0.55, m.cooperation()[1]);
    }

    @Test
    void shouldLightTheDominanceIndicatorOnlyWhenTheGapExceedsOne(FxRobot robot) {
        robot.interact(() -> view.update(ipd()));
        IpdIncentives start = view.shown();
        assertTrue(start.dominant(1), "agent 2 receives 1.6 − 0.2 = 1.4 > 1");
        assertFalse(start.dominant(0), "agent 1 receives 0.5 − 0.25 = 0.25");
        assertEquals(1.4, start.gap(1), 1e-12);
        robot.interact(() -> view.setJointState(IpdJointState.DD));
        IpdIncentives dd = view.shown();
        assertFalse(dd.dominant(0), "agent 1 receives exactly 1.0 − 0.0 = 1: not > 1");
        assertEquals(1.0, dd.gap(0), 1e-12);
        assertFalse(dd.dominant(1), "agent 2 receives 0.9 − 0.0");
    }

    @Test
    void shouldReadEachAgentAtTheSelectedSituationFromItsOwnSide(FxRobot robot) throws Exception {
        robot.interact(() -> view.update(ipd()));
        robot.interact(() -> view.selector().setValue(IpdJointState.CD));
        IpdIncentives m = view.shown();
        // after (a¹, a²) = (C, D): agent 1 in its state CD (index 1), agent 2 in its state DC (index 2)
        assertEquals(2.0, m.eta()[0][C]);
        assertEquals(0.5, m.eta()[0][D]);
        assertEquals(2.2, m.eta()[1][C]);
        assertEquals(0.7, m.eta()[1][D]);
        assertCell(m.table(), C, C, -1 + 2.2, -1 + 2.0);
        assertCell(m.table(), D, D, -2 + 0.7, -2 + 0.5);
        assertTrue(m.dominant(0) && m.dominant(1));
        assertEquals(0.8, m.cooperation()[0]);
        assertEquals(0.3, m.cooperation()[1]);
        Path png = Path.of("target/view-ipd-matrix-after-cd.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldWriteIncentivesCooperationAndTheModifiedCellsAsCsv(FxRobot robot) throws Exception {
        robot.interact(() -> view.setJointState(IpdJointState.DC));
        List<String[]> rows = ViewFixtures.rows(robot, view, ipd(), IpdMatrixView.CSV_HEADER, true);
        assertEquals(5 * 4 + 5 * 2 + 4, rows.size());
        for (String[] r : rows) {
            assertEquals(13, r.length);
        }
        List<String[]> incentives = rows.stream().filter(r -> r[0].equals("incentive")).toList();
        assertEquals(20, incentives.size());
        // joint state CD: giver 2 pays from its own state DC
        assertEquals(2.2, value(incentives, r -> r[1].equals("CD") && r[2].equals("2") && r[3].equals("C"), 4));
        assertEquals(0.25, value(incentives, r -> r[1].equals("start") && r[2].equals("2") && r[3].equals("D"), 4));
        List<String[]> cooperation = rows.stream().filter(r -> r[0].equals("cooperation")).toList();
        assertEquals(0.4, value(cooperation, r -> r[1].equals("DD") && r[11].equals("2"), 12));
        List<String[]> cells = rows.stream().filter(r -> r[0].equals("cell")).toList();
        assertEquals(4, cells.size());
        // after (a¹, a²) = (D, C): agent 1 in its DC, agent 2 in its CD
        String[] cc = cells.stream().filter(r -> r[5].equals("C") && r[6].equals("C")).findFirst().orElseThrow();
        assertEquals("DC", cc[1]);
        assertEquals(-1.0, Double.parseDouble(cc[7]));
        assertEquals(-1 + 1.2, Double.parseDouble(cc[9]), 1e-12);
        assertEquals(-1 + 0.4, Double.parseDouble(cc[10]), 1e-12);
        String[] dc = cells.stream().filter(r -> r[5].equals("D") && r[6].equals("C")).findFirst().orElseThrow();
        assertEquals(0.0, Double.parseDouble(dc[7]));
        assertEquals(-3.0, Double.parseDouble(dc[8]));
        assertEquals(0 + 1.1, Double.parseDouble(dc[9]), 1e-12);
        assertEquals(-3 + 0.4, Double.parseDouble(dc[10]), 1e-12);
    }

    private static double value(List<String[]> rows, java.util.function.Predicate<String[]> which, int column) {
        return Double.parseDouble(rows.stream().filter(which).findFirst().orElseThrow()[column]);
    }

    @Test
    void shouldDrawANoteForOtherSnapshots(FxRobot robot) throws Exception {
        Snapshot escapeRoom = snapshot(MarkovGameType.ESCAPE_ROOM, null, null);
        Snapshot missing = snapshot(MarkovGameType.IPD, null, COOPERATION);
        Snapshot ragged = snapshot(MarkovGameType.IPD, new double[][][] {{{0, 0}}, {{0, 0}}}, COOPERATION);
        Snapshot noState = new Snapshot("x", 0, 1, false, 1, "planner", true, true, null, List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), null);
        for (Snapshot s : List.of(escapeRoom, missing, ragged, noState)) {
            assertDoesNotThrow(() -> robot.interact(() -> view.update(s)));
            assertNull(view.shown());
            assertEquals(0, ViewFixtures.rows(robot, view, s, IpdMatrixView.CSV_HEADER, true).size());
        }
        robot.interact(() -> view.update(escapeRoom));
        Path png = Path.of("target/view-ipd-matrix-note.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, ipd(), "view-ipd-matrix");
    }
}
