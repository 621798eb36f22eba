package org.incentivelab.mech.iqflow;

import org.incentivelab.math.Rng;

/**
 * IQ-Flow's replay buffer of joint transitions (seed 004 §4, Algorithm 1; digest 004 §2.6): a ring of at most
 * {@code capacity} steps, each holding every agent's observation before and after the step (concatenated, agent 0
 * first), the joint action, each agent's environment reward and whether the episode ended. The mechanism learns
 * off-policy from it; incentives are not stored, since the incentivised critic recomputes them with the current η.
 * Sampling draws distinct slots uniformly, without replacement, as the reference's {@code sample} and
 * {@code meta_sample}. Each slot's arrays are allocated when the slot is first written, so a large capacity costs
 * memory only as the buffer fills (an Escape Room run stores ≈ 10⁵ of the reference's 10⁶); nothing is allocated once
 * the ring is full.
 */
public final class ReplayBuffer {
    private final int capacity;
    private final int agents;
    private final int width;
    private final double[][] obs;
    private final double[][] nextObs;
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
        this.obs = new double[capacity][];
        this.nextObs = new double[capacity][];
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
        if (obs[next] == null) {
            obs[next] = new double[width];
            nextObs[next] = new double[width];
            actions[next] = new int[agents];
            rewards[next] = new double[agents];
        }
        System.arraycopy(o, 0, obs[next], 0, o.length);
        System.arraycopy(o2, 0, nextObs[next], 0, o2.length);
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

    /** @return the joint observation before the step in {@code slot} (the buffer's own array: do not modify) */
    public double[] observation(int slot) {
        return obs[slot];
    }

    /** @return the joint observation after the step in {@code slot} (the buffer's own array: do not modify) */
    public double[] nextObservation(int slot) {
        return nextObs[slot];
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
