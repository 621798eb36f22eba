package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.incentivelab.env.EscapeRoom;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.run.EpisodeTrace;
import org.incentivelab.run.LioState;
import org.incentivelab.run.PlannerState;
import org.incentivelab.run.RunState;
import org.incentivelab.run.Snapshot;
import org.incentivelab.ui.view.EscapeRoomView.Arrow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Escape Room view on hand-written traces (Monocle headless). */
@ExtendWith(ApplicationExtension.class)
class EscapeRoomViewTest {
    private static final int L = EscapeRoom.LEVER;
    private static final int S = EscapeRoom.START;
    private static final int D = EscapeRoom.DOOR;
    private static final String HEADER = "step,agent,position_before,action,extrinsic,received,given";
    private static final MarkovGameConfig ER21 = new MarkovGameConfig(MarkovGameType.ESCAPE_ROOM, 2, 1, 5);

    /**
     * ER(2,1) solved in two steps. Step 1: agent 1 goes to the lever (−1), agent 2 stays at the start; the door
     * opens; agent 2 pays agent 1 1.5 (agent 1 pays agent 2 0.004, too little to draw). Step 2: agent 1 stays at
     * the lever, agent 2 exits through the open door (+10); agent 2 pays 1.2, agent 1 pays 0.3.
     */
    private static final EpisodeTrace SOLVED = new EpisodeTrace(
            new int[][] {{S, S}, {L, S}, {L, D}},
            new int[][] {{L, S}, {L, D}},
            new double[][] {{-1, 0}, {0, 10}},
            new double[][][] {{{0, 0.004}, {1.5, 0}}, {{0, 0.3}, {1.2, 0}}},
            new boolean[] {true, true}, null);

    private EscapeRoomView view;
    private ViewPane framed;

    @Start
    void start(Stage stage) {
        view = new EscapeRoomView();
        framed = ViewFixtures.show(stage, view);
    }

    static LioState lio(MarkovGameConfig game, EpisodeTrace trace) {
        return new LioState(game, LioMethod.LIO, List.of("lever", "start", "door"), 2.0, 1.0, false,
                trace, new double[game.agents()][3], null, null, null, null, null, null);
    }

