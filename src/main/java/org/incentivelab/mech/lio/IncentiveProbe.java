package org.incentivelab.mech.lio;

import java.util.Objects;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.learn.SoftmaxPolicy;
import org.incentivelab.math.Rng;
import org.incentivelab.preset.LioPreset;

/**
 * The incentive probe of thesis 001 §5.4, Fig. 5.6b on Cleanup (reference code file {@code lio/alg/evaluate.py},
 * {@code measure_incentive_behavior}): the kept agent k acts by sampling its current policy π_θ^k with ε = 0, its
 * partner is replaced by a scripted {@link ProbeAgent}, and the incentive that k's function r_η^k pays the probe is
 * summed over each episode; {@link #measure} reports the mean and standard error over episodes.
 *
 * <p>As in the {@link EpisodePlayer}, the incentive of a step is computed after the step from the kept agent's
 * observation before it, the joint action and the "who fired" events of the probe's own game. Each {@link #measure} plays on a fresh game created from the preset
 * with the probe's seed and draws from its own streams ({@code "probe-policy"}, {@code "probe-agent"}), so it never
 * touches the algorithm's game or random streams, and for the same parameters θ^k, η^k and R_max the same seed gives
 * the same numbers. All measurements start from the same streams, so the probes R, C and M are compared on common
 * random numbers. It reads the live parameters and shares the policy's workspace: do not measure while the algorithm
 * is iterating.
 */
public final class IncentiveProbe {
    /** The component name of the kept agent's action stream. */
    static final String POLICY_STREAM = "probe-policy";
    /** The component name of the scripted agent's stream. */
    static final String AGENT_STREAM = "probe-agent";

    private final LioAlgorithm algorithm;
    private final MarkovGameConfig environment;
    private final long seed;
    private final double[] obs;
    private final double[] probabilities;
    private final double[] paid = new double[Cleanup.AGENTS];
    private final int[] actions = new int[Cleanup.AGENTS];
    private final double[] rewards = new double[Cleanup.AGENTS];

    /**
     * @param preset the validated LIO preset the algorithm was built from; its game must be Cleanup
     * @param algorithm the algorithm whose agents are probed (read only)
     * @param seed the probe's seed: its games and random streams depend only on it
     * @throws IllegalArgumentException if the preset's or the algorithm's game is not Cleanup
     */
    public IncentiveProbe(LioPreset preset, LioAlgorithm algorithm, long seed) {
        if (preset.environment().type() != MarkovGameType.CLEANUP || !(algorithm.game() instanceof Cleanup)) {
            throw new IllegalArgumentException("the incentive probe needs Cleanup; the preset plays "
                    + preset.environment().label() + " and the algorithm "
                    + algorithm.game().getClass().getSimpleName());
        }
        this.algorithm = algorithm;
        this.environment = preset.environment();
        this.seed = seed;
        this.obs = new double[algorithm.observationSize()];
        this.probabilities = new double[algorithm.game().actions()];
    }

    /**
     * Plays {@code episodes} episodes of the kept agent with the probe and measures what it pays the probe.
     *
     * @param keptAgent k, the LIO agent kept, 0 or 1; the probe takes the other agent's place
     * @param probe the scripted partner
     * @param episodes n, at least 1 (the reference code's default is 10; Fig. 5.6b's caption says 20)
     * @return the mean and standard error over the n episodes of the incentive k gave the probe per episode,
     *     summed over the episode's steps (50 in Table B.2, at most {@link Cleanup#maxSteps()}) without discounting,
     *     in reward units (× R_max); each episode's sum is in [0, R_max · steps]. All 0 when k gives through no
     *     incentive function (methods other than LIO, or agent 1 of LIO-asym); no episode is played then
     * @throws IllegalArgumentException if {@code keptAgent} is not 0 or 1 or {@code episodes} is below 1
     * @throws NullPointerException if {@code probe} is null
     */
    public ProbeResult measure(int keptAgent, ProbeAgent probe, int episodes) {
        if (keptAgent != 0 && keptAgent != 1) {
            throw new IllegalArgumentException("the kept agent must be 0 or 1, got " + keptAgent);
        }
        Objects.requireNonNull(probe, "probe");
        if (episodes < 1) {
            throw new IllegalArgumentException("the probe needs at least 1 episode, got " + episodes);
        }
        double[] perEpisode = new double[episodes];
        if (algorithm.eta(keptAgent) != null) {
            Cleanup game = (Cleanup) environment.create(seed);
            Rng acting = Rng.forComponent(seed, POLICY_STREAM);
            Rng scripted = Rng.forComponent(seed, AGENT_STREAM);
            for (int e = 0; e < episodes; e++) {
                perEpisode[e] = episode(game, keptAgent, probe, acting, scripted);
            }
        }
        return ProbeResult.of(perEpisode);
    }

    /** @return the incentive the kept agent gave the probe over one episode (reward units, undiscounted) */
    private double episode(Cleanup game, int kept, ProbeAgent probe, Rng acting, Rng scripted) {
        int other = 1 - kept;
        game.reset();
        double total = 0;
        boolean done = false;
        while (!done) {
            game.observe(kept, obs);
            algorithm.policy(kept, obs, probabilities);
            actions[kept] = SoftmaxPolicy.sample(probabilities, acting);
            actions[other] = probe.act(game, other, scripted);
            done = game.step(actions, rewards);
            algorithm.incentivesFor(kept, obs, actions, game, paid);
            total += paid[other];
        }
        return total;
    }
}
