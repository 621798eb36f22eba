package org.incentivelab.env.diff;

import org.incentivelab.math.Rng;

/**
 * The n-player Prisoner's Dilemma written as convex quadratic losses (D3C, seed 000 §3.2, Eq. 12):
 * f_k(x) = Σ_q (x_q − C_kq)², where player i controls the n − 1 coordinates x_{i→o} (its action toward each other
 * player o; 0 = defect, c = cooperate) and C_{k,(i→o)} = c if o = k, else 0: every player wants to defect against
 * everyone and wants everyone to cooperate with it (digest 000 §3.2 [recon]). Selfish gradient descent converges to
 * the Nash equilibrium x = 0 with Σf = n(n−1)c²; the social optimum is x = c/n everywhere with Σf = (n−1)²c², so
 * ρ = n/(n−1) (10/9 for n = 10, the paper's setting; the paper writes n/(c(n−1)), which equals this at c = 1 — the
 * reconstruction of C does not reproduce a 1/c dependence).
 */
public final class ConvexPrisonersDilemma implements DifferentiableGame {
    private final int n;
    private final double c;
    /** target[q]: the player o whom coordinate q acts toward. */
    private final int[] target;

    /**
     * @param players n in [2, 50]
     * @param cooperation c &gt; 0, the cooperative action's value
     * @throws IllegalArgumentException outside those ranges
     */
    public ConvexPrisonersDilemma(int players, double cooperation) {
        if (players < 2 || players > 50) {
            throw new IllegalArgumentException("players must be in [2, 50], got " + players);
        }
        if (!(cooperation > 0) || !Double.isFinite(cooperation)) {
            throw new IllegalArgumentException("c must be > 0, got " + cooperation);
        }
        this.n = players;
        this.c = cooperation;
        this.target = new int[n * (n - 1)];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n - 1; j++) {
                target[i * (n - 1) + j] = j < i ? j : j + 1;
            }
        }
    }

    /** @return c */
    public double cooperation() {
        return c;
    }

    /**
     * @param coordinate q
     * @return the player coordinate q acts toward
     */
    public int target(int coordinate) {
        return target[coordinate];
    }

    @Override
    public int players() {
        return n;
    }

    @Override
    public int dimension() {
        return target.length;
    }

    @Override
    public int owner(int coordinate) {
        return coordinate / (n - 1);
    }

    /** Each coordinate uniform in [−c, 2c]: around both the Nash equilibrium 0 and the optimum c/n. */
    @Override
    public void initialize(double[] x, Rng rng) {
        for (int q = 0; q < x.length; q++) {
            x[q] = c * (3 * rng.nextDouble() - 1);
        }
    }

    @Override
    public void losses(double[] x, double[] out) {
        double all = 0;
        for (double v : x) {
            all += v * v;
        }
        java.util.Arrays.fill(out, all);
        for (int q = 0; q < x.length; q++) { // (x − c)² − x² for the one player k = target(q)
            out[target[q]] += c * c - 2 * c * x[q];
        }
    }

    @Override
    public void gradients(double[] x, double[] losses, double[][] out) {
        losses(x, losses);
        for (int k = 0; k < n; k++) {
            double[] row = out[k];
            for (int q = 0; q < x.length; q++) {
                row[q] = 2 * (x[q] - (target[q] == k ? c : 0));
            }
        }
    }

    @Override
    public double optimalTotal() {
        return (n - 1) * (n - 1) * c * c;
    }

    @Override
    public double worstNashTotal() {
        return n * (n - 1) * c * c;
    }
}
