package org.incentivelab.mech.lio;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.incentivelab.env.EscapeRoom;
import org.incentivelab.env.MarkovGame;
import org.incentivelab.learn.EpsilonSchedule;
import org.incentivelab.learn.PolicyConfig;
import org.incentivelab.learn.PolicyUpdate;
import org.incentivelab.math.Adam;
import org.incentivelab.mech.d3c.D3cTrials;
import org.incentivelab.mech.iqflow.IqFlowLearner;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Parallel;
import org.incentivelab.math.Rng;
import org.incentivelab.math.Vectors;
import org.incentivelab.nn.Network;
import org.incentivelab.preset.LioPreset;

/**
 * Learning to incentivize others, thesis 001 §5.2 Algorithm 2, and its baselines (§5.3.2), on one stochastic
 * game; episodes are played by an {@link EpisodePlayer}, the policy steps weighted by a {@link PolicySignal}. One {@link #iterate} of LIO: (1) play τ with θ and η; (2) every recipient j takes the policy-gradient step
 * θ̂^j = θ^j + α_θ f(τ^j, θ^j, η^{−j}) (Eqs. 5.3–5.4) on its reward with incentives (Eq. 5.1); (3) play τ̂ with
 * θ̂; (4) every giver i takes an Adam step on its incentive parameters η^i along the meta-gradient of Eqs.
 * 5.7–5.10 — the first-order identity of digest 001 §3.1: ∇_{η^i} = Σ_{j≠i} Σ_l w_l ∂r^j_{η^i}(o^i_l, a^{−i}_l)/∂η^i
 * with w_l = Σ_{t≤l} γ^{l−t} α_θ (g_t^j · v^j), g_t^j = ∇ log π̃^j(a_t^j) on τ and v^j the gradient at θ̂^j of the
 * giver's loss −Σ_t log π_θ̂^j(â_t^j) Ĝ^{i,env}_t on τ̂ — plus the cost of giving α Σ_t γ^t ‖r_η(o_t, a_t)‖₁ on τ
 * (Eq. 5.6), either through a separate Adam optimiser (reference code, Escape Room) or added to the loss; (5) θ ←
 * θ̂. Following the reference code, the recipients' reward in step 2 does not subtract what they give, the
 * giver's loss uses the plain softmax of θ̂ (no exploration floor), and a giver does not differentiate its own
 * policy.
 *
 * <p>The policy step weights ∇ log π by REINFORCE's returns-to-go or, with {@link PolicyUpdate#ACTOR_CRITIC}, by the
 * TD errors of a {@link ValueCritic} per agent (App. B Eqs. B.9–B.10, reference code lio_ac.py: the critic is fitted
 * on the episode first, and the giver's loss on τ̂ uses its own TD errors of its extrinsic reward — or, with
 * {@link GiverCritic#EXTRINSIC}, those of a second critic fitted on the extrinsic reward alone, Eq. 5.5's objective).
 *
 * <p>Baselines play one episode per iteration and take the same policy-gradient step: PG without incentives;
 * PG-d with composite actions A × {no-op, give R_max}^{N−1}; PG-c with {@link GaussianGift}; both pay what they
 * give; IA on inequity-averse rewards ({@link InequityAversion}); Cen, one learner for all (its policy over joint
 * actions, on the global observation and the team's reward, is learners[0], shared by every index). LIO-asym:
 * agent 1 is a LIO giver, the others recipients that give nothing.
 *
 * <p>Observations: the game's own (Escape Room: positions one-hot, self first; IPD: memory-1 state) and, in
 * Escape Room, the incentives the agent has given each other agent so far this episode (App. B.4.1); IA agents
 * also see everyone's smoothed rewards (on image games, after the first dense layer). Each agent
 * samples from its own random stream; the run is deterministic given the seed.
 */
