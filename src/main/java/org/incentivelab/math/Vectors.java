package org.incentivelab.math;

/** Small dense-vector helpers shared by the learners and mechanisms. */
public final class Vectors {
    private Vectors() {
    }

    /**
     * @param u a vector
     * @param v a vector at least as long as {@code u}
     * @return Σ_k u_k v_k over the length of {@code u}, summed in index order
     */
    public static double dot(double[] u, double[] v) {
        double s = 0;
        for (int k = 0; k < u.length; k++) {
            s += u[k] * v[k];
        }
        return s;
    }

    /**
     * @param u a vector
     * @param w weights, at least as long as {@code u}
     * @param v a vector at least as long as {@code u}
     * @return Σ_k u_k w_k v_k over the length of {@code u}, summed in index order
     */
    public static double dot(double[] u, double[] w, double[] v) {
        double s = 0;
        for (int k = 0; k < u.length; k++) {
            s += u[k] * w[k] * v[k];
        }
        return s;
    }
}
