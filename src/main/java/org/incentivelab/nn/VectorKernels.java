package org.incentivelab.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DenseLayer}'s hot loops on SIMD registers, through the JDK's incubating Vector API (JEP 414), four doubles per
 * lane group. Every result is the scalar loops' to the last bit: the column kernels are element-wise (each output gets
 * the same products added in the same order), and the dot products keep the scalar code's four strided partial sums
 * as the four lanes and combine them as it does, (s₀ + s₁) + (s₂ + s₃). Loaded only when the JVM runs with
 * {@code --add-modules jdk.incubator.vector} ({@link DenseLayer#VECTOR_API}); without it the scalar loops run.
 */
final class VectorKernels {
    private static final VectorSpecies<Double> FOUR = DoubleVector.SPECIES_256;

    private VectorKernels() {
    }

    /**
     * z[o] += a_i·p[ci + o] + a_j·p[cj + o] + a_k·p[ck + o] + a_l·p[cl + o], added left to right, for the o below the
     * returned index (the largest multiple of four ≤ n); the caller adds the rest.
     */
    static int addColumns(double[] p, int ci, int cj, int ck, int cl, double ai, double aj, double ak, double al,
            double[] z, int n) {
        int o = 0;
        for (int bound = FOUR.loopBound(n); o < bound; o += 4) {
            DoubleVector s = DoubleVector.fromArray(FOUR, z, o);
            s = s.add(DoubleVector.fromArray(FOUR, p, ci + o).mul(ai));
            s = s.add(DoubleVector.fromArray(FOUR, p, cj + o).mul(aj));
            s = s.add(DoubleVector.fromArray(FOUR, p, ck + o).mul(ak));
            s = s.add(DoubleVector.fromArray(FOUR, p, cl + o).mul(al));
            s.intoArray(z, o);
        }
        return o;
    }

    /**
     * g[c + o] += a·d[o] for the four columns c of four inputs, each d entry loaded once, for the o below the returned
     * index (the largest multiple of four ≤ n); the caller adds the rest.
     */
    static int addOuterColumns(double[] g, int ci, int cj, int ck, int cl, double ai, double aj, double ak,
            double al, double[] d, int n) {
        int o = 0;
        for (int bound = FOUR.loopBound(n); o < bound; o += 4) {
            DoubleVector dv = DoubleVector.fromArray(FOUR, d, o);
            DoubleVector.fromArray(FOUR, g, ci + o).add(dv.mul(ai)).intoArray(g, ci + o);
            DoubleVector.fromArray(FOUR, g, cj + o).add(dv.mul(aj)).intoArray(g, cj + o);
            DoubleVector.fromArray(FOUR, g, ck + o).add(dv.mul(ak)).intoArray(g, ck + o);
            DoubleVector.fromArray(FOUR, g, cl + o).add(dv.mul(al)).intoArray(g, cl + o);
        }
        return o;
    }

    /**
     * y[yFrom + o] += a·x[xFrom + o] for the o below the returned index (the largest multiple of four ≤ n); the caller
     * adds the rest.
     */
    static int axpy(double[] x, int xFrom, double a, double[] y, int yFrom, int n) {
        int o = 0;
        for (int bound = FOUR.loopBound(n); o < bound; o += 4) {
            DoubleVector.fromArray(FOUR, y, yFrom + o).add(DoubleVector.fromArray(FOUR, x, xFrom + o).mul(a))
                    .intoArray(y, yFrom + o);
        }
        return o;
    }

    /** {@link DenseLayer#dot}: Σ_{i &lt; n} a[from + i]·b[i] with lane l summing the terms i ≡ l (mod 4). */
    static double dot(double[] a, int from, double[] b, int n) {
        DoubleVector s = DoubleVector.zero(FOUR);
        int i = 0;
        for (int bound = FOUR.loopBound(n); i < bound; i += 4) {
            s = s.add(DoubleVector.fromArray(FOUR, a, from + i).mul(DoubleVector.fromArray(FOUR, b, i)));
        }
        double s0 = s.lane(0);
        for (; i < n; i++) {
            s0 += a[from + i] * b[i];
        }
        return combine(s0, s);
    }

    /** The scalar code's combine of its four partial sums, (s₀ + s₁) + (s₂ + s₃), lane 0 given with its tail. */
    private static double combine(double lane0, DoubleVector s) {
        return (lane0 + s.lane(1)) + (s.lane(2) + s.lane(3));
    }

    /** out[r] = {@link #dot}(p from c_r, d, n) for the four rows r = i, j, k, l, in one pass over d. */
    static void dots(double[] p, int ci, int cj, int ck, int cl, double[] d, int n, double[] out, int i, int j,
            int k, int l) {
        DoubleVector si = DoubleVector.zero(FOUR);
        DoubleVector sj = si;
        DoubleVector sk = si;
        DoubleVector sl = si;
        int o = 0;
        for (int bound = FOUR.loopBound(n); o < bound; o += 4) {
            DoubleVector dv = DoubleVector.fromArray(FOUR, d, o);
            si = si.add(DoubleVector.fromArray(FOUR, p, ci + o).mul(dv));
            sj = sj.add(DoubleVector.fromArray(FOUR, p, cj + o).mul(dv));
            sk = sk.add(DoubleVector.fromArray(FOUR, p, ck + o).mul(dv));
            sl = sl.add(DoubleVector.fromArray(FOUR, p, cl + o).mul(dv));
        }
        double i0 = si.lane(0);
        double j0 = sj.lane(0);
        double k0 = sk.lane(0);
        double l0 = sl.lane(0);
        for (; o < n; o++) {
            double x = d[o];
            i0 += p[ci + o] * x;
            j0 += p[cj + o] * x;
            k0 += p[ck + o] * x;
            l0 += p[cl + o] * x;
        }
        out[i] = combine(i0, si);
        out[j] = combine(j0, sj);
        out[k] = combine(k0, sk);
        out[l] = combine(l0, sl);
    }
}
