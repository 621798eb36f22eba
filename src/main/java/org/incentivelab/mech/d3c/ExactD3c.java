package org.incentivelab.mech.d3c;

import java.util.Arrays;
import org.incentivelab.env.diff.DifferentiableGame;
import org.incentivelab.math.Vectors;

/**
 * One simultaneous step of exact D3C on a differentiable game (seed 000 §2.5, Eqs. 9–11): every agent i moves its
 * strategy along its mixed loss's gradient and its row of A along the surrogate gradient of its local price of
 * anarchy, both from the same point. Under gradient flow ẋ = −F(x), F_m = ∇_{x_m} f^A_m = Σ_k A_km ∇_{x_m} f_k,
 * <pre>
 *   D_i = d/dt f^A_i = −Σ_m ⟨∇_{x_m} f^A_i, F_m⟩
 *   ∂D_i/∂A_im = −⟨∇_{x_m} f^A_i, ∇_{x_m} f_i⟩ − 1[m = i]·Σ_j ⟨∇_{x_j} f_i, F_j⟩
 *   g_i = 1[D_i + ε &gt; 0]·∂D_i/∂A_i − ν e_i ⊘ A_i            (∇ of ReLU(D_i + ε) + ν D_KL(e_i ‖ A_i), Eq. 11)
 *   A_i ← softmax(log A_i − η_A g_i),   x_m ← x_m − η_x F_m
 * </pre>
 * (digest 000 §2.6 [recon]; the first term of ∂D_i/∂A_im is A_im entering F_m, the second A_ii entering f^A_i).
 * "Improve-stay, suffer-shift": a row moves only while its mixed loss rises (or falls slower than ε). The step also
 * gives Theorem 1's local utilitarian and Theorem 2's egalitarian price-of-anarchy bounds at the current point, with
 * Δt = η_x. Not thread-safe: one instance per thread.
 */
public final class ExactD3c {
    private final DifferentiableGame game;
    private final int n;
    private final int dim;
    private final int[] owner;
    private final double[] f;
    private final double[] mixed;
    private final double[] rate;
    private final double[][] jacobian;
    private final double[][] mixedGradient;
    private final double[] field;
    private final double[] gradient;
    private final boolean[] shifting;
    private final double[] ownNorm;
    private double fieldNorm;
    private double utilitarianBound;
    private double egalitarianBound;

    /** @param game the game; the step's buffers are sized for it */
    public ExactD3c(DifferentiableGame game) {
        this.game = game;
        this.n = game.players();
        this.dim = game.dimension();
        this.owner = new int[dim];
        for (int q = 0; q < dim; q++) {
            owner[q] = game.owner(q);
        }
        this.f = new double[n];
        this.mixed = new double[n];
        this.rate = new double[n];
        this.jacobian = new double[n][dim];
        this.mixedGradient = new double[n][dim];
        this.field = new double[dim];
        this.gradient = new double[n];
        this.shifting = new boolean[n];
        this.ownNorm = new double[n];
    }

    /**
     * One step.
     *
     * @param x the joint strategy, {@code double[dimension]}, updated in place
     * @param a the mixing matrix the agents use this step
     * @param config η_x, η_A, ε, ν, μ
     * @param learnMixing whether the rows of A take their D3C step (false for the baselines and while the mechanism
     *     is off)
     */
    public void step(double[] x, MixingMatrix a, D3cConfig config, boolean learnMixing) {
        evaluate(x, a.values());
        bounds(config);
        if (learnMixing) {
            for (int i = 0; i < n; i++) {
                shifting[i] = rate[i] + config.epsilon() > 0;
                if (shifting[i]) {
                    rateGradient(i, gradient);
                } else {
                    Arrays.fill(gradient, 0);
                }
                boolean kl = config.klWeight() > 0; // (ν = 0 must not divide: A_ii may underflow to 0)
                if (kl) { // ∇ ν D_KL(e_i ‖ A_i) = −ν e_i / A_ii
                    gradient[i] -= config.klWeight() / a.get(i, i);
                }
                if (shifting[i] || kl) { // else stay: the row's gradient is 0
                    a.mirrorStep(i, gradient, config.mixingRate(), Double.NEGATIVE_INFINITY,
                            Double.POSITIVE_INFINITY);
                }
            }
        } else {
            Arrays.fill(shifting, false);
        }
        for (int q = 0; q < dim; q++) {
            x[q] -= config.strategyRate() * field[q];
        }
    }

