package org.incentivelab.mech.iqflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.incentivelab.math.Rng;
import org.incentivelab.math.Sgd;
import org.incentivelab.nn.Mlp;
import org.junit.jupiter.api.Test;

/** One IQL step of a critic pair against central finite differences of L_Q and L_V (seed 004 Eq. 1). */
class IqlCriticTest {
    static final double GAMMA = 0.99;
    static final double TAU = 0.85;
    static final double LR = 0.1;

    @Test
    void shouldStepTheHeadsAlongMinusTheGradientOfTheSquaredTdErrorAndVAlongTheExpectileLoss() {
        for (int valueOutputs : new int[] {1, IqFlowFixtures.AGENTS}) {
            ReplayBuffer buffer = IqFlowFixtures.buffer(40, 2);
            IqlCritic critic = IqFlowFixtures.critic(valueOutputs, LR, 3);
            int[] batch = new int[16];
            buffer.sample(Rng.forComponent(4, "batch"), batch);
            double[][] r = new double[batch.length][2];
            for (int k = 0; k < batch.length; k++) {
                for (int i = 0; i < 2; i++) {
                    r[k][i] = buffer.reward(batch[k], i) + 0.3 * i;
                }
            }
            double[][] y = new double[batch.length][2];
            critic.targets(buffer, batch, r, GAMMA, y);
            double[][] theta = {critic.theta[0].clone(), critic.theta[1].clone()};
            double[] psi = critic.psi.clone();
            double[] fdTheta = new double[theta[1].length];
            double[] fdPsi = new double[psi.length];
            double h = 1e-6;
            for (int p = 0; p < fdTheta.length; p += 7) {
                double keep = critic.theta[1][p];
                critic.theta[1][p] = keep + h;
                double up = qLoss(critic, buffer, batch, y);
                critic.theta[1][p] = keep - h;
                double down = qLoss(critic, buffer, batch, y);
                critic.theta[1][p] = keep;
                fdTheta[p] = (up - down) / (2 * h);
            }
            for (int p = 0; p < fdPsi.length; p += 3) {
                double keep = critic.psi[p];
                critic.psi[p] = keep + h;
                double up = vLoss(critic, buffer, batch, theta);
                critic.psi[p] = keep - h;
                double down = vLoss(critic, buffer, batch, theta);
                critic.psi[p] = keep;
                fdPsi[p] = (up - down) / (2 * h);
            }
            critic.update(buffer, batch, y, TAU, 0.01);
            for (int p = 0; p < fdTheta.length; p += 7) {
                assertEquals(theta[1][p] - LR * fdTheta[p], critic.theta[1][p], 1e-8, "θ¹[" + p + "]");
            }
            for (int p = 0; p < fdPsi.length; p += 3) {
                assertEquals(psi[p] - LR * fdPsi[p], critic.psi[p], 1e-8, "ψ[" + p + "], V outputs " + valueOutputs);
            }
        }
    }

    /** L_Q = 1/(|B|N) Σ (y − Q^i(s, a)[a^i])² with the critic's current θ. */
    private static double qLoss(IqlCritic c, ReplayBuffer b, int[] batch, double[][] y) {
        double[] q = new double[2];
        double sum = 0;
        for (int k = 0; k < batch.length; k++) {
            int[] a = b.actions(batch[k]);
            for (int i = 0; i < 2; i++) {
                c.values(i, b.observation(batch[k], new double[b.width()]), a, q);
                sum += (y[k][i] - q[a[i]]) * (y[k][i] - q[a[i]]);
            }
        }
        return sum / (batch.length * 2);
    }

    /** L_V = 1/(|B|N) Σ L₂^τ(Q^i_θ̄ − V^i) with θ̄ = the initial θ. */
    private static double vLoss(IqlCritic c, ReplayBuffer b, int[] batch, double[][] targetTheta) {
        double[] q = new double[2];
        double sum = 0;
        for (int k = 0; k < batch.length; k++) {
            int[] a = b.actions(batch[k]);
            for (int i = 0; i < 2; i++) {
                c.values(targetTheta[i], i, b.observation(batch[k], new double[b.width()]), a, q);
                sum += Expectile.loss(q[a[i]] - c.value(i, b.observation(batch[k], new double[b.width()])), TAU);
            }
        }
        return sum / (batch.length * 2);
    }

