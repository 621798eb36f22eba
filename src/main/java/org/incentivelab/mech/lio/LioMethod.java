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
    /**
     * Inequity aversion (Hughes et al. 2018; thesis 001 §5.3.2, Table B.5): no incentives; every agent trains on
     * r − α·(disadvantageous) − β·(advantageous inequity) of smoothed rewards, which it also observes.
     */
    IA("IA"),
    /**
     * Cen (thesis 001 §5.3.2, Fig. 5.6): one centralised learner sees the global observation, picks the joint
     * action (|A|^N choices, agent 1 the least significant digit) and trains on the team's summed extrinsic reward;
     * the "unfair" upper bound (reference code ssd_centralized.py).
     */
    CEN("Cen"),
    /** Agent 1 is a LIO agent, the others are PG agents that give nothing (§5.4, "LIO-asym"). */
    LIO_ASYM("LIO-asym"),
    /**
     * No agent gives: a central incentive designer pays each agent R_max·σ(μ_η(s, a))[a_i] for its action and
     * learns η by the meta-gradient of Algorithm 3 with pipelining (thesis 001 ch. 6, App. C.2.2).
     */
    METAGRAD("MetaGrad"),
    /**
     * dual-RL (c): the designer is an RL agent with a Gaussian policy u ~ N(μ_η(s, a), 1) per action type, paying
     * R_max·σ(u), trained by REINFORCE on R^ID minus what it paid (thesis 001 App. C.2.2).
     */
    DUAL_RL_C("dual-RL (c)"),
    /**
     * dual-RL (d): the designer is an RL agent choosing one incentive level from {0, 1.1, 2.0} per action type
     * (a categorical policy over the joint choices), trained by REINFORCE on R^ID minus what it paid (App. C.2.2).
     */
    DUAL_RL_D("dual-RL (d)"),
    /**
     * IQ-Flow (seed 004): a central incentive regulator pays each agent r_inc(s, a) from the joint observation and
     * action, learned off-policy by implicit Q-learning critics and a meta-gradient; the agents are plain PG or
     * actor-critic learners that see only their own observation.
     */
    IQFLOW("IQ-Flow"),
    /**
     * Shared reward: PG or actor-critic agents that each train on the sum of all agents' extrinsic rewards, with no
     * incentives — the return upper bound of learning from scratch in IQ-Flow's Cleanup (seed 004 §5.3, Figs. 7,
     * 10: "decentralized AC agents with the shared centralized reward").
     */
    SHARED("shared reward"),
    /**
     * RL D3C (seed 000 §2.6, Algorithms 1–3): every agent trains on the mixed reward r_i = Σ_j Ã_ji r_j of its
     * agents' current mixing trials and learns its row of A from the trials' returns; no incentives. With
     * {@code d3c.learnMixing} false and A⁰_ii = 1/n it is the paper's cooperative baseline (everyone on the mean
     * reward).
     */
    D3C("D3C");

    private final String label;

    LioMethod(String label) {
        this.label = label;
    }

    /** @return whether a central incentive designer pays the agents (MetaGrad or dual-RL) instead of agents */
    public boolean hasDesigner() {
        return this == METAGRAD || this == DUAL_RL_C || this == DUAL_RL_D;
    }

    /** @return whether the method needs the game's global observation (a designer or the centralised learner) */
    public boolean seesGlobal() {
        return hasDesigner() || this == CEN;
    }

    /**
     * @return whether Escape Room agents also observe what they have given each other so far (LIO and the methods
     *     whose agents give; not the designers, Cen or IQ-Flow, whose agents see only the game)
     */
    public boolean agentsObserveGiving() {
        return !seesGlobal() && this != IQFLOW && this != SHARED && this != D3C;
    }

    /**
     * @return whether the agents may share one policy network ({@link
     *     org.incentivelab.learn.PolicyConfig#sharedParameters()}): they give nothing and are not Cen — PG (AC), IA,
     *     the designer methods, IQ-Flow and shared reward (not D3C: each agent trains on its own mixed reward)
     */
    public boolean canSharePolicies() {
        return this == PG || this == IA || this == IQFLOW || this == SHARED || hasDesigner();
    }

    /**
     * @return whether an iteration plays two episodes, τ with θ and τ̂ with θ̂ (LIO and LIO-asym, thesis 001
     *     Algorithm 2); the other methods learn from one episode per iteration
     */
    public boolean twoEpisodesPerIteration() {
        return this == LIO || this == LIO_ASYM;
    }

    /**
     * @return whether the method's meta-gradient differentiates through the agents' plain-SGD policy step (LIO,
     *     LIO-asym: Eq. 5.8; MetaGrad: Algorithm 3), so that the agents may not step with Adam
     */
    public boolean differentiatesPolicyStep() {
        return this == LIO || this == LIO_ASYM || this == METAGRAD;
    }

    /** @return the thesis's name of the method */
    public String label() {
        return label;
    }
}