public final class LioAlgorithm {
    private final LioPreset preset;
    private final MarkovGame game;
    private final int n;
    private final int gameActions;
    private final int observationSize;
    private final PolicyLearner[] learners;
    private final boolean[] gives;
    /** One per agent (same architecture, own workspace), so givers can learn on different threads. */
    private final IncentiveFunction[] incentives;
    private final double[][] eta;
    private final Optimizer[] rewardOptimizers;
    private final Optimizer[] costOptimizers;
    private final GaussianGift[] gifts;
    private final PolicySignal signal;
    private final Rng[] actRngs;
    private final Rng[] giftRngs;
    private final EpsilonSchedule epsilon;
    private final MetaGradDesigner designer;
    private final GaussianGift gaussianDesigner;
    private final DiscreteDesigner discreteDesigner;
    /** IQ-Flow's mechanism (method iqflow), or null. */
    private boolean frozen;
    private final long seed;
    private final IqFlowLearner iqFlow;
    /** RL D3C's mixing trials (method d3c), or null. */
    private final D3cTrials mixing;
    private final double[] mixedReturns;
    private final double[] jointObs;
    private final double[] nextJointObs;
    private Trajectory tau;
    private Trajectory tauHat;
    private boolean primed;
    private final EpisodePlayer player;

    private double maxReward;
    private double costWeight;
    private long mixingEpisodes;

    /** Whether per-agent work runs on parallel threads (the conv nets of image games; MLPs are too small). */
    private final boolean parallel;
    private final double[][] returns;
    private final double[][] giverReturns;
    /** v[i][j]: the gradient at θ̂^j of giver i's loss on τ̂ (Eq. 5.10). */
    private final double[][][] v;
    private final double[][][] weights;
    private final double[][] gift;
    private final double[][] metaGradient;
    private final double[][] costGradient;

