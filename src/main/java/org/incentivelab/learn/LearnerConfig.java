package org.incentivelab.learn;

import org.incentivelab.math.Optimizer;

/**
 * Settings shared by all learners of a run (thesis 003 §4.2; reference code values in brackets).
 *
 * @param mode sampled actor-critic or exact expected gradient
 * @param initialCooperation initial P(C) in (0, 1) [0.25]
 * @param optimizer the actor's optimiser [Adam]
 * @param learningRate η_i &gt; 0 [0.01]
 * @param criticLearningRate the critic's Adam learning rate &gt; 0 [0.01]; unused in exact mode
 * @param discount the critic's γ in [0, 1) [0.9]; unused in exact mode
 */
public record LearnerConfig(
        LearnerMode mode,
        double initialCooperation,
        Optimizer.Kind optimizer,
        double learningRate,
        double criticLearningRate,
        double discount) {
}
