package org.incentivelab.mech.iqflow;

import java.util.Arrays;
import org.incentivelab.math.Finite;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Parallel;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.BoundedHead;
import org.incentivelab.nn.Network;
import org.incentivelab.nn.Squash;

/**
 * IQ-Flow's incentive regulator (seed 004 §4, Eqs. 4–9; digest 004 §2.4–2.5): an incentive network
 * r_inc,η(s, a) = R_max·σ(f_η(s, a)) ∈ (0, R_max)^N on the joint observation and the full joint action (rewards
 * only, no penalties) — or, with the reference code's {@code mini_init}, R_max·|tanh f_η(s, a)| ∈ [0, R_max)^N with
 * the last layer's weights started 1000 times smaller, so that it first pays almost nothing ({@link Squash}) —
 * learned by meta-gradient through one simulated SGD step of the incentivised critic:
 * <pre>
 *   θ̂^i = θ^i − β ∇_{θ^i} 1/(|B_T|N) Σ_k (r_env,k^i + r_inc,k^i(η) + γV^i_ψ(s'_k) − Q^i_θ(s_k, a_k))²     (Eq. 4)
 *   L = L^m(θ̂) + c₁L^{cost1}(θ̂) + c₂L^{cost2}(θ̂)                                                       (Eq. 8)
 *   L^m = −1/(|B_V|N) Σ_k Σ_i 1(a_b ≠ a_coop)·log softmax(Q̂^i(s_k, a_k^{−i}, ·))[a_coop]                (Eq. 5)
 *   L^{cost1,2} = 1/(|B_V|N|A|) Σ_k Σ_i [a_coop = a_env or ≠]·Σ_a |Q̂^i(s_k, a, a_k^{−i})|                (Eqs. 6–7)
 * </pre>
 * with a_coop, a_env and a_b the greedy actions of the cooperative, environment and (updated) incentivised heads on
 * the validation batch B_V, and the cost terms averaged over actions as in the reference code (the paper sums; its
 * c₁, c₂ were tuned with the average). For one SGD step the meta-gradient has the closed form of digest 004 §2.5,
 * ∇_η L = 2β/(|B_T|N) Σ_{k∈B_T} Σ_i ⟨∇_{θ̂^i} L, ∇_{θ^i} Q^i_θ(s_k, a_k)[a_k^i]⟩ ∇_η r_inc^i(s_k, a_k), exact
 * because η enters θ̂ only through the TD targets. With K &gt; 1 simulated steps ({@link MetaProblem#innerSteps})
 * the gradient accumulates that term at every θ_j of the path, j = 0 … K − 1, against ∇_{θ_K} L: first order, the
 * Hessian products of the unrolled path dropped (the reference unrolls K = 20 RMSProp steps through autodiff; the
 * lab's default K = 1 is exact and K times cheaper). With {@link InnerOptimizer#RMSPROP} each simulated step is
 * scaled per parameter by the critic's frozen RMSProp, s = 1/√(ρν + (1 − ρ)g² + ε), as the reference code steps, and
 * the inner products become ⟨∇_{θ̂} L, s ⊙ ∇_θ Q_k⟩ (s held fixed: its own dependence on η through g is dropped).
 * η then takes an RMSProp step (Eq. 9, reference optimiser).
 */
public final class IqFlowMechanism {
    /** The reference's {@code mini_init}: the output layer's initial weights divided by 1000. */
    private static final double MINI_INIT = 1e-3;
    private BoundedHead head;
    private final int agents;
    private final int actions;
    final double[] eta;
    private final Optimizer optimizer;
    private final double[] x;
    private final double[] metaGradient;
    private double maxReward;
    /** Meta-step buffers, sized on first use: θ_1 … θ_K per agent, a head gradient, ∇Q, weights, rewards, targets. */
    private double[][][] path = new double[1][][];
    /** RMSProp inner steps: the scaling s of each step and head, {@code [K][N][head]}, kept for the loss checks. */
    private double[][][] scaling = new double[0][][];
    /** Each agent's simulated-step gradient, {@code [N][head]}. */
    private double[][] headStep = {new double[0]};
    /** The closed form's weight of each training sample's incentives, {@code [|B_T|][N]}. */
    private double[][] sampleWeights = new double[0][];
    private double[][] batchRewards = new double[0][];
    private double[][] batchTargets = new double[0][];
    /** The joint observation of the serial passes, {@code double[inputs − N·|A|]}. */
    private final double[] state;
    /** Each agent's joint observation in the per-agent loops, {@code double[N][inputs − N·|A|]}. */
    private final double[][] agentStates;

