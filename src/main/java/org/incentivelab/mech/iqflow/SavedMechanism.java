package org.incentivelab.mech.iqflow;

import java.util.List;
import org.incentivelab.nn.Squash;

/**
 * A trained IQ-Flow incentive regulator, as saved to and loaded from a file for the "pretrained mechanism"
 * experiment (seed 004 §5.3, Fig. 10: a frozen, trained mechanism with freshly initialised agents).
 *
 * @param format always {@link #FORMAT}
 * @param environment the game it was trained in, as labelled by the lab (e.g. "ER(5,2)"); informative only
 * @param episode training episodes behind it
 * @param inputs the incentive network's input length: joint observation + N·|A|
 * @param hidden its hidden widths
 * @param agents N, its outputs
 * @param actions |A|
 * @param maxReward R_max it paid with
 * @param squash how its logits become payments: {@code SIGMOID} (R_max·σ) or {@code ABS_TANH} (R_max·|tanh|, trained
 *     with {@code iqflow.miniInit})
 * @param eta η, {@code double[parameter count]}
 */
public record SavedMechanism(String format, String environment, long episode, int inputs, List<Integer> hidden,
        int agents, int actions, double maxReward, Squash squash, double[] eta) {
    /** The format tag of this record's files. */
    public static final String FORMAT = "incentive-lab/iqflow-mechanism/2";
    /** The tag of the earlier format, without {@code squash} (every such regulator paid R_max·σ). */
    public static final String FORMAT_1 = "incentive-lab/iqflow-mechanism/1";

    /**
     * @param inputs the input length a run needs
     * @param hidden its hidden widths
     * @param agents its N
     * @param actions its |A|
     * @return why this mechanism cannot be loaded into such a regulator, or null if it can
     */
    public String mismatch(int inputs, List<Integer> hidden, int agents, int actions) {
        if (!FORMAT.equals(format)) {
            return "format is '" + format + "', expected '" + FORMAT + "'";
        }
        if (this.inputs != inputs || !this.hidden.equals(hidden) || this.agents != agents || this.actions != actions) {
            return "the mechanism has " + this.inputs + " inputs, hidden " + this.hidden + ", " + this.agents
                    + " agents and " + this.actions + " actions (trained in " + environment + "); this run needs "
                    + inputs + " inputs, hidden " + hidden + ", " + agents + " agents and " + actions + " actions";
        }
        return null;
    }
}
