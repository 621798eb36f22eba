package org.incentivelab.learn;

/**
 * How a policy step combines its samples' gradients (JSON: lower case). The thesis's losses are sums over the
 * episode (001 Eqs. 5.3, B.9), as LIO's reference code; the reference code of MetaGrad's Cleanup agents
 * ({@code actor_critic_ssd_m1.py}, parameter sharing) steps on the mean over its batch of T steps × n agents — an
 * α_θ of 6.73e-4 there moves θ by a hundredth of what the same α_θ does on the sum of a 50-step, 2-agent batch.
 */
public enum StepReduction {
    /** θ̂ = θ + α_θ·Σ (the sum over the episode's steps, and over the agents that share θ). */
    SUM,
    /** θ̂ = θ + (α_θ / samples)·Σ: the mean over the episode's steps × the agents that share θ. */
    MEAN
}
