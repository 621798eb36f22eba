package org.incentivelab.run;

import java.util.Optional;

/**
 * The part every {@link LabRun} shares: the episode counter, the recorded metrics, the run loop that stops at the
 * first numerical failure (keeping its message and everything recorded before it), the live switch of its
 * mechanism (the planner, or LIO's incentives) and the scheduled switch-off episode N_off.
 */
abstract class MechanismRun implements LabRun {
    private final Metrics metrics;
    private long episode;
    private String failure;
    private boolean mechanismSwitch;
    private Integer turnOffAtEpisode;

    /**
     * @param on the switch at episode 0
     * @param turnOffAtEpisode the scheduled switch-off, or null for never
     * @param metrics the run's recorded series
     */
    MechanismRun(boolean on, Integer turnOffAtEpisode, Metrics metrics) {
        this.mechanismSwitch = on;
        this.turnOffAtEpisode = turnOffAtEpisode;
        this.metrics = metrics;
    }

    /**
     * Plays one episode (a LIO iteration) and counts it with {@link #nextEpisode()}.
     *
     * @throws NumericalFailure if a component produces NaN or infinity; the data recorded up to the previous
     *     episode stays intact
     */
    public abstract void runEpisode();

    @Override
    public final void run(long count) {
        for (long k = 0; k < count && failure == null; k++) {
            try {
                runEpisode();
            } catch (NumericalFailure e) {
                failure = e.getMessage();
            }
        }
    }

    /** Counts one more episode played. @return the episodes played so far */
    final long nextEpisode() {
        return ++episode;
    }

    @Override
    public final long episode() {
        return episode;
    }

    @Override
    public final Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public final Metrics metrics() {
        return metrics;
    }

    @Override
    public boolean mechanismSwitch() {
        return mechanismSwitch;
    }

    @Override
    public void setMechanismSwitch(boolean on) {
        mechanismSwitch = on;
    }

    @Override
    public Integer turnOffAtEpisode() {
        return turnOffAtEpisode;
    }

    @Override
    public void setTurnOffAtEpisode(Integer episodeOff) {
        turnOffAtEpisode = episodeOff;
    }
}
