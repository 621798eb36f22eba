package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.learn.StepReduction;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Rng;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

/**
 * Parameter sharing (thesis 001 App. C.2.2: MetaGrad's Cleanup agents): one θ for every agent, stepped once per
 * episode on the sum of the agents' policy gradients, θ ← θ + α_θ Σ_j ∇_θ[Σ_t log π̃(a^j_t|o^j_t) G^j_t + β H]
 * (or on their mean over the T·n samples, {@link StepReduction#MEAN}).
 */
class ParameterSharingTest {

    private static LioPreset preset(boolean shared) throws Exception {
        return preset(shared, Optimizer.Kind.SGD, StepReduction.SUM);
    }

    private static LioPreset preset(boolean shared, Optimizer.Kind optimizer, StepReduction reduction)
            throws Exception {
        LioPreset p = (LioPreset) PresetLoader.load(Path.of("presets", "pg-er-3-2.json"));
        PolicyConfig pc = p.policy();
        PolicyConfig config = new PolicyConfig(pc.hidden(), pc.learningRate(), pc.entropy(), pc.discount(),
                pc.epsilonStart(), pc.epsilonEnd(), pc.epsilonEpisodes(), pc.update(), pc.criticLearningRate(),
                pc.targetRate(), shared, optimizer, reduction);
        return new LioPreset(p.name(), p.source(), p.expect(), List.of(), p.environment(), p.method(), config,
                p.incentives(), p.iqflow(), p.d3c(), p.evaluationPeriod(), p.evaluationEpisodes(), p.episodes(), 1, p.seed());
    }

    @Test
    void shouldStepOneSharedPolicyOnTheSumOfTheAgentsGradients() throws Exception {
        LioPreset p = preset(true);
        LioAlgorithm run = new LioAlgorithm(p, 11);
        PolicyLearner[] learners = run.learners();
        for (PolicyLearner l : learners) {
            assertSame(learners[0].theta, l.theta, "one θ for every agent");
        }
        double[] before = learners[0].theta.clone();
        run.iterate(0, true);
        assertArrayEquals(sgdStep(run, p, before), learners[0].theta, 1e-12);
    }

    @Test
    void shouldStepASharedPolicyWithAdamOnTheSumOfTheAgentsGradients() throws Exception {
        // IQ-Flow's reference agents on Cleanup step with Adam; its first step moves each parameter by α_θ·sign(Σ_j d_j).
        LioPreset p = preset(true, Optimizer.Kind.ADAM, StepReduction.SUM);
        double lr = p.policy().learningRate();
        LioAlgorithm run = new LioAlgorithm(p, 11);
        double[] before = run.learners()[0].theta.clone();
        run.iterate(0, true);
        double[] sgd = sgdStep(run, p, before);
        double[] theta = run.learners()[0].theta;
        int moved = 0;
        for (int k = 0; k < before.length; k++) {
            double direction = sgd[k] - before[k];
            if (direction == 0) { // e.g. weights from inputs that were 0 all episode
                assertEquals(before[k], theta[k], 0.0, "parameter " + k);
            } else if (Math.abs(direction) > 1e-3 * lr) { // |Σ_j d_j| ≫ Adam's ε: a full-size step
                assertEquals(lr * Math.signum(direction), theta[k] - before[k], 1e-3 * lr, "parameter " + k);
                moved++;
            }
        }
        assertTrue(moved > 100, "parameters moved: " + moved + " of " + before.length);
    }

    @Test
    void shouldStepOnTheMeanOverStepsAndAgentsWithTheMeanReduction() throws Exception {
        // The reference code of MetaGrad's Cleanup agents: the loss is a mean over the T·n samples of the batch.
        LioPreset p = preset(true, Optimizer.Kind.SGD, StepReduction.MEAN);
        LioAlgorithm run = new LioAlgorithm(p, 11);
        double[] before = run.learners()[0].theta.clone();
        run.iterate(0, true);
        int samples = run.tau().steps() * p.agents();
        double[] sum = sgdStep(run, p, before);
        double[] expected = new double[before.length];
        for (int k = 0; k < before.length; k++) {
            expected[k] = before[k] + (sum[k] - before[k]) / samples;
        }
        assertArrayEquals(expected, run.learners()[0].theta, 1e-12);
        assertEquals(p.policy().learningRate() / samples, run.learners()[1].stepRate(), 1e-18,
                "every sharer's step rate, which the meta-gradients multiply by");
    }

    /** θ + α_θ Σ_j d_j: agent by agent, an unshared SGD learner from the same θ on the run's last episode. */
    private static double[] sgdStep(LioAlgorithm run, LioPreset p, double[] before) {
        PolicyConfig pc = p.policy();
        PolicyLearner[] learners = run.learners();
        Trajectory tau = run.tau();
        double[] expected = before.clone();
        double[] returns = new double[tau.steps()];
        for (int j = 0; j < p.agents(); j++) {
            PolicyLearner alone = new PolicyLearner(learners[0].policy.net(), tau.steps(), false, Optimizer.Kind.SGD,
                    pc.learningRate(), StepReduction.SUM, Rng.forComponent(1, "x"));
            System.arraycopy(before, 0, alone.theta, 0, before.length);
            tau.returns(j, true, false, pc.discount(), returns);
            alone.accumulate(tau, j, returns, pc.epsilonStart(), pc.entropy());
            alone.step();
            for (int k = 0; k < before.length; k++) {
                expected[k] += alone.thetaHat[k] - before[k];
            }
        }
        return expected;
    }

    @Test
    void shouldKeepOnePolicyPerAgentWithoutSharing() throws Exception {
        PolicyLearner[] learners = new LioAlgorithm(preset(false), 11).learners();
        assertNotSame(learners[0].theta, learners[1].theta);
    }
}
