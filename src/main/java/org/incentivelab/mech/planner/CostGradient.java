package org.incentivelab.mech.planner;

import java.util.Arrays;

/**
 * The planner's cost of incentives (thesis 003 §4.1.5) in the two forms of {@link IncentiveCost}, weighted by
 * α. Each method returns the weighted cost α·C, per round, and adds α·∂C/∂θ_p to the planner's gradient (the
 * optimiser minimises, so the planner descends the cost). Both forms cost the centred incentives M·vp (before user
 * overrides) and chain the gradient back through M. All buffers are owned and preallocated here.
 */
final class CostGradient {
    private final CentredIncentives centred;
    private final double costWeight;
    private final int n;

    private final int[] actions;
    private final double[] incentives;
    private final double[] expected;
    private final double[] weights;

    /**
     * @param centred the model followed by the revenue-neutral map, M·vp
     * @param costWeight α ≥ 0
     * @param players N
     */
    CostGradient(CentredIncentives centred, double costWeight, int players) {
        this.centred = centred;
        this.costWeight = costWeight;
        this.n = players;
        this.actions = new int[players];
        this.incentives = new double[players];
        this.expected = new double[players];
        this.weights = new double[players];
    }

    /**
     * {@link IncentiveCost#REALIZED_NORM}, the reference code's cost α·‖vp(a)‖₂ of the incentives paid this round
     * (unsquared), at the observed joint action. Its gradient is α·vp/‖vp‖, and 0 where ‖vp‖ = 0.
     *
     * @param observed {@code int[N]}, the observed (possibly flipped) joint action
     * @param grad {@code double[params().length]}, accumulated into
     * @return α·‖vp(a)‖₂, per round
     */
    double realizedNorm(int[] observed, double[] grad) {
        centred.values(observed, incentives);
        double norm = 0;
        for (double r : incentives) {
            norm += r * r;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < n; i++) {
                weights[i] = costWeight * incentives[i] / norm;
            }
            centred.addGradient(observed, weights, grad);
        }
        return costWeight * norm;
    }

    /**
     * {@link IncentiveCost#SQUARED_EXPECTED}, Eq. 4.7: α·‖V^p‖² with V^p_i = E_π[vp_i] = Σ_a π(a)·vp_i(a) the
     * expected incentive under the learners' mixed actions; its gradient is Σ_a Σ_i 2α·V^p_i·π(a)·∂vp_i(a)/∂θ_p.
     * Enumerates the 2^N joint actions.
     *
     * @param p {@code double[N]}, the learners' current P(C)
     * @param grad {@code double[params().length]}, accumulated into
     * @return α·‖V^p‖², per round
     */
    double squaredExpected(double[] p, double[] grad) {
        Arrays.fill(expected, 0);
        for (int m = 0; m < JointActions.count(n); m++) {
            JointActions.decode(m, actions);
            centred.values(actions, incentives);
            double pi = JointActions.jointProbability(p, actions);
            for (int i = 0; i < n; i++) {
                expected[i] += pi * incentives[i];
            }
        }
        double cost = 0;
        for (double v : expected) {
            cost += v * v;
        }
        for (int m = 0; m < JointActions.count(n); m++) {
            JointActions.decode(m, actions);
            double pi = JointActions.jointProbability(p, actions);
            for (int i = 0; i < n; i++) {
                weights[i] = costWeight * 2 * expected[i] * pi;
            }
            centred.addGradient(actions, weights, grad);
        }
        return costWeight * cost;
    }
}
