package org.incentivelab.mech.iqflow;

/**
 * The inputs of IQ-Flow's centralised networks (digest 004 §2.6, reference {@code nets.py}): every agent's
 * observation concatenated (agent 0 first), then the joint action as N one-hot blocks of |A| entries. A Q head of
 * agent i sees the joint action with its own block zeroed, so its |A| outputs are Q^i(s, a^{−i}, ·); the incentive
 * network sees the full joint action.
 */
final class JointInput {
    private JointInput() {
    }

    /** @return the input length: joint observation + N·|A| */
    static int length(int jointObservationSize, int agents, int actions) {
        return jointObservationSize + agents * actions;
    }

    /**
     * @param jointObs the joint observation
     * @param joint the joint action, {@code int[N]}
     * @param actions |A|
     * @param hidden the agent whose block is left zero (a Q head's own agent), or −1 for none (incentive network)
     * @param x {@code double[length]} overwritten
     */
    static void write(double[] jointObs, int[] joint, int actions, int hidden, double[] x) {
        System.arraycopy(jointObs, 0, x, 0, jointObs.length);
        int base = jointObs.length;
        java.util.Arrays.fill(x, base, x.length, 0);
        for (int j = 0; j < joint.length; j++) {
            if (j != hidden) {
                x[base + j * actions + joint[j]] = 1;
            }
        }
    }
}
