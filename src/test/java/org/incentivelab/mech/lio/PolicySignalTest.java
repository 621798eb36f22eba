package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.learn.PolicyUpdate;
import org.incentivelab.learn.StepReduction;
import org.incentivelab.math.Optimizer;
import org.incentivelab.nn.Mlp;
import org.junit.jupiter.api.Test;

/**
 * The weights of ∇ log π: returns-to-go (Eq. 5.4) or IQ-Flow's reference γ^t·r_t, incentives included on request;
 * and the critic that judges a giver's τ̂ under actor-critic.
 */
class PolicySignalTest {
    private static final double GAMMA = 0.9;
    private static final double[] EXTRINSIC = {1, -2, 4};
    private static final double[] RECEIVED = {0.5, 0, 0.25};

    private static double[] signal(PolicyUpdate update, boolean incentives) {
        PolicyConfig config = new PolicyConfig(List.of(4), 1e-3, 0, GAMMA, 0, 0, 1, update, 1e-2, 1e-2, false,
                Optimizer.Kind.SGD, StepReduction.SUM);
        PolicySignal signal = new PolicySignal(config, GiverCritic.TOTAL, 2, () -> null, 3, 1);
        Trajectory tr = new Trajectory(2, 2, 3, 1, 1, 1);
        tr.steps = 3;
        for (int t = 0; t < 3; t++) {
            tr.extrinsic[t][0] = EXTRINSIC[t];
            tr.designerGiven[t][0] = RECEIVED[t];
        }
        double[] out = new double[3];
        signal.signal(tr, 0, incentives, false, true, out);
        return out;
    }

    @Test
    void shouldWeightByTheReturnToGoUnderReinforce() {
        double[] g = signal(PolicyUpdate.REINFORCE, false);
        assertEquals(4, g[2], 1e-12);
        assertEquals(-2 + GAMMA * 4, g[1], 1e-12);
        assertEquals(1 + GAMMA * (-2 + GAMMA * 4), g[0], 1e-12);
    }

    @Test
    void shouldWeightByTheDiscountedImmediateRewardUnderIqFlowsReferenceLearner() {
        double[] g = signal(PolicyUpdate.IMMEDIATE_REWARD, true);
        for (int t = 0; t < 3; t++) {
            assertEquals(Math.pow(GAMMA, t) * (EXTRINSIC[t] + RECEIVED[t]), g[t], 1e-12, "step " + t);
        }
    }

    /**
     * Five actor-critic fits on one episode in which agent 0 received {@code received}, then agent 0's policy-step
     * weights and its giver signal on the same episode.
     *
     * @return {policy weights, giver signal}
     */
    private static double[][] actorCritic(GiverCritic giverCritic, double[] received) {
        PolicyConfig config = new PolicyConfig(List.of(4), 1e-3, 0, GAMMA, 0, 0, 1, PolicyUpdate.ACTOR_CRITIC, 1e-2,
                1e-2, false, Optimizer.Kind.SGD, StepReduction.SUM);
        PolicySignal signal = new PolicySignal(config, giverCritic, 2, () -> new Mlp(1, new int[] {4}, 1, true), 3, 7);
        Trajectory tr = new Trajectory(2, 2, 3, 1, 1, 1);
        tr.steps = 3;
        for (int t = 0; t <= 3; t++) {
            tr.obs[t][0][0] = 0.3 * t;
            if (t < 3) {
                tr.extrinsic[t][0] = EXTRINSIC[t];
                tr.designerGiven[t][0] = received[t];
            }
        }
        double[] policy = new double[3];
        for (int fit = 0; fit < 5; fit++) {
            signal.signal(tr, 0, true, false, true, policy);
        }
        double[] giver = new double[3];
        signal.giverSignal(tr, 0, giver);
        return new double[][] {policy, giver};
    }

    @Test
    void shouldJudgeTheGiverWithACriticOfExtrinsicRewardAloneWhenAsked() {
        double[] none = new double[3];
        double[][] totalPaid = actorCritic(GiverCritic.TOTAL, RECEIVED);
        double[][] totalUnpaid = actorCritic(GiverCritic.TOTAL, none);
        double[][] extrinsicPaid = actorCritic(GiverCritic.EXTRINSIC, RECEIVED);
        double[][] extrinsicUnpaid = actorCritic(GiverCritic.EXTRINSIC, none);
        // the agent's own critic learns the incentives received, and with it the giver's TD errors move
        assertFalse(Arrays.equals(totalPaid[1], totalUnpaid[1]));
        // a critic of extrinsic reward alone does not see them
        assertArrayEquals(extrinsicUnpaid[1], extrinsicPaid[1], 0);
        // the agent's own policy step is the same either way
        assertArrayEquals(totalPaid[0], extrinsicPaid[0], 0);
    }
}
