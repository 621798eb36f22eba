package org.incentivelab.mech.iqflow;

import org.incentivelab.math.Rng;

/**
 * IQ-Flow's replay buffer of joint transitions (seed 004 §4, Algorithm 1; digest 004 §2.6): a ring of at most
 * {@code capacity} steps, each holding every agent's observation before and after the step (concatenated, agent 0
 * first), the joint action, each agent's environment reward and whether the episode ended. The mechanism learns
 * off-policy from it; incentives are not stored, since the incentivised critic recomputes them with the current η.
 * Sampling draws distinct slots uniformly, without replacement, as the reference's {@code sample} and
 * {@code meta_sample}.
 *
 * <p>Memory: observations are kept as {@code float}, exact for every game here (one-hot vectors, Cleanup's colours
 * k/256); a step's observation shares the array of the previous step's next observation when it continues the same
 * episode (as the lab stores them), so a transition costs one joint observation, not two — 10⁶ Cleanup transitions
 * (2 × 9×9×3 values) take about 2 GB rather than the 7.8 GB of two double copies. Arrays are allocated as steps are
 * added, so a large capacity costs memory only as the buffer fills.
 */
public final class ReplayBuffer {
    private final int capacity;
    private final int agents;
    private final int width;
    private final float[][] obs;
    private final float[][] nextObs;
    private final int[][] actions;
    private final double[][] rewards;
    private final boolean[] done;
    private int next;
    private int size;

    /**
     * @param capacity the most transitions kept, at least 1 (reference: 10⁶); older ones are overwritten
     * @param agents N, at least 1
     * @param jointObservationSize N times one agent's observation length, at least 1
     * @throws IllegalArgumentException if a size is out of range
     */
    public ReplayBuffer(int capacity, int agents, int jointObservationSize) {
        if (capacity < 1 || agents < 1 || jointObservationSize < 1) {
            throw new IllegalArgumentException("replay buffer sizes must be ≥ 1: capacity " + capacity + ", agents "
                    + agents + ", joint observation " + jointObservationSize);
        }
        this.capacity = capacity;
        this.agents = agents;
        this.width = jointObservationSize;
        this.obs = new float[capacity][];
        this.nextObs = new float[capacity][];
        this.actions = new int[capacity][];
        this.rewards = new double[capacity][];
        this.done = new boolean[capacity];
    }

    /**
     * Stores one step, copying the arrays.
     *
     * @param o the joint observation before the step, {@code double[jointObservationSize]}
     * @param a the joint action, {@code int[N]}
     * @param r each agent's environment reward of the step, {@code double[N]}
     * @param o2 the joint observation after the step
     * @param last whether the episode ended with this step
     * @throws IllegalArgumentException if an array has the wrong length
     */
    public void add(double[] o, int[] a, double[] r, double[] o2, boolean last) {
        if (o.length != width || o2.length != width || a.length != agents || r.length != agents) {
            throw new IllegalArgumentException("transition arrays must have lengths " + width + ", "
                    + agents + ", " + agents + ", " + width);
        }
        if (actions[next] == null) {
            actions[next] = new int[agents];
            rewards[next] = new double[agents];
        }
        int previous = (next + capacity - 1) % capacity;
        float[] continued = size > 0 && !done[previous] ? nextObs[previous] : null;
        obs[next] = continued != null && same(continued, o) ? continued : copy(o);
        nextObs[next] = copy(o2);
        System.arraycopy(a, 0, actions[next], 0, agents);
        System.arraycopy(r, 0, rewards[next], 0, agents);
        done[next] = last;
        next = (next + 1) % capacity;
        size = Math.min(size + 1, capacity);
    }

    /** @return the number of transitions held, in [0, capacity] */
    public int size() {
        return size;
    }

    /**
     * Draws {@code out.length} distinct slots uniformly at random.
     *
     * @param rng the sampling stream
     * @param out receives the slots; its length is the batch size, at most {@link #size()}
     * @throws IllegalArgumentException if the buffer holds fewer transitions than asked for
     */
    public void sample(Rng rng, int[] out) {
        if (out.length > size) {
            throw new IllegalArgumentException("cannot draw " + out.length + " distinct transitions from " + size);
        }
        for (int k = 0; k < out.length; k++) {
            int slot;
            do {
                slot = (int) (rng.nextDouble() * size);
            } while (contains(out, k, slot));
            out[k] = slot;
        }
    }

    private static boolean contains(int[] xs, int count, int x) {
        for (int k = 0; k < count; k++) {
            if (xs[k] == x) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param slot a slot in [0, size())
     * @param out {@code double[jointObservationSize]} overwritten with the joint observation before the step
     * @return {@code out}
     */
    public double[] observation(int slot, double[] out) {
        return widen(obs[slot], out);
    }

    /**
     * @param slot a slot in [0, size())
     * @param out {@code double[jointObservationSize]} overwritten with the joint observation after the step
     * @return {@code out}
     */
    public double[] nextObservation(int slot, double[] out) {
        return widen(nextObs[slot], out);
    }

    /** @return the joint observation length */
    public int width() {
        return width;
    }

    private static double[] widen(float[] from, double[] out) {
        for (int k = 0; k < from.length; k++) {
            out[k] = from[k];
        }
        return out;
    }

    private static float[] copy(double[] o) {
        float[] f = new float[o.length];
        for (int k = 0; k < o.length; k++) {
            f[k] = (float) o[k];
        }
        return f;
    }

    private static boolean same(float[] stored, double[] o) {
        for (int k = 0; k < o.length; k++) {
            if (stored[k] != (float) o[k]) {
                return false;
            }
        }
        return true;
    }

    /** @return the joint action of {@code slot} (the buffer's own array: do not modify) */
    public int[] actions(int slot) {
        return actions[slot];
    }

    /** @return agent i's environment reward in {@code slot} */
    public double reward(int slot, int agent) {
        return rewards[slot][agent];
    }

    /** @return whether the episode ended with the step in {@code slot} */
    public boolean done(int slot) {
        return done[slot];
    }
}
