package org.incentivelab.mech.iqflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.incentivelab.math.RmsProp;
import org.incentivelab.math.Sgd;
import org.incentivelab.nn.Mlp;
import org.incentivelab.nn.Squash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IQ-Flow's meta-gradient (digest 004 §2.5) against central finite differences, and the incentive range. */
class IqFlowMechanismTest {
    private static MetaProblem problem(ReplayBuffer buffer, double c1, double c2, boolean mask) {
        return problem(buffer, c1, c2, mask, 0.5, 1);
    }

    private static MetaProblem problem(ReplayBuffer buffer, double c1, double c2, boolean mask, double beta,
            int innerSteps) {
        return problem(buffer, c1, c2, mask, beta, innerSteps, IqFlowFixtures.critic(2, 0.1, 13), InnerOptimizer.SGD);
    }

    private static MetaProblem problem(ReplayBuffer buffer, double c1, double c2, boolean mask, double beta,
            int innerSteps, IqlCritic incentivised, InnerOptimizer inner) {
        int[] slots = new int[48];
        buffer.sample(Rng.forComponent(6, "meta"), slots);
        int[] train = java.util.Arrays.copyOfRange(slots, 0, 24);
        int[] valid = java.util.Arrays.copyOfRange(slots, 24, 48);
        return new MetaProblem(buffer, train, valid, IqFlowFixtures.critic(1, 0.1, 11),
                IqFlowFixtures.critic(2, 0.1, 12), incentivised, 0.99, beta, c1, c2, mask, innerSteps, inner);
    }

    /** An RMSProp incentivised pair whose state ν has seen a few IQL updates, as in a run. */
    private static IqlCritic rmsCritic(ReplayBuffer buffer) {
        IqlCritic critic = new IqlCritic(
                new Mlp(JointInput.length(IqFlowFixtures.OBS, 2, 2), new int[] {8, 6}, 2, true),
                new Mlp(IqFlowFixtures.OBS, new int[] {8}, 2, true), 2, size -> new RmsProp(1e-3, size),
                Rng.forComponent(13, "critic"), false);
        int[] batch = new int[16];
        double[][] rewards = new double[16][2];
        double[][] y = new double[16][2];
        Rng rng = Rng.forComponent(14, "fit");
        for (int u = 0; u < 5; u++) {
            buffer.sample(rng, batch);
            for (int k = 0; k < batch.length; k++) {
                rewards[k][0] = buffer.reward(batch[k], 0);
                rewards[k][1] = buffer.reward(batch[k], 1);
            }
            critic.targets(buffer, batch, rewards, 0.99, y);
            critic.update(buffer, batch, y, 0.85, 0.01);
        }
        return critic;
    }

    @ParameterizedTest
    @CsvSource({"1", "2"})
    void shouldMatchFiniteDifferencesWithRmsPropInnerStepsTheirScalingHeld(int innerSteps) {
        ReplayBuffer buffer = IqFlowFixtures.buffer(80, 5);
        MetaProblem p = problem(buffer, 0.3, 0.05, false, 1e-3, innerSteps, rmsCritic(buffer), InnerOptimizer.RMSPROP);
        MetaProblem sgd = problem(buffer, 0.3, 0.05, false, 1e-3, innerSteps, rmsCritic(buffer), InnerOptimizer.SGD);
        IqFlowMechanism m = IqFlowFixtures.mechanism(7);
        double[] plain = new double[m.parameterCount()];
        m.gradient(sgd, null, plain);
        double[] gradient = new double[m.parameterCount()];
        MetaStep step = m.gradient(p, null, gradient);
        double[] fd = finiteDifferences(m, p, step);
        if (innerSteps == 1) {
            for (int k = 0; k < gradient.length; k++) {
                assertEquals(fd[k], gradient[k], 1e-9 + 1e-5 * norm(gradient), "∂L/∂η[" + k + "]");
            }
        }
        assertTrue(norm(fd) > 1e-8, "a gradient to check");
        assertTrue(cosine(fd, gradient) > 0.99, "direction: cos " + cosine(fd, gradient));
        assertTrue(norm(gradient) > 3 * norm(plain), "the scaling 1/√ν enlarges the simulated step: "
                + norm(gradient) + " against SGD's " + norm(plain));
    }

