package org.incentivelab.mech.lio;

import java.util.Arrays;
import org.incentivelab.env.EscapeRoom;
import org.incentivelab.env.MarkovGame;
import org.incentivelab.math.Rng;
import org.incentivelab.mech.d3c.D3cTrials;
import org.incentivelab.mech.iqflow.IqFlowLearner;

/**
 * Plays the episodes of a {@link LioAlgorithm} (thesis 001 §5.2, App. B.4.1): at each step every agent observes
 * (the game's observation and, in Escape Room, the incentives it has given each other agent so far this
 * episode), all agents commit to their actions, the game steps and pays, then the givers' incentives are computed
 * from (the observation before the step, the others' actions, the step's events such as Cleanup's "who fired"); a
 * designer sees the global observation before the step; IA agents also see everyone's smoothed rewards and train
 * on inequity-averse rewards ({@link InequityAversion}). Records everything in a {@link Trajectory}; allocates nothing.
 */
public final class EpisodePlayer {
    private final MarkovGame game;
    private final EscapeRoom room;
    private final int n;
    private final int gameActions;
    private final LioMethod method;
    private final PolicyLearner[] learners;
    private final boolean[] gives;
    private final IncentiveFunction[] incentives;
    private final double[][] eta;
    private final GaussianGift[] gifts;
    private final IncentiveFunction designer;
    private final double[] designerEta;
    private final double[] designerGift;
    private final IncentiveInput designerLayout;
    private final GaussianGift gaussianDesigner;
    private final DiscreteDesigner discreteDesigner;
    private final InequityAversion aversion;
    private final IqFlowLearner iqFlow;
    private final D3cTrials mixing;
    private final double[] jointObs;
    private final double[][] totals;
    private final double[] gift;

    /**
     * @param game the game
     * @param method the method (how the non-LIO agents give)
     * @param learners the agents' policies
     * @param gives which agents give through an incentive function
     * @param incentives each agent's incentive function (architecture and workspace)
     * @param eta each giver's parameters η^i (null for non-givers), live arrays
     * @param gifts PG-c's give-reward policies (null elsewhere)
     * @param designer MetaGrad's incentive designer μ_η, or null
     * @param designerEta its parameters (live array), or null
     * @param gaussianDesigner the dual-RL (c) designer, or null
     * @param discreteDesigner the dual-RL (d) designer, or null
     * @param aversion IA's smoothed rewards (observed last, after everything else), or null
     * @param iqFlow IQ-Flow's mechanism, paying each agent r_inc(s, a) from the joined observations and the joint
     *     action into the designer's column of the trajectory, or null
     * @param mixing RL D3C's trials, whose played Ã mixes the agents' rewards, or null
     */
    EpisodePlayer(MarkovGame game, LioMethod method, PolicyLearner[] learners, boolean[] gives,
            IncentiveFunction[] incentives, double[][] eta, GaussianGift[] gifts, IncentiveFunction designer,
            double[] designerEta, GaussianGift gaussianDesigner, DiscreteDesigner discreteDesigner,
            InequityAversion aversion, IqFlowLearner iqFlow, D3cTrials mixing) {
        this.game = game;
        this.room = game instanceof EscapeRoom r ? r : null;
        this.n = game.agents();
        this.gameActions = game.actions();
        this.method = method;
        this.learners = learners;
        this.gives = gives;
        this.incentives = incentives;
        this.eta = eta;
        this.gifts = gifts;
        this.designer = designer;
        this.designerEta = designerEta;
        this.designerGift = new double[game.incentiveTypes()];
        this.designerLayout = IncentiveInput.designer(game);
        this.gaussianDesigner = gaussianDesigner;
        this.discreteDesigner = discreteDesigner;
        this.aversion = aversion;
        this.iqFlow = iqFlow;
        this.mixing = mixing;
        this.jointObs = iqFlow == null ? null : new double[n * learners[0].policy.net().inputs()];
        this.totals = new double[n][n];
        this.gift = new double[Math.max(1, n - 1)];
    }

    /** Told of every state of an episode being played (the lab records evaluation episodes for its views). */
    public interface StepListener {
        /**
         * @param game the game after the reset (steps = 0) or after step {@code steps}
         * @param tr the trajectory so far: its step {@code steps − 1} is complete, incentives included
         * @param steps the steps played so far
         */
        void stepped(MarkovGame game, Trajectory tr, int steps);
    }

