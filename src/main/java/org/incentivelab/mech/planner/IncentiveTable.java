package org.incentivelab.mech.planner;

import org.incentivelab.env.DilemmaGame;
import org.incentivelab.math.Logistic;

/**
 * A tabular planner (digest 003 §4.10): player i's incentive depends on its own action and the number k
 * of other players who cooperate, vp_i(a_i, k) = 2c·(σ(φ_i[a_i][k]) − 0.5) ∈ (−c, c). For N = 2 this is a
 * full 2×2 table r^p_i(a_1, a_2) per player — a superset of the single-layer network, which has no
 * a_1×a_2 interaction term. Parameters start at 0 (no incentive).
 *
 * <p>Layout of θ_p: φ_i[a][k] at (i·2 + a)·N + k, for a ∈ {0, 1} and k ∈ [0, N − 1].
 */
public final class IncentiveTable implements IncentiveModel {
    private final int players;
    private final double maxReward;
    private final double[] params;

    /**
     * @param players N ≥ 2
     * @param maxReward c &gt; 0
     */
    public IncentiveTable(int players, double maxReward) {
        this(players, maxReward, new double[2 * players * players]);
    }

    private IncentiveTable(int players, double maxReward, double[] params) {
        this.players = players;
        this.maxReward = maxReward;
        this.params = params;
    }

    @Override
    public double[] params() {
        return params;
    }


    @Override
    public void rewards(int[] actions, double[] out) {
        int cooperators = DilemmaGame.cooperators(actions);
        for (int i = 0; i < players; i++) {
            out[i] = 2 * maxReward * (Logistic.sigmoid(params[index(i, actions[i], cooperators)]) - 0.5);
        }
    }

    @Override
    public void addGradient(int[] actions, double[] weights, double[] grad) {
        int cooperators = DilemmaGame.cooperators(actions);
        for (int i = 0; i < players; i++) {
            int k = index(i, actions[i], cooperators);
            double s = Logistic.sigmoid(params[k]);
            grad[k] += weights[i] * 2 * maxReward * s * (1 - s);
        }
    }

    private int index(int player, int action, int cooperators) {
        return (player * 2 + action) * players + cooperators - action;
    }
}
