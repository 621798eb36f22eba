package org.incentivelab.env;

/**
 * A memory-1 iterated 2×2 matrix game as defined by LOLA: two agents, one environment step = one round,
 * {@link #rounds()} rounds per episode, payoffs from a {@link MatrixPayoffs} table. Two uses:
 * <ul>
 *   <li>LIO's Iterated Prisoner's Dilemma (thesis 001 §5.3.1, Table 5.1, App. B.4.1; digest 001 §5.1): payoffs
 *       {@link MatrixPayoffs#LIO_PRISONERS_DILEMMA}, 5 rounds, egocentric observations;</li>
 *   <li>IQ-Flow's iterated Prisoner's Dilemma, Chicken and Stag Hunt (seed 004 §5.1, Tables 2–4; digest 004 §3.1):
 *       joint observations, 20 rounds in the paper (5 in its code).</li>
 * </ul>
 *
 * <p>Actions: {@link #COOPERATE} = 0, {@link #DEFECT} = 1 (thesis order C, D; note that {@link DilemmaGame} uses the
 * opposite indices).
 *
 * <p>Observation (size 5): a one-hot vector whose hot index is {@link #START_FLAG} = 4 before the first round of an
 * episode, and otherwise the previous round's joint action: egocentric, 2·own + other (digest 001 §5.1 [D]), or
 * joint, 2·a¹ + a² for both agents (IQ-Flow's code): CC = 0, CD = 1, DC = 2, DD = 3.
 */
public final class IteratedMatrixGame implements MarkovGame {
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

    private final MatrixPayoffs payoffs;
    private final boolean egocentric;
    private final int rounds;
    private final int[] previous = new int[AGENTS];
    private int steps;

    /** The memory-1 states in the order of IQ-Flow's figures (seed 004 Fig. 2 rows): start, CC, CD, DC, DD. */
    public static final int[] DISPLAY_STATES = {START_FLAG, 0, 1, 2, 3};

    /**
     * @param state a memory-1 state index in [0, 5): 2·a¹ + a² of the previous round, or {@link #START_FLAG}
     * @return "start" or the previous joint action, agent 1's first ("CD" = agent 1 cooperated, agent 2 defected)
     * @throws IllegalArgumentException if {@code state} is not in [0, 5)
     */
    public static String stateName(int state) {
        if (state < 0 || state >= OBSERVATION_SIZE) {
            throw new IllegalArgumentException("state must be in [0, 5), got " + state);
        }
        return state == START_FLAG ? "start" : (state < 2 ? "C" : "D") + (state % 2 == 0 ? "C" : "D");
    }

    /**
     * The joint observation of a non-egocentric game in a given state: both agents' one-hots, agent 1's first.
     *
     * @param state a memory-1 state index in [0, 5)
     * @return {@code double[2·5]}
     * @throws IllegalArgumentException if {@code state} is not in [0, 5)
     */
    public static double[] jointObservation(int state) {
        stateName(state);
        double[] out = new double[AGENTS * OBSERVATION_SIZE];
        out[state] = 1;
        out[OBSERVATION_SIZE + state] = 1;
        return out;
    }

    /**
     * LIO's IPD: Table 5.1 payoffs, egocentric observations.
     *
     * @param rounds rounds (steps) per episode, at least 1 (5 in thesis 001 App. B.4.1)
     * @return a fresh game at its start state
     * @throws IllegalArgumentException if {@code rounds} is below 1
     */
    public static IteratedMatrixGame lioPrisonersDilemma(int rounds) {
        return new IteratedMatrixGame(MatrixPayoffs.LIO_PRISONERS_DILEMMA, rounds, true);
    }

    /**
     * @param payoffs the payoff table
     * @param rounds rounds (steps) per episode, at least 1
     * @param egocentric whether each agent sees the previous joint action own action first (LIO) or both see it in
     *     agent order (IQ-Flow)
     * @throws IllegalArgumentException if {@code rounds} is below 1
     */
    public IteratedMatrixGame(MatrixPayoffs payoffs, int rounds, boolean egocentric) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        this.payoffs = java.util.Objects.requireNonNull(payoffs, "payoffs");
        this.rounds = rounds;
        this.egocentric = egocentric;
        reset();
    }

    /** @return the payoff table */
    public MatrixPayoffs payoffs() {
        return payoffs;
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
     * Memory-1 observation: one-hot at {@link #START_FLAG} before the first round, else at 2·own + other
     * (egocentric) or 2·a¹ + a² (joint) of the previous round.
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
        int first = egocentric ? agent : 0;
        int hot = steps == 0 ? START_FLAG : 2 * previous[first] + previous[1 - first];
        out[hot] = 1.0;
    }

    /**
     * Plays one round.
     *
     * @param actions {@code int[2]}, each {@link #COOPERATE} or {@link #DEFECT}; not modified
     * @param rewards {@code double[2]} receiving each agent's payoff of this round
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
        rewards[0] = payoffs.payoff(actions[0], actions[1]);
        rewards[1] = payoffs.payoff(actions[1], actions[0]);
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
