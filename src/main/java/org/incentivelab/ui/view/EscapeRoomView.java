package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.EscapeRoom;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.run.EpisodeTrace;
import org.incentivelab.run.LioState;
import org.incentivelab.run.Snapshot;

/**
 * The Escape Room ER(N, M) of thesis 001 Fig. 5.1, replaying the focus run's latest evaluation episode
 * ({@link LioState#trace()}, ε = 0) at {@value EscapeRoomReplay#STEPS_PER_SECOND} steps per second, looping. The
 * places Lever, Start and Door stand left to right; each agent is a numbered token in its colour that glides to
 * the place its action chose; the door is drawn open when at least M agents chose the lever in the step ("lever
 * k / M"). Arrows show the incentives given in the step, from giver to recipient, as wide as the amount against
 * R_max and coloured by the recipient's action; a central payer's payment of the step (the MetaGrad or dual-RL
 * designer, IQ-Flow's regulator) floats above the paid token as "+x.xx" in the colour of its action. Below, three
 * bars per agent add up the episode: extrinsic return, incentives received, incentives given, with the agent's role
 * (thesis §5.4, Fig. 5.5): "Winner" if it escaped through the open door, "Cooperator" if it chose the lever on most
 * steps. The header shows the step, the episode's collective extrinsic return and the optimum 10(N − M) − M.
 *
 * <p>A newer episode is taken when the replay loops (never mid-episode); clicking the view pauses or resumes it,
 * and {@link #showStep} pauses at a chosen step. Snapshots of other runs (planning agent, LIO in the IPD) show a
 * short message instead.
 */
public final class EscapeRoomView extends CanvasView {
    /**
     * One incentive of the current step, drawn as an arrow.
     *
     * @param giver the paying agent, 0-based
     * @param recipient the receiving agent, 0-based
     * @param amount given[step][giver][recipient], at least {@link #MIN_ARROW}
     * @param action the recipient's action in the step: {@link EscapeRoom#LEVER}, START or DOOR (the colour)
     */
    record Arrow(int giver, int recipient, double amount, int action) {
    }

    /** Incentives below this are not drawn (LIO's sigmoid outputs are never exactly zero). */
    static final double MIN_ARROW = 0.01;
    /** Arrows carrying at least this much are labelled with the amount. */
    static final double LABEL_FROM = 0.05;

    private static final String CLICK = "Click to pause or resume the replay.";

