package org.incentivelab.learn;

/** How a {@link SigmoidLearner} learns. */
public enum LearnerMode {
    /**
     * Sampled actions and the reference code's actor-critic: actor loss −log π(a)·δ with δ from the
     * {@link CentralizedCritic} (thesis 003 §4.2). Needed to reproduce Tables 4.2–4.3 (stochastic
     * learners break the symmetry of Chicken).
     */
    SAMPLED,
    /** The exact expected gradient of Eq. 4.1 (no sampling): deterministic, for analysis and vector fields. */
    EXACT
}
