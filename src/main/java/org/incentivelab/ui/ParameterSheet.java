package org.incentivelab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.env.diff.DiffGameType;
import org.incentivelab.learn.LearnerMode;
import org.incentivelab.learn.PolicyUpdate;
import org.incentivelab.learn.StepReduction;
import org.incentivelab.mech.iqflow.InnerOptimizer;
import org.incentivelab.math.Optimizer;
import org.incentivelab.mech.planner.IncentiveCost;
import org.incentivelab.mech.planner.LookAhead;
import org.incentivelab.mech.planner.PlannerModel;
import org.incentivelab.mech.d3c.D3cMethod;
import org.incentivelab.mech.lio.GiverCritic;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.preset.D3cPreset;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetLoader;

/**
 * The preset's parameters in a ControlsFX PropertySheet, grouped by game, learners, planner and run, each
 * with a tooltip that explains it and cites the thesis. An edit derives a new preset, validated like a preset
 * file ({@link PresetLoader#with}), and hands it to {@code onChange}; a refused value goes to {@code onError}
 * with the validator's message.
 */
final class ParameterSheet extends PropertySheet {
    private final Consumer<Preset> onChange;
    private final Consumer<String> onError;
    private final List<Item> items = new ArrayList<>();
    private Preset preset;

    ParameterSheet(Consumer<Preset> onChange, Consumer<String> onError) {
        this.onChange = onChange;
        this.onError = onError;
        setMode(Mode.CATEGORY);
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setId("parameter-sheet");
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        setPropertyEditorFactory(item -> item.getType() == Double.class || item.getType() == Integer.class
                ? new NumberEditor(item) : defaults.call(item));
    }

    /** Shows a preset's parameters. */
    void show(Preset p) {
        preset = p;
        items.clear();
        if (p instanceof LioPreset) {
            showLio();
        } else if (p instanceof D3cPreset d3c) {
            showD3c(d3c);
        } else {
            showPlanner();
        }
        field("4 Run", "episodes", "Episodes per run; the lab pauses there once (4000 in the thesis, 8000 when "
                + "turning off; LIO: 50 000 Escape Room, 60 000 IPD; D3C: gradient steps, 3000)", Integer.class,
                "episodes");
        getItems().setAll(items);
    }

