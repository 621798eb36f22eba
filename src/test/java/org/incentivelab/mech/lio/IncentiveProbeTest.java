package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.learn.SoftmaxPolicy;
import org.incentivelab.math.Rng;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

/**
 * The incentive probe of thesis 001 Fig. 5.6b on untrained LIO agents: determinism, range, agreement with the
 * algorithm's own incentives, no effect on the training run, zero for non-givers, bad input.
 */
class IncentiveProbeTest {
    private static LioPreset preset(String file, int steps) throws Exception {
        return (LioPreset) PresetLoader.with(PresetLoader.load(Path.of("presets", file)), "environment.steps", steps);
    }

    @Test
    void shouldGiveTheSameNumbersForTheSameSeed() throws Exception {
        LioPreset p = preset("lio-cleanup-7x7.json", 10);
        IncentiveProbe a = new IncentiveProbe(p, new LioAlgorithm(p, 7), 11);
        IncentiveProbe b = new IncentiveProbe(p, new LioAlgorithm(p, 7), 11);
        IncentiveProbe other = new IncentiveProbe(p, new LioAlgorithm(p, 7), 12);
        boolean anyDiffers = false;
        for (int k = 0; k < 2; k++) {
            for (ProbeAgent probe : ProbeAgent.values()) {
                ProbeResult first = a.measure(k, probe, 3);
                assertEquals(first, b.measure(k, probe, 3), "same seed, same numbers");
                assertEquals(first, a.measure(k, probe, 3), "a measurement does not depend on the previous ones");
                anyDiffers |= !first.equals(other.measure(k, probe, 3));
            }
        }
        assertTrue(anyDiffers, "another probe seed plays other episodes");
    }

    @Test
    void shouldPayBetweenZeroAndMaxRewardPerStepOverFullEpisodes() throws Exception {
        LioPreset p = preset("lio-cleanup-7x7.json", 50);
        LioAlgorithm algorithm = new LioAlgorithm(p, 3);
        IncentiveProbe probe = new IncentiveProbe(p, algorithm, 5);
        double bound = algorithm.maxReward() * algorithm.game().maxSteps();
        assertEquals(100.0, bound, "R_max 2 × 50 steps");
        for (int k = 0; k < 2; k++) {
            for (ProbeAgent agent : ProbeAgent.values()) {
                ProbeResult r = probe.measure(k, agent, 2);
                assertEquals(2, r.episodes());
                assertTrue(r.mean() > 0 && r.mean() <= bound, agent + " from agent " + k + ": " + r.mean());
                assertTrue(r.sem() >= 0 && r.sem() <= bound);
            }
        }
    }

    @Test
    void shouldAgreeWithTheAlgorithmsIncentivesOnTheSameEpisode() throws Exception {
        LioPreset p = preset("lio-cleanup-7x7.json", 20);
        long seed = 9;
        IncentiveProbe probe = new IncentiveProbe(p, new LioAlgorithm(p, seed), seed);
        for (int k = 0; k < 2; k++) {
            for (ProbeAgent agent : ProbeAgent.values()) {
                double measured = probe.measure(k, agent, 1).mean();
                assertEquals(replay(p, seed, k, agent), measured, 1e-12, agent + " from agent " + k);
            }
        }
    }

    /**
     * One probe episode replayed on the game of a fresh algorithm of the same seed, the way its
     * {@link EpisodePlayer} plays: that game was created from the probe's seed and reset once, as the probe's own
     * game, so with the probe's streams it plays the same episode, and {@link LioAlgorithm#incentivesFor} reads
     * its "who fired" events.
     */
    private static double replay(LioPreset p, long seed, int kept, ProbeAgent agent) {
        LioAlgorithm algorithm = new LioAlgorithm(p, seed);
        Cleanup game = (Cleanup) algorithm.game();
        Rng acting = Rng.forComponent(seed, IncentiveProbe.POLICY_STREAM);
        Rng scripted = Rng.forComponent(seed, IncentiveProbe.AGENT_STREAM);
        double[] obs = new double[algorithm.observationSize()];
        double[] pi = new double[game.actions()];
        int[] actions = new int[2];
        double[] rewards = new double[2];
        double[] given = new double[2];
        double total = 0;
        game.reset();
        boolean done = false;
        while (!done) {
            game.observe(kept, obs);
            algorithm.policy(kept, obs, pi);
            actions[kept] = SoftmaxPolicy.sample(pi, acting);
            actions[1 - kept] = agent.act(game, 1 - kept, scripted);
            done = game.step(actions, rewards);
            algorithm.incentivesFor(kept, obs, actions, game, given);
            total += given[1 - kept];
        }
        return total;
    }