    /**
     * @param preset a validated LIO preset
     * @param seed the run's master seed
     */
    public LioAlgorithm(LioPreset preset, long seed) {
        this.preset = preset;
        this.seed = seed;
        this.game = preset.environment().create(seed);
        this.n = game.agents();
        this.gameActions = game.actions();
        LioMethod method = preset.method();
        boolean central = method == LioMethod.CEN;
        boolean seesGiven = game instanceof EscapeRoom && method.agentsObserveGiving();
        this.observationSize = central ? game.globalObservationSize()
                : game.observationSize() + (seesGiven ? n - 1 : 0) + (method == LioMethod.IA ? n : 0);
        int policyActions = method == LioMethod.PG_D ? gameActions << (n - 1)
                : central ? jointActions(gameActions, n) : gameActions;
        PolicyConfig pc = preset.policy();
        IncentiveConfig ic = preset.incentives();
        int maxSteps = game.maxSteps();
        this.learners = new PolicyLearner[n];
        this.gives = new boolean[n];
        this.eta = new double[n][];
        this.rewardOptimizers = new Optimizer[n];
        this.costOptimizers = new Optimizer[n];
        this.gifts = new GaussianGift[n];
        this.actRngs = new Rng[n];
        this.giftRngs = new Rng[n];
        this.incentives = new IncentiveFunction[n];
        int[] image = central ? game.globalImageShape() : game.imageShape();
        int[] policyHidden = IncentiveFunction.widths(pc.hidden());
        for (int i = 0; i < n; i++) {
            boolean keepScores = isLio() || method == LioMethod.METAGRAD;
            learners[i] = central && i > 0 ? learners[0] // Cen: one learner acts for everyone
                    : pc.sharedParameters() && i > 0 ? learners[0].sharing(maxSteps)
                    : new PolicyLearner(Network.of(image, observationSize, policyHidden, policyActions,
                            policyHidden.length > 0), // no hidden layer: D3C's linear softmax policy without bias
                            maxSteps, keepScores, pc.optimizer(), pc.learningRate(), pc.reduction(),
                            Rng.forComponent(seed, "policy-init-" + i));
            gives[i] = method == LioMethod.LIO || (method == LioMethod.LIO_ASYM && i == 0);
            incentives[i] = IncentiveFunction.giver(game, central ? game.observationSize() : observationSize,
                    ic.hidden()); // Cen: nobody gives
            if (gives[i]) {
                eta[i] = new double[incentives[i].net().parameterCount()];
                incentives[i].net().initialize(eta[i], Rng.forComponent(seed, "incentive-init-" + i));
                rewardOptimizers[i] = new Adam(ic.learningRate(), eta[i].length);
                costOptimizers[i] = new Adam(ic.costLearningRate(), eta[i].length);
            }
            if (method == LioMethod.PG_C) {
                gifts[i] = new GaussianGift(Network.of(image, observationSize, IncentiveFunction.widths(ic.hidden()),
                        n - 1, true), Optimizer.Kind.SGD, pc.learningRate(), Rng.forComponent(seed, "gift-init-" + i));
            }
            actRngs[i] = Rng.forComponent(seed, "act-" + i);
            giftRngs[i] = Rng.forComponent(seed, "gift-" + i);
        }
        this.epsilon = pc.epsilon();
        this.signal = new PolicySignal(pc, ic.giverCritic(), n,
                () -> Network.of(image, observationSize, policyHidden, 1, true), maxSteps, seed);
        this.maxReward = ic.maxReward();
        this.costWeight = ic.costWeight();
        this.designer = method == LioMethod.METAGRAD
                ? new MetaGradDesigner(game, learners[0].theta.length, pc.sharedParameters(), ic,
                        Rng.forComponent(seed, "designer-init"))
                : null;
        int designerInputs = IncentiveInput.designer(game).length();
        int types = game.incentiveTypes();
        int[] designerHidden = IncentiveFunction.widths(ic.hidden());
        int[] global = game.globalImageShape();
        this.gaussianDesigner = method == LioMethod.DUAL_RL_C
                ? new GaussianGift(Network.of(global, designerInputs, designerHidden, types, true), Optimizer.Kind.ADAM,
                        ic.learningRate(), Rng.forComponent(seed, "designer-init"))
                : null;
        this.discreteDesigner = method == LioMethod.DUAL_RL_D
                ? new DiscreteDesigner(Network.of(global, designerInputs, designerHidden,
                        DiscreteDesigner.choices(types), true), types, ic.learningRate(),
                        Rng.forComponent(seed, "designer-init"))
                : null;
        this.iqFlow = method == LioMethod.IQFLOW
                ? new IqFlowLearner(preset.iqflow(), n, gameActions, observationSize, image, ic.hidden(),
                        ic.maxReward(), ic.learningRate(), pc.discount(), seed)
                : null;
        this.mixing = method == LioMethod.D3C ? new D3cTrials(n, preset.d3c(), seed) : null;
        this.mixedReturns = new double[n];
        this.jointObs = new double[n * observationSize];
        this.nextJointObs = new double[n * observationSize];
        this.tau = newTrajectory();
        this.tauHat = newTrajectory();
        this.player = new EpisodePlayer(game, method, learners, gives, incentives, eta, gifts,
                designer == null ? null : designer.net, designer == null ? null : designer.eta, gaussianDesigner,
                discreteDesigner, method == LioMethod.IA
                        ? InequityAversion.thesis(n, preset.policy().discount()) : null, iqFlow, mixing);
        this.parallel = image != null;
        this.returns = new double[n][maxSteps];
        this.giverReturns = new double[n][maxSteps];
        this.v = new double[n][n][];
        this.weights = new double[n][maxSteps][Math.max(1, n - 1)];
        this.gift = new double[n][Math.max(1, n - 1)];
        this.metaGradient = new double[n][];
        this.costGradient = new double[n][];
        for (int i = 0; i < n; i++) {
            if (gives[i]) {
                metaGradient[i] = new double[eta[i].length];
                costGradient[i] = new double[eta[i].length];
                for (int j = 0; j < n; j++) {
                    v[i][j] = j == i ? null : new double[learners[j].theta.length];
                }
            }
        }
    }

