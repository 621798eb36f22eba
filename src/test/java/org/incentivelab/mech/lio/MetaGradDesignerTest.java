package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.learn.StepReduction;
import org.incentivelab.learn.PolicyUpdate;
import org.incentivelab.math.Optimizer;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MetaGrad designer's meta-gradient (thesis 001 Eqs. 6.3–6.5 with one inner step) against central finite
 * differences of the whole bilevel objective: perturb η, repay the incentives on the recorded τ, redo every
 * agent's policy step and re-evaluate the designer's loss on the recorded τ̂. Also its cost ψ and its payments.
 */
class MetaGradDesignerTest {

    private static LioPreset small(String file) throws Exception {
        return small(file, false, StepReduction.SUM);
    }

    /**
     * @param shared parameter sharing: the agents act with one policy network
     * @param reduction whether the agents step on the sum or the mean of their samples' gradients
     */
    private static LioPreset small(String file, boolean shared, StepReduction reduction) throws Exception {
        LioPreset p = (LioPreset) PresetLoader.load(Path.of("presets", file));
        PolicyConfig pc = p.policy();
        PolicyConfig fast = new PolicyConfig(List.of(8, 6), 0.05, pc.entropy(), pc.discount(), 0.3, 0.3, 1,
                pc.update(), 0.01, 0.01, shared, Optimizer.Kind.SGD, reduction); // ER: REINFORCE; Cleanup: AC
        IncentiveConfig ic = p.incentives();
        IncentiveConfig net = new IncentiveConfig(List.of(8, 5), ic.maxReward(), ic.learningRate(), ic.costWeight(),
                ic.separateCostOptimizer(), ic.costLearningRate(), ic.giverCritic(), true, null, ic.designerEntropy(),
                ic.designerCritic());
        MarkovGameConfig e = p.environment();
        MarkovGameConfig env = e.type() == MarkovGameType.CLEANUP ? BilevelCheck.richCleanup() : e;
        return new LioPreset(p.name(), p.source(), p.expect(), List.of(), env, p.method(), fast, net,
                p.iqflow(), p.d3c(), p.evaluationPeriod(), p.evaluationEpisodes(), p.episodes(), 1, p.seed());
    }

    @ParameterizedTest
    @CsvSource({"metagrad-er-5-2.json, false, SUM", "metagrad-er-10-5.json, false, SUM",
        "metagrad-cleanup-7x7.json, false, SUM", "metagrad-er-5-2.json, true, SUM",
        "metagrad-cleanup-7x7.json, true, SUM", "metagrad-er-5-2.json, false, MEAN",
        "metagrad-cleanup-7x7.json, true, MEAN"})
    void shouldMatchCentralFiniteDifferencesOfTheBilevelObjective(String file, boolean shared, StepReduction reduction)
            throws Exception {
        LioAlgorithm run = new LioAlgorithm(small(file, shared, reduction), 7);
        int k = 0;
        while (k < 20 || collective(run.tauHat()) == 0 && k < 500) { // a τ̂ without reward has a zero meta-gradient
            run.iterate(k++, true);
        }
        double eps = 0.3;
        MetaGradDesigner designer = run.designer();
        double[] eta = designer.eta.clone();
        double[] analytic = new double[eta.length];
        run.designerLossAt(eta, eps); // τ̂ stays as recorded; this only recomputes θ̂ from the recorded τ
        designer.metaGradient(run.tau(), run.tauHat(), run.learners(), 0.99, run.carry(), 2.0, analytic);
        BilevelCheck.assertMatchesFiniteDifferences(eta, x -> run.designerLossAt(x, eps), analytic);
    }

    @Test
    void shouldWeighTheOuterStepByTheCriticsGaeAdvantagesOnCleanupAndByTheReturnToGoInEscapeRoom() throws Exception {
        LioPreset cleanup = small("metagrad-cleanup-7x7.json");
        LioAlgorithm run = new LioAlgorithm(cleanup, 5);
        for (int k = 0; k < 30; k++) {
            run.iterate(k, true);
        }
        MetaGradDesigner designer = run.designer();
        DesignerCritic config = cleanup.incentives().designerCritic();
        assertEquals(0.99, config.gaeLambda(), "Table C.3's Cleanup designer has a critic");
        Trajectory tauHat = run.tauHat();
        int steps = tauHat.steps();
        double[] v = new double[steps + 1];
        for (int t = 0; t <= steps; t++) { // V of the global observation, the row's first part (events follow)
            v[t] = designer.critic().value(java.util.Arrays.copyOf(tauHat.designerInput[t],
                    run.game().globalObservationSize()));
        }
        double[] expected = new double[steps];
        double a = 0;
        for (int t = steps - 1; t >= 0; t--) {
            double r = 0;
            for (int i = 0; i < 2; i++) {
                r += tauHat.extrinsic[t][i];
            }
            a = r + 0.99 * v[t + 1] - v[t] + 0.99 * config.gaeLambda() * a;
            expected[t] = a;
        }
        double[] actual = new double[steps];
        designer.advantages(tauHat, 0.99, actual);
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-12);

        LioAlgorithm room = new LioAlgorithm(small("metagrad-er-5-2.json"), 5);
        room.iterate(0, true);
        assertEquals(null, room.designer().critic(), "Escape Room: no designer critic (Tables C.1–C.2)");
        double[] returns = new double[room.tauHat().steps()];
        double[] advantages = new double[returns.length];
        room.tauHat().collectiveReturns(0.99, returns);
        room.designer().advantages(room.tauHat(), 0.99, advantages);
        org.junit.jupiter.api.Assertions.assertArrayEquals(returns, advantages, 0);
    }

    @Test
    void shouldPayEveryAgentTheIncentiveOfItsActionWithinTheBound() throws Exception {
        LioAlgorithm run = new LioAlgorithm(small("metagrad-er-5-2.json"), 3);
        run.collect(0.3, true); // plays τ with the current η, which no step has changed yet
        Trajectory tau = run.tau();
        MetaGradDesigner designer = run.designer();
        double[] perAction = new double[3];
        for (int t = 0; t < tau.steps(); t++) {
            designer.net.give(designer.eta, tau.designerInput[t], 2.0, perAction);
            for (int i = 0; i < 5; i++) {
                double paid = tau.designerGiven(t, i);
                assertEquals(perAction[tau.gameAction(t, i)], paid, 1e-12, "agent " + i + " is paid for its action");
                assertTrue(paid > 0 && paid < 2);
                assertEquals(paid, tau.received(t, i), 1e-12, "no agent gives under MetaGrad");
            }
        }
    }

    private static double collective(Trajectory tr) {
        double sum = 0;
        for (int t = 0; t < tr.steps(); t++) {
            for (int i = 0; i < tr.agents(); i++) {
                sum += tr.extrinsic(t, i);
            }
        }
        return sum;
    }
}
