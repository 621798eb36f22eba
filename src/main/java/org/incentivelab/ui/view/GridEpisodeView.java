package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.incentivelab.env.grid.CleanupActions;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.GridFrame;
import org.incentivelab.run.Snapshot;

/**
 * Playback of a recorded gridworld episode ({@link GridEpisode}): the board of thesis 001 Fig. 5.3 drawn as in the
 * {@link GridWorldView} ({@link GridBoardPainter}, {@link GridSidePanel}, {@link GridWorldLayout}) for one frame of
 * the episode, with controls under it: Back, Play / Pause, Step, a slider over the frames (0 = the start state, T =
 * after the last of T steps) and the speed in steps per second ({@link GridEpisodeReplay#SPEEDS}). In Cleanup the
 * side panel names each agent's role in the shown episode, "cleaner" or "harvester" (thesis 001 §5.4, Fig. 5.6;
 * rule and thresholds in {@link GridRoles}), next to its reward.
 *
 * <p>The clock is a {@link GridEpisodeReplay}: playing loops over the frames and, at each loop, starts over with the
 * newest episode received; while paused a new episode replaces the shown one at once and the frame index stays
 * (clamped to the new episode). Back, Step and the slider pause. An {@link AnimationTimer} advances the replay
 * while the view is in a scene, playing, and has an episode; it stops otherwise. Every action is O(frame size) and
 * never waits: the FX thread is never blocked.
 *
 * <p>Episodes come from snapshots, through the function given to the constructor, or directly through
 * {@link #show(GridEpisode)}; null clears the view, which then writes a short message. The CSV has one row per
 * frame per agent.
 *
 * <p>Threading: like every {@link LabView}, FX application thread only (construction, updates, drawing, CSV).
 */
public final class GridEpisodeView implements LabView {
    /** The CSV header: one row per frame per agent follows, frame-major. */
    static final String CSV_HEADER = "frame,agent,x,y,action,reward,incentive_received,role";
    /** Shown before the first episode or snapshot. */
    static final String WAITING = "waiting for a recorded gridworld episode …";
    /** Shown when a snapshot has no episode, or after {@code show(null)}. */
    static final String NO_EPISODE = "No recorded gridworld episode for this run.";