    /**
     * One training iteration (Algorithm 2 for LIO and LIO-asym; one policy-gradient episode for the baselines).
     *
     * @param episode iterations completed so far (sets ε)
     * @param incentivesOn whether incentives are given and, unless {@link #frozen()}, learned in this iteration
     *     (IQ-Flow with {@code iqflow.agentResetPeriod} P &gt; 0: the agents are reset before every P-th episode and
     *     ε follows its schedule from each reset)
     */
    public void iterate(long episode, boolean incentivesOn) {
        int period = iqFlow == null ? 0 : preset.iqflow().agentResetPeriod();
        if (period > 0 && episode > 0 && episode % period == 0) {
            resetAgents(episode / period);
        }
        double eps = epsilon.at(period > 0 ? episode % period : episode);
        boolean learn = incentivesOn && !frozen;
        if (designer != null) {
            designerIteration(eps, incentivesOn);
        } else if (isLio()) {
            collect(eps, incentivesOn);
            if (learn) {
                learnIncentives();
            }
            for (PolicyLearner l : learners) {
                l.commit();
            }
        } else {
            player.play(tau, false, eps, incentivesOn, maxReward, actRngs, giftRngs, null);
            if (iqFlow != null) { // the mechanism learns first, as the reference code does (digest 004 §2.7)
                storeTransitions();
                if (!frozen) { // a frozen mechanism is critics and η together: neither learns
                    iqFlow.train(learn);
                }
            }
            boolean pays = preset.method() == LioMethod.PG_D || preset.method() == LioMethod.PG_C;
            updatePolicies(eps, incentivesOn, pays, true);
            if (mixing != null && learn) {
                trialReturns();
                mixing.record(++mixingEpisodes, mixedReturns);
            }
            for (int j = 0; j < n; j++) {
                learners[j].commit();
                if (gifts[j] != null && learn) {
                    for (int t = 0; t < tau.steps; t++) {
                        gifts[j].addScore(tau.obs[t][j], tau.draws[t][j], returns[j][t]);
                    }
                    gifts[j].ascend();
                }
            }
            if (learn && (gaussianDesigner != null || discreteDesigner != null)) {
                learnDualRl();
            }
        }
    }

    /** Each agent's discounted return of τ, mixed (its training reward) or its own (digest 000 §2.7's toggle). */
    private void trialReturns() {
        double gamma = preset.policy().discount();
        boolean mixed = preset.d3c().mixedReturn();
        for (int i = 0; i < n; i++) {
            double g = 0;
            for (int t = tau.steps - 1; t >= 0; t--) {
                g = (mixed ? tau.reward(t, i, false, false) : tau.extrinsic[t][i]) + gamma * g;
            }
            mixedReturns[i] = g;
        }
    }

    /**
     * IQ-Flow's agent reset (digest 004 §2.7; seed 004 §5.3: every 1000 episodes, the code every 2000): fresh
     * policies and critics, ε restarting its schedule; the mechanism and its buffer are kept.
     */
    private void resetAgents(long generation) {
        for (int i = 0; i < n; i++) {
            if (i == 0 || !preset.policy().sharedParameters()) {
                learners[i].reinitialize(Rng.forComponent(seed, "policy-reset-" + i + "-" + generation));
            }
        }
        signal.resetCritics(generation);
    }

    /** IQ-Flow: stores the episode just played in the mechanism's replay buffer, every agent's view joined. */
    private void storeTransitions() {
        for (int t = 0; t < tau.steps; t++) {
            tau.jointObservation(t, jointObs);
            tau.jointObservation(t + 1, nextJointObs);
            iqFlow.add(jointObs, tau.gameActions[t], tau.extrinsic[t], nextJointObs, t == tau.steps - 1);
        }
    }

    /**
     * The dual-RL designer's REINFORCE step on the episode just played: its reward per step is the collective
     * extrinsic reward minus what it paid (thesis 001 App. C.2.2: "total incentives are subtracted from R^ID").
     */
    private void learnDualRl() {
        double gamma = preset.policy().discount();
        double g = 0;
        for (int t = tau.steps - 1; t >= 0; t--) {
            double r = 0;
            for (int i = 0; i < n; i++) {
                r += tau.extrinsic[t][i] - tau.designerGiven[t][i];
            }
            g = r + gamma * g;
            returns[0][t] = g;
        }
        for (int t = 0; t < tau.steps; t++) {
            if (gaussianDesigner != null) {
                gaussianDesigner.addScore(tau.designerInput[t], tau.designerDraws[t], returns[0][t]);
            } else {
                discreteDesigner.addScore(tau.designerInput[t], tau.designerChoice[t], returns[0][t],
                        preset.incentives().designerEntropy());
            }
        }
        if (gaussianDesigner != null) {
            gaussianDesigner.ascend();
        } else {
            discreteDesigner.ascend();
        }
    }