    static Snapshot snapshot(RunState state) {
        return new Snapshot("test", 100, 1000, false, 1, "incentives", true, true, null, List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), state);
    }

    private void showStep(FxRobot robot, Snapshot s, int step) {
        robot.interact(() -> {
            view.update(s);
            view.showStep(step);
        });
    }

    @Test
    void shouldPlaceTheTokensWhereTheTraceMovesThem(FxRobot robot) {
        Snapshot s = snapshot(lio(ER21, SOLVED));
        showStep(robot, s, 0);
        assertFalse(view.playing());
        assertEquals(0, view.step());
        assertEquals(L, view.tokenPlace(0));
        assertEquals(S, view.tokenPlace(1));
        showStep(robot, s, 1);
        assertEquals(1, view.step());
        assertEquals(L, view.tokenPlace(0));
        assertEquals(D, view.tokenPlace(1));
        showStep(robot, s, 7);
        assertEquals(1, view.step(), "clamped to the last step");
        robot.interact(view::play);
        assertTrue(view.playing());
    }

    @Test
    void shouldDrawOneArrowPerIncentiveColouredByTheRecipientsAction(FxRobot robot) {
        Snapshot s = snapshot(lio(ER21, SOLVED));
        showStep(robot, s, 0);
        assertEquals(List.of(new Arrow(1, 0, 1.5, L)), view.arrows(), "0.004 is below the drawing threshold");
        showStep(robot, s, 1);
        assertEquals(List.of(new Arrow(0, 1, 0.3, D), new Arrow(1, 0, 1.2, L)), view.arrows());
    }

    @Test
    void shouldCountTheDesignersPaymentsAsReceived(FxRobot robot) throws Exception {
        EpisodeTrace paid = new EpisodeTrace(SOLVED.positions(), SOLVED.actions(), SOLVED.extrinsic(),
                new double[2][2][2], SOLVED.doorOpen(), new double[][] {{1.1, 0}, {1.05, 0.002}});
        showStep(robot, snapshot(lio(ER21, paid)), 1);
        EscapeRoomEpisode e = view.episode();
        assertEquals(1.05, e.designerPaid(1, 0));
        assertEquals(1.1 + 1.05, e.received(0), 1e-12, "the designer's payments are received");
        assertEquals(0.002, e.received(1), 1e-12);
        assertEquals(List.of(), view.arrows(), "a designer pays without agent-to-agent arrows");
        List<String[]> rows = ViewFixtures.rows(robot, view, snapshot(lio(ER21, paid)), HEADER, false);
        assertEquals("1.1", rows.get(0)[5], "step 1, agent 1 received the designer's 1.1");
    }

    @Test
    void shouldShowTheDoorOpenWithTheLeverCount(FxRobot robot) {
        showStep(robot, snapshot(lio(ER21, SOLVED)), 0);
        assertTrue(view.doorOpen());
        assertEquals("lever 1 / 1", view.doorText());

        // ER(3,2): one agent at the lever is not enough
        MarkovGameConfig er32 = new MarkovGameConfig(MarkovGameType.ESCAPE_ROOM, 3, 2, 5);
        EpisodeTrace closed = new EpisodeTrace(new int[][] {{S, S, S}, {L, S, D}}, new int[][] {{L, S, D}},
                new double[][] {{-1, 0, -1}}, new double[1][3][3], new boolean[] {false}, null);
        showStep(robot, snapshot(lio(er32, closed)), 0);
        assertFalse(view.doorOpen());
        assertEquals("lever 1 / 2", view.doorText());
        assertTrue(view.arrows().isEmpty());
        assertEquals("", view.episode().role(2), "at the closed door: no Winner");
    }

    @Test
    void shouldAddUpTheEpisodeAndNameTheRoles(FxRobot robot) {
        showStep(robot, snapshot(lio(ER21, SOLVED)), 0);
        EscapeRoomEpisode e = view.episode();
        assertEquals(-1, e.extrinsic(0));
        assertEquals(10, e.extrinsic(1));
        assertEquals(9, e.collectiveReturn());
        assertEquals(2.7, e.received(0), 1e-12);
        assertEquals(0.304, e.received(1), 1e-12);
        assertEquals(0.304, e.given(0), 1e-12);
        assertEquals(2.7, e.given(1), 1e-12);
        assertEquals(EscapeRoomEpisode.COOPERATOR, e.role(0));
        assertEquals(EscapeRoomEpisode.WINNER, e.role(1));
    }

    @Test
    void shouldWriteOneCsvRowPerStepAndAgent(FxRobot robot) throws Exception {
        List<String[]> rows = ViewFixtures.rows(robot, view, snapshot(lio(ER21, SOLVED)), HEADER, false);
        assertEquals(4, rows.size());
        assertArrayEquals(new String[] {"1", "1", "start", "lever", "-1.0", "1.5", "0.004"}, rows.get(0));
        assertArrayEquals(new String[] {"1", "2", "start", "start", "0.0", "0.004", "1.5"}, rows.get(1));
        assertArrayEquals(new String[] {"2", "1", "lever", "lever", "0.0", "1.2", "0.3"}, rows.get(2));
        assertArrayEquals(new String[] {"2", "2", "start", "door", "10.0", "0.3", "1.2"}, rows.get(3));
    }

    @Test
    void shouldDrawTheEmptyRoomWithoutATraceAndNothingForOtherRuns(FxRobot robot) throws Exception {
        List<String[]> rows = ViewFixtures.rows(robot, view, snapshot(lio(ER21, null)), HEADER, false);
        assertTrue(rows.isEmpty());
        assertNull(view.episode());
        assertTrue(view.arrows().isEmpty());
        assertFalse(view.doorOpen());
        assertEquals("lever 0 / 1", view.doorText());
        assertEquals(-1, view.tokenPlace(0));
        export(Path.of("target/view-escape-room-empty.png"));

        MarkovGameConfig ipd = new MarkovGameConfig(MarkovGameType.IPD, 2, 1, 5);
        EpisodeTrace rounds = new EpisodeTrace(null, new int[][] {{0, 1}}, new double[][] {{-3, 0}},
                new double[1][2][2], new boolean[] {false}, null);
        assertTrue(ViewFixtures.rows(robot, view, snapshot(lio(ipd, rounds)), HEADER, false).isEmpty());
        PlannerState planner = new PlannerState(SocialDilemma.CANONICAL_PD, 2, 3, new double[] {0.5, 0.5},
                new double[2][2][2], new boolean[2][2][2]);
        assertTrue(ViewFixtures.rows(robot, view, snapshot(planner), HEADER, false).isEmpty());
        assertEquals("", view.doorText());
        assertNull(view.episode());
        export(Path.of("target/view-escape-room-planner.png"));
    }

    @Test
    void shouldStackTenAgentsAndExportPng(FxRobot robot) throws Exception {
        MarkovGameConfig er105 = new MarkovGameConfig(MarkovGameType.ESCAPE_ROOM, 10, 5, 5);
        int[] start = new int[10];
        int[] moves = new int[10];
        double[] rewards = new double[10];
        double[][] given = new double[10][10];
        for (int i = 0; i < 10; i++) {
            start[i] = S;
            moves[i] = i < 5 ? L : D;
            rewards[i] = i < 5 ? -1 : 10;
            if (i >= 5) {
                given[i][i - 5] = 1.1;
            }
        }
        EpisodeTrace trace = new EpisodeTrace(new int[][] {start, moves}, new int[][] {moves},
                new double[][] {rewards}, new double[][][] {given}, new boolean[] {true}, null);
        Snapshot s = snapshot(lio(er105, trace));
        showStep(robot, s, 0);
        assertEquals(5, view.arrows().size());
        assertEquals("lever 5 / 5", view.doorText());
        assertEquals(45, view.episode().collectiveReturn(), "the optimum 10(N − M) − M");
        Path png = Path.of("target/view-escape-room-10.png");
        export(png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        Snapshot s = snapshot(lio(ER21, SOLVED));
        showStep(robot, s, 1);
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, s, "view-escape-room");
    }

    @Test
    void shouldKeepANewerEpisodeWaitingUntilTheReplayLoops() {
        EpisodeTrace newer = new EpisodeTrace(SOLVED.positions(), SOLVED.actions(), SOLVED.extrinsic(),
                SOLVED.given(), SOLVED.doorOpen(), null);
        EscapeRoomReplay replay = new EscapeRoomReplay();
        assertTrue(replay.offer(SOLVED));
        long now = 0;
        replay.tick(now);
        assertTrue(replay.progress() < 1, "the tokens start to glide");
        now = advance(replay, now, EscapeRoomReplay.STEP_NANOS / 2);
        assertEquals(1, replay.progress());
        assertFalse(replay.offer(newer), "mid-replay: the newer episode waits");
        assertTrue(replay.hasPending());
        assertFalse(replay.offer(newer), "the same trace again changes nothing");
        now = advance(replay, now, EscapeRoomReplay.STEP_NANOS / 2 + 1);
        assertEquals(1, replay.step());
        assertSame(SOLVED, replay.episode().trace());
        now = advance(replay, now, EscapeRoomReplay.STEP_NANOS + 1);
        assertEquals(1, replay.step(), "the last step is held twice as long");
        advance(replay, now, EscapeRoomReplay.STEP_NANOS);
        assertEquals(0, replay.step());
        assertSame(newer, replay.episode().trace(), "taken when the replay looped");
        assertFalse(replay.hasPending());
        assertTrue(replay.offer(null));
        assertNull(replay.episode());
    }

    /** Ticks the replay in 50 ms frames for {@code nanos}; @return the new time */
    private static long advance(EscapeRoomReplay replay, long now, long nanos) {
        long end = now + nanos;
        long t = now;
        while (t < end) {
            t = Math.min(end, t + 50_000_000L);
            replay.tick(t);
        }
        return t;
    }

    private void export(Path png) throws Exception {
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }
}