    /**
     * @param net the incentive network: {@link JointInput} with the full joint action → N outputs
     * @param actions |A|
     * @param maxReward R_max &gt; 0 (reference: 2)
     * @param miniInit false: R_max·σ(z) from the network's own initialisation (the paper, the reference's 7×7 and
     *     Escape Room configs); true: R_max·|tanh z| with the output layer's initial weights divided by 1000 (the
     *     reference's {@code use_mini_init}, its 10×10 Cleanup config: orthogonal·√2/1000)
     * @param optimizer the optimiser of η
     * @param init the initialisation stream
     * @throws IllegalArgumentException if R_max is not positive
     */
    public IqFlowMechanism(Network net, int actions, double maxReward, boolean miniInit, Optimizer optimizer,
            Rng init) {
        if (!(maxReward > 0)) {
            throw new IllegalArgumentException("R_max must be > 0, got " + maxReward);
        }
        this.head = new BoundedHead(net, miniInit ? Squash.ABS_TANH : Squash.SIGMOID);
        this.agents = net.outputs();
        this.actions = actions;
        this.eta = new double[net.parameterCount()];
        net.initialize(eta, init);
        if (miniInit) {
            net.scaleOutputWeights(eta, MINI_INIT);
        }
        this.optimizer = optimizer;
        this.x = new double[net.inputs()];
        this.metaGradient = new double[eta.length];
        this.state = new double[net.inputs() - agents * actions];
        this.agentStates = new double[agents][state.length];
        this.maxReward = maxReward;
    }

    /**
     * r_inc(s, a) with the current η.
     *
     * @param jointObs s
     * @param joint a, {@code int[N]}
     * @param out {@code double[N]} receiving each agent's incentive of the step, in [0, R_max)
     */
    public void incentives(double[] jointObs, int[] joint, double[] out) {
        incentives(eta, jointObs, joint, out);
    }

    private void incentives(double[] params, double[] jointObs, int[] joint, double[] out) {
        JointInput.write(jointObs, joint, actions, -1, x);
        head.forward(params, x, maxReward, out);
    }

    /**
     * The incentivised critic's rewards r_env + r_inc(η) on a batch, with the given η.
     *
     * @param params η
     * @param buffer the replay buffer
     * @param batch the slots
     * @param out {@code double[|B|][N]}
     */
    void incentivisedRewards(double[] params, ReplayBuffer buffer, int[] batch, double[][] out) {
        for (int k = 0; k < batch.length; k++) {
            incentives(params, buffer.observation(batch[k], state), buffer.actions(batch[k]), out[k]);
            for (int i = 0; i < agents; i++) {
                out[k][i] += buffer.reward(batch[k], i);
            }
        }
    }

    /** @return R_max */
    public double maxReward() {
        return maxReward;
    }