    @Test
    void shouldLeaveTheTrainingRunAsItWas() throws Exception {
        LioPreset p = preset("lio-cleanup-7x7.json", 10);
        LioAlgorithm probed = new LioAlgorithm(p, 4);
        LioAlgorithm untouched = new LioAlgorithm(p, 4);
        IncentiveProbe probe = new IncentiveProbe(p, probed, 4);
        for (ProbeAgent agent : ProbeAgent.values()) {
            probe.measure(0, agent, 2);
        }
        assertEquals(0, probed.game().stepsTaken(), "the algorithm's game is not played");
        probed.iterate(0, true);
        untouched.iterate(0, true);
        double[] obs = new double[probed.observationSize()];
        probed.game().observe(0, obs);
        double[] a = new double[probed.game().actions()];
        double[] b = new double[a.length];
        for (int i = 0; i < 2; i++) {
            probed.policy(i, obs, a);
            untouched.policy(i, obs, b);
            assertArrayEquals(b, a, "agent " + i + " learns the same after a probe");
        }
    }

    @Test
    void shouldPayNothingFromAnAgentWithoutAnIncentiveFunction() throws Exception {
        LioPreset pg = preset("ac-cleanup-7x7.json", 10);
        IncentiveProbe probe = new IncentiveProbe(pg, new LioAlgorithm(pg, 1), 1);
        for (int k = 0; k < 2; k++) {
            for (ProbeAgent agent : ProbeAgent.values()) {
                assertEquals(new ProbeResult(0, 0, 3), probe.measure(k, agent, 3));
            }
        }
        LioPreset asym = preset("lio-cleanup-7x7.json", 10).withMethod(LioMethod.LIO_ASYM);
        IncentiveProbe asymmetric = new IncentiveProbe(asym, new LioAlgorithm(asym, 1), 1);
        assertTrue(asymmetric.measure(0, ProbeAgent.C, 1).mean() > 0, "LIO-asym: agent 0 gives");
        assertEquals(new ProbeResult(0, 0, 1), asymmetric.measure(1, ProbeAgent.C, 1), "agent 1 does not");
    }

    @Test
    void shouldRejectBadInput() throws Exception {
        LioPreset cleanup = preset("lio-cleanup-7x7.json", 10);
        LioPreset room = (LioPreset) PresetLoader.load(Path.of("presets", "lio-er-2-1.json"));
        LioAlgorithm algorithm = new LioAlgorithm(cleanup, 1);
        IllegalArgumentException notCleanup = assertThrows(IllegalArgumentException.class,
                () -> new IncentiveProbe(room, new LioAlgorithm(room, 1), 1));
        assertTrue(notCleanup.getMessage().contains("needs Cleanup"), notCleanup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IncentiveProbe(cleanup, new LioAlgorithm(room, 1), 1));
        IncentiveProbe probe = new IncentiveProbe(cleanup, algorithm, 1);
        assertThrows(IllegalArgumentException.class, () -> probe.measure(-1, ProbeAgent.R, 1));
        assertThrows(IllegalArgumentException.class, () -> probe.measure(2, ProbeAgent.R, 1));
        assertThrows(IllegalArgumentException.class, () -> probe.measure(0, ProbeAgent.R, 0));
        assertThrows(NullPointerException.class, () -> probe.measure(0, null, 1));
    }

    @Test
    void shouldSummariseEpisodesByMeanAndStandardError() {
        ProbeResult three = ProbeResult.of(new double[] {1, 2, 3});
        assertEquals(2.0, three.mean(), 1e-12);
        assertEquals(1 / Math.sqrt(3), three.sem(), 1e-12, "sample std 1 over √3");
        assertEquals(3, three.episodes());
        assertEquals(new ProbeResult(5, 0, 1), ProbeResult.of(new double[] {5}));
        assertThrows(IllegalArgumentException.class, () -> ProbeResult.of(new double[0]));
    }
}
