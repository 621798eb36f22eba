package org.incentivelab.run;

import java.util.Optional;
import org.incentivelab.preset.Preset;

/**
 * One run of a preset with one master seed, stepped an episode at a time on one thread: a planning-agent
 * {@link Experiment} or a {@link LioExperiment}. The {@link Trainer} and {@link SeedBatch} drive runs only
 * through this interface; the views see them only through {@link Snapshot}s.
 */
public interface LabRun {
    /** @return the preset this run was built from */
    Preset preset();

    /** @return episodes (training iterations) completed */
    long episode();

    /**
     * Runs up to {@code count} episodes; stops early, keeping everything recorded so far, if a component produces
     * NaN or infinity ({@link #failure()} then names the component and episode). Does nothing once failed.
     *
     * @param count episodes, ≥ 0
     */
    void run(long count);

    /** @return why {@link #run} stopped early, if it did */
    Optional<String> failure();

    /** @return the recorded series */
    Metrics metrics();

    /** @return what the live switch controls, in lower case: "planner" or "incentives" */
    String mechanism();

    /** @return the live switch of the mechanism */
    boolean mechanismSwitch();

    /** @param on the live switch of the mechanism: off means no incentives and no mechanism learning */
    void setMechanismSwitch(boolean on);

    /** @return the scheduled switch-off episode, or null for never */
    Integer turnOffAtEpisode();

    /** @param episodeOff the scheduled switch-off episode (N_off), or null for never */
    void setTurnOffAtEpisode(Integer episodeOff);

    /** @return whether the mechanism acts this episode: switch on and before the scheduled switch-off */
    default boolean mechanismActive() {
        return mechanismSwitch() && (turnOffAtEpisode() == null || episode() < turnOffAtEpisode());
    }

    /** @return a fresh immutable picture of the run for the per-run views */
    RunState state();
}