    private final DilemmaCanvasPane pane = new DilemmaCanvasPane(this::redraw);
    private final Function<Snapshot, GridEpisode> episodeOf;
    private final GridEpisodeReplay replay = new GridEpisodeReplay();
    private final GridFramePainter painter = new GridFramePainter();
    private final BorderPane root = new BorderPane(pane);
    private final Button back = new Button("Back");
    private final Button play = new Button("Pause");
    private final Button forward = new Button("Step");
    private final Slider scrub = new Slider(0, 0, 0);
    private final Label stepLabel = new Label();
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (replay.tick(now)) {
                syncControls();
                if (pane.showing()) {
                    redraw();
                }
            }
        }
    };
    private boolean timerRunning;
    private boolean syncing;
    private boolean received;
    private GridEpisode rolesEpisode;
    private GridRoles roles;
    private String[] roleLabels;

    /**
     * Creates the view, playing, at {@value GridEpisodeReplay#DEFAULT_SPEED} steps per second; it shows a waiting
     * message until the first {@link #update} or {@link #show}.
     *
     * @param episodeOf how to get the run's latest recorded episode from a snapshot; returns null when the snapshot
     *     has none
     * @throws NullPointerException if {@code episodeOf} is null
     */
    public GridEpisodeView(Function<Snapshot, GridEpisode> episodeOf) {
        this.episodeOf = Objects.requireNonNull(episodeOf, "episodeOf");
        pane.setPrefSize(GridWorldView.PREF_WIDTH, GridWorldView.PREF_HEIGHT);
        back.setId("grid-episode-back");
        play.setId("grid-episode-play");
        forward.setId("grid-episode-step");
        scrub.setId("grid-episode-scrub");
        speed.setId("grid-episode-speed");
        stepLabel.setId("grid-episode-frame");
        back.setTooltip(tip("Pause and go back one step"));
        play.setTooltip(tip("Play or pause the replay; it loops, starting over with the newest recorded episode"));
        forward.setTooltip(tip("Pause and go forward one step"));
        scrub.setTooltip(tip("Drag to any step of the episode (0 = the start state); pauses the replay"));
        speed.setTooltip(tip("Replay speed in steps per second"));
        stepLabel.setTooltip(tip("The training episode after which this test episode was played, and the step"
                + " shown out of the episode's steps"));
        back.setOnAction(e -> stepBack());
        forward.setOnAction(e -> stepForward());
        play.setOnAction(e -> {
            if (replay.playing()) {
                pause();
            } else {
                play();
            }
        });
        scrub.setMajorTickUnit(1);
        scrub.setMinorTickCount(0);
        scrub.setBlockIncrement(1);
        scrub.setSnapToTicks(true);
        scrub.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                showStep((int) Math.round(now.doubleValue()));
            }
        });
        for (double s : GridEpisodeReplay.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : speedText(s);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace(" steps/s", ""));
            }
        });
        speed.setValue(GridEpisodeReplay.DEFAULT_SPEED);
        speed.valueProperty().addListener((o, was, now) -> {
            if (now != null && !syncing) {
                replay.setStepsPerSecond(now);
            }
        });
        for (Region r : List.of(back, play, forward, speed)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        play.setPrefWidth(64);
        scrub.setMinWidth(40);
        stepLabel.setMinWidth(0);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        HBox controls = new HBox(6, back, play, forward, scrub, stepLabel, speed);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 4, 6));
        root.setBottom(controls);
        Tooltip.install(pane.canvas(), tip(description()));
        pane.sceneProperty().addListener((o, before, after) -> syncTimer());
        syncControls();
    }

    @Override
    public String title() {
        return "Gridworld episode";
    }

    @Override
    public String description() {
        return "Replay of the latest recorded test episode of a gridworld run, step by step: in Cleanup (thesis 001"
                + " Fig. 5.3) the walls, the river with its waste, the apples, the numbered agents, the cleaning beam"
                + " and the incentives received; the side panel gives the waste gauge, each agent's reward in the"
                + " step and its role in the episode, cleaner (fires often, few apples) or harvester (most apples),"
                + " the division of labour of thesis 001 §5.4, Fig. 5.6. Play loops and picks up newer episodes;"
                + " Back, Step and the slider pause.";
    }

    @Override
    public Node node() {
        return root;
    }

    /** Shows the episode {@code episodeOf} gives for the snapshot, or a message if it gives null. */
    @Override
    public void update(Snapshot snapshot) {
        show(episodeOf.apply(snapshot));
    }

    /**
     * Offers an episode directly (the trainer's integration and the tests use this): shown at once when nothing is
     * shown or the replay is paused (same frame index, clamped), else when the replay loops.
     *
     * @param episode the episode, or null to clear the view and show that there is none
     */
    public void show(GridEpisode episode) {
        received = true;
        replay.offer(episode);
        refresh();
    }

    /** Plays from the shown frame at the chosen speed. */
    public void play() {
        replay.setPlaying(true);
        refresh();
    }

    /** Pauses at the shown frame. */
    public void pause() {
        replay.setPlaying(false);
        refresh();
    }

    /** @return whether the replay is playing (not paused) */
    public boolean playing() {
        return replay.playing();
    }

    /** Pauses and shows the next frame (stays on the last). */
    public void stepForward() {
        replay.stepForward();
        refresh();
    }

    /** Pauses and shows the previous frame (stays on frame 0). */
    public void stepBack() {
        replay.stepBack();
        refresh();
    }

    /**
     * Pauses at a frame of the newest episode.
     *
     * @param frame the frame index, 0 = start state … {@code steps()}; clamped
     */
    public void showStep(int frame) {
        replay.pauseAt(frame);
        refresh();
    }

    /**
     * @param stepsPerSecond the replay speed in frames per second, &gt; 0 (the choice box offers
     *     {@link GridEpisodeReplay#SPEEDS})
     * @throws IllegalArgumentException if it is not positive and finite
     */
    public void setStepsPerSecond(double stepsPerSecond) {
        replay.setStepsPerSecond(stepsPerSecond);
        syncing = true;
        try {
            speed.setValue(stepsPerSecond);
        } finally {
            syncing = false;
        }
    }

    /** @return the replay speed in frames per second */
    public double stepsPerSecond() {
        return replay.stepsPerSecond();
    }

    /** @return the shown frame's index, 0 (start state) … {@code episode().steps()}; 0 without an episode */
    public int index() {
        return replay.index();
    }

    /** @return the shown episode, or null */
    public GridEpisode episode() {
        return replay.episode();
    }

    /** @return the shown frame, {@code episode().frames().get(index())}, or null without an episode */
    public GridFrame frame() {
        GridEpisode e = replay.episode();
        return e == null ? null : e.frames().get(replay.index());
    }

    /** @return the roles of the agents in the shown episode (computed once per episode), or null without one */
    public GridRoles roles() {
        GridEpisode e = replay.episode();
        if (e != rolesEpisode) {
            rolesEpisode = e;
            roles = e == null ? null : GridRoles.of(e);
            roleLabels = roles == null ? null : roles.labels();
        }
        return roles;
    }

    /** @return whether a newer episode waits for the replay to loop */
    boolean hasPending() {
        return replay.hasPending();
    }

    /** @return the Back button */
    Button backButton() {
        return back;
    }

    /** @return the Play / Pause button */
    Button playButton() {
        return play;
    }

    /** @return the Step button */
    Button stepButton() {
        return forward;
    }

    /** @return the slider over the frames */
    Slider scrubSlider() {
        return scrub;
    }

    /** @return the speed choice */
    ChoiceBox<Double> speedChoice() {
        return speed;
    }

    /** @return the label with the episode number and the step */
    Label frameLabel() {
        return stepLabel;
    }

    /**
     * Writes the header {@value #CSV_HEADER} and, for the shown episode, one row per frame per agent: the frame
     * index (0 = start state), the 1-based agent, its column and row (0 = top), its action in the step (a
     * {@link CleanupActions#name} in Cleanup, the action number in the Coin Game, empty in frame 0 or when not
     * recorded), its extrinsic reward and the incentives it received in the step, and its role in the episode
     * ({@link GridRoles}; empty when unknown).
     */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write(CSV_HEADER + "\n");
        GridEpisode e = replay.episode();
        if (e == null) {
            return;
        }
        GridRoles r = roles();
        List<GridFrame> frames = e.frames();
        StringBuilder row = new StringBuilder();
        for (int t = 0; t < frames.size(); t++) {
            GridFrame f = frames.get(t);
            for (int i = 0; i < f.agentCount(); i++) {
                row.setLength(0);
                row.append(t).append(',').append(i + 1).append(',').append(f.agentX(i)).append(',')
                        .append(f.agentY(i)).append(',').append(actionName(f, i)).append(',')
                        .append(DilemmaPalette.csv(f.reward(i))).append(',')
                        .append(DilemmaPalette.csv(f.incentiveReceived(i))).append(',')
                        .append(i < r.size() ? r.role(i) : "").append('\n');
                out.write(row.toString());
            }
        }
    }

    /** @return "4 steps/s", "0.5 steps/s": a speed as the choice box shows it */
    static String speedText(double stepsPerSecond) {
        String n = stepsPerSecond == Math.rint(stepsPerSecond) ? Long.toString((long) stepsPerSecond)
                : Double.toString(stepsPerSecond);
        return n + " steps/s";
    }

    private static String actionName(GridFrame f, int agent) {
        int a = f.action(agent);
        if (a < 0) {
            return "";
        }
        return !f.coinGame() && a < CleanupActions.COUNT ? CleanupActions.name(a) : Integer.toString(a);
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    private void refresh() {
        syncControls();
        syncTimer();
        redraw();
    }

    /** Sets the controls from the replay without their listeners acting. */
    private void syncControls() {
        GridEpisode e = replay.episode();
        syncing = true;
        try {
            int steps = e == null ? 0 : e.steps();
            if (scrub.getMax() != steps) {
                scrub.setMax(steps);
            }
            if (scrub.getValue() != replay.index()) {
                scrub.setValue(replay.index());
            }
        } finally {
            syncing = false;
        }
        play.setText(replay.playing() ? "Pause" : "Play");
        stepLabel.setText(e == null ? "step – / –"
                : "episode " + e.episode() + " · step " + replay.index() + " / " + e.steps());
        boolean none = e == null;
        back.setDisable(none);
        forward.setDisable(none);
        scrub.setDisable(none);
    }

    /** Runs the timer only while it has something to do: in a scene, playing, with an episode. */
    private void syncTimer() {
        boolean run = pane.getScene() != null && replay.playing() && replay.episode() != null;
        if (run != timerRunning) {
            timerRunning = run;
            if (run) {
                timer.start();
            } else {
                timer.stop();
            }
        }
    }

    private void redraw() {
        GridFrame f = frame();
        if (f != null) {
            roles();
        }
        painter.draw(pane.graphics(), pane.canvasWidth(), pane.canvasHeight(), f, roleLabels,
                received ? NO_EPISODE : WAITING);
    }
}