    /** Central differences of the meta-loss in every coordinate of η, masks (and RMSProp scalings) held. */
    private static double[] finiteDifferences(IqFlowMechanism m, MetaProblem p, MetaStep step) {
        double h = 1e-5;
        double[] fd = new double[m.parameterCount()];
        for (int k = 0; k < fd.length; k++) {
            double[] up = m.eta.clone();
            double[] down = m.eta.clone();
            up[k] += h;
            down[k] -= h;
            fd[k] = (m.loss(up, p, step) - m.loss(down, p, step)) / (2 * h);
        }
        return fd;
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double dot(double[] u, double[] v) {
        return org.incentivelab.math.Vectors.dot(u, v);
    }

    private static double cosine(double[] u, double[] v) {
        return dot(u, v) / (norm(u) * norm(v));
    }

    @ParameterizedTest
    @CsvSource({"1", "3"})
    void shouldGiveTheSameMetaGradientAndCriticUpdatesToTheBitWithTheHeadsOnParallelThreads(int innerSteps) {
        ReplayBuffer buffer = IqFlowFixtures.buffer(80, 5);
        double[][] gradients = new double[2][];
        double[][][] heads = new double[2][][];
        for (int run = 0; run < 2; run++) {
            boolean parallel = run == 1;
            IqlCritic incentivised = IqFlowFixtures.critic(2, 0.1, 13, parallel);
            int[] batch = new int[32];
            buffer.sample(Rng.forComponent(15, "fit"), batch);
            double[][] rewards = new double[32][2];
            double[][] y = new double[32][2];
            incentivised.targets(buffer, batch, rewards, 0.99, y);
            incentivised.update(buffer, batch, y, 0.85, 0.01);
            int[] slots = new int[48];
            buffer.sample(Rng.forComponent(6, "meta"), slots);
            MetaProblem p = new MetaProblem(buffer, java.util.Arrays.copyOfRange(slots, 0, 24),
                    java.util.Arrays.copyOfRange(slots, 24, 48), IqFlowFixtures.critic(1, 0.1, 11, parallel),
                    IqFlowFixtures.critic(2, 0.1, 12, parallel), incentivised, 0.99, 0.5, 0.3, 0.05, true,
                    innerSteps, InnerOptimizer.SGD);
            IqFlowMechanism m = IqFlowFixtures.mechanism(7);
            gradients[run] = new double[m.parameterCount()];
            m.gradient(p, null, gradients[run]);
            heads[run] = incentivised.theta;
        }
        assertTrue(norm(gradients[0]) > 0, "a gradient to compare");
        org.junit.jupiter.api.Assertions.assertArrayEquals(gradients[0], gradients[1], 0.0);
        for (int i = 0; i < 2; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(heads[0][i], heads[1][i], 0.0, "head " + i);
        }
    }

    @Test
    void shouldRefuseRmsPropInnerStepsOnAnSgdCritic() {
        ReplayBuffer buffer = IqFlowFixtures.buffer(80, 5);
        MetaProblem p = problem(buffer, 0.3, 0.05, false, 1e-3, 1, IqFlowFixtures.critic(2, 0.1, 13),
                InnerOptimizer.RMSPROP);
        IqFlowMechanism m = IqFlowFixtures.mechanism(7);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> m.gradient(p, null, new double[m.parameterCount()]));
        assertTrue(e.getMessage().contains("RMSProp"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0, 0, true, false", "0.3, 0.05, true, false", "0.3, 0.05, false, false", "0.3, 0.05, true, true"})
    void shouldMatchCentralFiniteDifferencesOfTheMetaLossWithTheMasksHeld(double c1, double c2, boolean mask,
            boolean miniInit) {
        ReplayBuffer buffer = IqFlowFixtures.buffer(80, 5);
        MetaProblem p = problem(buffer, c1, c2, mask);
        IqFlowMechanism m = IqFlowFixtures.mechanism(7, miniInit);
        double[] gradient = new double[m.parameterCount()];
        MetaStep step = m.gradient(p, null, gradient);
        assertEquals(step.loss(), m.loss(m.eta, p, step), 1e-12, "the loss at η with its own masks");
        double h = 1e-5;
        double largest = 0;
        for (double g : gradient) {
            largest = Math.max(largest, Math.abs(g));
        }
        assertTrue(largest > 1e-6, "a gradient to check: " + largest);
        for (int k = 0; k < gradient.length; k += 5) {
            double[] up = m.eta.clone();
            double[] down = m.eta.clone();
            up[k] += h;
            down[k] -= h;
            double fd = (m.loss(up, p, step) - m.loss(down, p, step)) / (2 * h);
            assertEquals(fd, gradient[k], 1e-7 + 1e-4 * largest, "∂L/∂η[" + k + "]");
        }
    }

    /**
     * With K inner steps the first-order gradient drops the Hessian products of the path, terms of order β²: at a
     * small β it must agree with finite differences of the unrolled K-step loss to within a few per cent, and sum K
     * terms (well above the one-step gradient there).
     */
    @Test
    void shouldApproachTheUnrolledGradientWithSeveralInnerStepsAtASmallStep() {
        ReplayBuffer buffer = IqFlowFixtures.buffer(80, 5);
        MetaProblem three = problem(buffer, 0.3, 0.05, false, 0.02, 3);
        MetaProblem one = problem(buffer, 0.3, 0.05, false, 0.02, 1);
        IqFlowMechanism m = IqFlowFixtures.mechanism(7);
        double[] gradient = new double[m.parameterCount()];
        MetaStep step = m.gradient(three, null, gradient);
        double[] single = new double[m.parameterCount()];
        m.gradient(one, null, single);
        double[] fd = finiteDifferences(m, three, step);
        assertTrue(norm(fd) > 1e-8, "a gradient to check");
        assertTrue(cosine(fd, gradient) > 0.99, "direction: cos " + cosine(fd, gradient));
        assertEquals(1, norm(gradient) / norm(fd), 0.05, "size against the unrolled finite differences");
        assertTrue(norm(gradient) / norm(single) > 2 && dot(single, gradient) > 0, "three steps' terms, not one "
                + "step's: × " + norm(gradient) / norm(single));
    }

    /** The reference's mini_init: the same η but the output layer's weights ÷ 1000, paying R·|tanh z| ≈ 0. */
    @Test
    void shouldStartPayingAlmostNothingFromTheMiniInitAndSwitchItsSquashWhenLoaded() {
        IqFlowMechanism plain = IqFlowFixtures.mechanism(7, false);
        IqFlowMechanism mini = IqFlowFixtures.mechanism(7, true);
        int out = plain.eta.length - 6 * IqFlowFixtures.AGENTS - IqFlowFixtures.AGENTS; // the [6][N] output weights
        for (int k = 0; k < plain.eta.length; k++) {
            double expected = k >= out && k < out + 6 * IqFlowFixtures.AGENTS ? plain.eta[k] / 1000 : plain.eta[k];
            assertEquals(expected, mini.eta[k], 1e-18, "η[" + k + "]");
        }
        assertEquals(Squash.ABS_TANH, mini.squash());
        double[] r = new double[IqFlowFixtures.AGENTS];
        double[] sigmoid = new double[IqFlowFixtures.AGENTS];
        for (int state = 0; state < 5; state++) {
            mini.incentives(IqFlowFixtures.joint(state), new int[] {1, 0}, r);
            plain.incentives(IqFlowFixtures.joint(state), new int[] {1, 0}, sigmoid);
            for (int i = 0; i < r.length; i++) {
                assertTrue(r[i] >= 0 && r[i] < 0.01, "mini init pays ≈ 0: " + r[i]);
                assertTrue(Math.abs(sigmoid[i] - 1) < 0.5, "σ pays ≈ R/2 at the start: " + sigmoid[i]);
            }
        }
        plain.setSquash(Squash.ABS_TANH);
        plain.incentives(IqFlowFixtures.joint(2), new int[] {0, 1}, r);
        mini.setParameters(plain.parameters());
        mini.incentives(IqFlowFixtures.joint(2), new int[] {0, 1}, sigmoid);
        assertArrayEquals(r, sigmoid, 0.0, "η and squash are all a regulator pays by");
    }

    @Test
    void shouldPayEachAgentBetweenZeroAndRmaxAndLowerTheMetaLossAlongItsStep() {
        ReplayBuffer buffer = IqFlowFixtures.buffer(80, 5);
        MetaProblem p = problem(buffer, 0.3, 0.05, false);
        Mlp net = new Mlp(JointInput.length(10, 2, 2), new int[] {8, 6}, 2, true);
        IqFlowMechanism m = new IqFlowMechanism(net, 2, 2.0, false, new Sgd(0.5), Rng.forComponent(7, "eta"));
        double[] r = new double[2];
        m.incentives(IqFlowFixtures.joint(3), new int[] {1, 0}, r);
        for (double x : r) {
            assertTrue(x > 0 && x < 2, "r_inc in (0, R_max): " + x);
        }
        MetaStep before = m.step(p);
        double after = m.loss(m.eta, p, before);
        assertTrue(after < before.loss(), "a small SGD step lowers L: " + before.loss() + " → " + after);
        for (boolean[] row : before.active()) {
            for (boolean on : row) {
                assertTrue(on, "without the mask every term is active");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> m.setMaxReward(0));
    }
}
