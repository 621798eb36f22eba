package org.incentivelab.env;

/**
 * The N-player Escape Room game ER(N, M) of thesis 001 Fig. 5.1, §5.1, App. B.4.1 and App. C.2.1 (digest 001 §5.2).
 *
 * <p>Each agent is at one of three positions: {@link #LEVER} (0), {@link #START} (1) or {@link #DOOR} (2); all start
 * at {@link #START}. Action k means "move to position k" (choosing the current position means staying). In each step
 * the door is open iff at least M agents choose {@link #LEVER} (an agent staying at the lever counts). The extrinsic
 * reward of agent i in that step is, in this order of precedence (digest 001 §5.2 and §9 item 3, the reference
 * code's rule that the optimum 10(N − M) − M confirms):
 * <ul>
 *   <li>{@value #EXIT_REWARD} if the door is open and a_i = {@link #DOOR} (moving to or staying at the door);</li>
 *   <li>0 if a_i equals the agent's current position (staying);</li>
 *   <li>{@value #MOVE_PENALTY} otherwise (moving), so lever-pullers pay −1 even when the door opens.</li>
 * </ul>
 * Then every position becomes the chosen action. The episode ends when the door was open in this step and some agent
 * is now at the door, or after {@link #maxSteps()} steps (5 by default, App. B.4.1).
 *
 * <p>Observations: {@link #observe(int, double[])} gives the agent-side form of App. B.4.1 / C.2.1 without LIO's
 * cumulative-incentive totals (which the learner appends): one-hot own position, then the one-hot position of each
 * other agent in increasing agent order, 3N values. {@link #observeGlobal(double[])} gives the designer form of
 * App. C.2.1: the one-hot positions of all agents in agent order, 3N values.
 */
public final class EscapeRoom implements MarkovGame {
    /** Position and action index of the lever. */
    public static final int LEVER = 0;
    /** Position and action index of the start; every agent's position after {@link #reset()}. */
    public static final int START = 1;
    /** Position and action index of the door. */
    public static final int DOOR = 2;
    /** Number of positions = number of actions = one-hot width per agent. */
    public static final int POSITIONS = 3;
    /** Default episode length in steps (thesis 001 App. B.4.1). */
    public static final int DEFAULT_MAX_STEPS = 5;
    /** Extrinsic reward per step for choosing the door while it is open (thesis 001 Fig. 5.1). */
    public static final double EXIT_REWARD = 10.0;
    /** Extrinsic reward per step for moving away from the current position (thesis 001 Fig. 5.1). */
    public static final double MOVE_PENALTY = -1.0;

    private final int agents;
    private final int leverNeeded;
    private final int maxSteps;
    private final int[] positions;
    private int steps;
    private boolean done;
    private boolean doorOpen;
    private int lastLeverCount;

    /**
     * ER(N, M) with the default episode length {@value #DEFAULT_MAX_STEPS}.
     *
     * @param agents N, at least 2
     * @param leverNeeded M, in [1, N − 1]
     * @throws IllegalArgumentException if N or M is out of range
     */
    public EscapeRoom(int agents, int leverNeeded) {
        this(agents, leverNeeded, DEFAULT_MAX_STEPS);
    }

