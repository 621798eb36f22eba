package org.incentivelab.mech.d3c;

import java.util.Arrays;
import org.incentivelab.math.Softmax;

/**
 * D3C's loss-mixing matrix A (seed 000 §2.1): right-stochastic, row i belongs to agent i and A_ij is the share of
 * agent i's loss that agent j takes on; agent j minimises the mixed loss f^A_j = Σ_i A_ij f_i (f^A = Aᵀf), so the
 * losses' sum is conserved exactly (budget balance). Rows are kept as logits log A_i and updated by entropic mirror
 * descent, A_i ← softmax(log A_i − η g_i), which stays inside the simplex; the logits are kept normalised (log A_ij
 * itself) so they stay finite where an entry underflows to 0.
 */
public final class MixingMatrix {
    private final int n;
    private final double[][] a;
    private final double[][] logits;

    private MixingMatrix(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 agents, got " + n);
        }
        this.n = n;
        this.a = new double[n][n];
        this.logits = new double[n][n];
    }

    /**
     * The paper's start: A_ii = self, A_ij = (1 − self)/(n − 1) (0.99 in §3; 0.9 for the Coins single run).
     *
     * @param n agents ≥ 2
     * @param self A⁰_ii in (0, 1)
     * @return the matrix
     * @throws IllegalArgumentException if self is not in (0, 1) or n &lt; 2
     */
    public static MixingMatrix initial(int n, double self) {
        if (!(self > 0 && self < 1)) {
            throw new IllegalArgumentException("A⁰_ii must be in (0, 1), got " + self);
        }
        MixingMatrix m = new MixingMatrix(n);
        m.setSelfWeight(self);
        return m;
    }

    /**
     * Sets every row to A_ii = self, A_ij = (1 − self)/(n − 1); self = 1 gives A = I, self = 1/n the uniform matrix.
     *
     * @param self in (0, 1]
     */
    public void setSelfWeight(double self) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = i == j ? self : (1 - self) / (n - 1);
                logits[i][j] = Math.log(a[i][j]);
            }
        }
    }

    /** @return n */
    public int size() {
        return n;
    }

    /** @param i giver @param j receiver @return A_ij */
    public double get(int i, int j) {
        return a[i][j];
    }

    /** @return A itself (not a copy) for the step's arithmetic in this package */
    double[][] values() {
        return a;
    }

    /** @return a copy of A, {@code double[n][n]} */
    public double[][] copy() {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /**
     * One entropic mirror-descent step of row i: A_i ← softmax(log A_i − rate·g), with the logits clipped to
     * [low, high] before the softmax when low &lt; high (Algorithm 1 line 11; pass ±∞ for no clip).
     *
     * @param i the row
     * @param gradient {@code double[n]}, ∇_{A_i} of the agent's objective
     * @param rate η_A &gt; 0
     * @param low l
     * @param high h
     */
    public void mirrorStep(int i, double[] gradient, double rate, double low, double high) {
        double[] z = logits[i];
        for (int j = 0; j < n; j++) {
            z[j] = Math.min(high, Math.max(low, z[j] - rate * gradient[j]));
        }
        double logSum = Softmax.of(z, 0, n, a[i], 0);
        for (int j = 0; j < n; j++) { // normalised logits stay finite even where A_ij underflows to 0
            z[j] -= logSum;
        }
    }

    /**
     * A perturbed row, softmax(log A_i + scale·direction) (Algorithm 2's Ã_i).
     *
     * @param i the row
     * @param direction {@code double[n]}
     * @param scale δ (0: the row itself)
     * @param out {@code double[n]}, receives the perturbed row
     */
    public void perturbed(int i, double[] direction, double scale, double[] out) {
        for (int j = 0; j < n; j++) {
            out[j] = logits[i][j] + scale * direction[j];
        }
        Softmax.of(out, out);
    }

    /**
     * Agent i's relative attention ln(A_ii / A_ij) averaged over j ≠ i in log space (seed 000 Figs. 6–8: &gt; 0
     * selfish, &lt; 0 other-regarding; ln 99 ≈ 4.6 at the start for n = 2).
     *
     * @param i the agent
     * @return ln A_ii − mean_{j≠i} ln A_ij
     */
    public double relativeAttention(int i) {
        double others = 0;
        for (int j = 0; j < n; j++) {
            others += j == i ? 0 : logits[i][j];
        }
        return logits[i][i] - others / (n - 1);
    }

    /** @return whether every row is on the simplex within 1e-9 (non-negative, sums to 1) */
    public boolean onSimplex() {
        for (double[] row : a) {
            if (Arrays.stream(row).anyMatch(v -> !(v >= 0)) || Math.abs(Arrays.stream(row).sum() - 1) > 1e-9) {
                return false;
            }
        }
        return true;
    }
}
