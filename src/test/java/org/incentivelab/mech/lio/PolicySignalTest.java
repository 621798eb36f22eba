package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.learn.PolicyUpdate;
import org.incentivelab.learn.StepReduction;
import org.incentivelab.math.Optimizer;
import org.junit.jupiter.api.Test;

/** The weights of ∇ log π: returns-to-go (Eq. 5.4) or IQ-Flow's reference γ^t·r_t, incentives included on request. */
class PolicySignalTest {
    private static final double GAMMA = 0.9;
    private static final double[] EXTRINSIC = {1, -2, 4};
    private static final double[] RECEIVED = {0.5, 0, 0.25};

    private static double[] signal(PolicyUpdate update, boolean incentives) {
        PolicyConfig config = new PolicyConfig(List.of(4), 1e-3, 0, GAMMA, 0, 0, 1, update, 1e-2, 1e-2, false,
                Optimizer.Kind.SGD, StepReduction.SUM);
        PolicySignal signal = new PolicySignal(config, 2, () -> null, 3, 1);
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
}
