package org.incentivelab.learn;

/** The signal that weights ∇ log π in a policy-gradient step (thesis 001 §5.2, App. B; JSON: lower case). */
public enum PolicyUpdate {
    /** REINFORCE: the discounted return-to-go G_t (Eq. 5.4); LIO's Escape Room and IPD experiments. */
    REINFORCE,
    /**
     * REINFORCE weighted by the discounted immediate reward γ^t·r_t instead of the return-to-go: IQ-Flow's reference
     * learner (policy_gradient.py; digest 004 §2.8), offered to compare with the paper's PG agents; IQ-Flow and
     * plain PG only.
     */
    IMMEDIATE_REWARD,
    /**
     * Actor-critic: the TD error r_t + γV(s_{t+1}) − V(s_t) of a learned value function with a target network
     * (Eqs. B.9–B.10; reference code lio_ac.py); LIO's Cleanup experiments.
     */
    ACTOR_CRITIC
}
