package org.incentivelab.mech.planner;

import java.util.SplittableRandom;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.math.Optimizer;

/**
 * Independent re-computations of what the planner is meant to compute, written from the thesis formulas and the
 * documented parameter layouts (not from the production code paths), for the planner tests.
 */
final class PlannerFixtures {
    private PlannerFixtures() {
    }

    static PlannerConfig config(PlannerModel model, LookAhead lookAhead, IncentiveCost cost, double costWeight,
            double maxReward, double learningRate, boolean revenueNeutral) {
        return new PlannerConfig(true, model, lookAhead, cost, costWeight, maxReward, Optimizer.Kind.SGD, learningRate,
                revenueNeutral, 0.0, null);
    }

    /** @return joint action number m: player i plays bit i (1 = C) */
    static int[] decode(int m, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = (m >> i) & 1;
        }
        return a;
    }

    static double jointProbability(double[] p, int[] a) {
        double pi = 1;
        for (int j = 0; j < p.length; j++) {
            pi *= a[j] == 1 ? p[j] : 1 - p[j];
        }
        return pi;
    }

    static double othersProbability(double[] p, int[] a, int skip) {
        double pi = 1;
        for (int j = 0; j < p.length; j++) {
            if (j != skip) {
                pi *= a[j] == 1 ? p[j] : 1 - p[j];
            }
        }
        return pi;
    }

    /**
     * The revenue-neutral map applied to raw incentives: subtract the mean (Σ = 0), then scale by N/(2(N − 1)) so
     * that the result stays inside (−c, c) (the scale is 1 for N = 2).
     */
    static void revenueNeutral(double[] v) {
        int n = v.length;
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= n;
        double scale = n / (2.0 * (n - 1));
        for (int i = 0; i < n; i++) {
            v[i] = scale * (v[i] - mean);
        }
    }

    /** @return vp(a) of the model, passed through the revenue-neutral map if asked */
    static double[] incentives(IncentiveModel model, int[] a, boolean revenueNeutral) {
        double[] out = new double[a.length];
        model.rewards(a, out);
        if (revenueNeutral) {
            revenueNeutral(out);
        }
        return out;
    }

    /** @return Δ^p_i = E[r_i | a_i = C] − E[r_i | a_i = D] by enumeration */
    static double[] incentiveDifferences(IncentiveModel model, double[] p, boolean revenueNeutral) {
        int n = p.length;
        double[] delta = new double[n];
        for (int m = 0; m < (1 << n); m++) {
            int[] a = decode(m, n);
            double[] r = incentives(model, a, revenueNeutral);
            for (int i = 0; i < n; i++) {
                delta[i] += (a[i] == 1 ? 1 : -1) * othersProbability(p, a, i) * r[i];
            }
        }
        return delta;
    }

    /** @return each player's expected environment payoff by enumeration of the joint actions */
    static double[] expectedPayoffs(DilemmaGame game, double[] p) {
        int n = p.length;
        double[] v = new double[n];
        double[] r = new double[n];
        for (int m = 0; m < (1 << n); m++) {
            int[] a = decode(m, n);
            game.payoffs(a, r);
            double pi = jointProbability(p, a);
            for (int i = 0; i < n; i++) {
                v[i] += pi * r[i];
            }
        }
        return v;
    }

    static double welfare(DilemmaGame game, double[] p) {
        double w = 0;
        for (double x : expectedPayoffs(game, p)) {
            w += x;
        }
        return w;
    }

    /** @return ∂V/∂p_i; V is multilinear in p, so it is exactly V(p_i = 1) − V(p_i = 0) */
    static double[] welfareSlopes(DilemmaGame game, double[] p) {
        return multilinearSlopes(p, (q, i) -> welfare(game, q));
    }

    /** @return ∂V_i/∂p_i, exactly V_i(p_i = 1) − V_i(p_i = 0) */
    static double[] ownSlopes(DilemmaGame game, double[] p) {
        return multilinearSlopes(p, (q, i) -> expectedPayoffs(game, q)[i]);
    }

    /** @return for each i, f(p with p_i = 1, i) − f(p with p_i = 0, i): the exact slope of a multilinear f */
    private static double[] multilinearSlopes(double[] p, java.util.function.ToDoubleBiFunction<double[], Integer> f) {
        double[] g = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double[] one = p.clone();
            double[] zero = p.clone();
            one[i] = 1;
            zero[i] = 0;
            g[i] = f.applyAsDouble(one, i) - f.applyAsDouble(zero, i);
        }
        return g;
    }

    /**
     * z_i of the single-layer network at a continuous input x = (a_1..a_N), from the documented layout: W[k][i] at
     * k·N + i for k ∈ [0, N] (k = 0 is the dummy state, input 0), then b_i at (N + 1)·N + i.
     */
    static double networkLogit(double[] params, int n, double[] x, int i) {
        double z = params[(n + 1) * n + i];
        for (int a = 0; a < n; a++) {
            z += params[(a + 1) * n + i] * x[a];
        }
        return z;
    }

    static double networkIncentive(double[] params, int n, double maxReward, double[] x, int i) {
        return 2 * maxReward * (1 / (1 + Math.exp(-networkLogit(params, n, x, i))) - 0.5);
    }

    /** @return d_i = ∂vp_i/∂a_i in closed form 2c·σ′(z_i)·W[i+1][i] */
    static double[] networkActionDerivatives(double[] params, int n, double maxReward, int[] a) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = a[j];
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 1 / (1 + Math.exp(-networkLogit(params, n, x, i)));
            d[i] = 2 * maxReward * s * (1 - s) * params[(i + 1) * n + i];
        }
        return d;
    }

    static void randomize(double[] params, SplittableRandom random, double scale) {
        for (int k = 0; k < params.length; k++) {
            params[k] = scale * gaussian(random);
        }
    }

    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static double[] probabilities(SplittableRandom random, int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = random.nextDouble(0.1, 0.9);
        }
        return p;
    }

    static int[] randomActions(SplittableRandom random, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextInt(2);
        }
        return a;
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