    private final EscapeRoomReplay replay = new EscapeRoomReplay();
    private final EscapeRoomPainter painter = new EscapeRoomPainter();
    private final EscapeRoomTokens tokens = new EscapeRoomTokens();
    private final IncentiveArrows arrowPainter = new IncentiveArrows();
    private final Tooltip hoverTip;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (replay.tick(now) && pane.showing()) {
                redraw();
            }
        }
    };
    private EscapeRoomLayout layout;
    private List<Arrow> arrows = List.of();
    private EscapeRoomEpisode arrowsEpisode;
    private int arrowsStep = -1;

    /** Creates the view; it shows nothing until the first {@link #update} and replays while in a scene. */
    public EscapeRoomView() {
        super("step,agent,position_before,action,extrinsic,received,given");
        pane.sceneProperty().addListener((o, before, after) -> {
            if (after == null) {
                timer.stop();
            } else {
                timer.start();
            }
        });
        pane.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (replay.playing()) {
                showStep(replay.step());
            } else {
                play();
            }
        });
        hoverTip = pane.installHoverTip(description() + " " + CLICK);
        pane.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverTip.setText(tooltipAt(e.getX(), e.getY())));
    }

    @Override
    public String title() {
        return "Escape Room";
    }

    @Override
    public String description() {
        return "The latest test episode (ε = 0) of the focus run, replayed step by step: the numbered tokens are the"
                + " agents moving between lever, start and door, and the door opens in a step when at least M agents"
                + " pull the lever. Arrows are the incentives paid in that step, giver → recipient, as wide as the"
                + " amount and coloured by the recipient's action; the bars add up the episode per agent (thesis 001"
                + " Fig. 5.1; Cooperator and Winner roles as in §5.4, Fig. 5.5).";
    }

    /**
     * Pauses the replay at a step of the newest episode, the tokens at the places chosen in that step.
     *
     * @param step 0-based; clamped to the episode's steps
     */
    public void showStep(int step) {
        replay.pauseAt(step);
        redraw();
    }

    /** Resumes the replay from the shown step. */
    public void play() {
        replay.setPlaying(true);
        redraw();
    }

    /** @return whether the replay is playing (not paused) */
    public boolean playing() {
        return replay.playing();
    }

    /** @return the shown step, 0-based (0 without an episode) */
    int step() {
        return replay.step();
    }

    /** @return the shown episode, or null (no Escape Room trace yet) */
    EscapeRoomEpisode episode() {
        return replay.episode();
    }

    /** @return the incentives of the shown step drawn as arrows, giver-major order; empty without an episode */
    List<Arrow> arrows() {
        EscapeRoomEpisode e = replay.episode();
        int step = replay.step();
        if (e != arrowsEpisode || step != arrowsStep) {
            arrowsEpisode = e;
            arrowsStep = step;
            arrows = e == null ? List.of() : arrowsOf(e.trace(), step);
        }
        return arrows;
    }

    /** @return whether the door is open in the shown step (closed without an episode) */
    boolean doorOpen() {
        EscapeRoomEpisode e = replay.episode();
        return e != null && e.trace().doorOpen()[replay.step()];
    }

    /** @return "lever k / M" for the shown step (k = 0 without an episode), or "" if no Escape Room is shown */
    String doorText() {
        LioState lio = escapeRoom(last());
        if (lio == null) {
            return "";
        }
        EscapeRoomEpisode e = replay.episode();
        int k = e == null ? 0 : e.leverCount(replay.step());
        return "lever " + k + " / " + lio.environment().leverNeeded();
    }

    /**
     * @param agent 0-based
     * @return the place its token is drawn at once it has moved in the shown step (0 lever, 1 start, 2 door), or
     *     −1 without an episode
     */
    int tokenPlace(int agent) {
        EscapeRoomEpisode e = replay.episode();
        return e == null ? -1 : e.place(replay.step() + 1, agent);
    }

    private static List<Arrow> arrowsOf(EpisodeTrace trace, int step) {
        double[][] given = trace.given()[step];
        List<Arrow> out = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            for (int j = 0; j < given[i].length; j++) {
                if (i != j && given[i][j] >= MIN_ARROW) {
                    out.add(new Arrow(i, j, given[i][j], trace.actions()[step][j]));
                }
            }
        }
        return List.copyOf(out);
    }

    private static LioState escapeRoom(Snapshot s) {
        if (s != null && s.state() instanceof LioState lio && lio.environment().type() == MarkovGameType.ESCAPE_ROOM) {
            return lio;
        }
        return null;
    }

    // ---------------------------------------------------------------- CSV

    @Override
    void writeCsvRows(Writer out, Snapshot s) throws IOException {
        LioState lio = escapeRoom(s);
        EscapeRoomEpisode e = replay.episode();
        if (lio == null || e == null) {
            return;
        }
        EpisodeTrace t = e.trace();
        List<String> names = lio.actionNames();
        StringBuilder row = new StringBuilder();
        for (int step = 0; step < t.steps(); step++) {
            for (int i = 0; i < e.agents(); i++) {
                double received = 0;
                double given = 0;
                for (int j = 0; j < e.agents(); j++) {
                    received += t.given()[step][j][i];
                    given += t.given()[step][i][j];
                }
                received += e.designerPaid(step, i);
                row.setLength(0);
                row.append(step + 1).append(',').append(i + 1).append(',')
                        .append(names.get(t.positions()[step][i])).append(',')
                        .append(names.get(t.actions()[step][i])).append(',')
                        .append(DilemmaPalette.csv(t.extrinsic()[step][i])).append(',')
                        .append(DilemmaPalette.csv(received)).append(',').append(DilemmaPalette.csv(given))
                        .append('\n');
                out.write(row.toString());
            }
        }
    }

    // ---------------------------------------------------------------- drawing

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        LioState lio = escapeRoom(s);
        if (lio == null) {
            replay.clear();
            DilemmaPalette.text(g, "The Escape Room view shows LIO runs in the Escape Room.", w / 2, h / 2,
                    DilemmaPalette.font(12 * fs), DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
            return;
        }
        replay.offer(lio.trace());
        EscapeRoomEpisode e = replay.episode();
        int n = e == null ? lio.environment().agents() : e.agents();
        if (layout == null || !layout.fits(w, h, fs, n)) {
            layout = new EscapeRoomLayout(w, h, fs, n);
        }
        painter.places(g, layout);
        painter.door(g, layout, doorOpen());
        painter.textRow(g, layout, doorOpen(), doorText());
        String optimum = "optimum " + DilemmaPalette.number(lio.environment().optimalReturn());
        if (e == null) {
            painter.header(g, layout, "step – / –", false, optimum);
            DilemmaPalette.text(g, "no test episode recorded yet", w / 2, (layout.plotTop() + h) / 2,
                    DilemmaPalette.font(12 * fs), DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);
            return;
        }
        String value = DilemmaPalette.number(e.collectiveReturn());
        painter.header(g, layout, "step " + (replay.step() + 1) + " / " + e.steps(), !replay.playing(),
                "collective return " + value + " (" + optimum + ")", "return " + value + " (" + optimum + ")",
                "return " + value + " / " + DilemmaPalette.number(lio.environment().optimalReturn()));
        tokens.place(layout, e, replay.step(), replay.progress());
        arrowPainter.draw(g, layout, tokens, arrows(), lio.maxReward(), LABEL_FROM);
        tokens.draw(g, layout, n);
        drawDesignerPayments(g, e, fs);
        EscapeRoomBars.draw(g, layout, e);
    }

    /** Writes each designer payment of the shown step above the paid agent's token (thesis 001 Fig. 6.1d). */
    private void drawDesignerPayments(GraphicsContext g, EscapeRoomEpisode e, double fs) {
        int step = replay.step();
        for (int i = 0; i < e.agents(); i++) {
            double paid = e.designerPaid(step, i);
            if (paid >= MIN_ARROW) {
                double x = tokens.x(i);
                double y = tokens.y(i) - layout.radius() - 7 * fs;
                DilemmaPalette.haloText(g, "+" + DilemmaPalette.fixed(paid), x, y, DilemmaPalette.bold(10 * fs),
                        LioPalette.action(e.trace().actions()[step][i]).darker());
            }
        }
    }

    private String tooltipAt(double x, double y) {
        EscapeRoomEpisode e = replay.episode();
        if (layout == null || e == null) {
            return description() + " " + CLICK;
        }
        double r = layout.radius();
        for (int i = 0; i < e.agents(); i++) {
            if (Math.hypot(x - tokens.x(i), y - tokens.y(i)) <= r) {
                return agentText(e, i);
            }
        }
        int agent = layout.groupAt(x, y);
        return agent >= 0 ? agentText(e, agent) : description() + " " + CLICK;
    }

    private String agentText(EscapeRoomEpisode e, int i) {
        String role = e.role(i).isEmpty() ? "" : " (" + e.role(i) + ")";
        return "Agent " + (i + 1) + role + " in this episode: extrinsic return "
                + DilemmaPalette.number(e.extrinsic(i)) + ", incentives received "
                + DilemmaPalette.fixed(e.received(i)) + ", given " + DilemmaPalette.fixed(e.given(i)) + ".";
    }
}