    /**
     * Plays one episode.
     *
     * @param tr where it is recorded
     * @param hat whether the agents act with θ̂ (τ̂) instead of θ
     * @param eps the exploration floor
     * @param incentivesOn whether incentives are given
     * @param maxReward R_max now
     * @param acting the agents' action streams
     * @param giving the agents' PG-c gift streams
     * @param listener told of the start state and of every step, or null
     */
    void play(Trajectory tr, boolean hat, double eps, boolean incentivesOn, double maxReward, Rng[] acting,
            Rng[] giving, StepListener listener) {
        game.reset();
        tr.clearGiven();
        if (aversion != null) {
            aversion.reset();
        }
        for (double[] row : totals) {
            Arrays.fill(row, 0);
        }
        recordPositions(tr, 0);
        if (listener != null) {
            listener.stepped(game, tr, 0);
        }
        boolean done = false;
        int t = 0;
        while (!done) {
            observe(tr, t);
            if (method == LioMethod.CEN) {
                actJointly(tr, t, hat, eps, acting[0]);
            } else {
                for (int i = 0; i < n; i++) {
                    int a = learners[i].act(hat, tr.obs[t][i], eps, acting[i]);
                    tr.actions[t][i] = a;
                    tr.gameActions[t][i] = a % gameActions;
                }
            }
            if (incentivesOn && method.hasDesigner()) {
                game.observeGlobal(tr.designerInput[t]); // the designer sees the state before the step
            }
            done = game.step(tr.gameActions[t], tr.extrinsic[t]);
            for (int i = 0; i < n; i++) {
                tr.incentiveTypes[t][i] = game.incentiveType(i, tr.gameActions[t][i]);
            }
            if (aversion != null) {
                aversion.shape(tr.extrinsic[t], tr.shaping[t]);
            } else if (method == LioMethod.CEN) { // the central learner (index 0) trains on the team's reward
                tr.shaping[t][0] = 0;
                for (int i = 1; i < n; i++) {
                    tr.shaping[t][0] += tr.extrinsic[t][i];
                }
            } else if (mixing != null && !incentivesOn) { // D3C switched off: own rewards
                Arrays.fill(tr.shaping[t], 0);
            } else if (mixing != null) { // D3C: r_i = Σ_j Ã_ji r_j (Algorithm 3)
                double[][] a = mixing.played();
                for (int i = 0; i < n; i++) {
                    double r = 0;
                    for (int j = 0; j < n; j++) {
                        r += a[j][i] * tr.extrinsic[t][j];
                    }
                    tr.shaping[t][i] = r - tr.extrinsic[t][i];
                }
            } else if (method == LioMethod.SHARED) { // every agent trains on the team's reward
                double team = 0;
                for (int i = 0; i < n; i++) {
                    team += tr.extrinsic[t][i];
                }
                for (int i = 0; i < n; i++) {
                    tr.shaping[t][i] = team - tr.extrinsic[t][i];
                }
            }
            if (incentivesOn) {
                give(tr, t, maxReward, giving);
            }
            if (room != null) {
                tr.doorOpen[t] = room.doorOpen();
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    totals[i][j] += tr.given[t][i][j];
                }
            }
            t++;
            recordPositions(tr, t);
            if (listener != null) {
                listener.stepped(game, tr, t);
            }
        }
        observe(tr, t);
        if (incentivesOn && method.hasDesigner()) {
            game.observeGlobal(tr.designerInput[t]); // after the last step, for the MetaGrad designer's critic
        }
        tr.steps = t;
    }

    /** Cen: one draw from the joint policy, decoded with agent 1 as the least significant digit. */
    private void actJointly(Trajectory tr, int t, boolean hat, double eps, Rng rng) {
        int joint = learners[0].act(hat, tr.obs[t][0], eps, rng);
        for (int i = 0, rest = joint; i < n; i++, rest /= gameActions) {
            tr.actions[t][i] = joint;
            tr.gameActions[t][i] = rest % gameActions;
        }
    }

    /**
     * Writes every agent's observation at step t: the game's, then (Escape Room) the incentives given so far, then
     * (IA) everyone's smoothed rewards; for Cen the global observation.
     */
    private void observe(Trajectory tr, int t) {
        for (int i = 0; i < n; i++) {
            double[] o = tr.obs[t][i];
            if (method == LioMethod.CEN) {
                game.observeGlobal(o);
                continue;
            }
            game.observe(i, o);
            if (room != null && method.agentsObserveGiving()) {
                int slot = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        o[game.observationSize() + slot++] = totals[i][j];
                    }
                }
            }
            if (aversion != null) {
                aversion.observe(o, o.length - n);
            }
        }
    }

    private void give(Trajectory tr, int t, double maxReward, Rng[] giving) {
        if (iqFlow != null) {
            tr.jointObservation(t, jointObs);
            iqFlow.mechanism().incentives(jointObs, tr.gameActions[t], tr.designerGiven[t]);
            return;
        }
        if (method.hasDesigner()) {
            double[] x = tr.designerInput[t];
            designerLayout.complete(tr.gameActions[t], -1, game, x); // after the global observation (App. C.2.1)
            if (designer != null) {
                designer.give(designerEta, x, maxReward, designerGift);
            } else if (gaussianDesigner != null) { // the agents give nothing: the designer samples from stream 0
                gaussianDesigner.give(x, maxReward, giving[0], tr.designerDraws[t], designerGift);
            } else {
                tr.designerChoice[t] = discreteDesigner.give(x, maxReward, giving[0], designerGift);
            }
            for (int i = 0; i < n; i++) {
                tr.designerGiven[t][i] = designerGift[tr.incentiveTypes[t][i]];
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            if (gives[i]) {
                incentives[i].input(tr.obs[t][i], tr.gameActions[t], i, game, tr.giverInput[t][i]);
                incentives[i].give(eta[i], tr.giverInput[t][i], maxReward, gift);
            } else if (method == LioMethod.PG_C) {
                gifts[i].give(tr.obs[t][i], maxReward, giving[i], tr.draws[t][i], gift);
            } else if (method == LioMethod.PG_D) {
                int bits = tr.actions[t][i] / gameActions;
                for (int k = 0; k < n - 1; k++) {
                    gift[k] = ((bits >> k) & 1) == 1 ? maxReward : 0;
                }
            } else {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    tr.given[t][i][j] = gift[IncentiveFunction.slot(i, j)];
                }
            }
        }
    }

    private void recordPositions(Trajectory tr, int t) {
        if (room != null) {
            for (int i = 0; i < n; i++) {
                tr.positions[t][i] = room.position(i);
            }
        }
    }
}