    private void showLio() {
        String game = "1 Game";
        if (((LioPreset) preset).environment().type() == MarkovGameType.ESCAPE_ROOM) {
            field(game, "agents N", "Number of agents of Escape Room ER(N, M), 2 to 10", Integer.class,
                    "environment.agents");
            field(game, "lever needed M", "Agents needed at the lever to open the door (ER(2,1), ER(3,2))",
                    Integer.class, "environment.leverNeeded");
        }
        field(game, "steps", "Episode length: 5 in both Escape Room and the IPD", Integer.class, "environment.steps");
        field(game, "method", "lio: every agent learns to incentivize the others (Algorithm 2); pg: no incentives; "
                + "pg_d: discrete give-reward actions; pg_c: continuous give-reward policy; lio_asym: a LIO agent "
                + "with PG partners; metagrad, dual_rl_c, dual_rl_d: a central incentive designer; ia: inequity "
                + "aversion; cen: one centralised learner; iqflow: IQ-Flow's incentive regulator; shared: every agent "
                + "trains on the summed reward", LioMethod.class, "method");
        String policy = "2 Policies";
        field(policy, "learning rate α_θ", "Policy learning rate (1e-4 Escape Room, 1e-3 IPD; Tables B.3–B.4)",
                Double.class, "policy.learningRate");
        field(policy, "optimizer", "sgd: plain gradient steps, the thesis's agents (the only choice for lio, lio_asym "
                + "and metagrad, whose meta-gradients differentiate that step); adam: IQ-Flow's reference agents on "
                + "Cleanup", Optimizer.Kind.class, "policy.optimizer");
        field(policy, "step reduction", "sum: the policy step follows the sum of the episode's per-step gradients "
                + "(thesis Eqs. 5.3, B.9; LIO's code); mean: their mean over steps × agents sharing θ, so α_θ moves "
                + "θ a hundredth as far on a 50-step, 2-agent batch (the reference code of MetaGrad's Cleanup agents)",
                StepReduction.class, "policy.reduction");
        field(policy, "update", "reinforce: weight ∇log π by the return-to-go (Eq. 5.4; the thesis's Escape Room and "
                + "IPD); immediate_reward: by γ^t·r_t, IQ-Flow's reference learner (iqflow, pg, shared); actor_critic: "
                + "by the TD error of a learned value function (Eqs. B.9–B.10)", PolicyUpdate.class,
                "policy.update");
        field(policy, "entropy β", "Entropy bonus coefficient (0.01 Escape Room, 0.1 IPD)", Double.class,
                "policy.entropy");
        field(policy, "discount γ", "Discount of the returns-to-go (0.99)", Double.class, "policy.discount");
        field(policy, "ε start", "Exploration lower bound π̃ = (1−ε)π + ε/|A| at the start (0.5)", Double.class,
                "policy.epsilonStart");
        field(policy, "ε end", "Exploration lower bound after the decay (0.1 for ER(2,1))", Double.class,
                "policy.epsilonEnd");
        field(policy, "ε episodes", "Episodes over which ε decays linearly (1000)", Integer.class,
                "policy.epsilonEpisodes");
        if (((LioPreset) preset).method() == LioMethod.D3C) {
            showD3cTrials();
            return;
        }
        String incentives = "3 Incentives";
        field(incentives, "R_max", "Largest incentive: r_η = R_max·σ(·), or R_max·|tanh(·)| for IQ-Flow's mini init "
                + "(2 Escape Room, Cleanup and IQ-Flow, 3 IPD)", Double.class, "incentives.maxReward");
        field(incentives, "learning rate α_η", "Adam learning rate of the incentive function's meta-gradient step "
                + "(1e-3)", Double.class, "incentives.learningRate");
        field(incentives, "cost α", "Weight of the cost of giving, Eq. 5.6 (1.0 Escape Room, 0 IPD)", Double.class,
                "incentives.costWeight");
        field(incentives, "separate cost optimizer", "Minimise the cost with its own Adam optimiser (reference code, "
                + "Escape Room) instead of adding α·cost to the giver's loss", Boolean.class,
                "incentives.separateCostOptimizer");
        field(incentives, "cost learning rate", "Learning rate of the separate cost optimiser (1e-4)", Double.class,
                "incentives.costLearningRate");
        LioPreset lio = (LioPreset) preset;
        if (lio.method() == LioMethod.LIO || lio.method() == LioMethod.LIO_ASYM) {
            field(incentives, "giver's critic", "Actor-critic agents: which value function judges a giver's new "
                    + "episode τ̂. total: its own critic, fitted on extrinsic reward plus the incentives it received "
                    + "(LIO's reference code, every preset); extrinsic: a second critic of its extrinsic reward "
                    + "alone, as the thesis's objective (Eq. 5.5) reads", GiverCritic.class, "incentives.giverCritic");
        }
        if (lio.method() == LioMethod.DUAL_RL_D) {
            field(incentives, "designer entropy", "Entropy bonus of the dual-RL (d) designer's categorical policy "
                    + "(Table C.2: 0.488 ER(5,2), 0.148 ER(10,5))", Double.class, "incentives.designerEntropy");
        }
        if (lio.incentives().designerCritic() != null) {
            field(incentives, "designer critic α_v", "Adam learning rate of the MetaGrad designer's value network, "
                    + "whose GAE advantages weigh its outer step (Table C.3: 2.4e-5)", Double.class,
                    "incentives.designerCritic.learningRate");
            field(incentives, "designer critic target rate", "τ of its target network, φ̃ ← τφ + (1 − τ)φ̃ "
                    + "(Table C.3's designer c_v: 0.114)", Double.class, "incentives.designerCritic.targetRate");
            field(incentives, "designer GAE λ", "λ of the designer's generalised advantage estimates (0.99)",
                    Double.class, "incentives.designerCritic.gaeLambda");
        }
        if (lio.method() == LioMethod.IQFLOW) {
            showIqFlow();
        }
    }

