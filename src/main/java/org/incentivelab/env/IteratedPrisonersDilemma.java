package org.incentivelab.env;

/**
 * The memory-1 Iterated Prisoner's Dilemma of thesis 001 §5.3.1, Table 5.1 and App. B.4.1 (digest 001 §5.1), as
 * defined by LOLA: two agents, one environment step = one round, {@link #rounds()} rounds per episode (5 by default).
 *
 * <p>Actions: {@link #COOPERATE} = 0, {@link #DEFECT} = 1 (thesis order C, D; note that {@link DilemmaGame} uses the
 * opposite indices). Extrinsic payoffs per round, (A1, A2) (Table 5.1): CC (−1, −1), CD (−3, 0), DC (0, −3),
 * DD (−2, −2).
 *
 * <p>Observation (digest 001 §5.1, size 5 [D]): a one-hot vector whose hot index is {@link #START_FLAG} = 4 before
 * the first round of an episode, and otherwise 2·own + other, the previous round's joint action seen from the
 * observing agent (own action first): CC = 0, CD = 1, DC = 2, DD = 3.
 */
public final class IteratedPrisonersDilemma implements MarkovGame {
    /** Action index of cooperation (C). */
    public static final int COOPERATE = 0;
    /** Action index of defection (D). */
    public static final int DEFECT = 1;
    /** Number of agents. */
    public static final int AGENTS = 2;
    /** Observation index of the first-round indicator. */
    public static final int START_FLAG = 4;
    /** Observation length: 4 egocentric joint actions + the start flag. */
    public static final int OBSERVATION_SIZE = 5;
    /** Default rounds per episode (thesis 001 App. B.4.1). */
    public static final int DEFAULT_ROUNDS = 5;
    /** Best collective extrinsic reward per round, reached at CC: (−1) + (−1) (digest 001 §5.1). */
    public static final double OPTIMAL_COLLECTIVE_PER_ROUND = -2;

    /** PAYOFF[own][other], Table 5.1 from the row player's side. */
    private static final double[][] PAYOFF = {{-1, -3}, {0, -2}};

    private final int rounds;
    private final int[] previous = new int[AGENTS];
    private int steps;

    /** The 5-round IPD of thesis 001 App. B.4.1. */
    public IteratedPrisonersDilemma() {
        this(DEFAULT_ROUNDS);
    }

    /**
     * @param rounds rounds (steps) per episode, at least 1
     * @throws IllegalArgumentException if {@code rounds} is below 1
     */
    public IteratedPrisonersDilemma(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        this.rounds = rounds;
        reset();
    }

    /**
     * The extrinsic payoff of one round to an agent (thesis 001 Table 5.1).
     *
     * @param own the agent's action, {@link #COOPERATE} or {@link #DEFECT}
     * @param other the other agent's action, {@link #COOPERATE} or {@link #DEFECT}
     * @return −1 (CC), −3 (CD), 0 (DC) or −2 (DD), per round
     * @throws IllegalArgumentException if an action is not 0 or 1
     */
    public static double payoff(int own, int other) {
        checkAction(own, "own");
        checkAction(other, "other");
        return PAYOFF[own][other];
    }

    /** @return the number of rounds per episode, at least 1 */
    public int rounds() {
        return rounds;
    }

    /** @return 2 */
    @Override
    public int agents() {
        return AGENTS;
    }

    /** @return 2: {@link #COOPERATE}, {@link #DEFECT} */
    @Override
    public int actions() {
        return 2;
    }

    /** @return {@value #OBSERVATION_SIZE} */
    @Override
    public int observationSize() {
        return OBSERVATION_SIZE;
    }

    /** @return {@link #rounds()} */
    @Override
    public int maxSteps() {
        return rounds;
    }

    /** Starts a new episode: no previous round, the next observation shows the start flag. */
    @Override
    public void reset() {
        steps = 0;
        previous[0] = COOPERATE;
        previous[1] = COOPERATE;
    }

    /** @return rounds played in the current episode, in [0, rounds()] */
    @Override
    public int stepsTaken() {
        return steps;
    }

    /** @return whether all {@link #rounds()} rounds of the episode have been played */
    public boolean done() {
        return steps >= rounds;
    }

    /**
     * Memory-1 observation: one-hot at {@link #START_FLAG} before the first round, else at 2·own + other of the
     * previous round.
     *
     * @param agent 0 or 1
     * @param out at least {@value #OBSERVATION_SIZE} long; entries [0, 5) are overwritten with 0/1 values
     * @throws IllegalArgumentException if {@code agent} is not 0 or 1 or {@code out} is too short
     */
    @Override
    public void observe(int agent, double[] out) {
        if (agent < 0 || agent >= AGENTS) {
            throw new IllegalArgumentException("agent must be in [0, 2), got " + agent);
        }
        if (out.length < OBSERVATION_SIZE) {
            throw new IllegalArgumentException("observation buffer must hold 5 values, got " + out.length);
        }
        for (int k = 0; k < OBSERVATION_SIZE; k++) {
            out[k] = 0.0;
        }
        int hot = steps == 0 ? START_FLAG : 2 * previous[agent] + previous[1 - agent];
        out[hot] = 1.0;
    }

    /**
     * Plays one round.
     *
     * @param actions {@code int[2]}, each {@link #COOPERATE} or {@link #DEFECT}; not modified
     * @param rewards {@code double[2]} receiving each agent's Table 5.1 payoff of this round
     * @return {@code true} after the last of {@link #rounds()} rounds
     * @throws IllegalStateException if the episode has already ended
     * @throws IllegalArgumentException if an array length is not 2 or an action is not 0 or 1
     */
    @Override
    public boolean step(int[] actions, double[] rewards) {
        if (done()) {
            throw new IllegalStateException("episode has ended after " + steps + " rounds; call reset()");
        }
        if (actions.length != AGENTS) {
            throw new IllegalArgumentException("actions must have length 2, got " + actions.length);
        }
        if (rewards.length != AGENTS) {
            throw new IllegalArgumentException("rewards must have length 2, got " + rewards.length);
        }
        checkAction(actions[0], "agent 0");
        checkAction(actions[1], "agent 1");
        rewards[0] = PAYOFF[actions[0]][actions[1]];
        rewards[1] = PAYOFF[actions[1]][actions[0]];
        previous[0] = actions[0];
        previous[1] = actions[1];
        steps++;
        return done();
    }

    /**
     * @param action 0 or 1
     * @return "C" or "D"
     * @throws IllegalArgumentException if {@code action} is not 0 or 1
     */
    @Override
    public String actionName(int action) {
        checkAction(action, "action");
        return action == COOPERATE ? "C" : "D";
    }

    private static void checkAction(int action, String who) {
        if (action != COOPERATE && action != DEFECT) {
            throw new IllegalArgumentException("action of " + who + " must be 0 (C) or 1 (D), got " + action);
        }
    }
}
