package org.incentivelab.run;

import java.util.List;
import org.incentivelab.mech.d3c.MixingTrial;

/**
 * What the mixing-matrix view draws of a D3C run, exact (seed 000 §2.5) or RL (Algorithms 1–3). Arrays are copies.
 *
 * @param method how A is chosen, in words ("D3C", "selfish", "cooperative", "team spirit", "D3C (RL)")
 * @param learning whether A is being learned now (D3C with loss sharing on)
 * @param active whether loss sharing acts now (false: every agent follows its own loss, A = I in use)
 * @param mixing A in use, {@code double[n][n]}: row i = agent i's shares of its loss given to each agent
 * @param attention ln(A_ii/A_ij) per agent, {@code double[n]} (+∞ for A = I)
 * @param shifting whether agent i's row moved at its last update, {@code boolean[n]} (exact: d/dt f^A_i + ε &gt; 0 in
 *     the last step; RL: ρ_i &gt; 0 at its last finished trial)
 * @param trials RL D3C: the recent finished mixing trials, oldest first; empty for exact D3C
 */
public record MixingReading(String method, boolean learning, boolean active, double[][] mixing, double[] attention,
        boolean[] shifting, List<MixingTrial> trials) {
    /** @return n */
    public int agents() {
        return attention.length;
    }
}