    /**
     * Algorithm 3 with pipelining: the agents' θ̂ from τ, τ̂ with θ̂, the designer's step, then θ ← θ̂ and τ ← τ̂
     * (the validation episode is the next iteration's training episode). The very first τ is played here.
     */
    private void designerIteration(double eps, boolean incentivesOn) {
        if (!primed) {
            player.play(tau, false, eps, incentivesOn, maxReward, actRngs, giftRngs, null);
            primed = true;
        }
        collectFromTau(eps, incentivesOn);
        if (incentivesOn && !frozen) {
            PolicyConfig pc = preset.policy();
            designer.learn(tau, tauHat, learners, pc.discount(), signal.carry(), maxReward, costWeight,
                    preset.incentives().separateCostOptimizer());
        }
        for (PolicyLearner l : learners) {
            l.commit();
        }
        Trajectory played = tau;
        tau = tauHat;
        tauHat = played;
    }

    /**
     * The designer's meta-objective as a function of η, for finite-difference checks: sets η, repays the
     * incentives on the recorded τ, redoes every agent's θ̂ and evaluates Σ_j −Σ_t log π_θ̂^j(â^j_t) A_t on
     * the recorded τ̂ (no cost).
     */
    double designerLossAt(double[] newEta, double eps) {
        System.arraycopy(newEta, 0, designer.eta, 0, newEta.length);
        designer.repay(tau, maxReward);
        PolicyConfig pc = preset.policy();
        redoUpdates(eps);
        designer.advantages(tauHat, pc.discount(), giverReturns[0]);
        double loss = 0;
        for (int j = 0; j < n; j++) {
            loss += learners[j].giverLoss(tauHat, j, giverReturns[0]);
        }
        return loss;
    }

    /** @return how an incentive reaches earlier steps' policy-step weights ({@link PolicySignal#carry()}) */
    double carry() {
        return signal.carry();
    }

    /** @return the designer (tests) */
    MetaGradDesigner designer() {
        return designer;
    }

    /** Steps 1–3 of Algorithm 2: τ, every recipient's θ̂, then τ̂. */
    void collect(double eps, boolean incentivesOn) {
        player.play(tau, false, eps, incentivesOn, maxReward, actRngs, giftRngs, null);
        collectFromTau(eps, incentivesOn);
    }

    /** Every agent's θ̂ from the recorded τ, then τ̂ played with θ̂. */
    void collectFromTau(double eps, boolean incentivesOn) {
        updatePolicies(eps, incentivesOn, false, true);
        player.play(tauHat, true, eps, incentivesOn, maxReward, actRngs, giftRngs, null);
    }

    /**
     * Every learner's θ̂ from the recorded τ (Eq. 5.3): each agent's weights and ascent direction (in parallel on
     * image games), then the steps — one per learner, or one on the agents' summed directions with parameter
     * sharing. Cen updates its one learner.
     *
     * @param pays whether the agents' rewards subtract what they gave
     * @param fit actor-critic: whether the critics are fitted on τ first ({@link PolicySignal#signal})
     */
    private void updatePolicies(double eps, boolean incentivesOn, boolean pays, boolean fit) {
        PolicyConfig pc = preset.policy();
        int updated = method() == LioMethod.CEN ? 1 : n;
        forEachAgent(j -> {
            if (j < updated) {
                signal.signal(tau, j, incentivesOn, pays, fit, returns[j]);
                learners[j].accumulate(tau, j, returns[j], eps, pc.entropy());
            }
        });
        if (pc.sharedParameters()) {
            learners[0].step(learners);
        } else {
            for (int j = 0; j < updated; j++) {
                learners[j].step();
            }
        }
    }

