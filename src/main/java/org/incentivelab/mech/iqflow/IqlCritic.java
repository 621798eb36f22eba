package org.incentivelab.mech.iqflow;

import org.incentivelab.math.Finite;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Parallel;
import org.incentivelab.math.RmsProp;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Network;

/**
 * One of IQ-Flow's three critic pairs, fitted by implicit Q-learning on replayed joint transitions (seed 004 §4,
 * Eq. 1; digest 004 §2.2–2.3): per agent i a Q head Q^i_θ(s, a^{−i}, ·) with a Polyak target Q^i_θ̄, and a value
 * network V_ψ. On a batch B, from the pre-update parameters,
 * <pre>
 *   L_Q = 1/(|B|N) Σ_k Σ_i (r_k^i + γ(1 − d_k) V^i_ψ(s'_k) − Q^i_θ(s_k, a_k)[a_k^i])²
 *   L_V = 1/(|B|N) Σ_k Σ_i L₂^τ(Q^i_θ̄(s_k, a_k)[a_k^i] − V^i_ψ(s_k))
 * </pre>
 * then θ̄ ← ρθ + (1 − ρ)θ̄. The cooperative pair has one V for all agents (V^i = V) and r_k^i = Σ_j r_env,k^j; the
 * environment pair r_env,k^i; the incentivised pair r_env,k^i + r_inc,k^i with the mechanism's current incentives.
 * The rewards come in per call, so one class serves all three.
 */
public final class IqlCritic {
    private final int agents;
    private final int actions;
    private final boolean sharedValue;
    private final Network q;
    private final Network v;
    final double[][] theta;
    private final double[][] target;
    final double[] psi;
    private final Optimizer[] qOptimizers;
    private final Optimizer vOptimizer;
    /** Whether the heads' work runs on parallel threads, one agent each. */
    private final boolean parallel;
    /** Each agent's head scratch, so agents can be served on different threads. */
    private final HeadScratch[] scratch;
    private final Network.Workspace vws;
    private final double[][] qGradient;
    private final double[] vGradient;
    /** The joint observation s or s' of the serial passes (targets, the V update), {@code double[v.inputs()]}. */
    private final double[] state;
    private final double[] dv;
    /** Q^i_θ̄(s_k, a_k)[a_k^i] of the batch in {@link #update}, {@code [|B|][N]}, sized on first use. */
    private double[][] targetValues = new double[0][];

    /**
     * @param q a Q head: {@link JointInput} of the game → |A| outputs; every agent gets its own parameters
     * @param v the value network: joint observation → 1 output (shared value) or N outputs
     * @param agents N
     * @param optimizer the optimiser kind's factory for one parameter vector: (size) → optimiser
     * @param init the initialisation stream
     * @param parallel whether the agents' heads are updated and evaluated on parallel threads in the IQL update and
     *     the meta-step (the same results, to the bit, as in order)
     * @throws IllegalArgumentException if V's outputs are neither 1 nor N
     */
    public IqlCritic(Network q, Network v, int agents, java.util.function.IntFunction<Optimizer> optimizer,
            Rng init, boolean parallel) {
        if (v.outputs() != 1 && v.outputs() != agents) {
            throw new IllegalArgumentException("V must have 1 or " + agents + " outputs, got " + v.outputs());
        }
        this.agents = agents;
        this.actions = q.outputs();
        this.sharedValue = v.outputs() == 1;
        this.q = q;
        this.v = v;
        this.theta = new double[agents][q.parameterCount()];
        this.target = new double[agents][];
        this.qOptimizers = new Optimizer[agents];
        this.qGradient = new double[agents][q.parameterCount()];
        for (int i = 0; i < agents; i++) {
            q.initialize(theta[i], init);
            target[i] = theta[i].clone();
            qOptimizers[i] = optimizer.apply(q.parameterCount());
        }
        this.psi = new double[v.parameterCount()];
        v.initialize(psi, init);
        this.vOptimizer = optimizer.apply(v.parameterCount());
        this.parallel = parallel;
        this.scratch = new HeadScratch[agents];
        for (int i = 0; i < agents; i++) {
            scratch[i] = new HeadScratch(q.workspace(), new double[q.inputs()], new double[actions],
                    new double[v.inputs()]);
        }
        this.vws = v.workspace();
        this.vGradient = new double[v.parameterCount()];
        this.dv = new double[v.outputs()];
        this.state = new double[v.inputs()];
    }

