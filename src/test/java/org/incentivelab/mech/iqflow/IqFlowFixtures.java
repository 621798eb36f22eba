package org.incentivelab.mech.iqflow;

import org.incentivelab.env.MatrixPayoffs;
import org.incentivelab.math.Rng;
import org.incentivelab.math.Sgd;
import org.incentivelab.nn.Mlp;

/** Small IQ-Flow problems on synthetic transitions: 2 agents, 2 actions, one-hot 5-state joint observations. */
final class IqFlowFixtures {
    static final int AGENTS = 2;
    static final int ACTIONS = 2;
    static final int OBS = 10;

    private IqFlowFixtures() {
    }

    /** A buffer of {@code n} random transitions between the 5 matrix-game states, paying seed 004's Table 2. */
    static ReplayBuffer buffer(int n, long seed) {
        Rng rng = Rng.forComponent(seed, "fixture");
        ReplayBuffer b = new ReplayBuffer(n, AGENTS, OBS);
        int state = 4;
        for (int t = 0; t < n; t++) {
            int[] a = {rng.bernoulli(0.5) ? 1 : 0, rng.bernoulli(0.5) ? 1 : 0};
            int nextState = 2 * a[0] + a[1];
            double[] payoff = {MatrixPayoffs.PRISONERS_DILEMMA.payoff(a[0], a[1]),
                MatrixPayoffs.PRISONERS_DILEMMA.payoff(a[1], a[0])};
            b.add(joint(state), a, payoff, joint(nextState), t % 5 == 4);
            state = t % 5 == 4 ? 4 : nextState;
        }
        return b;
    }

    /** The joint observation of a state: both agents see the same one-hot. */
    static double[] joint(int state) {
        double[] o = new double[OBS];
        o[state] = 1;
        o[5 + state] = 1;
        return o;
    }

    static IqlCritic critic(int valueOutputs, double lr, long seed) {
        return critic(valueOutputs, lr, seed, false);
    }

    /** @param parallel whether the agents' heads are served on parallel threads */
    static IqlCritic critic(int valueOutputs, double lr, long seed, boolean parallel) {
        Mlp q = new Mlp(JointInput.length(OBS, AGENTS, ACTIONS), new int[] {8, 6}, ACTIONS, true);
        Mlp v = new Mlp(OBS, new int[] {8}, valueOutputs, true);
        return new IqlCritic(q, v, AGENTS, size -> new Sgd(lr), Rng.forComponent(seed, "critic"), parallel);
    }

    static IqFlowMechanism mechanism(long seed) {
        return mechanism(seed, false);
    }

    /** @param miniInit whether it pays R·|tanh| from a last layer started 1000 times smaller (else R·σ) */
    static IqFlowMechanism mechanism(long seed, boolean miniInit) {
        Mlp net = new Mlp(JointInput.length(OBS, AGENTS, ACTIONS), new int[] {8, 6}, AGENTS, true);
        return new IqFlowMechanism(net, ACTIONS, 2.0, miniInit, new Sgd(0.01), Rng.forComponent(seed, "eta"));
    }
}
