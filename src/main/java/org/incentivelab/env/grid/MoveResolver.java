package org.incentivelab.env.grid;

import org.incentivelab.math.Rng;

/**
 * Resolves one simultaneous move of all agents on a {@link Grid} with walls and agent collisions. The rule follows
 * the Sequential Social Dilemma engine that thesis 001's Cleanup is built on (reference code file
 * {@code social_dilemmas/envs/map_env.py}, {@code update_moves}; digest 004 §3.3 "walls block; if two agents want the
 * same cell, a random one wins; swaps are disallowed"):
 * <ol>
 *   <li>Each agent's target is its position plus its step {@code (dx, dy)}; a target off the grid or on a
 *       {@link Cell#WALL} is replaced by the current position (the agent stays).</li>
 *   <li>If several moving agents target the same cell: when that cell holds an agent that does not move, all of them
 *       stay; otherwise one of them, chosen uniformly at random (one {@link Rng#nextDouble()} draw), keeps its move
 *       and the others stay.</li>
 *   <li>The remaining moves are applied in rounds: a move into a free cell succeeds; a move into the cell of an agent
 *       that stays (or was blocked) fails; two agents trying to swap cells both stay; an agent may follow another
 *       agent into the cell it is leaving. If a round makes no progress the waiting agents form a cycle of length at
 *       least 3 and all of them move at once, as the reference does.</li>
 * </ol>
 * So two agents never share a cell. With the 2 agents of Cleanup the reference's ordering subtleties for 3 or more
 * agents do not arise. Preallocated for a fixed number of agents; {@link #resolve} allocates nothing.
 */
public final class MoveResolver {
    private final int agents;
    private final int[] tx;
    private final int[] ty;
    private final boolean[] pending;
    private final boolean[] grouped;
    private final int[] contenders;

    /**
     * @param agents the number of agents whose moves will be resolved, at least 1
     * @throws IllegalArgumentException if {@code agents} is below 1
     */
    public MoveResolver(int agents) {
        if (agents < 1) {
            throw new IllegalArgumentException("agents must be at least 1, got " + agents);
        }
        this.agents = agents;
        this.tx = new int[agents];
        this.ty = new int[agents];
        this.pending = new boolean[agents];
        this.grouped = new boolean[agents];
        this.contenders = new int[agents];
    }

    /**
     * Moves all agents at once (see the class comment for the rule), updating {@code xs} and {@code ys} in place.
     *
     * @param grid the board; only walls and the bounds matter
     * @param xs {@code int[agents]} columns of the agents, distinct positions on walkable cells; updated
     * @param ys {@code int[agents]} rows of the agents; updated
     * @param dx {@code int[agents]} column steps (−1 left, +1 right, 0 none); not modified
     * @param dy {@code int[agents]} row steps (−1 up, +1 down, 0 none); not modified
     * @param rng the stream for tie-breaking; drawn from only when two agents contend for one free cell
     * @throws IllegalArgumentException if an array length differs from the number of agents
     */
    public void resolve(Grid grid, int[] xs, int[] ys, int[] dx, int[] dy, Rng rng) {
        if (xs.length != agents || ys.length != agents || dx.length != agents || dy.length != agents) {
            throw new IllegalArgumentException("position and step arrays must have length " + agents);
        }
        for (int i = 0; i < agents; i++) {
            int nx = xs[i] + dx[i];
            int ny = ys[i] + dy[i];
            if (grid.walkable(nx, ny)) {
                tx[i] = nx;
                ty[i] = ny;
            } else {
                tx[i] = xs[i];
                ty[i] = ys[i];
            }
            pending[i] = tx[i] != xs[i] || ty[i] != ys[i];
            grouped[i] = false;
        }
        resolveContests(xs, ys, rng);
        applyInRounds(xs, ys);
    }

    private void resolveContests(int[] xs, int[] ys, Rng rng) {
        for (int i = 0; i < agents; i++) {
            if (!pending[i] || grouped[i]) {
                continue;
            }
            int k = 0;
            for (int j = i; j < agents; j++) {
                if (pending[j] && !grouped[j] && tx[j] == tx[i] && ty[j] == ty[i]) {
                    contenders[k++] = j;
                    grouped[j] = true;
                }
            }
            if (k < 2) {
                continue;
            }
            int occupant = occupant(xs, ys, tx[i], ty[i]);
            int winner = occupant >= 0 && !pending[occupant] ? -1 : contenders[GridRandom.nextInt(rng, k)];
            for (int c = 0; c < k; c++) {
                int j = contenders[c];
                if (j != winner) {
                    stay(j, xs, ys);
                }
            }
        }
    }

    private void applyInRounds(int[] xs, int[] ys) {
        while (true) {
            boolean anyPending = false;
            boolean progress = false;
            for (int i = 0; i < agents; i++) {
                if (!pending[i]) {
                    continue;
                }
                int j = occupant(xs, ys, tx[i], ty[i]);
                if (j < 0) {
                    xs[i] = tx[i];
                    ys[i] = ty[i];
                    pending[i] = false;
                    progress = true;
                } else if (!pending[j]) {
                    stay(i, xs, ys);
                    progress = true;
                } else if (tx[j] == xs[i] && ty[j] == ys[i]) {
                    stay(i, xs, ys);
                    stay(j, xs, ys);
                    progress = true;
                } else {
                    anyPending = true;
                }
            }
            if (!anyPending) {
                return;
            }
            if (!progress) {
                for (int i = 0; i < agents; i++) {
                    if (pending[i]) {
                        xs[i] = tx[i];
                        ys[i] = ty[i];
                        pending[i] = false;
                    }
                }
                return;
            }
        }
    }

    private void stay(int i, int[] xs, int[] ys) {
        tx[i] = xs[i];
        ty[i] = ys[i];
        pending[i] = false;
    }

    private int occupant(int[] xs, int[] ys, int x, int y) {
        for (int j = 0; j < agents; j++) {
            if (xs[j] == x && ys[j] == y) {
                return j;
            }
        }
        return -1;
    }
}
