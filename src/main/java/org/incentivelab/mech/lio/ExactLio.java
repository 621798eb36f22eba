package org.incentivelab.mech.lio;

import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.env.MatrixPayoffs;

/**
 * Exact (closed-form, expected-gradient) LIO between two agents in the one-shot-per-step Prisoner's Dilemma of
 * thesis 001 Prop. 3 and App. B.2, Eqs. B.1–B.8 (digest 001 §3.2): the dynamics behind the vector fields of
 * Fig. 5.2 / Fig. B.1.
 *
 * <p>Notation of App. B.2 (not that of Eq. 5.3/5.5): α is the <em>policy</em> learning rate, β the <em>incentive</em>
 * learning rate, γ ∈ [0, 1) the discount. Agents are indexed 0 and 1 here (thesis agents 1 and 2); actions are
 * 0 = C, 1 = D as in {@link IteratedMatrixGame}. Agent i's policy is θ^i = P(a^i = C) ∈ [0, 1]; agent i's
 * incentive function is η^i = (η^i_C, η^i_D), paid to the other agent when that agent plays C or D. There is no
 * incentive cost (Table B.3 cost α = 0).
 *
 * <p>One {@link #step(State)} is one LIO iteration:
 * <ol>
 *   <li>θ̂^i = θ^i + α ∂V^i/∂θ^i (Eqs. B.4/B.5), which equals θ^i + (α/(1−γ))(η^j_C − η^j_D − 1);</li>
 *   <li>η^i ← η^i + β ∇_{η^i} V^i(θ̂) with V^i(θ̂) = p̂ᵀr^i/(1−γ) (Eqs. B.6–B.8). The gradient is computed by the
 *       general chain rule ∂V^i(θ̂)/∂θ̂^j · ∂θ̂^j/∂η^i through the recipient's update θ̂^j, from the payoff table,
 *       without assuming the thesis result B_j = 2; it equals (βα/(1−γ)²)·2·(1, −1) (Eq. B.7). The path through
 *       θ̂^i vanishes because r^i does not depend on η^i;</li>
 *   <li>θ^i ← clip(θ̂^i, 0, 1): θ is a probability, and the thesis only plots directions, so this clip is the
 *       digest's [D] choice (digest 001 §3.2). The gradient in step 2 uses the unclipped θ̂ as in Eq. B.6;</li>
 *   <li>optionally η^i ← clip(η^i, 0, R_max) when constructed with {@link #ExactLio(double, double, double, double)}
 *       (LIO's incentives are bounded in [0, R_max], R_max = 3 in the IPD, Table B.3). The three-argument
 *       constructor leaves η unbounded in ℝ², as in App. B.2.</li>
 * </ol>
 */
public final class ExactLio {
    /** Index of thesis agent 1 (the row player). */
    public static final int AGENT_1 = 0;
    /** Index of thesis agent 2 (the column player). */
    public static final int AGENT_2 = 1;

    private static final int C = IteratedMatrixGame.COOPERATE;
    private static final int D = IteratedMatrixGame.DEFECT;

    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double etaMax;
    private final boolean clipIncentives;

    /**
     * The joint parameters of two exact LIO agents (App. B.2).
     *
     * @param theta1 θ¹ = P(agent 1 plays C), in [0, 1]
     * @param theta2 θ² = P(agent 2 plays C), in [0, 1]
     * @param etaC1 η¹_C: what agent 1 pays agent 2 per step when agent 2 plays C, finite
     * @param etaD1 η¹_D: what agent 1 pays agent 2 per step when agent 2 plays D, finite
     * @param etaC2 η²_C: what agent 2 pays agent 1 per step when agent 1 plays C, finite
     * @param etaD2 η²_D: what agent 2 pays agent 1 per step when agent 1 plays D, finite
     */
    public record State(double theta1, double theta2, double etaC1, double etaD1, double etaC2, double etaD2) {
        /**
         * @throws IllegalArgumentException if a θ is outside [0, 1] or NaN, or an η is not finite
         */
        public State {
            checkProbability("theta1", theta1);
            checkProbability("theta2", theta2);
            checkFinite("etaC1", etaC1);
            checkFinite("etaD1", etaD1);
            checkFinite("etaC2", etaC2);
            checkFinite("etaD2", etaD2);
        }

        /**
         * @param agent {@link #AGENT_1} or {@link #AGENT_2}
         * @return that agent's θ = P(C)
         * @throws IllegalArgumentException if {@code agent} is not 0 or 1
         */
        public double theta(int agent) {
            return checkAgent(agent) == AGENT_1 ? theta1 : theta2;
        }

