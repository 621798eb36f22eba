package org.incentivelab.run;

/**
 * One recorded episode of a LIO run, step by step, for the Escape Room and IPD views. Arrays are owned by the
 * trace (never changed after it is built).
 *
 * @param positions Escape Room positions before each step and after the last, {@code int[steps + 1][N]} (0 lever,
 *     1 start, 2 door); null for the IPD
 * @param actions the joint action of each step, {@code int[steps][N]}
 * @param extrinsic each agent's extrinsic reward of each step, {@code double[steps][N]}
 * @param given incentives of each step, {@code double[steps][N][N]} indexed [step][giver][recipient] (diagonal 0)
 * @param doorOpen whether the door was open at each step, {@code boolean[steps]} (all false for the IPD)
 * @param designerGiven what the incentive designer (MetaGrad, dual-RL) paid each agent in each step,
 *     {@code double[steps][N]} (all 0 without a designer), or null
 */
public record EpisodeTrace(
        int[][] positions,
        int[][] actions,
        double[][] extrinsic,
        double[][][] given,
        boolean[] doorOpen,
        double[][] designerGiven) {

    /** @return the number of steps played */
    public int steps() {
        return actions.length;
    }
}
