package org.incentivelab.run;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.env.diff.DiffGameType;

/**
 * The names of the series a D3C batch records after every step (seed 000 Figs. 3, 5–7). "Batch" figures are over
 * the preset's runs (the paper's 1000 random starts); "run 1" figures follow the batch's first run, whose A and
 * strategies the views draw. Agents are 1-based. Losses are per play (commute minutes on the Braess network).
 */
public final class D3cMetricNames {
    /** Median over the runs of Σ_i f_i / min Σ_i f (Figs. 2b, 3: "ratio to optimal"). */
    public static final String RATIO = "ratio to optimal";
    /** Standard deviation over the runs of the ratio to optimal (the ±1 std band). */
    public static final String RATIO_STD = "ratio to optimal std";
    /** Mean over the runs of the ratio to optimal (the Done-means figure). */
    public static final String RATIO_MEAN = "mean ratio to optimal";
    /** Median over the runs of ρ = worst Nash total / optimum (constant but for random networks). */
    public static final String PRICE_OF_ANARCHY = "price of anarchy ρ";
    /** Median over the runs of max_i f_i, the longest commute (Fig. 3 "median ρ_max" before dividing). */
    public static final String LONGEST = "longest loss (median)";
    /** Median over the runs of the agents' mean relative attention ln(A_ii/A_ij) (Fig. 7 right). */
    public static final String ATTENTION_MEDIAN = "ln(A_ii/A_ij) (median)";
    /** Run 1's ratio to optimal. */
    public static final String FOCUS_RATIO = "ratio to optimal, run 1";
    /** Theorem 1's bound on run 1's local utilitarian price of anarchy (Eq. 7). */
    public static final String UTILITARIAN_BOUND = "local PoA bound (Thm 1)";
    /** Theorem 2's bound on run 1's local egalitarian price of anarchy (Eq. 8). */
    public static final String EGALITARIAN_BOUND = "local PoA bound (Thm 2)";
    /** Share of run 1's agents whose row of A moved in the step ("shift": d/dt f^A_i + ε &gt; 0). */
    public static final String SHIFTING = "agents shifting";
    /** Prisoner's Dilemma: median over the runs of ‖x − x*‖, the distance to the optimal joint strategy (Fig. 5). */
    public static final String DISTANCE = "distance to optimum (median)";

    private D3cMetricNames() {
    }

    /** @param agent 1-based @return run 1's loss f_i */
    public static String loss(int agent) {
        return "f " + agent;
    }

    /** @param agent 1-based @return run 1's mixed loss f^A_i = Σ_k A_ki f_k */
    public static String mixedLoss(int agent) {
        return "f^A " + agent;
    }

    /** @param agent 1-based @return run 1's d/dt f^A_i under gradient flow (Eq. 11's signal) */
    public static String rate(int agent) {
        return "d/dt f^A " + agent;
    }

    /** @param agent 1-based @return run 1's relative attention ln(A_ii/A_ij) (Fig. 6) */
    public static String attention(int agent) {
        return "ln(A_ii/A_ij) " + agent;
    }

    /**
     * @param type the game
     * @param agents n
     * @return every series a batch of that game records, in order
     */
    public static List<String> all(DiffGameType type, int agents) {
        List<String> names = new ArrayList<>(List.of(RATIO, RATIO_STD, RATIO_MEAN, PRICE_OF_ANARCHY, LONGEST,
                ATTENTION_MEDIAN, FOCUS_RATIO, UTILITARIAN_BOUND, EGALITARIAN_BOUND, SHIFTING));
        if (type == DiffGameType.PRISONERS_DILEMMA) {
            names.add(DISTANCE);
        }
        for (int i = 1; i <= agents; i++) {
            names.add(loss(i));
            names.add(mixedLoss(i));
            names.add(rate(i));
            names.add(attention(i));
        }
        return names;
    }
}
