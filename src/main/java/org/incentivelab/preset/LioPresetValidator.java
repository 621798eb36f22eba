package org.incentivelab.preset;

import java.util.List;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.learn.PolicyUpdate;
import org.incentivelab.math.Finite;
import org.incentivelab.math.Optimizer;
import org.incentivelab.mech.d3c.D3cRlConfig;
import org.incentivelab.mech.iqflow.IqFlowConfig;
import org.incentivelab.mech.iqflow.SavedMechanism;
import org.incentivelab.mech.lio.DesignerCritic;
import org.incentivelab.mech.lio.IncentiveConfig;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.run.LioExperiment;

/** The range rules of a {@link LioPreset}; each failure names the file, the field and the allowed values. */
final class LioPresetValidator {
    /** Widest hidden layer. */
    static final int MAX_WIDTH = 256;
    /** Most joint actions of a Cen policy (|A|^N). */
    static final int MAX_JOINT = 4096;

    private final PresetValidator v;

    LioPresetValidator(PresetValidator v) {
        this.v = v;
    }

    void check(LioPreset p) throws PresetException {
        checkEnvironment(p.environment());
        v.required("method", p.method());
        if (p.method().seesGlobal() && p.environment().type().matrixGame()) {
            v.fail("method", p.method().name().toLowerCase(java.util.Locale.ROOT), "lio, pg, pg_d, pg_c, ia or "
                    + "lio_asym in a matrix game (an incentive designer or Cen needs the global observation of Escape"
                    + " Room or Cleanup)");
        }
        if (p.method() == LioMethod.CEN && Math.pow(p.environment().create(0).actions(), p.agents()) > MAX_JOINT) {
            v.fail("method", "cen", "a method other than cen for " + p.agents() + " agents: Cen's joint actions |A|^N"
                    + " must be at most " + MAX_JOINT);
        }
        checkPolicy(p.policy());
        if (p.policy().update() == PolicyUpdate.IMMEDIATE_REWARD && p.method() != LioMethod.IQFLOW
                && p.method() != LioMethod.PG && p.method() != LioMethod.SHARED) {
            v.fail("policy.update", "immediate_reward", "reinforce or actor_critic for method " + p.method().name()
                    .toLowerCase(java.util.Locale.ROOT) + " (IQ-Flow's reference weights γ^t·r_t are offered for"
                    + " iqflow, pg and shared only; incentive meta-gradients assume returns-to-go or TD errors)");
        }
        if (p.policy().optimizer() == Optimizer.Kind.ADAM && p.method().differentiatesPolicyStep()) {
            v.fail("policy.optimizer", "adam", "sgd for method " + p.method().name().toLowerCase(java.util.Locale.ROOT)
                    + " (its meta-gradient differentiates the agents' plain gradient step)");
        }
        if (p.policy().sharedParameters() && !p.method().canSharePolicies()) {
            v.fail("policy.sharedParameters", "true", "false for method " + p.method().name().toLowerCase(
                    java.util.Locale.ROOT) + " (parameter sharing is for agents that give nothing: pg, ia, metagrad,"
                    + " dual_rl_c, dual_rl_d, iqflow, shared)");
        }
        checkIncentives(p.incentives());
        if (p.incentives().designerCritic() != null && p.method() != LioMethod.METAGRAD) {
            v.fail("incentives.designerCritic", "an object", "null unless method is metagrad (the MetaGrad designer's"
                    + " critic)");
        }
        if (p.method() == LioMethod.IQFLOW) {
            if (p.environment().type() == MarkovGameType.IPD) {
                v.fail("environment.type", "ipd", "prisoners_dilemma, chicken, stag_hunt or escape_room for IQ-Flow"
                        + " (LIO's IPD gives each agent an egocentric view; IQ-Flow's critics read the joint one)");
            }
            checkIqFlow(p.iqflow());
        } else if (p.iqflow() != null) {
            v.fail("iqflow", "an object", "null unless method is iqflow");
        }
        if (p.method() == LioMethod.D3C) {
            checkD3c(p.d3c());
        } else if (p.d3c() != null) {
            v.fail("d3c", "an object", "null unless method is d3c");
        }
        v.range("evaluationPeriod", p.evaluationPeriod(), 1, 100_000);
        v.range("evaluationEpisodes", p.evaluationEpisodes(), 1, 1000);
        v.checkReferences(p.references(), LioExperiment.seriesNames(p),
                "series of a " + p.environment().label() + " run");
    }

    private void checkEnvironment(MarkovGameConfig e) throws PresetException {
        v.required("environment", e);
        v.required("environment.type", e.type());
        if (e.type() == MarkovGameType.CLEANUP) {
            v.range("environment.agents", e.agents(), 2, 2);
            v.required("environment.cleanup", e.cleanup());
        } else if (e.cleanup() != null) {
            v.fail("environment.cleanup", "an object", "null unless environment.type is cleanup");
        }
        if (e.type().matrixGame() || e.type() == MarkovGameType.TRUST_YOUR_BROTHER
                || e.type() == MarkovGameType.COINS) {
            v.range("environment.agents", e.agents(), 2, 2);
        } else if (e.type() == MarkovGameType.ESCAPE_ROOM) {
            v.range("environment.agents", e.agents(), 2, MarkovGameConfig.MAX_AGENTS);
            v.range("environment.leverNeeded", e.leverNeeded(), 1, e.agents() - 1);
        }
        v.range("environment.steps", e.steps(), 1, e.type() == MarkovGameType.COINS ? 500 : 100);
    }