    /**
     * A two-stage game under uniform random play: from the start any joint action pays 0 and leads to state
     * 2a¹ + a²; there any joint action pays the PD payoff plus the state index and ends the episode. IQL must then
     * learn Q^i(s', a) = payoff + s', V^i(s') = the τ-expectile of those payoffs over the uniform joint action, and
     * Q^i(start, a) = γ V^i(2a¹ + a²): the critic targets, the expectile value and the done flags together.
     */
    @Test
    void shouldLearnTheTwoStageReturnsWithAnExpectileValueUnderUniformPlay() {
        double gamma = 0.9;
        double tau = 0.85;
        Rng rng = Rng.forComponent(3, "two-stage");
        ReplayBuffer buffer = new ReplayBuffer(4000, 2, IqFlowFixtures.OBS);
        for (int t = 0; t < 2000; t++) {
            int[] first = {rng.bernoulli(0.5) ? 1 : 0, rng.bernoulli(0.5) ? 1 : 0};
            int next = 2 * first[0] + first[1];
            buffer.add(IqFlowFixtures.joint(4), first, new double[2], IqFlowFixtures.joint(next), false);
            int[] a = {rng.bernoulli(0.5) ? 1 : 0, rng.bernoulli(0.5) ? 1 : 0};
            buffer.add(IqFlowFixtures.joint(next), a, new double[] {payoff(a, 0) + next, payoff(a, 1) + next},
                    IqFlowFixtures.joint(4), true);
        }
        Mlp q = new Mlp(JointInput.length(IqFlowFixtures.OBS, 2, 2), new int[] {16, 16}, 2, true);
        Mlp v = new Mlp(IqFlowFixtures.OBS, new int[] {16}, 2, true);
        IqlCritic critic = new IqlCritic(q, v, 2, size -> new org.incentivelab.math.Adam(3e-3, size),
                Rng.forComponent(3, "critic"), false);
        int[] batch = new int[64];
        double[][] rewards = new double[64][2];
        double[][] y = new double[64][2];
        for (int step = 0; step < 20000; step++) {
            buffer.sample(rng, batch);
            for (int k = 0; k < batch.length; k++) {
                for (int i = 0; i < 2; i++) {
                    rewards[k][i] = buffer.reward(batch[k], i);
                }
            }
            critic.targets(buffer, batch, rewards, gamma, y);
            critic.update(buffer, batch, y, tau, 0.05);
        }
        double[] out = new double[2];
        for (int i = 0; i < 2; i++) {
            double e = expectile(new double[] {payoff(new int[] {0, 0}, i), payoff(new int[] {0, 1}, i),
                payoff(new int[] {1, 0}, i), payoff(new int[] {1, 1}, i)}, tau);
            for (int s = 0; s < 4; s++) {
                assertEquals(e + s, critic.value(i, IqFlowFixtures.joint(s)), 0.25, "V of agent " + i + " at " + s);
                for (int other = 0; other < 2; other++) {
                    int[] joint = new int[2];
                    joint[1 - i] = other;
                    critic.values(i, IqFlowFixtures.joint(s), joint, out);
                    for (int own = 0; own < 2; own++) {
                        joint[i] = own;
                        assertEquals(payoff(joint, i) + s, out[own], 0.25, "Q of agent " + i + " at " + s);
                    }
                }
            }
            for (int other = 0; other < 2; other++) {
                int[] joint = new int[2];
                joint[1 - i] = other;
                critic.values(i, IqFlowFixtures.joint(4), joint, out);
                for (int own = 0; own < 2; own++) {
                    joint[i] = own;
                    assertEquals(gamma * (e + 2 * joint[0] + joint[1]), out[own], 0.3, "Q at the start, agent " + i);
                }
            }
        }
    }

    private static double payoff(int[] a, int agent) {
        return org.incentivelab.env.MatrixPayoffs.PRISONERS_DILEMMA.payoff(a[agent], a[1 - agent]);
    }

    /** The τ-expectile of equally likely values: the root of Σ |τ − 1(x &lt; m)|(x − m), by bisection. */
    private static double expectile(double[] xs, double tau) {
        double lo = -100;
        double hi = 100;
        for (int k = 0; k < 200; k++) {
            double m = (lo + hi) / 2;
            double sum = 0;
            for (double x : xs) {
                sum += (x < m ? 1 - tau : tau) * (x - m);
            }
            if (sum > 0) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return (lo + hi) / 2;
    }

    @Test
    void shouldRefuseAValueNetworkWithNeitherOneNorNOutputs() {
        Mlp q = new Mlp(JointInput.length(10, 2, 2), new int[] {4}, 2, true);
        Mlp v = new Mlp(10, new int[] {4}, 3, true);
        assertThrows(IllegalArgumentException.class,
                () -> new IqlCritic(q, v, 2, size -> new Sgd(0.1), Rng.forComponent(1, "c"), false));
    }
}