    /** @param value R_max &gt; 0, used from the next call */
    public void setMaxReward(double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("R_max must be > 0, got " + value);
        }
        maxReward = value;
    }

    /** @return how a logit becomes a payment */
    public Squash squash() {
        return head.squash();
    }

    /** @param squash how a logit becomes a payment from now on (a loaded regulator pays as it was trained) */
    public void setSquash(Squash squash) {
        if (squash != head.squash()) {
            head = new BoundedHead(head.net(), squash);
        }
    }

    /** @return a copy of η */
    public double[] parameters() {
        return eta.clone();
    }

    /**
     * Replaces η (a loaded, pretrained regulator); the optimiser's state is kept.
     *
     * @param values {@code double[parameterCount()]}, all finite
     * @throws IllegalArgumentException if the length differs or a value is not finite
     */
    public void setParameters(double[] values) {
        if (values.length != eta.length) {
            throw new IllegalArgumentException("η needs " + eta.length + " parameters, got " + values.length);
        }
        if (!Finite.all(values)) {
            throw new IllegalArgumentException("η must be finite");
        }
        System.arraycopy(values, 0, eta, 0, eta.length);
    }

    /** @return the incentive network's input length: joint observation + N·|A| */
    public int inputs() {
        return head.net().inputs();
    }

    /** @return the number of parameters of η */
    public int parameterCount() {
        return eta.length;
    }

    /** @return whether every parameter of η is finite */
    boolean finite() {
        return Finite.all(eta);
    }

    /**
     * One meta-step (Algorithm 1, step 4): the simulated critic step on B_T, the meta-loss on B_V and an optimiser
     * step of η along its closed-form gradient.
     *
     * @param problem the batches, critics and coefficients
     * @return the step's figures, with the loss before the step
     */
    public MetaStep step(MetaProblem problem) {
        MetaStep result = gradient(problem, null, metaGradient);
        optimizer.step(eta, metaGradient);
        return result;
    }

    /**
     * The meta-loss and its gradient at the current η.
     *
     * @param problem the batches, critics and coefficients
     * @param fixed the validation masks and labels to use, or null to compute them (finite-difference checks hold
     *     them fixed: they are piecewise constant in η)
     * @param gradient {@code double[|η|]} overwritten with ∇_η L
     * @return the loss and the masks
     */
    MetaStep gradient(MetaProblem problem, MetaStep fixed, double[] gradient) {
        IqlCritic ind = problem.incentivised();
        double[][][] path = simulatedSteps(eta, problem, false);
        MetaStep step = validation(problem, path[path.length - 1], fixed);
        boolean rms = problem.innerOptimizer() == InnerOptimizer.RMSPROP;
        int[] train = problem.train();
        ReplayBuffer buffer = problem.buffer();
        double scale = 2 * problem.beta() / (train.length * agents);
        double[][] w = sampleWeights;
        Parallel.forEach(agents, ind.parallel(), i -> { // agent by agent, so one head's parameters stay in cache
            double[] q = new double[actions];
            double[] g = step.headGradient()[i];
            for (int k = 0; k < train.length; k++) {
                double[] s = buffer.observation(train[k], agentStates[i]);
                int[] a = buffer.actions(train[k]);
                w[k][i] = 0;
                for (int j = 0; j < path.length - 1; j++) { // first-order: one closed-form term per inner step
                    ind.values(path[j][i], i, s, a, q);
                    w[k][i] += scale * ind.actionGradientDot(path[j][i], i, a[i], g, rms ? scaling[j][i] : null);
                }
            }
        });
        Arrays.fill(gradient, 0);
        for (int k = 0; k < train.length; k++) {
            JointInput.write(buffer.observation(train[k], state), buffer.actions(train[k]), actions, -1, x);
            head.addGradient(eta, x, maxReward, w[k], gradient);
        }
        return step;
    }

    /**
     * The meta-loss L(θ̂(η)) at the given η with fixed masks, for finite-difference checks; RMSProp inner steps keep
     * the scaling of the last {@link #gradient} call, as the gradient holds it.
     *
     * @param params η
     * @param problem the batches, critics and coefficients
     * @param fixed masks from {@link #gradient}
     * @return the loss
     */
    double loss(double[] params, MetaProblem problem, MetaStep fixed) {
        double[][][] path = simulatedSteps(params, problem, true);
        return validation(problem, path[path.length - 1], fixed).loss();
    }

    /**
     * K simulated steps θ^i_{j+1} = θ^i_j − β∇_{θ^i}L_Q(θ_j) on B_T with the incentivised rewards of η (Eq. 4;
     * the targets, through V_ψ, stay fixed), each gradient scaled by the critic's frozen RMSProp for
     * {@link InnerOptimizer#RMSPROP}.
     *
     * @param holdScaling RMSProp: reuse the scaling of the previous call instead of computing it from these steps
     * @return {@code double[K + 1][N][]}: θ_0 = the incentivised heads (not copies), …, θ_K = θ̂ — the mechanism's
     *     own buffers, overwritten by the next call
     */
    private double[][][] simulatedSteps(double[] params, MetaProblem problem, boolean holdScaling) {
        IqlCritic ind = problem.incentivised();
        int[] train = problem.train();
        boolean rms = problem.innerOptimizer() == InnerOptimizer.RMSPROP;
        size(problem.innerSteps(), train.length, ind.theta[0].length, rms);
        double[][] r = batchRewards;
        double[][] y = batchTargets;
        incentivisedRewards(params, problem.buffer(), train, r);
        ind.targets(problem.buffer(), train, r, problem.gamma(), y);
        path[0] = ind.theta;
        double norm = 1.0 / (train.length * agents);
        Parallel.forEach(agents, ind.parallel(), i -> { // each head's path θ_0 … θ_K is its own
            double[] q = new double[actions];
            double[] d = new double[actions];
            double[] step = headStep[i];
            for (int j = 0; j < problem.innerSteps(); j++) {
                double[] theta = path[j][i];
                Arrays.fill(step, 0);
                for (int k = 0; k < train.length; k++) {
                    double[] s = problem.buffer().observation(train[k], agentStates[i]);
                    int[] a = problem.buffer().actions(train[k]);
                    ind.values(theta, i, s, a, q);
                    Arrays.fill(d, 0);
                    d[a[i]] = 2 * (q[a[i]] - y[k][i]) * norm;
                    ind.addGradientOfValues(theta, i, d, step);
                }
                double[] next = path[j + 1][i];
                if (rms) {
                    if (!holdScaling) {
                        ind.stepScaling(i, step, scaling[j][i]);
                    }
                    double[] s = scaling[j][i];
                    for (int p = 0; p < next.length; p++) {
                        next[p] = theta[p] - problem.beta() * s[p] * step[p];
                    }
                } else {
                    for (int p = 0; p < next.length; p++) {
                        next[p] = theta[p] - problem.beta() * step[p];
                    }
                }
            }
        });
        return path;
    }

    /**
     * Sizes the meta-step buffers for K inner steps, a batch of {@code batch} and heads of {@code head} parameters,
     * with the RMSProp scalings when {@code rms}.
     */
    private void size(int innerSteps, int batch, int head, boolean rms) {
        if (path.length != innerSteps + 1 || headStep[0].length != head) {
            path = new double[innerSteps + 1][][];
            for (int j = 1; j <= innerSteps; j++) {
                path[j] = new double[agents][head];
            }
            headStep = new double[agents][head];
        }
        if (rms && (scaling.length != innerSteps || scaling[0][0].length != head)) {
            scaling = new double[innerSteps][agents][head];
        }
        if (batchRewards.length != batch) {
            batchRewards = new double[batch][agents];
            batchTargets = new double[batch][agents];
            sampleWeights = new double[batch][agents];
        }
    }

    /**
     * The meta-loss of Eq. 8 on B_V at θ̂, with ∇_{θ̂^i} L per head: the gradients agent by agent (one head's
     * parameters in cache), the loss summed afterwards sample by sample, agent by agent, action by action.
     */
    private MetaStep validation(MetaProblem problem, double[][] thetaHat, MetaStep fixed) {
        IqlCritic ind = problem.incentivised();
        int[] valid = problem.validation();
        ReplayBuffer buffer = problem.buffer();
        int n = valid.length;
        int[][] coop = fixed != null ? fixed.cooperative() : new int[n][agents];
        boolean[][] active = fixed != null ? fixed.active() : new boolean[n][agents];
        boolean[][] noDilemma = fixed != null ? fixed.noDilemma() : new boolean[n][agents];
        double[][] headGradient = new double[agents][ind.q().parameterCount()];
        double[][][] qh = new double[n][agents][actions];
        double norm = 1.0 / (n * agents);
        Parallel.forEach(agents, ind.parallel(), i -> {
            double[] qc = new double[actions];
            double[] qe = new double[actions];
            double[] d = new double[actions];
            for (int k = 0; k < n; k++) {
                double[] s = buffer.observation(valid[k], agentStates[i]);
                int[] a = buffer.actions(valid[k]);
                if (fixed == null) {
                    problem.cooperative().values(i, s, a, qc);
                    problem.environment().values(i, s, a, qe);
                }
                double[] h = qh[k][i];
                ind.values(thetaHat[i], i, s, a, h); // the last forward of agent i on ind: the gradient is taken there
                if (fixed == null) {
                    coop[k][i] = argmax(qc);
                    active[k][i] = !problem.objectiveMask() || argmax(h) != coop[k][i];
                    noDilemma[k][i] = coop[k][i] == argmax(qe);
                }
                double c = noDilemma[k][i] ? problem.c1() : problem.c2();
                double logSum = logSumExp(h);
                for (int b = 0; b < actions; b++) {
                    d[b] = c * Math.signum(h[b]) * norm / actions;
                    if (active[k][i]) {
                        d[b] += (Math.exp(h[b] - logSum) - (b == coop[k][i] ? 1 : 0)) * norm;
                    }
                }
                ind.addGradientOfValues(thetaHat[i], i, d, headGradient[i]);
            }
        });
        double loss = 0;
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < agents; i++) {
                double[] h = qh[k][i];
                double c = noDilemma[k][i] ? problem.c1() : problem.c2();
                for (int b = 0; b < actions; b++) {
                    loss += c * Math.abs(h[b]) * norm / actions;
                }
                if (active[k][i]) {
                    loss -= (h[coop[k][i]] - logSumExp(h)) * norm;
                }
            }
        }
        return new MetaStep(loss, coop, active, noDilemma, headGradient);
    }

    /** @return log Σ_b exp(v_b), shifted by the maximum */
    private static double logSumExp(double[] v) {
        double max = v[argmax(v)];
        double sum = 0;
        for (double value : v) {
            sum += Math.exp(value - max);
        }
        return max + Math.log(sum);
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int b = 1; b < v.length; b++) {
            if (v[b] > v[best]) {
                best = b;
            }
        }
        return best;
    }

}
