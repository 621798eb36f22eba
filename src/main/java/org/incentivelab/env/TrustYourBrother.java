package org.incentivelab.env;

import org.incentivelab.math.Rng;

/**
 * Trust-Your-Brother (D3C, seed 000 §3.3, Fig. 4b): a predator chases two prey around a table, a ring of
 * {@value #RING} seats. Seats are numbered clockwise (CW); each prey chooses stay (0), CW (1) or counter-clockwise
 * (CCW, 2). The paper gives the rules below but not the ring size, actions, episode length or start (digest 000
 * §3.3 [recon]); the lab's choices are marked.
 * <ul>
 *   <li>Start [lab]: the predator on seat 0, the prey on seats 1 and 2 (clockwise of it), which prey sits next to
 *       the predator drawn at random: that one is caught and can only escape if its brother moves out of the way.
 *       (With the start side random too, a linear policy without bias could not tell "stay" on one side from
 *       "stay" on the other: its logits are odd in the observation.)</li>
 *   <li>Prey move simultaneously; a move into the predator's seat fails, and a move into the other prey's seat
 *       succeeds only if that prey leaves it (swaps and two moves into one seat fail) [lab].</li>
 *   <li>Reward: 0 for staying, {@value #MOVE_COST} for attempting a move, and an extra {@value #CAUGHT} if the
 *       predator is next to the prey after the move [paper].</li>
 *   <li>Then the predator (hard-coded) stays if it is next to a prey, else moves one seat toward the nearest prey
 *       along the shorter way, ties drawn at random [paper].</li>
 *   <li>Observation, the same for both prey [paper]: for each prey, its CCW distance to the predator minus its CW
 *       distance, divided by the ring size [lab: the scale].</li>
 * </ul>
 * The episode lasts {@code steps} steps. Running together costs each prey {@value #MOVE_COST} per step while the
 * selfish brother stays and leaves the caught prey at {@value #CAUGHT} per step, so the best total return per episode
 * is about {@value #MOVE_COST}·2·steps and the selfish one about {@value #CAUGHT}·steps.
 */
public final class TrustYourBrother implements MarkovGame {
    /** Seats around the table [lab]. */
    public static final int RING = 8;
    /** Reward for attempting a move. */
    public static final double MOVE_COST = -0.01;
    /** Extra reward when the predator sits next to the prey after its move. */
    public static final double CAUGHT = -1.0;
    /** Action: stay. */
    public static final int STAY = 0;
    /** Action: one seat clockwise. */
    public static final int CW = 1;
    /** Action: one seat counter-clockwise. */
    public static final int CCW = 2;

    private final int maxSteps;
    private final Rng rng;
    private final int[] prey = new int[2];
    private final int[] target = new int[2];
    private final boolean[] moves = new boolean[2];
    private int predator;
    private int steps;

    /**
     * @param steps episode length, at least 1
     * @param rng the start and the predator's tie-breaks
     * @throws IllegalArgumentException if steps &lt; 1
     */
    public TrustYourBrother(int steps, Rng rng) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        this.maxSteps = steps;
        this.rng = rng;
        reset();
    }

    @Override
    public int agents() {
        return 2;
    }

    @Override
    public int actions() {
        return 3;
    }

    @Override
    public int observationSize() {
        return 2;
    }

    @Override
    public int maxSteps() {
        return maxSteps;
    }

    @Override
    public String actionName(int action) {
        return switch (action) {
            case STAY -> "stay";
            case CW -> "clockwise";
            case CCW -> "counter-clockwise";
            default -> throw new IllegalArgumentException("action must be 0, 1 or 2, got " + action);
        };
    }

    @Override
    public void reset() {
        predator = 0;
        int first = rng.bernoulli(0.5) ? 0 : 1;
        prey[first] = 1;
        prey[1 - first] = 2;
        steps = 0;
    }

    /**
     * Places the pieces (tests and views).
     *
     * @param predatorSeat the predator's seat
     * @param prey0 prey 1's seat
     * @param prey1 prey 2's seat
     * @throws IllegalArgumentException if two pieces share a seat
     */
    public void place(int predatorSeat, int prey0, int prey1) {
        predator = seat(predatorSeat);
        prey[0] = seat(prey0);
        prey[1] = seat(prey1);
        if (predator == prey[0] || predator == prey[1] || prey[0] == prey[1]) {
            throw new IllegalArgumentException("the predator and the two prey need three different seats");
        }
    }

    @Override
    public int stepsTaken() {
        return steps;
    }

    @Override
    public void observe(int agent, double[] out) {
        for (int k = 0; k < 2; k++) {
            int ccw = seat(prey[k] - predator);
            int cw = seat(predator - prey[k]);
            out[k] = (double) (ccw - cw) / RING;
        }
    }

    @Override
    public boolean step(int[] actions, double[] rewards) {
        for (int k = 0; k < 2; k++) {
            moves[k] = actions[k] != STAY;
            target[k] = moves[k] ? seat(prey[k] + (actions[k] == CW ? 1 : -1)) : prey[k];
        }
        boolean clash = moves[0] && moves[1] && (target[0] == target[1]
                || target[0] == prey[1] && target[1] == prey[0]);
        boolean[] ok = {moves[0] && !clash && target[0] != predator, moves[1] && !clash && target[1] != predator};
        for (int k = 0; k < 2; k++) { // into the brother's seat only if he leaves it (his move cannot depend on ours)
            if (ok[k] && target[k] == prey[1 - k]) {
                ok[k] = ok[1 - k];
            }
        }
        for (int k = 0; k < 2; k++) {
            if (ok[k]) {
                prey[k] = target[k];
            }
        }
        for (int k = 0; k < 2; k++) {
            rewards[k] = (moves[k] ? MOVE_COST : 0) + (distance(predator, prey[k]) == 1 ? CAUGHT : 0);
        }
        movePredator();
        steps++;
        return steps >= maxSteps;
    }

    private void movePredator() {
        int d0 = distance(predator, prey[0]);
        int d1 = distance(predator, prey[1]);
        if (d0 == 1 || d1 == 1) {
            return;
        }
        int chase = d0 < d1 ? 0 : d1 < d0 ? 1 : rng.bernoulli(0.5) ? 0 : 1;
        int cw = seat(prey[chase] - predator);
        int ccw = seat(predator - prey[chase]);
        boolean clockwise = cw < ccw || cw == ccw && rng.bernoulli(0.5);
        predator = seat(predator + (clockwise ? 1 : -1));
    }

    /** @return the shorter way round between two seats */
    private static int distance(int a, int b) {
        int d = seat(a - b);
        return Math.min(d, RING - d);
    }

    private static int seat(int s) {
        return Math.floorMod(s, RING);
    }

    /** @return the predator's seat */
    public int predator() {
        return predator;
    }

    /** @param k 0 or 1 @return prey k's seat */
    public int prey(int k) {
        return prey[k];
    }

    /**
     * @param steps the episode length
     * @return the best collective return per episode: both prey run every step, 2·steps·{@value #MOVE_COST}
     */
    public static double bestReturn(int steps) {
        return 2 * steps * MOVE_COST;
    }
}
