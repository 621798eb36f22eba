package org.incentivelab.mech.lio;

/**
 * Which value function judges a LIO giver's τ̂ in the actor-critic variant (JSON: lower case): the TD errors
 * r^{i,env}_t + γV(ŝ_{t+1}) − V(ŝ_t) that weight the giver's loss (Eq. 5.10 with a critic in place of the return)
 * use either the agent's own critic or a critic of its extrinsic reward alone. Irrelevant with REINFORCE agents,
 * which use the extrinsic return-to-go itself.
 */
public enum GiverCritic {
    /**
     * The reference code ({@code lio_ac.py}, {@code train_reward}): the agent's own critic, fitted on its extrinsic
     * reward plus the incentives it received — so the bootstrapped γV(ŝ_{t+1}) also counts incentives to come, and
     * while others pay it the TD error of its extrinsic reward runs about that payment below zero.
     */
    TOTAL,
    /**
     * The thesis's objective (001 Eqs. 5.5 and 5.9: the giver's extrinsic return, Q^{i,π̂}): a second critic per
     * agent, fitted on the same episode τ with the same settings but on the extrinsic reward only.
     */
    EXTRINSIC
}
