package org.incentivelab.preset;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A complete, validated experiment description, read from a JSON file in {@code presets/} by
 * {@link PresetLoader}. The JSON field {@code kind} says which system the preset runs: {@code "planner"} (the
 * adaptive planning agent of thesis 003, {@link PlannerPreset}; the default when {@code kind} is absent) or
 * {@code "lio"} (learning to incentivize others and its baselines, thesis 001 ch. 5, {@link LioPreset}) or
 * {@code "d3c"} (loss-sharing D3C on differentiable games, seed 000, {@link D3cPreset}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind",
        defaultImpl = PlannerPreset.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = PlannerPreset.class, name = "planner"),
    @JsonSubTypes.Type(value = LioPreset.class, name = "lio"),
    @JsonSubTypes.Type(value = D3cPreset.class, name = "d3c")
})
public sealed interface Preset permits PlannerPreset, LioPreset, D3cPreset {
    /** @return the name shown in the preset picker */
    String name();

    /** @return the paper, section, table or figure the preset reproduces */
    String source();

    /** @return the result the preset should reach, in words, with the paper's number */
    String expect();

    /** @return the paper's numbers for this run, drawn as dashed lines on the time charts; may be empty */
    List<PaperReference> references();

    /** @return episodes per run, in [1, {@value PresetLoader#MAX_EPISODES}] */
    int episodes();

    /** @return runs in the batch (seeds seed, seed + 1, …), in [1, {@value PresetLoader#MAX_SEEDS}] */
    int seeds();

    /** @return the first run's master seed */
    long seed();

    /** @return the number of agents (players) of the preset's game */
    int agents();

    /** @return what the live switch turns on and off, in lower case: "planner", "incentives" or "loss sharing" */
    String mechanism();

    /** @return the episode at which the mechanism switches off by itself (N_off), or null for never */
    Integer turnOffAtEpisode();

    /** @return a copy whose mechanism switches off at that episode (null: never) */
    Preset withTurnOffAtEpisode(Integer episode);

    /** @return a copy with another number of episodes, seeds and first seed */
    Preset withRuns(int newEpisodes, int newSeeds, long newSeed);

    /**
     * @param repeats how many independent repeats a reproduction runs, ≥ 1
     * @return a copy with that many seeds (a D3C batch: that many games in its one batch)
     */
    default Preset withRepeats(int repeats) {
        return withRuns(episodes(), repeats, seed());
    }

    /** @return a copy with other paper reference values */
    Preset withReferences(List<PaperReference> newReferences);
}
