package org.incentivelab.ui.view;

import org.incentivelab.env.EscapeRoom;
import org.incentivelab.run.EpisodeTrace;

/**
 * One recorded Escape Room episode prepared for drawing, computed once when the view takes a new trace: each
 * agent's totals over the episode (extrinsic return, incentives received and given, undiscounted), its role, the
 * lever count of each step and where each token stands in its place in each state.
 *
 * <p>Roles (thesis 001 §5.4, Fig. 5.5): an agent that ended the episode at the door while the door was open — it
 * escaped — is the "Winner"; otherwise one that chose the lever on more than half of the steps is a
 * "Cooperator"; any other agent has no role ("").
 */
final class EscapeRoomEpisode {
    /** Role of an agent that chose the lever on most steps. */
    static final String COOPERATOR = "Cooperator";
    /** Role of an agent that escaped through the open door. */
    static final String WINNER = "Winner";

    private final EpisodeTrace trace;
    private final int agents;
    private final double[] extrinsic;
    private final double[] received;
    private final double[] given;
    private final String[] roles;
    private final int[] lever;
    private final int[][] slots;
    private final int[][] counts;

    /** @param trace an Escape Room trace with at least one step and positions (not an IPD trace) */
    EscapeRoomEpisode(EpisodeTrace trace) {
        this.trace = trace;
        int steps = trace.steps();
        agents = trace.positions()[0].length;
        extrinsic = new double[agents];
        received = new double[agents];
        given = new double[agents];
        lever = new int[steps];
        int[] leverSteps = new int[agents];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < agents; i++) {
                extrinsic[i] += trace.extrinsic()[t][i];
                if (trace.actions()[t][i] == EscapeRoom.LEVER) {
                    lever[t]++;
                    leverSteps[i]++;
                }
                for (int j = 0; j < agents; j++) {
                    given[i] += trace.given()[t][i][j];
                    received[j] += trace.given()[t][i][j];
                }
                received[i] += designerPaid(t, i);
            }
        }
        roles = new String[agents];
        boolean openAtEnd = trace.doorOpen()[steps - 1];
        for (int i = 0; i < agents; i++) {
            boolean escaped = openAtEnd && trace.positions()[steps][i] == EscapeRoom.DOOR;
            roles[i] = escaped ? WINNER : 2 * leverSteps[i] > steps ? COOPERATOR : "";
        }
        slots = new int[steps + 1][agents];
        counts = new int[steps + 1][EscapeRoom.POSITIONS];
        for (int k = 0; k <= steps; k++) {
            for (int i = 0; i < agents; i++) {
                int place = trace.positions()[k][i];
                slots[k][i] = counts[k][place]++;
            }
        }
    }

    /** @return whether a trace can be drawn: Escape Room positions and at least one step */
    static boolean drawable(EpisodeTrace trace) {
        return trace != null && trace.positions() != null && trace.steps() > 0;
    }

    /** @return the trace */
    EpisodeTrace trace() {
        return trace;
    }

    /** @return N */
    int agents() {
        return agents;
    }

    /** @return the number of steps played, at least 1 */
    int steps() {
        return trace.steps();
    }

    /** @param agent 0-based @return its extrinsic return over the episode */
    double extrinsic(int agent) {
        return extrinsic[agent];
    }

    /** @param agent 0-based @return the incentives it received over the episode, from all givers */
    double received(int agent) {
        return received[agent];
    }

    /** @param agent 0-based @return the incentives it gave over the episode, to all recipients */
    /** @return what the incentive designer paid the agent in a step (0 without a designer) */
    double designerPaid(int step, int agent) {
        return trace.designerGiven() == null ? 0 : trace.designerGiven()[step][agent];
    }

    double given(int agent) {
        return given[agent];
    }

    /** @param agent 0-based @return {@link #WINNER}, {@link #COOPERATOR} or "" */
    String role(int agent) {
        return roles[agent];
    }

    /** @return Σ_i of the extrinsic returns, the episode's collective return */
    double collectiveReturn() {
        double sum = 0;
        for (double r : extrinsic) {
            sum += r;
        }
        return sum;
    }

    /** @param step 0-based @return how many agents chose the lever in that step */
    int leverCount(int step) {
        return lever[step];
    }

    /** @param state 0 … steps @param agent 0-based @return the agent's place in that state */
    int place(int state, int agent) {
        return trace.positions()[state][agent];
    }

    /** @param state 0 … steps @param agent 0-based @return its rank among the agents sharing its place then */
    int slot(int state, int agent) {
        return slots[state][agent];
    }

    /** @param state 0 … steps @param place 0 lever, 1 start, 2 door @return how many agents stand there then */
    int count(int state, int place) {
        return counts[state][place];
    }
}