    /**
     * Step 4 of Algorithm 2 for every giver: each giver's signal on τ̂, then (by recipient) the gradients v^{ij} of
     * each giver's loss at θ̂^j, then (by giver) the meta-gradient and cost steps on η^i. Each phase runs its
     * agents in parallel on image games; the phases touch disjoint state per agent.
     */
    private void learnIncentives() {
        forEachAgent(i -> {
            if (gives[i]) {
                signal.giverSignal(tauHat, i, giverReturns[i]);
            }
        });
        forEachAgent(j -> {
            for (int i = 0; i < n; i++) {
                if (gives[i] && i != j) {
                    learners[j].giverLossGradient(tauHat, j, giverReturns[i], v[i][j]);
                }
            }
        });
        forEachAgent(i -> {
            if (gives[i]) {
                stepIncentives(i);
            }
        });
    }

    /** Giver i's Adam steps on η^i: along the meta-gradient and against the cost, from v^{i·} already computed. */
    private void stepIncentives(int i) {
        double[] meta = metaGradient[i];
        if (preset.incentives().separateCostOptimizer()) {
            double[] cost = costGradient[i];
            assemble(i, meta, 0);
            Arrays.fill(cost, 0);
            addCostGradient(i, cost);
            rewardOptimizers[i].step(eta[i], meta);
            for (int p = 0; p < cost.length; p++) {
                cost[p] *= costWeight;
            }
            costOptimizers[i].step(eta[i], cost);
        } else {
            assemble(i, meta, costWeight); // the cost joins the loss: one pass through the incentive function
            rewardOptimizers[i].step(eta[i], meta);
        }
        signal.afterIncentiveStep(i);
    }

    /**
     * The meta-gradient ∇_{η^i} of giver i's loss Σ_{j≠i} −Σ_t log π_θ̂^j(â_t^j) Ĝ^{i,env}_t (Eqs. 5.7–5.10), cost
     * excluded, for the current τ, θ̂ and τ̂ (computed from scratch, for tests).
     *
     * @param i the giver
     * @param out {@code double[|η|]} overwritten
     */
    void metaGradient(int i, double[] out) {
        signal.giverSignal(tauHat, i, giverReturns[i]);
        for (int j = 0; j < n; j++) {
            if (j != i) {
                learners[j].giverLossGradient(tauHat, j, giverReturns[i], v[i][j]);
            }
        }
        assemble(i, out, 0);
    }

