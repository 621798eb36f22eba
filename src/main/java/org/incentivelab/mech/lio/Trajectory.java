package org.incentivelab.mech.lio;

import java.util.Arrays;
import org.incentivelab.env.MarkovGame;

/**
 * One recorded episode (τ or τ̂ of Algorithm 2, thesis 001 §5.2) in buffers allocated once and reused episode
 * after episode. Indices: t = step in [0, {@link #steps()}), i = agent in [0, N). Rewards are per step,
 * undiscounted; incentives are what was actually paid (zero while incentives are off).
 */
public final class Trajectory {
    final int agents;
    /**
     * Observations {@code double[maxSteps + 1][N][observationSize]} (the game's part, then given totals), the last
     * one after the final step.
     */
    final double[][][] obs;
    /** Incentive-function inputs {@code double[maxSteps][N][inputs]} of each giver (LIO givers only). */
    final double[][][] giverInput;
    /** Policy actions {@code int[maxSteps][N]} (composite for PG-d). */
    final int[][] actions;
    /** Game actions {@code int[maxSteps][N]}. */
    final int[][] gameActions;
    /** Incentive types {@code int[maxSteps][N]} of each agent's step ({@link MarkovGame#incentiveType}). */
    final int[][] incentiveTypes;
    /** Extrinsic rewards {@code double[maxSteps][N]}. */
    final double[][] extrinsic;
    /**
     * What is added to each agent's extrinsic reward in training {@code double[maxSteps][N]}: IA's inequity term
     * r̃ − r; for Cen, at index 0, the other agents' rewards (the central learner trains on the team's); else 0.
     */
    final double[][] shaping;
    /** Incentives {@code double[maxSteps][N][N]} indexed [t][giver][recipient]. */
    final double[][][] given;
    /**
     * MetaGrad: the designer's inputs {@code double[maxSteps + 1][inputs]} (global observation, all actions, events)
     * before each step; at index {@link #steps} the global observation after the last step (its critic's V(s_T)).
     */
    final double[][] designerInput;
    /** MetaGrad, dual-RL: what the designer paid each agent {@code double[maxSteps][N]}. */
    final double[][] designerGiven;
    /** dual-RL (c): the designer's Gaussian draws {@code double[maxSteps][incentive types]}. */
    final double[][] designerDraws;
    /** dual-RL (d): the designer's choice index at each step. */
    final int[] designerChoice;
    /** PG-c's Gaussian draws u {@code double[maxSteps][N][N − 1]}. */
    final double[][][] draws;
    /** Escape Room positions {@code int[maxSteps + 1][N]} before each step and after the last. */
    final int[][] positions;
    /** Whether the Escape Room door was open at each step. */
    final boolean[] doorOpen;
    int steps;

    Trajectory(int agents, int incentiveTypes, int maxSteps, int observationSize, int giverInputs,
            int designerInputs) {
        this.agents = agents;
        this.obs = new double[maxSteps + 1][agents][observationSize];
        this.giverInput = new double[maxSteps][agents][giverInputs];
        this.actions = new int[maxSteps][agents];
        this.gameActions = new int[maxSteps][agents];
        this.incentiveTypes = new int[maxSteps][agents];
        this.extrinsic = new double[maxSteps][agents];
        this.shaping = new double[maxSteps][agents];
        this.given = new double[maxSteps][agents][agents];
        this.designerInput = new double[maxSteps + 1][designerInputs];
        this.designerGiven = new double[maxSteps][agents];
        this.designerDraws = new double[maxSteps][incentiveTypes];
        this.designerChoice = new int[maxSteps];
        this.draws = new double[maxSteps][agents][Math.max(1, agents - 1)];
        this.positions = new int[maxSteps + 1][agents];
        this.doorOpen = new boolean[maxSteps];
    }

    /** @return steps played */
    public int steps() {
        return steps;
    }

    /** @return agent i's game action at step t (for PG-d without the give bits) */
    public int gameAction(int t, int i) {
        return gameActions[t][i];
    }

    /** @return agent i's observation before step t (t = steps(): after the last), the trajectory's own array */
    public double[] observation(int t, int i) {
        return obs[t][i];
    }

