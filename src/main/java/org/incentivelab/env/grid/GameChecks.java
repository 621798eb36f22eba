package org.incentivelab.env.grid;

/**
 * Argument checks shared by the grid games, with the messages of {@link org.incentivelab.env.EscapeRoom}. They
 * allocate only when they throw.
 */
final class GameChecks {
    private GameChecks() {
    }

    /**
     * @param agent an agent index
     * @param agents number of agents
     * @throws IllegalArgumentException if {@code agent} is outside {@code [0, agents)}
     */
    static void agent(int agent, int agents) {
        if (agent < 0 || agent >= agents) {
            throw new IllegalArgumentException("agent must be in [0, " + agents + "), got " + agent);
        }
    }

    /**
     * @param action an action index
     * @param actions number of actions
     * @throws IllegalArgumentException if {@code action} is outside {@code [0, actions)}
     */
    static void action(int action, int actions) {
        if (action < 0 || action >= actions) {
            throw new IllegalArgumentException("action must be in [0, " + actions + "), got " + action);
        }
    }

    /**
     * @param actions the joint action, must have length {@code agents} with entries in {@code [0, actionCount)}
     * @param rewards the reward buffer, must have length {@code agents}
     * @param agents number of agents
     * @param actionCount number of actions
     * @throws IllegalArgumentException if a length is wrong or an action is out of range
     */
    static void joint(int[] actions, double[] rewards, int agents, int actionCount) {
        if (actions.length != agents) {
            throw new IllegalArgumentException("actions must have length " + agents + ", got " + actions.length);
        }
        if (rewards.length != agents) {
            throw new IllegalArgumentException("rewards must have length " + agents + ", got " + rewards.length);
        }
        for (int i = 0; i < agents; i++) {
            if (actions[i] < 0 || actions[i] >= actionCount) {
                throw new IllegalArgumentException(
                        "action of agent " + i + " must be in [0, " + actionCount + "), got " + actions[i]);
            }
        }
    }

    /**
     * @param buffer a caller buffer
     * @param needed the number of entries that will be written
     * @param what the buffer's name for the message
     * @throws IllegalArgumentException if the buffer is shorter than {@code needed}
     */
    static void buffer(double[] buffer, int needed, String what) {
        if (buffer.length < needed) {
            throw new IllegalArgumentException(what + " buffer must hold " + needed + " values, got " + buffer.length);
        }
    }
}
