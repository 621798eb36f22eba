package org.incentivelab.ui.view;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.incentivelab.env.grid.Cell;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.GridFrame;

/**
 * Where each agent of a gridworld stood, counted over recorded episodes: the data behind the
 * {@link PositionHeatmapView}. In Cleanup the split of thesis 001 §5.4, Fig. 5.6 shows here as one agent's visits
 * piling up by the river (the cleaner) and the other's on the apple field (the harvester). Pure data, no JavaFX.
 *
 * <p>Counting: {@link #add(GridEpisode)} adds one visit per agent per frame of the episode, the start frame included,
 * on the cell the agent stands on in that frame; an episode of F frames and n agents adds F·n visits. Each visit also
 * adds the incentives the agent received in that frame's step, so {@link #receivedPerVisit} maps where incentives
 * are paid (seed 004 §5 "per cell for Cleanup").
 *
 * <p>Cap: with a window of K &gt; 0 episodes the counts cover only the last K episodes added (the oldest episode's
 * visits are taken off when the (K + 1)-th is added), so the map follows the current policy during training; with
 * {@link #UNLIMITED} every episode added since the last {@link #clear()} counts. No decay is applied: counts are
 * whole visits. An episode whose board size or agent count differs from the counted ones starts the counts over
 * (another game or map). The walls (and the other cell types, {@link #terrain}) are those of the last
 * episode's start frame.
 *
 * <p>Not thread-safe: the view uses it on the FX thread only.
 */
public final class PositionHeatmap {
    /** Window value meaning no cap: every episode since the last {@link #clear()} counts. */
    public static final int UNLIMITED = 0;

    private final int window;
    private final Deque<Tally> recent = new ArrayDeque<>();
    private int width;
    private int height;
    private int agents;
    private long[][] visits = new long[0][];
    private double[][] received = new double[0][];
    private byte[] terrain = new byte[0];
    private int episodes;

    /** Creates an empty map without a cap ({@link #UNLIMITED}). */
    public PositionHeatmap() {
        this(UNLIMITED);
    }

    /**
     * Creates an empty map.
     *
     * @param window how many of the latest episodes count, at least 1, or {@link #UNLIMITED} (0) for all
     * @throws IllegalArgumentException if {@code window} is negative
     */
    public PositionHeatmap(int window) {
        if (window < 0) {
            throw new IllegalArgumentException("window must be ≥ 0 (0 = unlimited), got " + window);
        }
        this.window = window;
    }

    /**
     * Adds the visits of one episode (class comment), first dropping the oldest episode beyond the window, or
     * starting over if the board size or agent count changed.
     *
     * @param episode the episode, not null
     * @throws NullPointerException if {@code episode} is null
     */
    public void add(GridEpisode episode) {
        Objects.requireNonNull(episode, "episode");
        List<GridFrame> frames = episode.frames();
        GridFrame start = frames.get(0);
        if (start.width() != width || start.height() != height || start.agentCount() != agents) {
            reshape(start.width(), start.height(), start.agentCount());
        }
        for (int k = 0; k < terrain.length; k++) {
            terrain[k] = (byte) start.cell(k % width, k / width);
        }
        Tally tally = new Tally(new int[agents][width * height], new double[agents][width * height]);
        for (GridFrame f : frames) {
            for (int i = 0; i < agents; i++) {
                int k = f.agentY(i) * width + f.agentX(i);
                tally.visits[i][k]++;
                tally.received[i][k] += f.incentiveReceived(i);
            }
        }
        apply(tally, 1);
        episodes++;
        if (window > 0) {
            recent.addLast(tally);
            if (recent.size() > window) {
                apply(recent.removeFirst(), -1);
                episodes--;
            }
        }
    }

    /** Forgets every visit and the board (until the next {@link #add}). */
    public void clear() {
        reshape(0, 0, 0);
    }

    /** @return the cap in episodes, or {@link #UNLIMITED} (0) */
    public int window() {
        return window;
    }

    /** @return the number of episodes counted now, at most the window (0 when empty) */
    public int episodes() {
        return episodes;
    }