    /**
     * Writes the meta-gradient of giver i from v^{ij}, plus {@code cost} times the gradient of the cost of giving
     * (Eq. 5.6) in the same pass. A return-to-go G_t depends on the incentives of steps l ≥ t, so the weights
     * accumulate as w_l = γw_{l−1} + α_θ(g_l·v); a TD error δ_t only on the incentive of step t, so
     * w_l = α_θ(g_l·v) for the actor-critic variant. The cost adds cost·γ^l to every weight of step l.
     */
    private void assemble(int i, double[] out, double cost) {
        Arrays.fill(out, 0);
        double carry = signal.carry();
        double[][] w = weights[i];
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            int slot = IncentiveFunction.slot(i, j);
            double sum = 0;
            for (int t = 0; t < tau.steps; t++) {
                sum = carry * sum + learners[j].stepRate() * Vectors.dot(learners[j].scores[t], v[i][j]);
                w[t][slot] = sum;
            }
        }
        double discount = cost;
        for (int t = 0; t < tau.steps; t++) {
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    w[t][IncentiveFunction.slot(i, j)] += discount;
                }
            }
            incentives[i].addGradient(eta[i], tau.giverInput[t][i], maxReward, w[t], out);
            discount *= preset.policy().discount();
        }
    }

    /** Adds ∇_{η^i} of the cost Σ_t γ^t Σ_j r^j_{η^i}(o_t, a_t) on τ (Eq. 5.6; incentives are ≥ 0) to {@code out}. */
    void addCostGradient(int i, double[] out) {
        double discount = 1;
        for (int t = 0; t < tau.steps; t++) {
            Arrays.fill(gift[i], discount);
            incentives[i].addGradient(eta[i], tau.giverInput[t][i], maxReward, gift[i], out);
            discount *= preset.policy().discount();
        }
    }

    /** Runs {@code work} for every agent index: in parallel on image games, else in order. */
    private void forEachAgent(IntConsumer work) {
        Parallel.forEach(n, parallel, work);
    }

    /** Every agent's θ̂ from the recorded τ again, reusing the last critic fit (finite-difference checks). */
    private void redoUpdates(double eps) {
        updatePolicies(eps, true, false, false);
    }

    /**
     * Giver i's meta-objective as a function of its incentive parameters, for finite-difference checks: sets
     * η^i, redoes every recipient's θ̂ on the recorded τ (its incentives recomputed with the new η^i), and
     * evaluates Σ_{j≠i} −Σ_t log π_θ̂^j(â_t^j) Ĝ^{i,env}_t on the recorded τ̂ (no cost).
     *
     * @param i the giver
     * @param newEta {@code double[|η|]}, copied into η^i
     * @param eps the exploration floor τ was played with
     * @return the loss
     */
    double giverLossAt(int i, double[] newEta, double eps) {
        System.arraycopy(newEta, 0, eta[i], 0, newEta.length);
        for (int t = 0; t < tau.steps; t++) {
            incentives[i].give(eta[i], tau.giverInput[t][i], maxReward, gift[i]);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    tau.given[t][i][j] = gift[i][IncentiveFunction.slot(i, j)];
                }
            }
        }
        redoUpdates(eps);
        signal.giverSignal(tauHat, i, giverReturns[i]);
        double loss = 0;
        for (int j = 0; j < n; j++) {
            if (j != i) {
                loss += learners[j].giverLoss(tauHat, j, giverReturns[i]);
            }
        }
        return loss;
    }

    /**
     * @param actions |A| ≥ 1
     * @param agents N ≥ 0
     * @return |A|^N, the number of joint actions (Cen)
     */
    static int jointActions(int actions, int agents) {
        int joint = 1;
        for (int i = 0; i < agents; i++) {
            joint = Math.multiplyExact(joint, actions);
        }
        return joint;
    }


    private LioMethod method() {
        return preset.method();
    }

    /** @return whether the method runs Algorithm 2 (two episodes per iteration and a meta-gradient) */
    boolean isLio() {
        return preset.method().twoEpisodesPerIteration();
    }

    /**
     * @return the name of the first component with a NaN or infinity ("policy 2", "incentive function 1"), or
     *     null if all are finite
     */
    public String nonFinite() {
        for (int i = 0; i < n; i++) {
            if (!learners[i].finite()) {
                return "policy " + (i + 1);
            }
            if (eta[i] != null && !allFinite(eta[i])) {
                return "incentive function " + (i + 1);
            }
            if (gifts[i] != null && !allFinite(gifts[i].phi)) {
                return "give-reward policy " + (i + 1);
            }
            if (designer != null && i == 0 && !designer.finite()) {
                return "incentive designer";
            }
            String mechanism = iqFlow != null && i == 0 ? iqFlow.nonFinite() : null;
            if (mechanism != null) {
                return mechanism;
            }
            if (!signal.finite(i)) {
                return "critic " + (i + 1);
            }
        }
        return null;
    }

    private static boolean allFinite(double[] xs) {
        for (double x : xs) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Plays one test episode with the current θ (and η), recording it.
     *
     * @param tr where it is recorded
     * @param eps the exploration floor (0 in the reference code's evaluation)
     * @param incentivesOn whether incentives are given
     * @param acting action streams of the evaluation, {@code Rng[N]}
     * @param giving PG-c gift streams of the evaluation, {@code Rng[N]}
     * @param listener told of every state (for recording frames), or null
     */
    public void play(Trajectory tr, double eps, boolean incentivesOn, Rng[] acting, Rng[] giving,
            EpisodePlayer.StepListener listener) {
        player.play(tr, false, eps, incentivesOn, maxReward, acting, giving, listener);
    }

    /** @return a trajectory buffer sized for this game */
    public Trajectory newTrajectory() {
        return new Trajectory(n, game.incentiveTypes(), game.maxSteps(), observationSize, incentives[0].net().inputs(),
                method().hasDesigner() ? IncentiveInput.designer(game).length() : 0);
    }

    /**
     * @param agent i
     * @param obs {@code double[observationSize()]}
     * @param out {@code double[|A|]} receiving π(·|obs) with ε = 0 (for PG-d, summed over the give bits; for Cen,
     *     the agent's marginal of the joint policy, {@code obs} being the global observation)
     */
    public void policy(int agent, double[] obs, double[] out) {
        double[] full = new double[learners[agent].policy.actions()];
        learners[agent].probabilities(obs, 0, full);
        Arrays.fill(out, 0);
        int digit = method() == LioMethod.CEN ? jointActions(gameActions, agent) : 1;
        for (int a = 0; a < full.length; a++) {
            out[(a / digit) % gameActions] += full[a];
        }
    }

    /**
     * What giver i pays the others for a joint action seen from an observation (LIO givers; 0 for the rest).
     *
     * @param giver i
     * @param obs the giver's observation {@code double[observationSize()]}
     * @param jointActions {@code int[N]}
     * @param events the game whose last step's events (Cleanup: who fired) the incentive sees: the algorithm's own
     *     {@link #game()} or one played elsewhere (probes) with the same settings
     * @param out {@code double[N]} receiving r^j per step (0 at j = i)
     */
    public void incentivesFor(int giver, double[] obs, int[] jointActions, MarkovGame events, double[] out) {
        Arrays.fill(out, 0);
        if (!gives[giver]) {
            return;
        }
        double[] x = new double[incentives[giver].net().inputs()];
        double[] paid = new double[Math.max(1, n - 1)];
        incentives[giver].input(obs, jointActions, giver, events, x);
        incentives[giver].give(eta[giver], x, maxReward, paid);
        for (int j = 0; j < n; j++) {
            if (j != giver) {
                out[j] = paid[IncentiveFunction.slot(giver, j)];
            }
        }
    }

    /**
     * @return the length of an agent's observation: the game's, plus Escape Room's given totals, plus IA's N
     *     smoothed rewards
     */
    public int observationSize() {
        return observationSize;
    }

    /** @return IQ-Flow's mechanism (method iqflow), or null; read it only while the algorithm is not iterating */
    public IqFlowLearner iqFlow() {
        return iqFlow;
    }

    /** @return RL D3C's mixing trials (method d3c), or null */
    public D3cTrials mixing() {
        return mixing;
    }

    /** @return the game (its start state after {@link MarkovGame#reset()}) */
    public MarkovGame game() {
        return game;
    }

    /** @return R_max now */
    public double maxReward() {
        return maxReward;
    }

    /** @param value R_max &gt; 0, used from the next step on */
    public void setMaxReward(double value) {
        maxReward = value;
        if (iqFlow != null) {
            iqFlow.mechanism().setMaxReward(value);
        }
    }

    /**
     * @return whether the incentive functions are frozen: they pay as before while incentives are on, but no longer
     *     learn (seed 004 §5.3 "pretrained mechanism"; any method with incentive functions; IQ-Flow's critics stop
     *     learning too, its buffer keeps filling)
     */
    public boolean frozen() {
        return frozen;
    }

    /** @param value whether to freeze the incentive functions from the next iteration on */
    public void setFrozen(boolean value) {
        frozen = value;
    }

    /** @return the cost weight α now */
    public double costWeight() {
        return costWeight;
    }

    /** @param value α ≥ 0, used from the next incentive step on */
    public void setCostWeight(double value) {
        costWeight = value;
    }

    /** @return η^i (live array) of a giver, for tests */
    double[] eta(int giver) {
        return eta[giver];
    }

    /** @return the τ of the last iteration (under MetaGrad's pipelining: the next iteration's τ) */
    Trajectory tau() {
        return tau;
    }

    /** @return the τ̂ of the last iteration (under MetaGrad's pipelining: the episode just used as τ) */
    Trajectory tauHat() {
        return tauHat;
    }

    /** @return the agents' learners (tests) */
    PolicyLearner[] learners() {
        return learners;
    }
}
