package org.incentivelab.env.grid;

import org.incentivelab.env.MarkovGame;

/**
 * What the two-agent gridworlds (Cleanup, the Coin Game) share: the agents' cells, the step counter, the end of
 * the episode after {@link #maxSteps()} steps, and the checks every step makes.
 */
public abstract class TwoAgentGridGame implements MarkovGame {
    /** Agents in every gridworld of the lab (thesis 001 §5.3: Cleanup with 2 agents; the Coin Games). */
    public static final int AGENTS = 2;

    /** Each agent's column. */
    final int[] xs = new int[AGENTS];
    /** Each agent's row (0 = top). */
    final int[] ys = new int[AGENTS];
    private int steps;
    private boolean done;

    /** @return {@value #AGENTS} */
    @Override
    public int agents() {
        return AGENTS;
    }

    /** @return steps taken in the current episode, in [0, maxSteps()] */
    @Override
    public int stepsTaken() {
        return steps;
    }

    /** @return whether the current episode has ended (then {@code step} throws until {@code reset()}) */
    public boolean done() {
        return done;
    }

    /** @param agent 0 or 1 @return the agent's column @throws IllegalArgumentException if out of range */
    public int agentX(int agent) {
        GameChecks.agent(agent, AGENTS);
        return xs[agent];
    }

    /** @param agent 0 or 1 @return the agent's row (0 = top) @throws IllegalArgumentException if out of range */
    public int agentY(int agent) {
        GameChecks.agent(agent, AGENTS);
        return ys[agent];
    }

    /** Starts the step counter of a new episode. */
    final void restartEpisode() {
        steps = 0;
        done = false;
    }

    /**
     * The checks before a step.
     *
     * @throws IllegalStateException if the episode has already ended
     * @throws IllegalArgumentException if an array length is not 2 or an action is out of range
     */
    final void beginStep(int[] actions, double[] rewards) {
        if (done) {
            throw new IllegalStateException("episode has ended after " + steps + " steps; call reset()");
        }
        GameChecks.joint(actions, rewards, AGENTS, actions());
    }

    /** @return whether the step just taken ended the episode (after {@link #maxSteps()} steps) */
    final boolean endStep() {
        steps++;
        done = steps >= maxSteps();
        return done;
    }
}