        /**
         * @param giver {@link #AGENT_1} or {@link #AGENT_2}
         * @param recipientAction the recipient's action, 0 = C or 1 = D
         * @return η^giver_{recipientAction}, the incentive the giver pays per step for that action
         * @throws IllegalArgumentException if an index is not 0 or 1
         */
        public double eta(int giver, int recipientAction) {
            boolean cooperate = checkAction(recipientAction) == C;
            if (checkAgent(giver) == AGENT_1) {
                return cooperate ? etaC1 : etaD1;
            }
            return cooperate ? etaC2 : etaD2;
        }
    }

    /**
     * Exact LIO with unbounded incentives η ∈ ℝ² (App. B.2).
     *
     * @param alpha policy learning rate α, finite and &gt; 0
     * @param beta incentive learning rate β, finite and &gt; 0
     * @param gamma discount γ, in [0, 1)
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public ExactLio(double alpha, double beta, double gamma) {
        this(alpha, beta, gamma, Double.POSITIVE_INFINITY, false);
    }

    /**
     * Exact LIO whose incentives are clipped to [0, R_max] after every update (LIO's bounded incentives,
     * Table B.3: R_max = 3 in the IPD). {@code etaMax} = {@link Double#POSITIVE_INFINITY} keeps only the lower
     * bound 0.
     *
     * @param alpha policy learning rate α, finite and &gt; 0
     * @param beta incentive learning rate β, finite and &gt; 0
     * @param gamma discount γ, in [0, 1)
     * @param etaMax R_max, &gt; 0 (may be +∞)
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public ExactLio(double alpha, double beta, double gamma, double etaMax) {
        this(alpha, beta, gamma, etaMax, true);
    }

    private ExactLio(double alpha, double beta, double gamma, double etaMax, boolean clipIncentives) {
        checkRates(alpha, beta, gamma);
        if (!(etaMax > 0)) {
            throw new IllegalArgumentException("etaMax (R_max) must be > 0 (may be +Infinity), got " + etaMax);
        }
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.etaMax = etaMax;
        this.clipIncentives = clipIncentives;
    }

    /** @return the policy learning rate α &gt; 0 (App. B.2 notation) */
    public double alpha() {
        return alpha;
    }

    /** @return the incentive learning rate β &gt; 0 (App. B.2 notation) */
    public double beta() {
        return beta;
    }

    /** @return the discount γ ∈ [0, 1) */
    public double gamma() {
        return gamma;
    }

    /** @return R_max, the upper clip of η; +∞ when unbounded */
    public double etaMax() {
        return etaMax;
    }

    /** @return whether η is clipped to [0, {@link #etaMax()}] after each update (false: η ∈ ℝ², App. B.2) */
    public boolean clipsIncentives() {
        return clipIncentives;
    }

    /**
     * Total per-step reward of an agent at a joint action, extrinsic (Table 5.1) plus the incentive received
     * (Eqs. B.2/B.3): r¹ = payoff(a¹, a²) + η²_{a¹}, r² = payoff(a², a¹) + η¹_{a²}.
     *
     * @param agent {@link #AGENT_1} or {@link #AGENT_2}
     * @param a1 agent 1's action, 0 = C or 1 = D
     * @param a2 agent 2's action, 0 = C or 1 = D
     * @param s the incentives (θ is not used)
     * @return the reward per step
     * @throws IllegalArgumentException if an index is not 0 or 1
     */
    public static double reward(int agent, int a1, int a2, State s) {
        if (checkAgent(agent) == AGENT_1) {
            return MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(a1, a2) + s.eta(AGENT_2, a1);
        }
        return MatrixPayoffs.LIO_PRISONERS_DILEMMA.payoff(a2, a1) + s.eta(AGENT_1, a2);
    }

    /**
     * The reconstructed Table B.1 (digest 001 §3.2): payoffs with incentives.
     *
     * @param s the incentives (θ is not used)
     * @return a new {@code double[2][2][2]} indexed [a¹][a²][agent], actions 0 = C, 1 = D, agents 0 = thesis agent 1,
     *     1 = thesis agent 2; entry = {@link #reward(int, int, int, State)} per step
     */
    public static double[][][] payoffTable(State s) {
        double[][][] table = new double[2][2][2];
        for (int a1 = 0; a1 < 2; a1++) {
            for (int a2 = 0; a2 < 2; a2++) {
                for (int agent = 0; agent < 2; agent++) {
                    table[a1][a2][agent] = reward(agent, a1, a2, s);
                }
            }
        }
        return table;
    }

    /**
     * Eq. B.1: V^i(θ¹, θ²) = Σ_t γ^t pᵀr^i = pᵀr^i/(1 − γ), with p the joint-action distribution over
     * (CC, CD, DC, DD) and r^i from Eqs. B.2/B.3.
     *
     * @param agent {@link #AGENT_1} or {@link #AGENT_2}
     * @param s the policies and incentives
     * @param gamma discount γ ∈ [0, 1)
     * @return the discounted expected return (per episode of infinite horizon)
     * @throws IllegalArgumentException if {@code agent} is not 0 or 1 or γ is out of range
     */
    public static double value(int agent, State s, double gamma) {
        checkGamma(gamma);
        checkAgent(agent);
        return expected(agent, s.theta1(), s.theta2(), s) / (1 - gamma);
    }

