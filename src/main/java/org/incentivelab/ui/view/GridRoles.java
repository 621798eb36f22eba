package org.incentivelab.ui.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.incentivelab.env.grid.CleanupActions;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.GridFrame;

/**
 * The division of labour in Cleanup, read from the actions and rewards of one or more recorded episodes: thesis 001
 * §5.4 and Fig. 5.6 show that LIO agents in Cleanup split into a <em>cleaner</em>, who stays by the river and fires
 * the cleaning beam while collecting few apples, and a <em>harvester</em>, who collects most of the apples that the
 * cleaner's work makes grow. Pure data, no JavaFX; immutable.
 *
 * <p>Statistics per agent, summed over the episodes given to {@link #of(Collection)}, over the step frames
 * {@code t ≥ 1} of each episode (frame 0 is the start state and holds no step):
 * <ul>
 *   <li>{@code steps}: step frames in which the agent's action was recorded ({@link GridFrame#action} ≥ 0);</li>
 *   <li>{@code cleans}: those in which the action was {@link CleanupActions#CLEAN} (fired, hit or miss);</li>
 *   <li>{@code apples}: step frames in which its extrinsic reward was &gt; 0 (in Cleanup +1 per apple collected,
 *       and an agent collects at most one apple a step), counted whether or not the action was recorded.</li>
 * </ul>
 * From them {@code cleanShare = cleans / steps} and {@code appleShare = apples / (apples of all agents)} (0 when no
 * agent collected an apple). The role, checked in this order:
 * <ol>
 *   <li>{@value #UNKNOWN_LABEL} (empty, nothing is drawn) when no step recorded the agent's action, or when the
 *       episodes are Coin Game episodes (the roles are Cleanup's);</li>
 *   <li>{@value #IDLE} when it neither fired nor collected an apple;</li>
 *   <li>{@value #CLEANER} when {@code cleanShare ≥} {@value #CLEANER_MIN_CLEAN_SHARE} and
 *       {@code appleShare ≤} {@value #CLEANER_MAX_APPLE_SHARE} and some agent collected an apple (it fires in at
 *       least one step out of ten and collects at most a fifth of the apples; with no apple collected there is no
 *       split to read — untrained agents firing at random are not cleaners — and such an agent is mixed);</li>
 *   <li>{@value #HARVESTER} when {@code appleShare ≥} {@value #HARVESTER_MIN_APPLE_SHARE} and
 *       {@code cleanShare <} {@value #CLEANER_MIN_CLEAN_SHARE} (it collects at least four fifths of the apples and
 *       rarely fires);</li>
 *   <li>{@value #MIXED} otherwise.</li>
 * </ol>
 * The thresholds are the lab's choice, not the thesis's: Fig. 5.6 shows the split qualitatively (one agent's cleaning
 * count high and apple count near zero, the other's the reverse), and these bounds label such a split clearly while
 * leaving the unspecialised agents of early training "mixed".
 *
 * @param agents the statistics and role of each agent, indexed by agent (0-based); unmodifiable
 */
public record GridRoles(List<Agent> agents) {
    /** Smallest share of its steps a cleaner spends firing; also the bound a harvester stays under. */
    public static final double CLEANER_MIN_CLEAN_SHARE = 0.10;
    /** Largest share of all agents' apples a cleaner collects. */
    public static final double CLEANER_MAX_APPLE_SHARE = 0.20;
    /** Smallest share of all agents' apples a harvester collects, 1 − {@value #CLEANER_MAX_APPLE_SHARE}. */
    public static final double HARVESTER_MIN_APPLE_SHARE = 0.80;
    /** Role label: fires often, collects few apples. */
    public static final String CLEANER = "cleaner";
    /** Role label: collects most apples, rarely fires. */
    public static final String HARVESTER = "harvester";
    /** Role label: neither a cleaner nor a harvester. */
    public static final String MIXED = "mixed";
    /** Role label: never fired and collected no apple. */
    public static final String IDLE = "idle";
    /** Role label when the role cannot be told (no recorded actions, or a Coin Game): the empty string. */
    public static final String UNKNOWN_LABEL = "";

    /**
     * One agent's statistics and role.
     *
     * @param steps step frames with its action recorded, ≥ 0
     * @param cleans of those, steps in which it chose {@link CleanupActions#CLEAN}, in [0, steps]
     * @param apples step frames in which its extrinsic reward was &gt; 0 (apples collected), ≥ 0
     * @param cleanShare {@code cleans / steps}, in [0, 1]; 0 when {@code steps = 0}
     * @param appleShare its share of all agents' apples, in [0, 1]; 0 when no agent collected one
     * @param role {@value #CLEANER}, {@value #HARVESTER}, {@value #MIXED}, {@value #IDLE} or "" (unknown)
     */
    public record Agent(int steps, int cleans, int apples, double cleanShare, double appleShare, String role) {
        /** @return whether the role is known (not the empty {@link #UNKNOWN_LABEL}) */
        public boolean known() {
            return !role.isEmpty();
        }
    }

