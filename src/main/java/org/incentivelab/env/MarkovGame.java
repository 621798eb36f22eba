package org.incentivelab.env;

/**
 * A finite-horizon, discrete-action Markov game with individual extrinsic rewards: the environments of thesis 001
 * ch. 5 (Iterated Prisoner's Dilemma, Escape Room; §5.3.1, App. B.4.1; digest 001 §2, §5.1, §5.2).
 *
 * <p>All agents share the same action set {@code [0, actions())}. An episode starts with {@link #reset()} and is
 * advanced one environment step at a time by {@link #step(int[], double[])}, which returns {@code true} on the step
 * that ends the episode. Rewards are the <em>extrinsic</em> rewards R^i of one step; incentives (LIO, incentive
 * designer) are added by the learner, never by the game. Implementations must not allocate in {@code step} or
 * {@code observe}.
 */
public interface MarkovGame {

    /** @return the number of agents N, at least 2; constant for the life of the game */
    int agents();

    /** @return the number of actions per agent |A|, at least 2; actions are the indices {@code [0, actions())} */
    int actions();

    /** @return the length of one agent's observation vector written by {@link #observe(int, double[])} */
    int observationSize();

    /** @return the episode length limit in steps (at least 1); an episode never lasts longer than this */
    int maxSteps();

    /** Starts a new episode: restores the initial state and sets {@link #stepsTaken()} to 0. */
    void reset();

    /** @return the number of steps taken in the current episode, in {@code [0, maxSteps()]} (0 right after reset) */
    int stepsTaken();

    /**
     * Writes agent {@code agent}'s observation of the current state, egocentric (the agent's own features first).
     *
     * @param agent the observing agent, in {@code [0, agents())}
     * @param out {@code double[observationSize()]} (at least that long) receiving the observation; only the first
     *     {@code observationSize()} entries are written
     * @throws IllegalArgumentException if {@code agent} is out of range or {@code out} is too short
     */
    void observe(int agent, double[] out);

    /**
     * Applies one joint action and writes the extrinsic rewards of this step.
     *
     * @param actions {@code int[agents()]}, each in {@code [0, actions())}; not modified
     * @param rewards {@code double[agents()]} receiving each agent's extrinsic reward of this step (per step)
     * @return {@code true} if this step ended the episode
     * @throws IllegalArgumentException if an array has the wrong length or an action is out of range
     * @throws IllegalStateException if the episode has already ended (call {@link #reset()} first)
     */
    boolean step(int[] actions, double[] rewards);

    /**
     * @param action an action index in {@code [0, actions())}
     * @return a short human-readable name of the action, for views and logs
     * @throws IllegalArgumentException if {@code action} is out of range
     */
    String actionName(int action);

    /** @return {@code {H, W, C}} when {@link #observe} writes a channels-last image (Cleanup), else null */
    default int[] imageShape() {
        return null;
    }

    /**
     * @return the length of the global observation an incentive designer sees (thesis 001 App. C.2.1), or 0 if the
     *     game has none
     */
    default int globalObservationSize() {
        return 0;
    }

    /** @return {@code {H, W, C}} when {@link #observeGlobal} writes an image, else null */
    default int[] globalImageShape() {
        return null;
    }

    /**
     * Writes the designer's global observation of the current state.
     *
     * @param out at least {@link #globalObservationSize()} long
     * @throws UnsupportedOperationException if the game has no global observation
     */
    default void observeGlobal(double[] out) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no global observation");
    }

    /**
     * @return whether an incentive function's input holds the one-hot actions of the agents it pays after its
     *     observation (Escape Room and the IPD: a LIO giver sees the others' actions, Eq. 5.1; the designer every
     *     agent's, App. C.2.2) or only the game's events (Cleanup: "a multi-hot vector that indicates which agent(s)
     *     used their cleaning beam", App. B.4.1 for LIO, App. C.2.1 for the designer)
     */
    default boolean incentivesSeeActions() {
        return true;
    }

    /** @return the length of the event vector of the last step given to incentive functions (0: none) */
    default int eventSize() {
        return 0;
    }

    /**
     * Writes the event vector of the last step (Cleanup: the multi-hot "who fired the cleaning beam").
     *
     * @param out the destination
     * @param offset where the {@link #eventSize()} entries start
     */
    default void writeEvents(double[] out, int offset) {
    }

    /** @return the number of incentive types an incentive designer pays for: one per action unless overridden */
    default int incentiveTypes() {
        return actions();
    }

    /**
     * @param agent an agent
     * @param action the action it took in the last step
     * @return the incentive type of that agent's last step, in {@code [0, incentiveTypes())}: the action itself
     *     unless overridden
     */
    default int incentiveType(int agent, int action) {
        return action;
    }

    /** @return the name of an incentive type, for charts: the action's name unless overridden */
    default String incentiveTypeName(int type) {
        return actionName(type);
    }
}