    private void checkPolicy(PolicyConfig c) throws PresetException {
        v.required("policy", c);
        hidden("policy.hidden", c.hidden(), 0);
        v.positive("policy.learningRate", c.learningRate(), 1);
        unit("policy.entropy", c.entropy(), 10);
        unit("policy.discount", c.discount(), 1);
        unit("policy.epsilonStart", c.epsilonStart(), 1);
        unit("policy.epsilonEnd", c.epsilonEnd(), c.epsilonStart());
        v.range("policy.epsilonEpisodes", c.epsilonEpisodes(), 1, PresetLoader.MAX_EPISODES);
        v.required("policy.update", c.update());
        v.required("policy.optimizer", c.optimizer());
        v.required("policy.reduction", c.reduction());
        v.positive("policy.criticLearningRate", c.criticLearningRate(), 1);
        v.positive("policy.targetRate", c.targetRate(), 1);
    }

    private void checkIncentives(IncentiveConfig c) throws PresetException {
        v.required("incentives", c);
        hidden("incentives.hidden", c.hidden());
        v.positive("incentives.maxReward", c.maxReward(), 100);
        v.positive("incentives.learningRate", c.learningRate(), 1);
        unit("incentives.costWeight", c.costWeight(), 100);
        v.positive("incentives.costLearningRate", c.costLearningRate(), 1);
        v.required("incentives.giverCritic", c.giverCritic());
        unit("incentives.designerEntropy", c.designerEntropy(), 10);
        DesignerCritic critic = c.designerCritic();
        if (critic != null) {
            v.positive("incentives.designerCritic.learningRate", critic.learningRate(), 1);
            v.positive("incentives.designerCritic.targetRate", critic.targetRate(), 1);
            unit("incentives.designerCritic.gaeLambda", critic.gaeLambda(), 1);
        }
        if (c.turnOffAtEpisode() != null) {
            v.range("incentives.turnOffAtEpisode", c.turnOffAtEpisode(), 0, PresetLoader.MAX_EPISODES);
        }
    }

    private void checkIqFlow(IqFlowConfig c) throws PresetException {
        v.required("iqflow", c);
        hidden("iqflow.criticHidden", c.criticHidden());
        if (!(c.expectile() > 0 && c.expectile() < 1)) {
            v.fail("iqflow.expectile", c.expectile(), "(0, 1)");
        }
        v.positive("iqflow.polyak", c.polyak(), 1);
        v.range("iqflow.batch", c.batch(), 1, 4096);
        v.range("iqflow.bufferSize", c.bufferSize(), 2 * c.batch(), 1_000_000);
        v.range("iqflow.startTrain", c.startTrain(), 0, Integer.MAX_VALUE);
        v.positive("iqflow.cooperativeLearningRate", c.cooperativeLearningRate(), 1);
        v.positive("iqflow.environmentLearningRate", c.environmentLearningRate(), 1);
        v.positive("iqflow.incentivisedLearningRate", c.incentivisedLearningRate(), 1);
        unit("iqflow.c1", c.c1(), 100);
        unit("iqflow.c2", c.c2(), 100);
        v.range("iqflow.innerSteps", c.innerSteps(), 1, 50);
        v.required("iqflow.innerOptimizer", c.innerOptimizer());
        v.range("iqflow.agentResetPeriod", c.agentResetPeriod(), 0, PresetLoader.MAX_EPISODES);
        SavedMechanism m = c.pretrained();
        if (m != null) {
            if (!SavedMechanism.FORMAT.equals(m.format())) {
                v.fail("iqflow.pretrained.format", m.format(), "'" + SavedMechanism.FORMAT + "'");
            }
            if (m.eta() == null || !Finite.all(m.eta())) {
                v.fail("iqflow.pretrained.eta", "an array with a non-finite or missing value", "finite numbers");
            }
            v.positive("iqflow.pretrained.maxReward", m.maxReward(), 100);
            v.required("iqflow.pretrained.squash", m.squash());
        }
    }

    /** RL D3C's trials (seed 000 Algorithms 1–2). */
    private void checkD3c(D3cRlConfig c) throws PresetException {
        v.required("d3c", c);
        v.positive("d3c.mixingRate", c.mixingRate(), 100);
        v.positive("d3c.perturbation", c.perturbation(), 10);
        v.range("d3c.trialMin", c.trialMin(), 1, 10_000);
        v.range("d3c.trialMax", c.trialMax(), c.trialMin(), 10_000);
        unit("d3c.epsilon", c.epsilon(), 1e6);
        unit("d3c.klWeight", c.klWeight(), 100);
        v.open("d3c.initialSelf", c.initialSelf(), 0, 1);
        v.positive("d3c.clip", c.clip(), 50);
    }

    private void hidden(String field, List<Integer> widths) throws PresetException {
        hidden(field, widths, 1);
    }

    /** @param fewest 0 for the policy, whose empty list is D3C's linear softmax policy without bias */
    private void hidden(String field, List<Integer> widths, int fewest) throws PresetException {
        v.required(field, widths);
        if (widths.size() < fewest || widths.size() > 4) {
            v.fail(field, widths, fewest + " to 4 layer widths");
        }
        for (int k = 0; k < widths.size(); k++) {
            v.required(field + "[" + k + "]", widths.get(k));
            v.range(field + "[" + k + "]", widths.get(k), 1, MAX_WIDTH);
        }
    }

    private void unit(String field, double value, double max) throws PresetException {
        if (!(value >= 0 && value <= max)) {
            v.fail(field, value, "[0, " + max + "]");
        }
    }
}
