package org.incentivelab.report;

import java.util.Arrays;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.mech.iqflow.DilemmaGaps;
import org.incentivelab.mech.lio.ProbeAgent;
import org.incentivelab.run.D3cExperiment;
import org.incentivelab.run.Experiment;
import org.incentivelab.run.LabRun;
import org.incentivelab.run.LioExperiment;
import org.incentivelab.run.LioMetricNames;
import org.incentivelab.run.LioSummary;
import org.incentivelab.run.Metrics;
import org.incentivelab.run.ProbeReading;

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
    DESIGNER_RETURN(LioMetricNames.DESIGNER_RETURN, false),
    /**
     * Cleanup's division of labour: the larger agent's share of the collective extrinsic return (apples), a
     * fraction in [0.5, 1] (0.5 when nobody collects); near 1 when one agent harvests and the other cleans.
     */
    HARVESTER_SHARE("harvester's share", true),
    /**
     * IQ-Flow on Cleanup (seed 004 Fig. 9): the cleaner's share of the incentives received — the cleaner being the
     * agent with the smaller extrinsic return — a fraction in [0, 1]; NaN when nothing was paid.
     */
    CLEANER_INCENTIVE_SHARE("cleaner's share of incentives", true),
    /** Fig. 5.6b: what the harvester pays probe R (moves in the river) per episode, in reward units. */
    PROBE_R("pays R", false),
    /** Fig. 5.6b: what the harvester pays probe C (cleans) per episode, in reward units. */
    PROBE_C("pays C", false),
    /** Fig. 5.6b: what the harvester pays probe M (fires and misses) per episode, in reward units. */
    PROBE_M("pays M", false),
    /** Fig. 5.6b: what the harvester pays C minus what it pays M, per episode: &gt; 0 when it pays for cleaning. */
    PROBE_C_MINUS_M("pays C − M", false),
    /**
     * Fig. 5.6b during training: C − M per episode averaged over the probes after 10k, 30k and 35k of 50k episodes
     * ({@link LioExperiment#PROBE_FRACTIONS} up to 0.7), where the thesis's harvester pays C ≫ M; NaN without them.
     */
    PROBE_C_MINUS_M_DURING("pays C − M at 10k, 30k, 35k", false),
    /**
     * Fig. 5.6a as a whole: the collective return of the periodic evaluations averaged over the run (the area
     * under the learning curve per episode), in reward units per episode.
     */
    COLLECTIVE_RETURN_CURVE("collective return, mean of the curve", false),
    /**
     * IQ-Flow in a 2×2 matrix game (seed 004 Figs. 3–4): the share of agents whose incentivised Q-estimates at the
     * start state end with T &lt; R and P &lt; S (cooperating dominant), a fraction in [0, 1]; NaN for other runs.
     */
    DILEMMA_REMOVED("incentivised T < R and P < S at the start", true),
    /**
     * IQ-Flow in a 2×2 matrix game (seed 004 Fig. 4: "the inequalities turn … to T &lt; R and P &lt; S as training
     * progresses"): the share of agents whose incentivised Q-estimates at the start state showed T &lt; R and
     * P &lt; S at every evaluation of some stretch of training at least {@value #HELD_EPISODES} episodes long, a
     * fraction in [0, 1]; NaN for other runs.
     */
    DILEMMA_REMOVED_HELD("incentivised T < R and P < S at the start, held " + TableMetric.HELD_EPISODES
            + " episodes in training", true),
    /**
     * IQ-Flow in a 2×2 matrix game (seed 004 Fig. 2 and §5.1's single-step claim): the share of agents whose
     * single-step payoffs plus the regulator's incentives at the start state end with T &lt; R and P &lt; S, a
     * fraction in [0, 1]; NaN for other runs.
     */
    PAYOFF_DILEMMA_REMOVED("single-step payoff + incentive: T < R and P < S at the start", true),
    /**
     * D3C (seed 000 Figs. 2b, 3, 5): each game's Σ_i f_i / min Σ_i f after the batch's last step — one value per game
     * of the batch, so a cell's mean ± std is over the paper's 1000 runs.
     */
    RATIO_TO_OPTIMAL("ratio to optimal", false);

    /** How long the estimates must keep T &lt; R and P &lt; S for {@link #DILEMMA_REMOVED_HELD}, in episodes. */
    private static final int HELD_EPISODES = 500;

    /** The last probe checkpoint (as a share of the run) at which the thesis's harvester pays C ≫ M: 35k of 50k. */
    private static final double THESIS_C_OVER_M = 0.7;

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
     *     {@link D3cExperiment} for the ratio to optimal (the mean over its games), a {@link LioExperiment} for the
     *     others
     * @return this figure of it
     * @throws IllegalArgumentException if the run is of the other kind
     */
    public double of(LabRun run) {
        if (this == RATIO_TO_OPTIMAL) {
            return Arrays.stream(values(run)).average().orElse(Double.NaN);
        }
        if (ordinal() <= AVERAGE_ADDITIONAL_REWARD.ordinal()) {
            if (!(run instanceof Experiment e)) {
                throw new IllegalArgumentException(label + " is a figure of planning-agent runs");
            }
            return of(e.summary());
        }
        if (!(run instanceof LioExperiment l)) {
            throw new IllegalArgumentException(label + " is a figure of LIO runs");
        }
        if (this == PROBE_R || this == PROBE_C || this == PROBE_M) {
            return l.harvesterPays(ProbeAgent.valueOf(name().substring("PROBE_".length())));
        }
        if (this == PROBE_C_MINUS_M) {
            return l.harvesterPays(ProbeAgent.C) - l.harvesterPays(ProbeAgent.M);
        }
        if (this == PROBE_C_MINUS_M_DURING) {
            return l.probeReadings().stream().filter(p -> p.fraction() <= THESIS_C_OVER_M)
                    .mapToDouble(ProbeReading::cMinusM).average().orElse(Double.NaN);
        }
        if (this == COLLECTIVE_RETURN_CURVE) {
            Metrics m = l.metrics();
            return Arrays.stream(m.series(m.names().indexOf(LioMetricNames.COLLECTIVE_RETURN))).average()
                    .orElse(Double.NaN);
        }
        if (this == DILEMMA_REMOVED_HELD) {
            return l.qFlowState() == null ? Double.NaN : heldShare(l.metrics(), l.preset().agents());
        }
        if (this == DILEMMA_REMOVED || this == PAYOFF_DILEMMA_REMOVED) {
            DilemmaGaps[] gaps = this == DILEMMA_REMOVED ? l.incentivisedGaps() : l.incentivisedPayoffGaps();
            return gaps == null ? Double.NaN
                    : Arrays.stream(gaps).filter(DilemmaGaps::cooperationDominant).count() / (double) gaps.length;
        }
        LioSummary summary = l.summary();
        return switch (this) {
            case HARVESTER_SHARE -> harvesterShare(summary.extrinsic());
            case CLEANER_INCENTIVE_SHARE -> cleanerIncentiveShare(summary.extrinsic(), summary.received());
            case COOPERATION_1 -> summary.actionRates()[0][0];
            case COOPERATION_2 -> summary.actionRates()[1][0];
            case DESIGNER_RETURN -> summary.designerReturn();
            default -> summary.collectiveReturn();
        };
    }

    /**
     * @param run a finished run
     * @return this figure of each repeat inside the run: every game of a D3C batch for {@link #RATIO_TO_OPTIMAL},
     *     else the one value {@link #of}
     * @throws IllegalArgumentException if the run is of another kind than the figure's
     */
    public double[] values(LabRun run) {
        if (this == RATIO_TO_OPTIMAL) {
            if (!(run instanceof D3cExperiment d)) {
                throw new IllegalArgumentException(label + " is a figure of D3C runs");
            }
            return d.ratios();
        }
        return new double[] {of(run)};
    }

    /**
     * @param m an IQ-Flow matrix-game run's series, with the incentivised R − T and S − P at the start per agent
     * @param agents the number of agents
     * @return the share of agents whose two series are both positive at every evaluation of some stretch spanning
     *     at least {@value #HELD_EPISODES} episodes
     */
    static double heldShare(Metrics m, int agents) {
        double[] episodes = m.episodes();
        String start = IteratedMatrixGame.stateName(IteratedMatrixGame.START_FLAG);
        int held = 0;
        for (int i = 1; i <= agents; i++) {
            double[] rt = m.series(m.names().indexOf(LioMetricNames.rewardMinusTemptation(start, i)));
            double[] sp = m.series(m.names().indexOf(LioMetricNames.suckerMinusPunishment(start, i)));
            int from = -1;
            boolean found = false;
            for (int k = 0; k < episodes.length && !found; k++) {
                if (rt[k] > 0 && sp[k] > 0) {
                    from = from < 0 ? k : from;
                    found = episodes[k] - episodes[from] >= HELD_EPISODES;
                } else {
                    from = -1;
                }
            }
            held += found ? 1 : 0;
        }
        return held / (double) agents;
    }

    private static double harvesterShare(double[] extrinsic) {
        double total = 0;
        double most = 0;
        for (double x : extrinsic) {
            total += x;
            most = Math.max(most, x);
        }
        return total > 0 ? most / total : 0.5;
    }

    private static double cleanerIncentiveShare(double[] extrinsic, double[] received) {
        int cleaner = 0;
        double total = 0;
        for (int i = 0; i < extrinsic.length; i++) {
            cleaner = extrinsic[i] < extrinsic[cleaner] ? i : cleaner;
            total += received[i];
        }
        return total > 0 ? received[cleaner] / total : Double.NaN;
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
