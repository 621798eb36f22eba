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
                c.values(i, b.observation(batch[k]), a, q);
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
                c.values(targetTheta[i], i, b.observation(batch[k]), a, q);
                sum += Expectile.loss(q[a[i]] - c.value(i, b.observation(batch[k])), TAU);
            }
        }
        return sum / (batch.length * 2);
    }

    @Test
    void shouldRefuseAValueNetworkWithNeitherOneNorNOutputs() {
        Mlp q = new Mlp(JointInput.length(10, 2, 2), new int[] {4}, 2, true);
        Mlp v = new Mlp(10, new int[] {4}, 3, true);
        assertThrows(IllegalArgumentException.class,
                () -> new IqlCritic(q, v, 2, size -> new Sgd(0.1), Rng.forComponent(1, "c")));
    }
}
