package org.incentivelab.run;

import java.util.List;
import java.util.Optional;

/**
 * An immutable picture of a batch of runs: everything a view draws, published by the {@link Trainer} at most
 * every few tens of milliseconds and read by the UI without locks (DESIGN §2). "Focus run" is the batch's
 * first seed; per-run views (matrix, planes, trajectory, Escape Room) show it, charts show the mean over seeds.
 *
 * @param presetName the preset's name
 * @param episode episodes completed by every run of the batch
 * @param episodesPlanned the preset's number of episodes (the trainer pauses there once)
 * @param running whether the trainer is running
 * @param seeds number of runs in the batch
 * @param mechanism what the live switch turns on and off: "planner" or "incentives"
 * @param mechanismSwitch the live switch of the mechanism (the planner, or LIO's incentives)
 * @param mechanismActive whether the mechanism acts now (switch on and before the scheduled switch-off)
 * @param turnOffAtEpisode the scheduled switch-off (the planner's N_off), or null for never
 * @param series every metric, mean (and std) over seeds, decimated for display
 * @param focusSeries every metric of the focus run alone (std null), on the same axis
 * @param markers the mechanism switch's changes, in order
 * @param failure why the batch stopped on a NaN, if it did
 * @param notice why the last command was not applied, if it was not
 * @param state the focus run's state for the per-run views
 */
public record Snapshot(
        String presetName,
        long episode,
        long episodesPlanned,
        boolean running,
        int seeds,
        String mechanism,
        boolean mechanismSwitch,
        boolean mechanismActive,
        Integer turnOffAtEpisode,
        List<Series> series,
        List<Series> focusSeries,
        List<Marker> markers,
        Optional<String> failure,
        Optional<String> notice,
        RunState state) {

    /**
     * A vertical marker on the time charts.
     *
     * @param episode where it is drawn
     * @param label what happened ("planner off", "incentives on")
     */
    public record Marker(long episode, String label) {
    }

    /** @return the series of that name, if recorded */
    public Optional<Series> series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** @return the focus run's series of that name, if recorded */
    public Optional<Series> focus(String name) {
        return focusSeries.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** @return the focus run's path (P(C) 1, P(C) 2), {@code double[2][m]}, decimated */
    public double[][] trajectory() {
        return new double[][] {
            focus(MetricNames.cooperation(1)).map(Series::mean).orElse(new double[0]),
            focus(MetricNames.cooperation(2)).map(Series::mean).orElse(new double[0])
        };
    }

    /**
     * @return the planner state of a planning-agent batch
     * @throws IllegalStateException if the batch is not a planning-agent batch
     */
    public PlannerState planner() {
        if (state instanceof PlannerState p) {
            return p;
        }
        throw new IllegalStateException("snapshot of '" + presetName + "' is not of a planning-agent run");
    }

    /**
     * @return the LIO state of a LIO batch
     * @throws IllegalStateException if the batch is not a LIO batch
     */
    public LioState lio() {
        if (state instanceof LioState l) {
            return l;
        }
        throw new IllegalStateException("snapshot of '" + presetName + "' is not of a LIO run");
    }

    /** @return the first run's loss-mixing matrix (exact or RL D3C), or null for other methods */
    public MixingReading mixing() {
        if (state instanceof D3cState d) {
            return d.reading();
        }
        return state instanceof LioState l ? l.mixing() : null;
    }

    /** @return the first run's D3C state, or null unless the batch is D3C */
    public D3cState d3c() {
        return state instanceof D3cState d ? d : null;
    }

    /**
     * @return the focus run's IQ-Flow read-out (critics, incentives and policies per state), or null unless the batch
     *     is IQ-Flow in a 2×2 matrix game
     */
    public QFlowState qFlow() {
        return state instanceof LioState l ? l.qFlow() : null;
    }

    /**
     * @return what one training step of the run is called: "iteration" for LIO and LIO-asym, whose iteration plays
     *     two episodes (τ and τ̂, thesis 001 Algorithm 2), "step" for D3C's gradient steps, else "episode"
     */
    public String stepName() {
        if (state instanceof D3cState) {
            return "step";
        }
        return state instanceof LioState l && l.method().twoEpisodesPerIteration() ? "iteration" : "episode";
    }
}