    /**
     * Every agent's observation before step t joined, agent 0 first (IQ-Flow's joint observation).
     *
     * @param t the step, in [0, steps()]
     * @param out {@code double[N · observation length]} overwritten
     */
    public void jointObservation(int t, double[] out) {
        int size = obs[t][0].length;
        for (int i = 0; i < agents; i++) {
            System.arraycopy(obs[t][i], 0, out, i * size, size);
        }
    }

    /** @return agent i's incentive type at step t ({@link MarkovGame#incentiveType}) */
    public int incentiveType(int t, int i) {
        return incentiveTypes[t][i];
    }

    /** @return agent i's extrinsic reward at step t */
    public double extrinsic(int t, int i) {
        return extrinsic[t][i];
    }

    /** @return what giver i paid recipient j at step t */
    public double given(int t, int i, int j) {
        return given[t][i][j];
    }

    /** @return agent i's Escape Room position before step t (t = steps(): after the last step) */
    public int position(int t, int i) {
        return positions[t][i];
    }

    /** @return whether the Escape Room door was open at step t */
    public boolean doorOpen(int t) {
        return doorOpen[t];
    }

    /** @return the number of agents */
    public int agents() {
        return agents;
    }

    /** @return what the incentive designer paid agent j at step t (0 without a designer) */
    public double designerGiven(int t, int j) {
        return designerGiven[t][j];
    }

    /** @return incentives agent j received at step t from all givers and the designer */
    public double received(int t, int j) {
        double sum = designerGiven[t][j];
        for (int i = 0; i < agents; i++) {
            sum += given[t][i][j];
        }
        return sum;
    }

    /** @return incentives agent i gave at step t to all recipients */
    public double givenBy(int t, int i) {
        double sum = 0;
        for (int j = 0; j < agents; j++) {
            sum += given[t][i][j];
        }
        return sum;
    }

    /**
     * Returns-to-go G_t = Σ_{l ≥ t} γ^{l−t} r_l (thesis 001 Eq. 5.4) of one agent's reward.
     *
     * @param agent i
     * @param incentives whether r includes the incentives received (Eq. 5.1)
     * @param payGiven whether r subtracts the incentives the agent gave (PG-d, PG-c: the giver pays)
     * @param gamma γ in [0, 1]
     * @param out {@code double[≥ steps()]} receiving G_0 … G_{T−1}
     */
    void returns(int agent, boolean incentives, boolean payGiven, double gamma, double[] out) {
        double g = 0;
        for (int t = steps - 1; t >= 0; t--) {
            g = reward(t, agent, incentives, payGiven) + gamma * g;
            out[t] = g;
        }
    }

    /** Returns-to-go Ĝ^ID_t of the collective extrinsic reward Σ_i r^{i,env}_t, into {@code out}. */
    void collectiveReturns(double gamma, double[] out) {
        double g = 0;
        for (int t = steps - 1; t >= 0; t--) {
            g = collectiveReward(t) + gamma * g;
            out[t] = g;
        }
    }

    /** @return Σ_i r^{i,env}_t, the agents' summed extrinsic reward at step t (the designer's R^ID) */
    double collectiveReward(int t) {
        double r = 0;
        for (int i = 0; i < agents; i++) {
            r += extrinsic[t][i];
        }
        return r;
    }

    /**
     * @return the training reward of one agent at step t: extrinsic (with IA's inequity term), plus the incentives
     *     received if {@code incentives} (Eq. 5.1), minus those it gave if {@code payGiven}
     */
    double reward(int t, int agent, boolean incentives, boolean payGiven) {
        return extrinsic[t][agent] + shaping[t][agent] + (incentives ? received(t, agent) : 0)
                - (payGiven ? givenBy(t, agent) : 0);
    }

    /**
     * @param agent the agent
     * @param out {@code double[≥ steps() + 1][]} receiving views (not copies) of its observations s_0 … s_T
     * @return {@code out}
     */
    double[][] observationsOf(int agent, double[][] out) {
        for (int t = 0; t <= steps; t++) {
            out[t] = obs[t][agent];
        }
        return out;
    }

    /** Clears the incentives of every step (before a rollout). */
    void clearGiven() {
        for (double[] step : designerGiven) {
            Arrays.fill(step, 0);
        }
        for (double[][] step : given) {
            for (double[] row : step) {
                Arrays.fill(row, 0);
            }
        }
    }
}
