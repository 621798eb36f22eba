package org.incentivelab.learn;

import java.util.List;
import org.incentivelab.math.Optimizer;

/**
 * The policy-gradient learners of a LIO preset (thesis 001 §5.3.2, App. B.4.2, Tables B.3–B.4; reference
 * config values in brackets for ER(2,1)).
 *
 * @param hidden hidden layer widths of the softmax MLP policy, each in [1, 256] ([64, 32] Escape Room, [16, 8]
 *     IPD)
 * @param learningRate α_θ, the policy learning rate (β in Eq. 5.3), in (0, 1] [1e-4]
 * @param entropy the entropy bonus coefficient (β in App. B), in [0, 10] [0.01]
 * @param discount γ in [0, 1] [0.99]
 * @param epsilonStart ε_start of the exploration lower bound, in [0, 1] [0.5]
 * @param epsilonEnd ε_end in [0, ε_start] [0.1]
 * @param epsilonEpisodes ε_div, episodes over which ε decays linearly, ≥ 1 [1000]
 * @param update REINFORCE on returns-to-go [reinforce] or actor-critic on TD errors
 * @param criticLearningRate actor-critic only: Adam learning rate of the value function, in (0, 1] [lr_v 0.01]
 * @param targetRate actor-critic only: τ of the target network update φ̃ ← τφ + (1 − τ)φ̃, in (0, 1] [0.01]
 * @param sharedParameters parameter sharing: every agent acts with one policy network, stepped once per episode on
 *     the sum of the agents' policy gradients (thesis 001 App. C.2.2: MetaGrad's Cleanup agents are "actor-critic
 *     with parameter sharing"); each agent keeps its own critic. Only for agents that give nothing (pg, ia and the
 *     designer methods) [false]
 * @param optimizer how the policy steps on its gradient: {@code sgd}, plain gradient ascent at {@code learningRate}
 *     (thesis 001 App. B: "policies use plain gradient descent"; the only choice for LIO, LIO-asym and MetaGrad,
 *     whose meta-gradients differentiate through that step), or {@code adam} (β1 0.9, β2 0.999, ε 1e-8 at
 *     {@code learningRate}: IQ-Flow's reference actor-critic agents on Cleanup, digest 004 §2.7; the paper does not
 *     name an optimiser) [sgd]
 * @param reduction whether the step follows the sum of the samples' gradients (the thesis's Eqs. 5.3, B.9 and
 *     LIO's reference code) or their mean over the episode's steps × the agents sharing θ (the reference
 *     {@code actor_critic_ssd_m1.py} of MetaGrad's Cleanup agents) [sum]
 */
public record PolicyConfig(
        List<Integer> hidden,
        double learningRate,
        double entropy,
        double discount,
        double epsilonStart,
        double epsilonEnd,
        int epsilonEpisodes,
        PolicyUpdate update,
        double criticLearningRate,
        double targetRate,
        boolean sharedParameters,
        Optimizer.Kind optimizer,
        StepReduction reduction) {

    /** @return the exploration schedule of these settings */
    public EpsilonSchedule epsilon() {
        return new EpsilonSchedule(epsilonStart, epsilonEnd, epsilonEpisodes);
    }
}