    /**
     * ER(N, M) with a given episode length.
     *
     * @param agents N, at least 2
     * @param leverNeeded M, in [1, N − 1]
     * @param maxSteps episode length limit in steps, at least 1
     * @throws IllegalArgumentException if N, M or maxSteps is out of range
     */
    public EscapeRoom(int agents, int leverNeeded, int maxSteps) {
        checkSize(agents, leverNeeded);
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1, got " + maxSteps);
        }
        this.agents = agents;
        this.leverNeeded = leverNeeded;
        this.maxSteps = maxSteps;
        this.positions = new int[agents];
        reset();
    }

    /**
     * The optimal collective extrinsic return of one episode, 10(N − M) − M: in one step M agents pull the lever
     * (−1 each) and the other N − M go to the door (+10 each). Thesis 001 Fig. 5.5 (ER(2,1) = 9, ER(3,2) = 8),
     * digest 001 §5.2.
     *
     * @param agents N, at least 2
     * @param leverNeeded M, in [1, N − 1]
     * @return the optimal sum over agents of the episode's extrinsic rewards (per episode)
     * @throws IllegalArgumentException if N or M is out of range
     */
    public static double optimalReturn(int agents, int leverNeeded) {
        checkSize(agents, leverNeeded);
        return EXIT_REWARD * (agents - leverNeeded) + MOVE_PENALTY * leverNeeded;
    }

    private static void checkSize(int agents, int leverNeeded) {
        if (agents < 2) {
            throw new IllegalArgumentException("agents (N) must be at least 2, got " + agents);
        }
        if (leverNeeded < 1 || leverNeeded >= agents) {
            throw new IllegalArgumentException(
                    "leverNeeded (M) must be in [1, " + (agents - 1) + "] for N = " + agents + ", got " + leverNeeded);
        }
    }

    /** @return N, at least 2 */
    @Override
    public int agents() {
        return agents;
    }

    /** @return 3: {@link #LEVER}, {@link #START}, {@link #DOOR} */
    @Override
    public int actions() {
        return POSITIONS;
    }

    /** @return 3N: one-hot own position followed by the other N − 1 agents' one-hot positions */
    @Override
    public int observationSize() {
        return POSITIONS * agents;
    }

    /** @return the episode length limit in steps, at least 1 (default {@value #DEFAULT_MAX_STEPS}) */
    @Override
    public int maxSteps() {
        return maxSteps;
    }

    /** @return M, the number of agents that must choose the lever in a step for the door to open, in [1, N − 1] */
    public int leverNeeded() {
        return leverNeeded;
    }

    /** Puts every agent at {@link #START}, clears the door state and the step counter. */
    @Override
    public void reset() {
        for (int i = 0; i < agents; i++) {
            positions[i] = START;
        }
        steps = 0;
        done = false;
        doorOpen = false;
        lastLeverCount = 0;
    }

    /** @return steps taken in the current episode, in [0, maxSteps()] */
    @Override
    public int stepsTaken() {
        return steps;
    }

    /** @return whether the current episode has ended (then {@link #step(int[], double[])} throws until reset) */
    public boolean done() {
        return done;
    }

    /**
     * @param agent an agent index in [0, N)
     * @return that agent's current position: {@link #LEVER}, {@link #START} or {@link #DOOR}
     * @throws IllegalArgumentException if {@code agent} is out of range
     */
    public int position(int agent) {
        checkAgent(agent);
        return positions[agent];
    }

    /** @return whether the door was open in the last step (≥ M agents chose the lever); {@code false} after reset */
    public boolean doorOpen() {
        return doorOpen;
    }

    /** @return the number of agents that chose {@link #LEVER} in the last step, in [0, N]; 0 after reset */
    public int lastLeverCount() {
        return lastLeverCount;
    }

    /**
     * Egocentric observation (thesis 001 App. B.4.1 without the incentive totals; App. C.2.1 agent form): entries
     * [0, 3) one-hot own position, then for each other agent j in increasing order (skipping {@code agent}) three
     * entries one-hot of j's position.
     *
     * @param agent the observing agent, in [0, N)
     * @param out at least {@code 3N} long; entries [0, 3N) are overwritten with 0/1 values
     * @throws IllegalArgumentException if {@code agent} is out of range or {@code out} is shorter than 3N
     */
    @Override
    public void observe(int agent, double[] out) {
        checkAgent(agent);
        checkOut(out);
        clear(out);
        out[positions[agent]] = 1.0;
        int slot = 1;
        for (int j = 0; j < agents; j++) {
            if (j != agent) {
                out[POSITIONS * slot + positions[j]] = 1.0;
                slot++;
            }
        }
    }

    /** @return 3N, the length of {@link #observeGlobal(double[])} */
    @Override
    public int globalObservationSize() {
        return observationSize();
    }

    /**
     * Designer observation of thesis 001 App. C.2.1: the one-hot positions of all agents concatenated in agent order,
     * entries [3j, 3j + 3) for agent j.
     *
     * @param out at least {@code 3N} long; entries [0, 3N) are overwritten with 0/1 values
     * @throws IllegalArgumentException if {@code out} is shorter than 3N
     */
    @Override
    public void observeGlobal(double[] out) {
        checkOut(out);
        clear(out);
        for (int j = 0; j < agents; j++) {
            out[POSITIONS * j + positions[j]] = 1.0;
        }
    }

    /**
     * One step of ER(N, M); see the class comment for the reward and termination rules.
     *
     * @param actions {@code int[N]}, each a target position in [0, 3); not modified
     * @param rewards {@code double[N]} receiving each agent's extrinsic reward of this step: 10, 0 or −1
     * @return {@code true} if the episode ended (door open and some agent now at the door, or maxSteps reached)
     * @throws IllegalStateException if the episode has already ended
     * @throws IllegalArgumentException if an array length is not N or an action is outside [0, 3)
     */
    @Override
    public boolean step(int[] actions, double[] rewards) {
        if (done) {
            throw new IllegalStateException("episode has ended after " + steps + " steps; call reset()");
        }
        checkJoint(actions, rewards);
        int lever = 0;
        for (int a : actions) {
            if (a == LEVER) {
                lever++;
            }
        }
        boolean open = lever >= leverNeeded;
        boolean someoneAtDoor = false;
        for (int i = 0; i < agents; i++) {
            int a = actions[i];
            if (open && a == DOOR) {
                rewards[i] = EXIT_REWARD;
            } else if (a == positions[i]) {
                rewards[i] = 0.0;
            } else {
                rewards[i] = MOVE_PENALTY;
            }
            positions[i] = a;
            someoneAtDoor |= a == DOOR;
        }
        lastLeverCount = lever;
        doorOpen = open;
        steps++;
        done = (open && someoneAtDoor) || steps >= maxSteps;
        return done;
    }

    /**
     * @param action a position index in [0, 3)
     * @return "lever", "start" or "door"
     * @throws IllegalArgumentException if {@code action} is out of range
     */
    @Override
    public String actionName(int action) {
        return switch (action) {
            case LEVER -> "lever";
            case START -> "start";
            case DOOR -> "door";
            default -> throw new IllegalArgumentException("action must be in [0, 3), got " + action);
        };
    }

    private void checkAgent(int agent) {
        if (agent < 0 || agent >= agents) {
            throw new IllegalArgumentException("agent must be in [0, " + agents + "), got " + agent);
        }
    }

    private void checkOut(double[] out) {
        if (out.length < POSITIONS * agents) {
            throw new IllegalArgumentException(
                    "observation buffer must hold " + POSITIONS * agents + " values, got " + out.length);
        }
    }

    private void clear(double[] out) {
        for (int k = 0; k < POSITIONS * agents; k++) {
            out[k] = 0.0;
        }
    }

    private void checkJoint(int[] actions, double[] rewards) {
        if (actions.length != agents) {
            throw new IllegalArgumentException("actions must have length " + agents + ", got " + actions.length);
        }
        if (rewards.length != agents) {
            throw new IllegalArgumentException("rewards must have length " + agents + ", got " + rewards.length);
        }
        for (int i = 0; i < agents; i++) {
            if (actions[i] < 0 || actions[i] >= POSITIONS) {
                throw new IllegalArgumentException(
                        "action of agent " + i + " must be in [0, " + POSITIONS + "), got " + actions[i]);
            }
        }
    }
}
