package org.incentivelab.preset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.incentivelab.env.GameConfig;
import org.incentivelab.learn.LearnerConfig;
import org.incentivelab.mech.planner.PlannerConfig;

/**
 * A preset of the adaptive planning agent (thesis 003; JSON {@code "kind": "planner"}, the default): a matrix
 * game, its learners and the planner. Every field is required (except {@code planner.turnOffAtEpisode}, where
 * null means never).
 *
 * @param name the name shown in the preset picker
 * @param source the paper, section, table or figure the preset reproduces
 * @param expect the result the preset should reach, in words, with the paper's number
 * @param references the paper's (or reference code's) numbers for this run, drawn as dashed lines on the time
 *     charts; may be empty (not null) when the paper gives none
 * @param game the game
 * @param learners the learners' settings
 * @param planner the planning agent's settings
 * @param episodes episodes (rounds) per run, in [1, {@value PresetLoader#MAX_EPISODES}]
 * @param seeds runs with seeds seed, seed + 1, …, in [1, {@value PresetLoader#MAX_SEEDS}]
 * @param seed the first run's master seed
 */
public record PlannerPreset(
        String name,
        String source,
        String expect,
        List<PaperReference> references,
        GameConfig game,
        LearnerConfig learners,
        PlannerConfig planner,
        int episodes,
        int seeds,
        long seed) implements Preset {

    /** Keeps an unmodifiable copy of the references; null and null elements are left to the validator. */
    public PlannerPreset {
        references = references == null ? null : Collections.unmodifiableList(new ArrayList<>(references));
    }

    /** @return a copy with other planner settings */
    public PlannerPreset withPlanner(PlannerConfig p) {
        return new PlannerPreset(name, source, expect, references, game, learners, p, episodes, seeds, seed);
    }

    @Override
    public int agents() {
        return game.players();
    }

    @Override
    public String mechanism() {
        return "planner";
    }

    @Override
    public Integer turnOffAtEpisode() {
        return planner.turnOffAtEpisode();
    }

    @Override
    public PlannerPreset withTurnOffAtEpisode(Integer episode) {
        return withPlanner(planner.withTurnOffAtEpisode(episode));
    }

    @Override
    public PlannerPreset withRuns(int newEpisodes, int newSeeds, long newSeed) {
        return new PlannerPreset(name, source, expect, references, game, learners, planner, newEpisodes, newSeeds,
                newSeed);
    }

    @Override
    public PlannerPreset withReferences(List<PaperReference> newReferences) {
        return new PlannerPreset(name, source, expect, newReferences, game, learners, planner, episodes, seeds, seed);
    }
}