    /**
     * ∂V^i/∂θ^i, the gradient of Eq. B.1 in the agent's own policy, computed from the payoff table. It equals
     * (η^j_C − η^j_D − 1)/(1 − γ) (Eqs. B.4/B.5).
     *
     * @param agent {@link #AGENT_1} or {@link #AGENT_2}
     * @param s the policies and incentives
     * @param gamma discount γ ∈ [0, 1)
     * @return the gradient, per unit of θ^i
     * @throws IllegalArgumentException if {@code agent} is not 0 or 1 or γ is out of range
     */
    public static double policyGradient(int agent, State s, double gamma) {
        checkGamma(gamma);
        return expectedSlope(agent, agent, s.theta1(), s.theta2(), s) / (1 - gamma);
    }

    /**
     * The recipient's one-step policy update of Eqs. B.4/B.5, before any clipping: θ̂^i = θ^i + α ∂V^i/∂θ^i.
     *
     * @param agent {@link #AGENT_1} or {@link #AGENT_2}
     * @param s the policies and incentives
     * @return θ̂^i, possibly outside [0, 1]
     * @throws IllegalArgumentException if {@code agent} is not 0 or 1
     */
    public double thetaHat(int agent, State s) {
        return s.theta(agent) + alpha * policyGradient(agent, s, gamma);
    }

    /**
     * ∇_{η^i} V^i(θ̂) = ∇_{η^i}[p̂ᵀr^i]/(1 − γ) (Eq. B.6 before the factor β), computed generally by the chain rule
     * through the other agent's update θ̂^j; the thesis closed form is (α/(1−γ)²)·B_j·(1, −1) with B_j = 2 (Eq. B.7).
     *
     * @param giver {@link #AGENT_1} or {@link #AGENT_2}
     * @param s the policies and incentives
     * @return a new {@code double[2]}: (∂/∂η^i_C, ∂/∂η^i_D)
     * @throws IllegalArgumentException if {@code giver} is not 0 or 1
     */
    public double[] incentiveGradient(int giver, State s) {
        return new double[] {incentivePartial(giver, C, s), incentivePartial(giver, D, s)};
    }

    /**
     * One exact LIO iteration for both agents (see the class comment): policy updates, incentive updates through
     * the recipients' updates, then θ clipped to [0, 1] and, if configured, η clipped to [0, R_max].
     *
     * @param s the current policies and incentives
     * @return the next state
     */
    public State step(State s) {
        double hat1 = thetaHat(AGENT_1, s);
        double hat2 = thetaHat(AGENT_2, s);
        double etaC1 = clipEta(s.etaC1() + beta * incentivePartial(AGENT_1, C, s));
        double etaD1 = clipEta(s.etaD1() + beta * incentivePartial(AGENT_1, D, s));
        double etaC2 = clipEta(s.etaC2() + beta * incentivePartial(AGENT_2, C, s));
        double etaD2 = clipEta(s.etaD2() + beta * incentivePartial(AGENT_2, D, s));
        return new State(clip(hat1, 0, 1), clip(hat2, 0, 1), etaC1, etaD1, etaC2, etaD2);
    }

    /**
     * One arrow of the Fig. 5.2 / Fig. B.1 vector field (digest 001 §3.2): (Δη¹_C, Δθ²) =
     * (2βα/(1−γ)², (α/(1−γ))(η¹_C − η¹_D − 1)), the closed forms of Eqs. B.4 and B.6–B.7. Neither component depends
     * on θ²; it is accepted so that callers pass the plotted point.
     *
     * @param etaC1 η¹_C, the plotted x value (the thesis plots [0, 3]), finite
     * @param etaD1 η¹_D, fixed per panel, finite
     * @param theta2 θ², the plotted y value, in [0, 1]
     * @param alpha policy learning rate α &gt; 0
     * @param beta incentive learning rate β &gt; 0
     * @param gamma discount γ ∈ [0, 1)
     * @return a new {@code double[2]}: (Δη¹_C per iteration, Δθ² per iteration, unclipped)
     * @throws IllegalArgumentException if a value is out of range
     */
    public static double[] arrow(double etaC1, double etaD1, double theta2, double alpha, double beta, double gamma) {
        checkFinite("etaC1", etaC1);
        checkFinite("etaD1", etaD1);
        checkProbability("theta2", theta2);
        checkRates(alpha, beta, gamma);
        double horizon = 1 / (1 - gamma);
        return new double[] {2 * beta * alpha * horizon * horizon, alpha * horizon * (etaC1 - etaD1 - 1)};
    }

