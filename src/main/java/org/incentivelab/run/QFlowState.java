package org.incentivelab.run;

import org.incentivelab.env.MatrixPayoffs;
import org.incentivelab.mech.iqflow.CriticPair;
import org.incentivelab.mech.iqflow.DilemmaGaps;

/**
 * IQ-Flow in a 2×2 matrix game, read from the focus run at a snapshot (seed 004 Figs. 2–3; digest 004 §5): every
 * critic pair's Q-values, the regulator's incentives and the agents' policies in each memory-1 state. States are
 * indexed as the game observes them: 2·a¹ + a² of the previous round (CC 0, CD 1, DC 2, DD 3) and start 4; actions
 * C = 0, D = 1.
 *
 * @param q {@code double[3][5][2][2][2]} indexed [critic pair ordinal][state][agent][other's action][own action]:
 *     the pair's Q^i(s, a^{−i}, a^i), in discounted-return units of its own reward
 * @param incentives {@code double[5][4][2]} indexed [state][joint action 2·a¹ + a²][agent]: the incentive the
 *     regulator pays the agent for that joint action in that state, per round, in [0, R_max]; zeros while off
 * @param cooperation {@code double[5][2]}: each agent's P(C) in each state (ε = 0)
 * @param maxReward R_max, the incentive cap
 */
public record QFlowState(double[][][][][] q, double[][][] incentives, double[][] cooperation, double maxReward) {
    /** Number of memory-1 states. */
    public static final int STATES = 5;

    /**
     * @return the pair's Q-values of agent i in state s, {@code double[2][2]} indexed [other's action][own action]
     *     (not a copy)
     */
    public double[][] values(CriticPair pair, int state, int agent) {
        return q[pair.ordinal()][state][agent];
    }

    /** @return agent i's R − T and S − P on the pair's estimates in state s (Fig. 4) */
    public DilemmaGaps gaps(CriticPair pair, int state, int agent) {
        double[][] v = values(pair, state, agent);
        return DilemmaGaps.of(v[0], v[1]);
    }

    /**
     * Agent i's R − T and S − P on the single-step payoffs with the regulator's incentives added (seed 004 Fig. 2,
     * and the single-step half of §5.1's "T &lt; R and P &lt; S in both single step payoffs and estimated future
     * returns"): R' = R + r_inc(C, C), T' = T + r_inc(D, C), S' = S + r_inc(C, D), P' = P + r_inc(D, D), each
     * incentive the one the regulator pays agent i in state s for that joint action (own action first).
     *
     * @param payoffs the game's table
     * @param state s in [0, 5)
     * @param agent i, 0 or 1
     * @return R' − T' and S' − P', per round
     */
    public DilemmaGaps payoffGaps(MatrixPayoffs payoffs, int state, int agent) {
        double[][] total = new double[2][2];
        for (int other = 0; other < 2; other++) {
            for (int own = 0; own < 2; own++) {
                int joint = agent == 0 ? 2 * own + other : 2 * other + own;
                total[other][own] = payoffs.payoff(own, other) + incentives[state][joint][agent];
            }
        }
        return DilemmaGaps.of(total[0], total[1]);
    }
}
