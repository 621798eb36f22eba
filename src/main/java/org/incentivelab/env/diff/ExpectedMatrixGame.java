package org.incentivelab.env.diff;

import org.incentivelab.env.SocialDilemma;
import org.incentivelab.math.Logistic;
import org.incentivelab.math.Rng;

/**
 * A symmetric 2×2 game in expected form as a differentiable game (D3C, seed 000 §3: "2×2 games"; digest 000 §5): player
 * i cooperates with probability p_i = σ(x_i) (its block of x is that one logit) and its loss is its expected shortfall
 * from the game's best payoff plus one unit, f_i = max(R, S, T, P) + 1 − E[payoff_i] ≥ 1. The constant shift leaves
 * every gradient, every d/dt f^A_i and so D3C's dynamics unchanged and makes losses positive for the price of anarchy
 * (the extra unit keeps the optimum positive where it gives everyone the best payoff, as in Stag Hunt); ρ and the ratio
 * to optimal depend on the shift, the learning does not. The optimum and
 * the worst Nash equilibrium are exact: expected totals are bilinear, so the optimum is a pure profile; the equilibria
 * are the pure ones plus the mixed one where each player is indifferent, p = (P − S)/(R − S − T + P) when it lies in
 * (0, 1).
 */
public final class ExpectedMatrixGame implements DifferentiableGame {
    private final SocialDilemma payoffs;
    /** max(R, S, T, P) + 1: losses are the shortfall from it. */
    private final double best;
    private final double optimal;
    private final double worstNash;

    /** @param payoffs R, S, T, P */
    public ExpectedMatrixGame(SocialDilemma payoffs) {
        this.payoffs = payoffs;
        this.best = 1 + Math.max(Math.max(payoffs.reward(), payoffs.sucker()),
                Math.max(payoffs.temptation(), payoffs.punishment()));
        double opt = Double.POSITIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                double total = total(a, b);
                opt = Math.min(opt, total);
                boolean nash = payoff(a, b) >= payoff(1 - a, b) - 1e-12 && payoff(b, a) >= payoff(1 - b, a) - 1e-12;
                if (nash) {
                    worst = Math.max(worst, total);
                }
            }
        }
        double denominator = payoffs.reward() - payoffs.sucker() - payoffs.temptation() + payoffs.punishment();
        double p = denominator == 0 ? Double.NaN : (payoffs.punishment() - payoffs.sucker()) / denominator;
        if (p > 0 && p < 1) {
            worst = Math.max(worst, 2 * (best - expectedPayoff(p, p)));
        }
        this.optimal = opt;
        this.worstNash = worst;
    }

    /** @return own payoff of action a (1 = C, 0 = D) against the other's b */
    private double payoff(int a, int b) {
        return a == 1 ? (b == 1 ? payoffs.reward() : payoffs.sucker()) : (b == 1 ? payoffs.temptation()
                : payoffs.punishment());
    }

    private double total(int a, int b) {
        return 2 * best - payoff(a, b) - payoff(b, a);
    }

    /** @return E[payoff] of a player cooperating with probability p against one cooperating with probability q */
    private double expectedPayoff(double p, double q) {
        return p * q * payoffs.reward() + p * (1 - q) * payoffs.sucker() + (1 - p) * q * payoffs.temptation()
                + (1 - p) * (1 - q) * payoffs.punishment();
    }

    /** @return the payoffs */
    public SocialDilemma payoffs() {
        return payoffs;
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public int owner(int coordinate) {
        return coordinate;
    }

    /** Logits standard normal. */
    @Override
    public void initialize(double[] x, Rng rng) {
        x[0] = rng.nextGaussian();
        x[1] = rng.nextGaussian();
    }

    @Override
    public void losses(double[] x, double[] out) {
        double p = Logistic.sigmoid(x[0]);
        double q = Logistic.sigmoid(x[1]);
        out[0] = best - expectedPayoff(p, q);
        out[1] = best - expectedPayoff(q, p);
    }

    @Override
    public void gradients(double[] x, double[] losses, double[][] out) {
        losses(x, losses);
        double p = Logistic.sigmoid(x[0]);
        double q = Logistic.sigmoid(x[1]);
        double dp = p * (1 - p);
        double dq = q * (1 - q);
        double r = payoffs.reward();
        double s = payoffs.sucker();
        double t = payoffs.temptation();
        double pun = payoffs.punishment();
        // ∂E[payoff(p, q)]/∂p = q(R − T) + (1 − q)(S − P);  ∂/∂q = p(R − S) + (1 − p)(T − P)
        out[0][0] = -(q * (r - t) + (1 - q) * (s - pun)) * dp;
        out[0][1] = -(p * (r - s) + (1 - p) * (t - pun)) * dq;
        out[1][1] = -(p * (r - t) + (1 - p) * (s - pun)) * dq;
        out[1][0] = -(q * (r - s) + (1 - q) * (t - pun)) * dp;
    }

    @Override
    public double optimalTotal() {
        return optimal;
    }

    @Override
    public double worstNashTotal() {
        return worstNash;
    }
}