    /** RL D3C's knobs (seed 000 Algorithms 1–2; the paper's values are in its Appx. G, not in the seed text). */
    private void showD3cTrials() {
        String d3c = "3 D3C trials";
        field(d3c, "η_A", "Mirror-descent rate of a row of A at the end of each mixing trial (Algorithm 1 line 11)",
                Double.class, "d3c.mixingRate");
        field(d3c, "δ", "Size of a trial's perturbation: the agent plays softmax(log A_i + δ ã_i), ã_i on the unit "
                + "sphere", Double.class, "d3c.perturbation");
        field(d3c, "τ_min", "Shortest mixing trial, in episodes", Integer.class, "d3c.trialMin");
        field(d3c, "τ_max", "Longest mixing trial, in episodes (τ uniform between τ_min and τ_max)", Integer.class,
                "d3c.trialMax");
        field(d3c, "ε", "Slack of ρ_i = ReLU((G_b − G)/τ + ε): above 0 rows keep moving", Double.class, "d3c.epsilon");
        field(d3c, "ν", "Weight of D_KL(e_i ‖ A_i), pulling A back toward selfish (Coins: 1e-5)", Double.class,
                "d3c.klWeight");
        field(d3c, "A⁰_ii", "Initial self-weight (0.99 in the paper; 1/n and 'learn A' off: the cooperative baseline)",
                Double.class, "d3c.initialSelf");
        field(d3c, "logit clip h", "The logits log A_ij are clipped to [−h, h] (5 in the paper)", Double.class,
                "d3c.clip");
        field(d3c, "learn A", "Off: A stays at A⁰ (with A⁰_ii = 1/n, the cooperative baseline)", Boolean.class,
                "d3c.learnMixing");
        field(d3c, "mixed return", "Trials average the agent's mixed return Σ_j Ã_ji r_j (on) or its own (off); the "
                + "paper leaves it open", Boolean.class, "d3c.mixedReturn");
    }

    /** IQ-Flow's knobs (seed 004; digest 004 §2.8, §5 "Knobs"). */
    private void showIqFlow() {
        String iq = "3b IQ-Flow";
        field(iq, "expectile τ", "IQL's expectile for V (Eq. 1): 0.5 is the mean, near 1 the best in-sample action "
                + "(0.85)", Double.class, "iqflow.expectile");
        field(iq, "c₁", "Weight of the no-dilemma cost (Eq. 6): pulls incentives to 0 where a_coop = a_env (0 in "
                + "matrix games, 0.5 Escape Room)", Double.class, "iqflow.c1");
        field(iq, "c₂", "Weight of the dilemma cost (Eq. 7): keeps incentives small where a_coop ≠ a_env (0 matrix "
                + "games, 5e-3 Escape Room)", Double.class, "iqflow.c2");
        field(iq, "β_ind", "Learning rate of the incentivised critic, also the simulated step's (1e-3)", Double.class,
                "iqflow.incentivisedLearningRate");
        field(iq, "objective mask", "Count the meta-loss only where a_b ≠ a_coop (Eq. 5; reference: on)",
                Boolean.class, "iqflow.objectiveMask");
        field(iq, "inner steps K", "Simulated SGD steps of the incentivised critic per meta-step: 1 is the exact "
                + "closed form; more accumulate first-order terms along the path (the reference unrolls 20)",
                Integer.class, "iqflow.innerSteps");
        field(iq, "inner optimizer", "How the simulated steps move the incentivised critic: sgd, the paper's Eq. 4 "
                + "(default); rmsprop, the reference code's — each parameter's step scaled by the critic's frozen "
                + "RMSProp state, which weights the meta-gradient towards rarely updated parameters",
                InnerOptimizer.class, "iqflow.innerOptimizer");
        field(iq, "orthogonal init", "Start every dense layer of the critics and the incentive network orthogonal "
                + "with gain √2, as the reference (JAXRL); off: Glorot-uniform, as the lab's other networks",
                Boolean.class, "iqflow.orthogonalInit");
        field(iq, "constant V", "Learn V_env and V_ind as one constant per agent, the same in every state, "
                + "as the reference code does for vector observations (a bug behind the paper's figures: Q_env and "
                + "Q_ind then see the one-step payoffs' dilemma); off: an MLP on the joint observation", Boolean.class,
                "iqflow.constantValues");
        field(iq, "mini init", "Start the incentive network paying ≈ 0: its output layer's weights "
                + "divided by 1000 and payments R_max·|tanh z| (the reference code's use_mini_init, its 10×10 Cleanup "
                + "config); off: R_max·σ(z), ≈ R_max/2 for every action at the start, as the paper", Boolean.class,
                "iqflow.miniInit");
        field(iq, "agent reset period", "Re-initialise the agents (policies, critics, ε) every this many episodes, "
                + "keeping the mechanism; 0 never (Cleanup: 1000 in the paper, 2000 in the code)", Integer.class,
                "iqflow.agentResetPeriod");
        field(iq, "start_train", "Environment steps stored before the first meta-step (200 matrix games, 300 "
                + "Escape Room)", Integer.class, "iqflow.startTrain");
    }

