package org.incentivelab.preset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.incentivelab.env.diff.DiffGameConfig;
import org.incentivelab.mech.d3c.D3cConfig;

/**
 * A preset of D3C on a differentiable game (seed 000 §3.1–3.2; JSON {@code "kind": "d3c"}): the game, the
 * mechanism's settings and a batch of {@code runs} independent games from random starting strategies, stepped
 * together. An episode is one simultaneous gradient step of every agent in every run.
 *
 * @param name the name shown in the preset picker
 * @param source the paper, section or figure the preset reproduces
 * @param expect the result the preset should reach, in words, with the paper's number
 * @param references the paper's numbers, drawn as dashed lines on the charts showing their metric; may be empty
 * @param game the game
 * @param d3c the mechanism and learning rates
 * @param turnOffAtEpisode the step at which loss sharing switches off by itself (agents back to their own losses),
 *     or null for never
 * @param runs games in the batch, in [1, {@value #MAX_RUNS}] (1000 in the paper); statistics are over them
 * @param episodes gradient steps, in [1, {@value PresetLoader#MAX_EPISODES}]
 * @param seeds batches with seeds seed, seed + 1, … (normally 1: the runs inside a batch are the paper's repeats)
 * @param seed the first batch's master seed
 */
public record D3cPreset(
        String name,
        String source,
        String expect,
        List<PaperReference> references,
        DiffGameConfig game,
        D3cConfig d3c,
        Integer turnOffAtEpisode,
        int runs,
        int episodes,
        int seeds,
        long seed) implements Preset {
    /** Largest batch of games. */
    public static final int MAX_RUNS = 10_000;

    /** Keeps an unmodifiable copy of the references; null and null elements are left to the validator. */
    public D3cPreset {
        references = references == null ? null : Collections.unmodifiableList(new ArrayList<>(references));
    }

    @Override
    public int agents() {
        return game.agents();
    }

    @Override
    public String mechanism() {
        return "loss sharing";
    }

    @Override
    public D3cPreset withTurnOffAtEpisode(Integer episode) {
        return new D3cPreset(name, source, expect, references, game, d3c, episode, runs, episodes, seeds, seed);
    }

    @Override
    public D3cPreset withRuns(int newEpisodes, int newSeeds, long newSeed) {
        return new D3cPreset(name, source, expect, references, game, d3c, turnOffAtEpisode, runs, newEpisodes,
                newSeeds, newSeed);
    }

    @Override
    public D3cPreset withReferences(List<PaperReference> newReferences) {
        return new D3cPreset(name, source, expect, newReferences, game, d3c, turnOffAtEpisode, runs, episodes,
                seeds, seed);
    }

    /** The repeats of a D3C reproduction are the games of its one batch (the paper's 1000 runs). */
    @Override
    public D3cPreset withRepeats(int repeats) {
        return new D3cPreset(name, source, expect, references, game, d3c, turnOffAtEpisode, repeats, episodes, 1,
                seed);
    }
}