    /**
     * Losses, mixed losses, their gradients, the field F and the rates D_i at x for a mixing matrix given entry by
     * entry (any real matrix: the finite-difference checks perturb single entries off the simplex).
     *
     * @param x the joint strategy
     * @param a {@code double[n][n]}, A_ki = a[k][i]
     */
    void evaluate(double[] x, double[][] a) {
        game.gradients(x, f, jacobian);
        for (int i = 0; i < n; i++) { // f^A_i = Σ_k A_ki f_k and its gradient over all of x
            double m = 0;
            double[] g = mixedGradient[i];
            Arrays.fill(g, 0);
            for (int k = 0; k < n; k++) {
                double w = a[k][i];
                if (w != 0) {
                    m += w * f[k];
                    double[] jk = jacobian[k];
                    for (int q = 0; q < dim; q++) {
                        g[q] += w * jk[q];
                    }
                }
            }
            mixed[i] = m;
        }
        Arrays.fill(ownNorm, 0);
        fieldNorm = 0;
        for (int q = 0; q < dim; q++) {
            field[q] = mixedGradient[owner[q]][q];
            ownNorm[owner[q]] += field[q] * field[q];
            fieldNorm += field[q] * field[q];
        }
        for (int i = 0; i < n; i++) {
            rate[i] = -Vectors.dot(mixedGradient[i], field);
        }
    }

    /**
     * ∂D_i/∂A_im for every m at the last evaluated point (the derivative of d/dt f^A_i with respect to agent i's own
     * row; Eq. 11 before the ReLU's indicator).
     *
     * @param i the agent
     * @param out {@code double[n]}
     */
    void rateGradient(int i, double[] out) {
        Arrays.fill(out, 0);
        double[] gi = mixedGradient[i];
        double[] ji = jacobian[i];
        for (int q = 0; q < dim; q++) {
            out[owner[q]] -= gi[q] * ji[q];
        }
        out[i] -= Vectors.dot(ji, field);
    }

    /** Theorem 1 (max over agents) and Theorem 2 at the current point; NaN where a mixed loss is not positive. */
    private void bounds(D3cConfig config) {
        double dt = config.strategyRate();
        double worst = 1;
        int top = 0;
        boolean positive = true;
        for (int i = 0; i < n; i++) {
            positive &= mixed[i] > 0;
            worst = Math.max(worst, 1 + dt * Math.max(0, rate[i] / mixed[i] + ownNorm[i] / (config.mu() * mixed[i])));
            top = mixed[i] > mixed[top] ? i : top;
        }
        utilitarianBound = positive ? worst : Double.NaN;
        egalitarianBound = positive
                ? 1 + dt * Math.max(0, rate[top] / mixed[top] + fieldNorm / (config.mu() * mixed[top])) : Double.NaN;
    }


    /** @return f_i at the point before the last step, {@code double[n]} (the step's buffer: do not modify) */
    public double[] losses() {
        return f;
    }

    /** @return f^A_i at the point before the last step, {@code double[n]} (the step's buffer) */
    public double[] mixedLosses() {
        return mixed;
    }

    /** @return D_i = d/dt f^A_i at the point before the last step, {@code double[n]} (the step's buffer) */
    public double[] mixedLossRates() {
        return rate;
    }

    /** @return whether agent i's row moved ("shift") in the last step, {@code boolean[n]} (the step's buffer) */
    public boolean[] shifting() {
        return shifting;
    }

    /** @return F(x) of the last step, {@code double[dimension]} (the step's buffer) */
    public double[] field() {
        return field;
    }

    /** @return Theorem 1's bound on the local utilitarian price of anarchy at the last point, or NaN */
    public double utilitarianBound() {
        return utilitarianBound;
    }

    /** @return Theorem 2's bound on the local egalitarian price of anarchy at the last point, or NaN */
    public double egalitarianBound() {
        return egalitarianBound;
    }
}
