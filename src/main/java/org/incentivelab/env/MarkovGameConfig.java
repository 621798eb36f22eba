package org.incentivelab.env;

/**
 * The stochastic game of a LIO preset.
 *
 * @param type Escape Room or the iterated Prisoner's Dilemma
 * @param agents N: in [2, {@link #MAX_AGENTS}] for Escape Room, exactly 2 for the IPD
 * @param leverNeeded M, agents needed at the lever to open the door, in [1, N − 1] (Escape Room; the IPD
 *     ignores it)
 * @param steps the episode length: Escape Room's step limit (5 in the thesis) or the IPD's rounds per episode
 *     (5), in [1, 100]
 */
public record MarkovGameConfig(MarkovGameType type, int agents, int leverNeeded, int steps) {
    /** Largest Escape Room. */
    public static final int MAX_AGENTS = 10;

    /** @return a fresh game at its start state */
    public MarkovGame create() {
        return switch (type) {
            case ESCAPE_ROOM -> new EscapeRoom(agents, leverNeeded, steps);
            case IPD -> new IteratedPrisonersDilemma(steps);
        };
    }

    /**
     * @return the best collective extrinsic return per episode: 10(N − M) − M for ER(N, M) (digest 001 §5.2) and
     *     −2 per round (mutual cooperation) for the IPD
     */
    public double optimalReturn() {
        return switch (type) {
            case ESCAPE_ROOM -> EscapeRoom.optimalReturn(agents, leverNeeded);
            case IPD -> IteratedPrisonersDilemma.OPTIMAL_COLLECTIVE_PER_ROUND * steps;
        };
    }

    /** @return a short label: "ER(2,1)" or "IPD" */
    public String label() {
        return type == MarkovGameType.ESCAPE_ROOM ? "ER(" + agents + "," + leverNeeded + ")" : "IPD";
    }
}
