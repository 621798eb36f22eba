package org.incentivelab.env;

/**
 * The 2×2 payoff tables of the iterated matrix games, each agent's payoff per round from its own side: R (mutual
 * cooperation), S (sucker: cooperates against defection), T (temptation: defects against cooperation), P (mutual
 * defection). Actions are {@link IteratedMatrixGame#COOPERATE} = 0 and {@link IteratedMatrixGame#DEFECT} = 1.
 */
public enum MatrixPayoffs {
    /** LIO's Prisoner's Dilemma, thesis 001 Table 5.1: R −1, S −3, T 0, P −2. */
    LIO_PRISONERS_DILEMMA(-1, -3, 0, -2),
    /** IQ-Flow's Prisoner's Dilemma, seed 004 Table 2: R 3, S 0, T 4, P 1 (T &gt; R and P &gt; S). */
    PRISONERS_DILEMMA(3, 0, 4, 1),
    /** IQ-Flow's Chicken, seed 004 Table 3: R 3, S 1, T 4, P 0 (T &gt; R). */
    CHICKEN(3, 1, 4, 0),
    /** IQ-Flow's Stag Hunt, seed 004 Table 4: R 4, S 0, T 3, P 1 (P &gt; S). */
    STAG_HUNT(4, 0, 3, 1);

    private final double[][] table;

    MatrixPayoffs(double reward, double sucker, double temptation, double punishment) {
        this.table = new double[][] {{reward, sucker}, {temptation, punishment}};
    }

    /**
     * @param own the agent's action, 0 (C) or 1 (D)
     * @param other the other agent's action, 0 or 1
     * @return the agent's payoff of the round
     * @throws IllegalArgumentException if an action is not 0 or 1
     */
    public double payoff(int own, int other) {
        if ((own & ~1) != 0 || (other & ~1) != 0) {
            throw new IllegalArgumentException("actions must be 0 (C) or 1 (D), got " + own + " and " + other);
        }
        return table[own][other];
    }

    /** @return the best collective payoff of one round over the four joint actions */
    public double optimalCollectivePerRound() {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                best = Math.max(best, table[a][b] + table[b][a]);
            }
        }
        return best;
    }
}
