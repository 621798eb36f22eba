package org.incentivelab.math;

/** The NaN/infinity check every learner runs on its parameters before a run goes on (DESIGN: a NaN stops its run). */
public final class Finite {
    private Finite() {
    }

    /** @return whether every entry of {@code xs} is finite (neither NaN nor infinite); true when empty */
    public static boolean all(double[] xs) {
        for (double x : xs) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
