package org.incentivelab.mech.lio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.learn.PolicyUpdate;
import org.incentivelab.learn.StepReduction;
import org.incentivelab.math.Optimizer;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LIO's meta-gradient (thesis 001 Eqs. 5.7–5.10, first-order form of digest §3.1) against central finite
 * differences of the whole bilevel objective: perturb η^i, redo every recipient's policy-gradient step on the
 * recorded τ (its incentives recomputed), and re-evaluate the giver's loss on the recorded τ̂. Also the cost of
 * giving (Eq. 5.6) against finite differences.
 */
class LioMetaGradientTest {
    private static final double H = 1e-5;

    static LioPreset preset(String file, int agents, int lever) throws Exception {
        return preset(file, agents, lever, PolicyUpdate.REINFORCE);
    }

    static LioPreset preset(String file, int agents, int lever, PolicyUpdate update) throws Exception {
        return preset(file, agents, lever, update, 0.05);
    }

    /**
     * Small nets and a large policy step make the meta-gradient large against round-off; not so large that the
     * warm-up saturates a softmax to exactly one-hot (its scores, and so the meta-gradient, would be exactly 0).
     */
    static LioPreset preset(String file, int agents, int lever, PolicyUpdate update, double policyStep)
            throws Exception {
        LioPreset p = (LioPreset) PresetLoader.load(Path.of("presets", file));
        PolicyConfig pc = p.policy();
        PolicyConfig small = new PolicyConfig(List.of(8, 6), policyStep, pc.entropy(), pc.discount(), pc.epsilonStart(),
                pc.epsilonEnd(), pc.epsilonEpisodes(), update, 0.01, 0.01, false,
                Optimizer.Kind.SGD, StepReduction.SUM);
        IncentiveConfig ic = p.incentives();
        IncentiveConfig smallIncentives = new IncentiveConfig(List.of(8, 5), ic.maxReward(), ic.learningRate(),
                ic.costWeight(), ic.separateCostOptimizer(), ic.costLearningRate(), ic.giverCritic(), true, null,
                ic.designerEntropy(), ic.designerCritic());
        MarkovGameConfig e = p.environment();
        MarkovGameConfig env = e.type() == MarkovGameType.CLEANUP ? BilevelCheck.richCleanup()
                : new MarkovGameConfig(e.type(), agents, lever, e.steps());
        return new LioPreset(p.name(), p.source(), p.expect(), List.of(), env, p.method(), small, smallIncentives,
                p.iqflow(), p.d3c(), p.evaluationPeriod(), p.evaluationEpisodes(), p.episodes(), 1, p.seed());
    }

    @ParameterizedTest
    @CsvSource({"lio-er-2-1.json, 2, 1, 0, REINFORCE, 0.05", "lio-er-3-2.json, 3, 2, 2, REINFORCE, 0.05",
        "lio-ipd.json, 2, 1, 1, REINFORCE, 0.05", "lio-asym-ipd.json, 2, 1, 0, REINFORCE, 0.05",
        "lio-er-2-1.json, 2, 1, 0, ACTOR_CRITIC, 0.05", "lio-er-3-2.json, 3, 2, 2, ACTOR_CRITIC, 0.05",
        "lio-ipd.json, 2, 1, 1, ACTOR_CRITIC, 0.05", "lio-cleanup-7x7.json, 2, 1, 1, ACTOR_CRITIC, 0.002"})
    void shouldMatchCentralFiniteDifferencesOfTheBilevelObjective(String file, int agents, int lever, int giver,
            PolicyUpdate update, double policyStep) throws Exception {
        LioAlgorithm lio = new LioAlgorithm(preset(file, agents, lever, update, policyStep), 99);
        for (int k = 0; k < 30; k++) {
            lio.iterate(k, true);
        }
        double eps = 0.2;
        lio.collect(eps, true);
        double[] eta = lio.eta(giver).clone();
        double[] analytic = new double[eta.length];
        lio.metaGradient(giver, analytic);
        BilevelCheck.assertMatchesFiniteDifferences(eta, x -> lio.giverLossAt(giver, x, eps), analytic);
    }

    @ParameterizedTest
    @CsvSource({"lio-er-2-1.json, 2, 1", "lio-er-3-2.json, 3, 2"})
    void shouldMatchFiniteDifferencesOfTheCostOfGiving(String file, int agents, int lever) throws Exception {
        LioPreset p = preset(file, agents, lever);
        LioAlgorithm lio = new LioAlgorithm(p, 5);
        lio.collect(0.3, true);
        double[] eta = lio.eta(0);
        double[] analytic = new double[eta.length];
        lio.addCostGradient(0, analytic);
        for (int k = 0; k < eta.length; k += 7) {
            double keep = eta[k];
            eta[k] = keep + H;
            double up = cost(lio, p, eta);
            eta[k] = keep - H;
            double down = cost(lio, p, eta);
            eta[k] = keep;
            assertEquals((up - down) / (2 * H), analytic[k], 1e-7, "parameter " + k);
        }
    }

    /** Σ_t γ^t Σ_j r^j_η(o_t, a_t) on the recorded τ (Eq. 5.6). */
    private static double cost(LioAlgorithm lio, LioPreset p, double[] eta) {
        Trajectory tau = lio.tau();
        IncentiveFunction f = IncentiveFunction.giver(lio.game(), lio.observationSize(), p.incentives().hidden());
        double[] r = new double[p.agents() - 1];
        double total = 0;
        double discount = 1;
        for (int t = 0; t < tau.steps(); t++) {
            f.give(eta, tau.giverInput[t][0], p.incentives().maxReward(), r);
            for (double x : r) {
                total += discount * x;
            }
            discount *= p.policy().discount();
        }
        return total;
    }

    @ParameterizedTest
    @CsvSource({"ESCAPE_ROOM", "IPD"})
    void shouldGiveIncentivesWithinZeroAndMaxReward(MarkovGameType type) throws Exception {
        LioPreset p = preset(type == MarkovGameType.IPD ? "lio-ipd.json" : "lio-er-3-2.json",
                type == MarkovGameType.IPD ? 2 : 3, type == MarkovGameType.IPD ? 1 : 2);
        LioAlgorithm lio = new LioAlgorithm(p, 3);
        for (int k = 0; k < 50; k++) {
            lio.iterate(k, true);
            Trajectory tau = lio.tau();
            for (int t = 0; t < tau.steps(); t++) {
                for (int i = 0; i < p.agents(); i++) {
                    assertEquals(0, tau.given(t, i, i), "no self-reward");
                    for (int j = 0; j < p.agents(); j++) {
                        assertTrue(tau.given(t, i, j) >= 0 && tau.given(t, i, j) <= p.incentives().maxReward());
                    }
                }
            }
        }
    }
}