    /** @return whether no episode is counted */
    public boolean isEmpty() {
        return episodes == 0;
    }

    /** @return the board's columns (0 when empty) */
    public int width() {
        return width;
    }

    /** @return the board's rows (0 when empty) */
    public int height() {
        return height;
    }

    /** @return the number of agents (0 when empty) */
    public int agents() {
        return agents;
    }

    /**
     * @param agent 0-based, in {@code [0, agents())}
     * @param x column in {@code [0, width())}
     * @param y row in {@code [0, height())}, 0 = top
     * @return the frames in which the agent stood on that cell, over the counted episodes
     * @throws ArrayIndexOutOfBoundsException if an index is out of range
     */
    public long visits(int agent, int x, int y) {
        checkCell(x, y);
        return visits[agent][y * width + x];
    }

    /**
     * @param agent 0-based, in {@code [0, agents())}
     * @param x column in {@code [0, width())}
     * @param y row in {@code [0, height())}, 0 = top
     * @return the incentives the agent received per frame spent on that cell (from agents, a designer or IQ-Flow's
     *     regulator, in the step that led to the frame), over the counted episodes; 0 for a cell never visited
     * @throws ArrayIndexOutOfBoundsException if an index is out of range
     */
    public double receivedPerVisit(int agent, int x, int y) {
        checkCell(x, y);
        long v = visits[agent][y * width + x];
        return v == 0 ? 0 : received[agent][y * width + x] / v;
    }

    /** @return the largest {@link #receivedPerVisit} over every agent and cell (0 when empty) */
    public double maxReceivedPerVisit() {
        double max = 0;
        for (int i = 0; i < agents; i++) {
            for (int k = 0; k < visits[i].length; k++) {
                if (visits[i][k] > 0) {
                    max = Math.max(max, received[i][k] / visits[i][k]);
                }
            }
        }
        return max;
    }

    /**
     * @param agent 0-based, in {@code [0, agents())}
     * @return its largest count over the cells (0 when empty)
     */
    public long maxVisits(int agent) {
        long max = 0;
        for (long v : visits[agent]) {
            max = Math.max(max, v);
        }
        return max;
    }

    /**
     * @param agent 0-based, in {@code [0, agents())}
     * @return its visits summed over the cells: the frames counted
     */
    public long totalVisits(int agent) {
        long sum = 0;
        for (long v : visits[agent]) {
            sum += v;
        }
        return sum;
    }

    /**
     * @param x column in {@code [0, width())}
     * @param y row in {@code [0, height())}
     * @return whether the last episode's start frame has a wall there
     * @throws ArrayIndexOutOfBoundsException if the cell is off the board
     */
    public boolean wall(int x, int y) {
        checkCell(x, y);
        return terrain[y * width + x] == Cell.WALL;
    }

    /**
     * @param x column in {@code [0, width())}
     * @param y row in {@code [0, height())}
     * @return the {@link Cell} code of that cell in the last episode's start frame (the view marks river and apple
     *     cells with it)
     * @throws ArrayIndexOutOfBoundsException if the cell is off the board
     */
    public int terrain(int x, int y) {
        checkCell(x, y);
        return terrain[y * width + x];
    }

    private void checkCell(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new ArrayIndexOutOfBoundsException("cell (" + x + ", " + y + ") is off the " + width + "×" + height
                    + " board");
        }
    }

    private void reshape(int w, int h, int n) {
        width = w;
        height = h;
        agents = n;
        visits = new long[n][w * h];
        received = new double[n][w * h];
        terrain = new byte[w * h];
        recent.clear();
        episodes = 0;
    }

    private void apply(Tally tally, int sign) {
        for (int i = 0; i < agents; i++) {
            for (int k = 0; k < tally.visits[i].length; k++) {
                visits[i][k] += sign * tally.visits[i][k];
                received[i][k] += sign * tally.received[i][k];
            }
        }
    }

    /** One episode's visits and incentives received per agent and cell. */
    private record Tally(int[][] visits, double[][] received) {
    }
}