    /**
     * Copies the list.
     *
     * @param agents the statistics and role of each agent, indexed by agent
     * @throws NullPointerException if {@code agents} or one of its elements is null
     */
    public GridRoles {
        agents = List.copyOf(Objects.requireNonNull(agents, "agents"));
    }

    /**
     * @param episode one recorded episode
     * @return the roles in that episode
     * @throws NullPointerException if {@code episode} is null
     */
    public static GridRoles of(GridEpisode episode) {
        return of(List.of(Objects.requireNonNull(episode, "episode")));
    }

    /**
     * @param episodes recorded episodes of one game, all with the same number of agents; may be empty
     * @return the roles over all of them (no agents for an empty collection)
     * @throws IllegalArgumentException if the episodes do not all have the same number of agents
     * @throws NullPointerException if {@code episodes} or one of them is null
     */
    public static GridRoles of(Collection<GridEpisode> episodes) {
        int n = -1;
        boolean coinGame = false;
        for (GridEpisode e : episodes) {
            GridFrame start = e.frames().get(0);
            if (n >= 0 && start.agentCount() != n) {
                throw new IllegalArgumentException("all episodes must have " + n + " agents, got one with "
                        + start.agentCount());
            }
            n = start.agentCount();
            coinGame |= start.coinGame();
        }
        if (n < 0) {
            return new GridRoles(List.of());
        }
        int[] steps = new int[n];
        int[] cleans = new int[n];
        int[] apples = new int[n];
        for (GridEpisode e : episodes) {
            List<GridFrame> frames = e.frames();
            for (int t = 1; t < frames.size(); t++) {
                GridFrame f = frames.get(t);
                for (int i = 0; i < n; i++) {
                    int action = f.action(i);
                    if (action >= 0) {
                        steps[i]++;
                        cleans[i] += action == CleanupActions.CLEAN ? 1 : 0;
                    }
                    apples[i] += f.reward(i) > 0 ? 1 : 0;
                }
            }
        }
        int total = 0;
        for (int a : apples) {
            total += a;
        }
        List<Agent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double cleanShare = steps[i] == 0 ? 0 : (double) cleans[i] / steps[i];
            double appleShare = total == 0 ? 0 : (double) apples[i] / total;
            String role = coinGame ? UNKNOWN_LABEL
                    : role(steps[i], cleans[i], apples[i], cleanShare, appleShare, total > 0);
            out.add(new Agent(steps[i], cleans[i], apples[i], cleanShare, appleShare, role));
        }
        return new GridRoles(out);
    }

    /**
     * The rule of the class comment for one agent.
     *
     * @param steps step frames with its action recorded
     * @param cleans steps in which it fired
     * @param apples apples it collected
     * @param cleanShare {@code cleans / steps}, in [0, 1]
     * @param appleShare its share of all agents' apples, in [0, 1]
     * @param anyApples whether some agent collected an apple
     * @return its role label
     */
    static String role(int steps, int cleans, int apples, double cleanShare, double appleShare, boolean anyApples) {
        if (steps == 0) {
            return UNKNOWN_LABEL;
        }
        if (cleans == 0 && apples == 0) {
            return IDLE;
        }
        if (anyApples && cleanShare >= CLEANER_MIN_CLEAN_SHARE && appleShare <= CLEANER_MAX_APPLE_SHARE) {
            return CLEANER;
        }
        if (appleShare >= HARVESTER_MIN_APPLE_SHARE && cleanShare < CLEANER_MIN_CLEAN_SHARE) {
            return HARVESTER;
        }
        return MIXED;
    }

    /** @return the number of agents (0 when built from no episodes) */
    public int size() {
        return agents.size();
    }

    /**
     * @param agent 0-based, in {@code [0, size())}
     * @return its role label, "" when unknown
     * @throws IndexOutOfBoundsException if {@code agent} is out of range
     */
    public String role(int agent) {
        return agents.get(agent).role();
    }

    /**
     * @return the role labels indexed by agent ("" where unknown), a new array of length {@link #size()}, as the
     *     side panel of the {@link GridEpisodeView} takes them
     */
    public String[] labels() {
        String[] labels = new String[agents.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = agents.get(i).role();
        }
        return labels;
    }
}
