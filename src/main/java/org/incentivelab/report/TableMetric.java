package org.incentivelab.report;

import org.incentivelab.run.MetricNames;
import org.incentivelab.run.RunSummary;

/** A figure a reproduction table reports per run, read from the run's {@link RunSummary}. */
public enum TableMetric {
    /** P(C,C) = Π_i P(C)_i at the end of the run, a fraction in [0, 1], shown as a percentage. */
    MUTUAL_COOPERATION(MetricNames.MUTUAL_COOPERATION, true),
    /** V, expected welfare per round from the final probabilities, in payoff units (at most 2R = 6 for 2×2). */
    WELFARE(MetricNames.WELFARE, false),
    /** AAR, Σ_i |r^p_i| per round averaged over the planner-active rounds, in payoff units. */
    AVERAGE_ADDITIONAL_REWARD("AAR", false);

    private final String label;
    private final boolean probability;

    TableMetric(String label, boolean probability) {
        this.label = label;
        this.probability = probability;
    }

    /** @return the label used in tables and JSON: "P(C,C)", "V" or "AAR" */
    public String label() {
        return label;
    }

    /** @return whether the values are probabilities (fractions in [0, 1]) */
    public boolean probability() {
        return probability;
    }

    /** @param summary a finished run @return this figure of it */
    public double of(RunSummary summary) {
        return switch (this) {
            case MUTUAL_COOPERATION -> summary.mutualCooperation();
            case WELFARE -> summary.welfare();
            case AVERAGE_ADDITIONAL_REWARD -> summary.averageAdditionalReward();
        };
    }
}