    /** D3C's knobs (seed 000 §2.5, §3.1–3.2; digest 000 §5 "Knobs"). */
    private void showD3c(D3cPreset p) {
        String game = "1 Game";
        if (p.game().type() == DiffGameType.PRISONERS_DILEMMA) {
            field(game, "players n", "Players of the convex Prisoner's Dilemma, Eq. 12 (10 in the paper; 2 draws the "
                    + "vector field)", Integer.class, "game.players");
            field(game, "cooperation c", "The cooperative action's value c; GD's ρ = n/(n − 1) (1 in the paper)",
                    Double.class, "game.cooperation");
        } else {
            field(game, "drivers N", "Drivers from S to E (4 in the paper, Fig. 2a)", Integer.class,
                    "game.braess.drivers");
            field(game, "shortcut A→B open", "Open the zero-latency road A→B: Braess's paradox, every driver takes it"
                    + " and all commutes get longer (80 instead of 65 minutes)", Boolean.class, "game.braess.shortcut");
            field(game, "S→A minutes per driver", "Latency of S→A per driver on it (10·n in the paper)", Double.class,
                    "game.braess.sa.perDriver");
            field(game, "B→E minutes per driver", "Latency of B→E per driver on it (10·n in the paper)", Double.class,
                    "game.braess.be.perDriver");
            field(game, "A→E minutes", "Fixed latency of A→E (45 in the paper)", Double.class,
                    "game.braess.ae.constant");
            field(game, "S→B minutes", "Fixed latency of S→B (45 in the paper)", Double.class,
                    "game.braess.sb.constant");
            field(game, "A→B minutes", "Fixed latency of the shortcut (0 in the paper)", Double.class,
                    "game.braess.ab.constant");
        }
        String mech = "2 Loss sharing";
        field(mech, "method", "d3c: each agent learns its row of the mixing matrix A (Eq. 11); selfish: A = I, plain "
                + "gradient descent; cooperative: A = 1/n, everyone minimises the mean loss; team_spirit: OpenAI "
                + "Five's τ annealed 0.3 → 1", D3cMethod.class, "d3c.method");
        field(mech, "η_x", "Strategy learning rate: x_i ← x_i − η_x ∇_{x_i} f^A_i (also Δt of the bounds)",
                Double.class, "d3c.strategyRate");
        field(mech, "η_A", "Mirror-descent rate of each row of A (D3C only)", Double.class, "d3c.mixingRate");
        field(mech, "ε", "Eq. 11's slack: a row moves while d/dt f^A_i + ε > 0; ε = 0 stalls short of the optimum",
                Double.class, "d3c.epsilon");
        field(mech, "ν", "Weight of D_KL(e_i ‖ A_i), pulling A back toward selfish (0 except Coins, 1e-5)",
                Double.class, "d3c.klWeight");
        field(mech, "A⁰_ii", "Initial self-weight of every agent (0.99 in the paper, 0.9 in its Coins run)",
                Double.class, "d3c.initialSelf");
        field(mech, "μ", "Theorem 1's upper bound on the smoothness constant μ, used only by the drawn bounds",
                Double.class, "d3c.mu");
        field("4 Run", "runs", "Games in the batch from random starts; charts show the median ± std over them "
                + "(1000 in the paper)", Integer.class, "runs");
    }

