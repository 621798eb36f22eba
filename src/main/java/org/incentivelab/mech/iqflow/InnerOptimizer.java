package org.incentivelab.mech.iqflow;

/**
 * How IQ-Flow's simulated critic step θ̂ moves the incentivised heads (seed 004 Eq. 4; digest 004 §2.4–2.5). The
 * paper writes plain gradient descent; the reference code steps with the incentivised critic's own RMSProp, its
 * state frozen at the current values — which rescales every parameter's step by 1/√ν and so weights the
 * meta-gradient's inner products ⟨∇_θ̂ L, ∇_θ Q_k⟩ towards parameters that rarely receive gradient (for instance the
 * output row of an action the agents seldom take).
 */
public enum InnerOptimizer {
    /** θ̂ = θ − β∇_θ L_Q: the paper's Eq. 4; with K = 1 its closed-form meta-gradient is exact. The lab's default. */
    SGD,
    /**
     * θ̂ = θ − β·∇_θ L_Q / √(ρν + (1 − ρ)(∇_θ L_Q)² + ε), with ν the incentivised critic's RMSProp state, read but not
     * changed (the reference code, with K = 20). The meta-gradient holds the scaling fixed (first order in it).
     */
    RMSPROP
}