    /**
     * Whether the incentives an agent receives make C its dominant action, so that CC is the dominant equilibrium
     * once both agents' incentives satisfy it: η_C − η_D − 1 &gt; 0 (App. B.2, after Eq. B.8).
     *
     * @param etaC the incentive received per step for C
     * @param etaD the incentive received per step for D
     * @return {@code true} iff η_C − η_D &gt; 1
     */
    public static boolean cooperationDominant(double etaC, double etaD) {
        return etaC - etaD > 1;
    }

    /**
     * ∂V^giver(θ̂)/∂η^giver_x = [∂(p̂ᵀr^giver)/∂θ̂^j / (1 − γ)] · [α ∂²(pᵀr^j)/∂θ^j∂η^giver_x / (1 − γ)], j the
     * recipient: the chain rule of Eq. B.6 through the recipient's update θ̂^j of Eq. B.4/B.5.
     */
    private double incentivePartial(int giver, int recipientAction, State s) {
        int recipient = 1 - checkAgent(giver);
        double hat1 = thetaHat(AGENT_1, s);
        double hat2 = thetaHat(AGENT_2, s);
        double valueSlope = expectedSlope(giver, recipient, hat1, hat2, s) / (1 - gamma);
        double updateSlope = alpha * incentiveSensitivity(recipient, recipientAction, s) / (1 - gamma);
        return valueSlope * updateSlope;
    }

    /**
     * ∂²(pᵀr^recipient)/∂θ^recipient ∂η^giver_x: the payoff table's dependence on the incentive is 1 exactly at
     * the outcomes where the recipient plays x.
     */
    private static double incentiveSensitivity(int recipient, int recipientAction, State s) {
        double sum = 0;
        for (int a1 = 0; a1 < 2; a1++) {
            for (int a2 = 0; a2 < 2; a2++) {
                int own = recipient == AGENT_1 ? a1 : a2;
                if (own == recipientAction) {
                    sum += jointSlope(recipient, a1, a2, s.theta1(), s.theta2());
                }
            }
        }
        return sum;
    }

    /** pᵀr^agent at policies (t1, t2), rewards from s. */
    private static double expected(int agent, double t1, double t2, State s) {
        double sum = 0;
        for (int a1 = 0; a1 < 2; a1++) {
            for (int a2 = 0; a2 < 2; a2++) {
                sum += prob(a1, t1) * prob(a2, t2) * reward(agent, a1, a2, s);
            }
        }
        return sum;
    }

    /** ∂(pᵀr^agent)/∂θ^wrt at policies (t1, t2); exact since p is bilinear in (θ¹, θ²). */
    private static double expectedSlope(int agent, int wrt, double t1, double t2, State s) {
        checkAgent(wrt);
        double sum = 0;
        for (int a1 = 0; a1 < 2; a1++) {
            for (int a2 = 0; a2 < 2; a2++) {
                sum += jointSlope(wrt, a1, a2, t1, t2) * reward(agent, a1, a2, s);
            }
        }
        return sum;
    }

    /** ∂[π¹(a¹)π²(a²)]/∂θ^wrt. */
    private static double jointSlope(int wrt, int a1, int a2, double t1, double t2) {
        return wrt == AGENT_1 ? probSlope(a1) * prob(a2, t2) : prob(a1, t1) * probSlope(a2);
    }

    private static double prob(int action, double theta) {
        return action == C ? theta : 1 - theta;
    }

    private static double probSlope(int action) {
        return action == C ? 1 : -1;
    }

    private double clipEta(double eta) {
        return clipIncentives ? clip(eta, 0, etaMax) : eta;
    }

    private static double clip(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static int checkAgent(int agent) {
        if (agent != AGENT_1 && agent != AGENT_2) {
            throw new IllegalArgumentException("agent must be 0 (thesis agent 1) or 1 (thesis agent 2), got " + agent);
        }
        return agent;
    }

    private static int checkAction(int action) {
        if (action != C && action != D) {
            throw new IllegalArgumentException("action must be 0 (C) or 1 (D), got " + action);
        }
        return action;
    }

    private static void checkRates(double alpha, double beta, double gamma) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha (policy learning rate) must be finite and > 0, got " + alpha);
        }
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta (incentive learning rate) must be finite and > 0, got " + beta);
        }
        checkGamma(gamma);
    }

    private static void checkGamma(double gamma) {
        if (!(gamma >= 0 && gamma < 1)) {
            throw new IllegalArgumentException("gamma must be in [0, 1), got " + gamma);
        }
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + p);
        }
    }

    private static void checkFinite(String name, double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(name + " must be finite, got " + x);
        }
    }
}