    private void showPlanner() {
        String game = "1 Game";
        field(game, "players N", "Number of players: 2 is the 2×2 matrix game; more is the linear N-player "
                + "dilemma of thesis 003 §4.3 (N = 10 there)", Integer.class, "game.players");
        add(game, "greed (T − R)", "Greed = T − R, the gain from defecting against a cooperator. Editing it moves "
                + "T and keeps R (Table 4.1: PD 1, Chicken 0.5, Stag Hunt −1)", Double.class,
                x -> planner(x).game().payoffs().greed(),
                (x, v) -> PresetLoader.with(x, "game.payoffs.temptation", planner(x).game().payoffs().reward() + v));
        add(game, "fear (P − S)", "Fear = P − S, the loss from cooperating against a defector. Editing it moves S "
                + "and keeps P (Table 4.1: PD 1, Chicken −1, Stag Hunt 1)", Double.class,
                x -> planner(x).game().payoffs().fear(),
                (x, v) -> PresetLoader.with(x, "game.payoffs.sucker", planner(x).game().payoffs().punishment() - v));
        field(game, "R (reward)", "Payoff for mutual cooperation (3 in the experiments)", Double.class,
                "game.payoffs.reward");
        field(game, "P (punishment)", "Payoff for mutual defection (1 in the experiments)", Double.class,
                "game.payoffs.punishment");

        String learners = "2 Learners";
        field(learners, "mode", "sampled: actions are sampled and each learner runs the thesis's actor-critic with "
                + "a centralised critic; exact: the exact expected gradient, deterministic", LearnerMode.class,
                "learners.mode");
        field(learners, "initial P(C)", "Initial probability of cooperating (0.25 in the thesis)", Double.class,
                "learners.initialCooperation");
        field(learners, "learning rate η", "The learners' learning rate η_i (0.01); the planner's look-ahead "
                + "assumes it", Double.class, "learners.learningRate");
        field(learners, "optimizer", "The learners' optimiser (Adam in the reference code)", Optimizer.Kind.class,
                "learners.optimizer");

        String planner = "3 Planner";
        field(planner, "model", "network: the thesis's single-layer network on the actions; tabular: one incentive "
                + "per own action and number of other cooperators (exact form, digest §4.10)", PlannerModel.class,
                "planner.model");
        field(planner, "look-ahead", "How the planner predicts the learners' next step (Eq. 4.3): "
                + "action_derivative (reference code, network only), exact_difference (exact Eq. 4.3), estimated "
                + "(sampled Eq. 4.5)", LookAhead.class, "planner.lookAhead");
        field(planner, "cost form", "realized_norm: α‖r^p‖ of the incentives paid (reference code, default); "
                + "squared_expected: α‖E r^p‖² (Eq. 4.7)", IncentiveCost.class, "planner.cost");
        field(planner, "cost α", "Weight of the cost of incentives (0.0002)", Double.class, "planner.costWeight");
        field(planner, "max incentive c", "Bound on each incentive, |r^p_i| < c (3 for matrix games)", Double.class,
                "planner.maxReward");
        field(planner, "learning rate η_p", "The planner's learning rate (0.01, Adam)", Double.class,
                "planner.learningRate");
        field(planner, "revenue-neutral", "Only redistribute: incentives are centred so that they sum to zero "
                + "every round (§4.1.6, Table 4.3)", Boolean.class, "planner.revenueNeutral");
        field(planner, "observation noise", "Probability that the planner sees each action flipped (reference "
                + "code's action_flip_prob; 0 in the thesis)", Double.class, "planner.flipProbability");
    }

    private <T> void field(String category, String name, String description, Class<T> type, String path) {
        add(category, name, description, type, x -> value(x, path, type), (x, v) -> PresetLoader.with(x, path, v));
    }

    private <T> void add(String category, String name, String description, Class<T> type, Function<Preset, T> getter,
            ParameterItem.Edit<T> edit) {
        items.add(new ParameterItem<>(category, name, description, type, preset, getter, edit, onChange, onError));
    }

    private static PlannerPreset planner(Preset p) {
        return (PlannerPreset) p;
    }

    private static <T> T value(Preset p, String path, Class<T> type) {
        var node = PresetLoader.read(p, path);
        Object v;
        if (type == Double.class) {
            v = node.asDouble();
        } else if (type == Integer.class) {
            v = node.asInt();
        } else if (type == Boolean.class) {
            v = node.asBoolean();
        } else {
            v = java.util.Arrays.stream(type.getEnumConstants())
                    .filter(c -> ((Enum<?>) c).name().equalsIgnoreCase(node.asText())).findFirst().orElseThrow();
        }
        return type.cast(v);
    }
}
