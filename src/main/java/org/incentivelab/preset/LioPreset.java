package org.incentivelab.preset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.incentivelab.mech.d3c.D3cRlConfig;
import org.incentivelab.mech.iqflow.IqFlowConfig;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.mech.lio.IncentiveConfig;
import org.incentivelab.mech.lio.LioMethod;

/**
 * A preset of learning to incentivize others (thesis 001 ch. 5; JSON {@code "kind": "lio"}): a stochastic game,
 * the method (LIO or a baseline), the policies and the incentive functions. Every field is required (except
 * {@code incentives.turnOffAtEpisode}, where null means never).
 *
 * @param name the name shown in the preset picker
 * @param source the paper, section, table or figure the preset reproduces
 * @param expect the result the preset should reach, in words, with the paper's number
 * @param references the paper's numbers, drawn as dashed lines on the time charts; may be empty (not null)
 * @param environment Escape Room ER(N, M) or the IPD
 * @param method LIO or a baseline
 * @param policy the agents' policy-gradient learners
 * @param incentives the incentive functions (LIO), give-reward settings (PG-d, PG-c), the designer (MetaGrad,
 *     dual-RL) or IQ-Flow's incentive network
 * @param iqflow IQ-Flow's critics and meta-step (method {@code iqflow} only; null otherwise)
 * @param d3c RL D3C's mixing trials (method {@code d3c} only; null otherwise)
 * @param evaluationPeriod episodes between two evaluations, in [1, 100000] (reference code: 100)
 * @param evaluationEpisodes greedy-exploration (ε = 0) test episodes per evaluation, in [1, 1000] (reference: 10)
 * @param episodes training iterations per run (each plays two episodes, τ and τ̂), in [1,
 *     {@value PresetLoader#MAX_EPISODES}]
 * @param seeds runs with seeds seed, seed + 1, …, in [1, {@value PresetLoader#MAX_SEEDS}]
 * @param seed the first run's master seed
 */
public record LioPreset(
        String name,
        String source,
        String expect,
        List<PaperReference> references,
        MarkovGameConfig environment,
        LioMethod method,
        PolicyConfig policy,
        IncentiveConfig incentives,
        IqFlowConfig iqflow,
        D3cRlConfig d3c,
        int evaluationPeriod,
        int evaluationEpisodes,
        int episodes,
        int seeds,
        long seed) implements Preset {

    /** Keeps an unmodifiable copy of the references; null and null elements are left to the validator. */
    public LioPreset {
        references = references == null ? null : Collections.unmodifiableList(new ArrayList<>(references));
    }

    @Override
    public int agents() {
        return environment.agents();
    }

    /** @return "loss sharing" for RL D3C (the switch turns the reward mixing off), else "incentives" */
    @Override
    public String mechanism() {
        return method == LioMethod.D3C ? "loss sharing" : "incentives";
    }

    @Override
    public Integer turnOffAtEpisode() {
        return incentives.turnOffAtEpisode();
    }

    @Override
    public LioPreset withTurnOffAtEpisode(Integer episode) {
        IncentiveConfig c = incentives;
        return new LioPreset(name, source, expect, references, environment, method, policy,
                new IncentiveConfig(c.hidden(), c.maxReward(), c.learningRate(), c.costWeight(),
                        c.separateCostOptimizer(), c.costLearningRate(), c.giverCritic(), c.enabled(), episode,
                        c.designerEntropy(), c.designerCritic()),
                iqflow, d3c, evaluationPeriod, evaluationEpisodes, episodes, seeds, seed);
    }

    @Override
    public LioPreset withRuns(int newEpisodes, int newSeeds, long newSeed) {
        return new LioPreset(name, source, expect, references, environment, method, policy, incentives, iqflow,
                d3c, evaluationPeriod, evaluationEpisodes, newEpisodes, newSeeds, newSeed);
    }

    @Override
    public LioPreset withReferences(List<PaperReference> newReferences) {
        return new LioPreset(name, source, expect, newReferences, environment, method, policy, incentives, iqflow,
                d3c, evaluationPeriod, evaluationEpisodes, episodes, seeds, seed);
    }

    /** @return a copy with another method */
    public LioPreset withMethod(LioMethod newMethod) {
        return new LioPreset(name, source, expect, references, environment, newMethod, policy, incentives, iqflow,
                d3c, evaluationPeriod, evaluationEpisodes, episodes, seeds, seed);
    }
}