    /** @return the Q head architecture (shared by every agent's parameters) */
    Network q() {
        return q;
    }

    /**
     * Q^i(s, a^{−i}, ·) with agent i's current parameters.
     *
     * @param agent i
     * @param jointObs s
     * @param joint a joint action (agent i's own entry is ignored)
     * @param out {@code double[|A|]} receiving the values
     */
    public void values(int agent, double[] jointObs, int[] joint, double[] out) {
        values(theta[agent], agent, jointObs, joint, out);
    }

    /**
     * Q^i(s, a^{−i}, ·) with the given head parameters. Calls for different agents may run on different threads.
     */
    void values(double[] params, int agent, double[] jointObs, int[] joint, double[] out) {
        HeadScratch h = scratch[agent];
        JointInput.write(jointObs, joint, actions, agent, h.x);
        System.arraycopy(q.forward(params, h.x, h.ws), 0, out, 0, actions);
    }

    /** @return whether the heads' work runs on parallel threads */
    boolean parallel() {
        return parallel;
    }

    /** @return V^i_ψ(s) (the shared V when the pair has one) */
    double value(int agent, double[] jointObs) {
        return v.forward(psi, jointObs, vws)[sharedValue ? 0 : agent];
    }

    /**
     * The TD targets y_k^i = r_k^i + γ(1 − d_k)V^i_ψ(s'_k) of a batch, with the current ψ.
     *
     * @param buffer the replay buffer
     * @param batch the slots
     * @param rewards {@code double[|B|][N]} the pair's rewards r_k^i
     * @param gamma γ
     * @param out {@code double[|B|][N]} receiving y
     */
    void targets(ReplayBuffer buffer, int[] batch, double[][] rewards, double gamma, double[][] out) {
        for (int k = 0; k < batch.length; k++) {
            double[] next = v.forward(psi, buffer.nextObservation(batch[k], state), vws);
            double keep = buffer.done(batch[k]) ? 0 : gamma;
            for (int i = 0; i < agents; i++) {
                out[k][i] = rewards[k][i] + keep * next[sharedValue ? 0 : i];
            }
        }
    }

    /**
     * Accumulates {@code gradient += (∂Q^i(s, a^{−i}, ·)/∂θ)ᵀ d} at the last {@link #values(double[], int, double[],
     * int[], double[])} call, whose head parameters must be passed again.
     *
     * @param params the head parameters of that call
     * @param agent that call's agent i
     * @param d {@code double[|A|]} the cotangent of the |A| values
     * @param gradient {@code double[q().parameterCount()]} added to
     */
    void addGradientOfValues(double[] params, int agent, double[] d, double[] gradient) {
        q.backward(params, scratch[agent].ws, d, 1, gradient);
    }

    /**
     * ⟨u ⊙ w, ∇_θ Q^i_θ(s, a^{−i}, ·)[action]⟩ at the last {@link #values(double[], int, double[], int[], double[])}
     * call, summed in parameter order (see {@link Network#gradientDot}).
     *
     * @param params the head parameters of that call
     * @param agent that call's agent i
     * @param action the value's action b
     * @param u {@code double[q().parameterCount()]} the direction
     * @param w per-parameter weights of the same length, or null for all 1
     * @return the inner product
     */
    double actionGradientDot(double[] params, int agent, int action, double[] u, double[] w) {
        HeadScratch h = scratch[agent];
        java.util.Arrays.fill(h.dq, 0);
        h.dq[action] = 1;
        return q.gradientDot(params, h.ws, h.dq, u, w);
    }

