package org.incentivelab.mech.iqflow;

/**
 * IQ-Flow's three critic pairs (seed 004 §4, Eqs. 2–3; digest 004 §2.3), each trained with implicit Q-learning on
 * the same replay batches but on a different reward.
 */
public enum CriticPair {
    /** Q_coop: every agent's head learns the summed extrinsic reward; its greedy action a_coop is the target. */
    COOPERATIVE("cooperative", "Q_coop",
            "learns the summed reward of all agents: what a cooperative team would want each agent to do (a_coop)"),
    /** Q_env: each agent's own extrinsic reward alone; a_env ≠ a_coop marks an estimated dilemma. */
    ENVIRONMENT("environment", "Q_env",
            "learns each agent's own environment reward: what a selfish agent would do without incentives (a_env)"),
    /** Q_ind: own extrinsic reward plus the regulator's incentive; the meta-gradient moves its greedy action a_b. */
    INCENTIVISED("incentivised", "Q_ind",
            "learns each agent's own reward plus the incentive: what the incentivised agent will prefer (a_b)");

    private final String label;
    private final String symbol;
    private final String meaning;

    CriticPair(String label, String symbol, String meaning) {
        this.label = label;
        this.symbol = symbol;
        this.meaning = meaning;
    }

    /** @return the lower-case name used in CSV files and series names */
    public String label() {
        return label;
    }

    /** @return the paper's symbol, e.g. "Q_coop" */
    public String symbol() {
        return symbol;
    }

    /** @return a one-sentence explanation for tooltips */
    public String meaning() {
        return meaning;
    }
}
