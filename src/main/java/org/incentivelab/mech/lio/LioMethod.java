package org.incentivelab.mech.lio;

/** The methods of thesis 001 §5.3.2 compared in the Escape Room and the IPD (JSON: lower case). */
public enum LioMethod {
    /** Every agent learns a policy and an incentive function (Algorithm 2). */
    LIO("LIO"),
    /** Policy gradient with no incentives. */
    PG("PG"),
    /** PG with discrete give-reward actions: A × {no-op, give R_a}^{N−1}; giving costs the giver R_a. */
    PG_D("PG-d"),
    /** PG with a continuous give-reward policy a_r = R_max·σ(u), u ~ N(f(o), 1); the giver pays. */
    PG_C("PG-c"),
    /** Agent 1 is a LIO agent, the others are PG agents that give nothing (§5.4, "LIO-asym"). */
    LIO_ASYM("LIO-asym"),
    /**
     * No agent gives: a central incentive designer pays each agent R_max·σ(μ_η(s, a))[a_i] for its action and
     * learns η by the meta-gradient of Algorithm 3 with pipelining (thesis 001 ch. 6, App. C.2.2).
     */
    METAGRAD("MetaGrad");

    private final String label;

    LioMethod(String label) {
        this.label = label;
    }

    /** @return the thesis's name of the method */
    public String label() {
        return label;
    }
}
