package org.incentivelab.mech.planner;

/**
 * Joint actions of N players and their probabilities under the learners' independent mixed strategies. Joint
 * action m ∈ [0, 2^N) has player i cooperating (a_i = 1) iff bit i of m is set; the enumerating forms (the exact
 * look-ahead, the squared expected cost and the incentive differences) walk all 2^N of them, so they accept
 * N ≤ {@value PlanningAgent#MAX_EXACT_PLAYERS}.
 */
final class JointActions {
    private JointActions() {
    }

    /** @return 2^N, the number of joint actions of N players */
    static int count(int players) {
        return 1 << players;
    }

    /**
     * Writes joint action m into {@code actions}.
     *
     * @param m in [0, 2^N)
     * @param actions {@code int[N]} receiving a_i = bit i of m
     */
    static void decode(int m, int[] actions) {
        for (int i = 0; i < actions.length; i++) {
            actions[i] = (m >> i) & 1;
        }
    }

    /**
     * The joint action in which player i plays {@code ownAction} and the first k other players cooperate.
     *
     * @param actions {@code int[N]} receiving the joint action
     */
    static void withFirstOthersCooperating(int player, int ownAction, int k, int[] actions) {
        int others = 0;
        for (int j = 0; j < actions.length; j++) {
            actions[j] = j == player ? ownAction : (others++ < k ? 1 : 0);
        }
    }

    /** @return π(a) = Π_j P(a_j), with P(C) = p_j */
    static double jointProbability(double[] p, int[] actions) {
        double pi = 1;
        for (int j = 0; j < p.length; j++) {
            pi *= actions[j] == 1 ? p[j] : 1 - p[j];
        }
        return pi;
    }

    /** @return π(a_−i) = Π_{j≠i} P(a_j), the probability of the others' part of the joint action */
    static double othersProbability(double[] p, int[] actions, int skip) {
        double pi = 1;
        for (int j = 0; j < p.length; j++) {
            if (j != skip) {
                pi *= actions[j] == 1 ? p[j] : 1 - p[j];
            }
        }
        return pi;
    }
}
