package org.incentivelab.report;

import org.incentivelab.run.Experiment;
import org.incentivelab.run.LabRun;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.LioMetricNames;
import org.incentivelab.run.LioSummary;

import org.incentivelab.run.MetricNames;
import org.incentivelab.run.RunSummary;

/**
 * A figure a reproduction table reports per run: from a planning-agent run's {@link RunSummary}, or from a LIO
 * run's {@link LioSummary} (a final evaluation of {@value LioExperiment#FINAL_TEST_EPISODES} test episodes).
 */
public enum TableMetric {
    /** P(C,C) = Π_i P(C)_i at the end of the run, a fraction in [0, 1], shown as a percentage. */
    MUTUAL_COOPERATION(MetricNames.MUTUAL_COOPERATION, true),
    /** V, expected welfare per round from the final probabilities, in payoff units (at most 2R = 6 for 2×2). */
    WELFARE(MetricNames.WELFARE, false),
    /** AAR, Σ_i |r^p_i| per round averaged over the planner-active rounds, in payoff units. */
    AVERAGE_ADDITIONAL_REWARD("AAR", false),
    /** LIO: Σ_i extrinsic return per episode, undiscounted (thesis 001 Fig. 5.4–5.5). */
    COLLECTIVE_RETURN(LioMetricNames.COLLECTIVE_RETURN, false),
    /** LIO in the IPD: how often agent 1 cooperates, a fraction in [0, 1]. */
    COOPERATION_1("P(C) 1", true),
    /** LIO in the IPD: how often agent 2 cooperates, a fraction in [0, 1]. */
    COOPERATION_2("P(C) 2", true),
    /** MetaGrad: collective return minus the incentives the designer paid (thesis 001 §6.3.2 test accounting). */
    DESIGNER_RETURN(LioMetricNames.DESIGNER_RETURN, false);

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

    /**
     * @param run a finished run: a planning-agent {@link Experiment} for the first three figures, a
     *     {@link LioExperiment} for the others
     * @return this figure of it
     * @throws IllegalArgumentException if the run is of the other kind
     */
    public double of(LabRun run) {
        if (ordinal() <= AVERAGE_ADDITIONAL_REWARD.ordinal()) {
            if (!(run instanceof Experiment e)) {
                throw new IllegalArgumentException(label + " is a figure of planning-agent runs");
            }
            return of(e.summary());
        }
        if (!(run instanceof LioExperiment l)) {
            throw new IllegalArgumentException(label + " is a figure of LIO runs");
        }
        LioSummary summary = l.summary();
        return switch (this) {
            case COOPERATION_1 -> summary.actionRates()[0][0];
            case COOPERATION_2 -> summary.actionRates()[1][0];
            case DESIGNER_RETURN -> summary.designerReturn();
            default -> summary.collectiveReturn();
        };
    }

    /** @return the figures of planning-agent runs: P(C,C), V, AAR */
    public static java.util.List<TableMetric> planner() {
        return java.util.List.of(MUTUAL_COOPERATION, WELFARE, AVERAGE_ADDITIONAL_REWARD);
    }

    /**
     * @param summary a finished planning-agent run
     * @return this figure of it (P(C,C), V or AAR)
     * @throws IllegalArgumentException for a LIO figure
     */
    public double of(RunSummary summary) {
        return switch (this) {
            case MUTUAL_COOPERATION -> summary.mutualCooperation();
            case WELFARE -> summary.welfare();
            case AVERAGE_ADDITIONAL_REWARD -> summary.averageAdditionalReward();
            default -> throw new IllegalArgumentException(label + " is a figure of LIO runs");
        };
    }
}