    /**
     * One IQL step of the pair on a batch: the Q heads on L_Q, V on L_V, both from the pre-update parameters, then
     * the Polyak step of the targets.
     *
     * @param buffer the replay buffer
     * @param batch the slots, |B| ≥ 1
     * @param y {@code double[|B|][N]} the TD targets from {@link #targets} (computed before this call)
     * @param expectile τ in (0, 1)
     * @param polyak ρ in (0, 1]
     */
    void update(ReplayBuffer buffer, int[] batch, double[][] y, double expectile, double polyak) {
        double norm = 1.0 / (batch.length * agents);
        if (targetValues.length != batch.length) {
            targetValues = new double[batch.length][agents];
        }
        Parallel.forEach(agents, parallel, i -> { // agent by agent, so one head's θ, θ̄ and gradient stay in cache
            HeadScratch h = scratch[i];
            java.util.Arrays.fill(qGradient[i], 0);
            for (int k = 0; k < batch.length; k++) {
                int[] a = buffer.actions(batch[k]);
                JointInput.write(buffer.observation(batch[k], h.state), a, actions, i, h.x);
                targetValues[k][i] = q.forward(target[i], h.x, h.ws)[a[i]];
                double now = q.forward(theta[i], h.x, h.ws)[a[i]];
                java.util.Arrays.fill(h.dq, 0);
                h.dq[a[i]] = 2 * (now - y[k][i]) * norm;
                q.backward(theta[i], h.ws, h.dq, 1, qGradient[i]);
            }
        });
        java.util.Arrays.fill(vGradient, 0);
        for (int k = 0; k < batch.length; k++) {
            double[] values = v.forward(psi, buffer.observation(batch[k], state), vws);
            java.util.Arrays.fill(dv, 0);
            for (int i = 0; i < agents; i++) {
                int out = sharedValue ? 0 : i;
                dv[out] -= Expectile.derivative(targetValues[k][i] - values[out], expectile) * norm;
            }
            v.backward(psi, vws, dv, 1, vGradient);
        }
        Parallel.forEach(agents, parallel, i -> {
            qOptimizers[i].step(theta[i], qGradient[i]);
            for (int p = 0; p < target[i].length; p++) {
                target[i][p] = polyak * theta[i][p] + (1 - polyak) * target[i][p];
            }
        });
        vOptimizer.step(psi, vGradient);
    }

    /**
     * The scaling agent i's head optimiser would apply to a gradient now, its state unchanged (IQ-Flow's RMSProp
     * simulated step, {@link InnerOptimizer#RMSPROP}).
     *
     * @param agent i
     * @param gradient a gradient of the head's parameters
     * @param out {@code double[q().parameterCount()]} overwritten with 1/√(ρν + (1 − ρ)g² + ε)
     * @throws IllegalStateException if the head's optimiser is not RMSProp
     */
    void stepScaling(int agent, double[] gradient, double[] out) {
        if (!(qOptimizers[agent] instanceof RmsProp rms)) {
            throw new IllegalStateException("the RMSProp simulated step needs an RMSProp critic, this one steps with "
                    + qOptimizers[agent].getClass().getSimpleName());
        }
        rms.scaling(gradient, out);
    }

    /** One agent's buffers for its head's passes: the workspace, the joint input x, a cotangent, the state. */
    private static final class HeadScratch {
        final Network.Workspace ws;
        final double[] x;
        final double[] dq;
        final double[] state;

        HeadScratch(Network.Workspace ws, double[] x, double[] dq, double[] state) {
            this.ws = ws;
            this.x = x;
            this.dq = dq;
            this.state = state;
        }
    }

    /** @return whether every parameter is finite */
    boolean finite() {
        for (double[] t : theta) {
            if (!Finite.all(t)) {
                return false;
            }
        }
        return Finite.all(psi);
    }
}
