package org.incentivelab.env;

/**
 * A symmetric 2×2 game in the (R, S, T, P) form of thesis 003 Table 3.1; cells read (row, column):
 * (C,C) = (R,R), (C,D) = (S,T), (D,C) = (T,S), (D,D) = (P,P). Payoffs are per round (one step).
 *
 * <p>Greed = T − R and fear = P − S (§3.1.2). The four social-dilemma conditions are
 * (1) R &gt; P, (2) R &gt; S, (3) 2R &gt; T + S, (4) greed &gt; 0 or fear &gt; 0.
 *
 * @param reward R, the payoff for mutual cooperation
 * @param sucker S, the payoff for cooperating against a defector
 * @param temptation T, the payoff for defecting against a cooperator
 * @param punishment P, the payoff for mutual defection
 */
public record SocialDilemma(double reward, double sucker, double temptation, double punishment) {
    /** R of the experiments (thesis 003 §4.2: R = 3 and P = 1 fixed). */
    public static final double EXPERIMENT_R = 3;
    /** P of the experiments. */
    public static final double EXPERIMENT_P = 1;

    /** Prisoner's Dilemma of Table 4.1: greed 1, fear 1 (T = 4, S = 0). */
    public static final SocialDilemma PD = fromGreedFear(1, 1);
    /** Chicken of Table 4.1: greed 0.5, fear −1 (T = 3.5, S = 2). */
    public static final SocialDilemma CHICKEN = fromGreedFear(0.5, -1);
    /** Stag Hunt of Table 4.1: greed −1, fear 1 (T = 2, S = 0). */
    public static final SocialDilemma STAG_HUNT = fromGreedFear(-1, 1);
    /** Canonical Prisoner's Dilemma of Table 3.2: R 3, S 0, T 4, P 1. */
    public static final SocialDilemma CANONICAL_PD = new SocialDilemma(3, 0, 4, 1);
    /** Canonical Chicken of Table 3.2: R 3, S 1, T 4, P 0. */
    public static final SocialDilemma CANONICAL_CHICKEN = new SocialDilemma(3, 1, 4, 0);
    /** Canonical Stag Hunt of Table 3.2: R 4, S 0, T 3, P 1. */
    public static final SocialDilemma CANONICAL_STAG_HUNT = new SocialDilemma(4, 0, 3, 1);

    /** @throws IllegalArgumentException if a payoff is NaN or infinite */
    public SocialDilemma {
        for (double x : new double[] {reward, sucker, temptation, punishment}) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("payoffs must be finite, got R=" + reward + " S=" + sucker
                        + " T=" + temptation + " P=" + punishment);
            }
        }
    }

    /**
     * The fear/greed parameterisation of thesis 003 §4.2 and Table 4.1: R = 3, P = 1,
     * T = R + greed, S = P − fear.
     */
    public static SocialDilemma fromGreedFear(double greed, double fear) {
        return new SocialDilemma(EXPERIMENT_R, EXPERIMENT_P - fear, EXPERIMENT_R + greed, EXPERIMENT_P);
    }

    /** @return greed = T − R */
    public double greed() {
        return temptation - reward;
    }

    /** @return fear = P − S */
    public double fear() {
        return punishment - sucker;
    }

    /**
     * @return the four social-dilemma conditions of §3.1.2 in order: R &gt; P, R &gt; S, 2R &gt; T + S,
     *     greed &gt; 0 or fear &gt; 0
     */
    public boolean[] conditions() {
        return new boolean[] {
            reward > punishment, reward > sucker, 2 * reward > temptation + sucker, greed() > 0 || fear() > 0
        };
    }

    /** @return the game's class by the conditions and the signs of greed and fear */
    public GameClass gameClass() {
        boolean[] c = conditions();
        if (!(c[0] && c[1] && c[2])) {
            return GameClass.INVALID;
        }
        boolean greedy = greed() > 0;
        boolean fearful = fear() > 0;
        if (greedy && fearful) {
            return GameClass.PRISONERS_DILEMMA;
        }
        if (greedy) {
            return GameClass.CHICKEN;
        }
        return fearful ? GameClass.STAG_HUNT : GameClass.NO_DILEMMA;
    }

    /**
     * The row player's payoff.
     *
     * @param own the row player's action, {@link DilemmaGame#COOPERATE} or {@link DilemmaGame#DEFECT}
     * @param other the column player's action
     * @return R, S, T or P
     */
    public double payoff(int own, int other) {
        if (own == DilemmaGame.COOPERATE) {
            return other == DilemmaGame.COOPERATE ? reward : sucker;
        }
        return other == DilemmaGame.COOPERATE ? temptation : punishment;
    }

    /** @return the same game with each payoff shifted by a 2×2 table {@code extra[own][other]} (0 = D, 1 = C) */
    public SocialDilemma plus(double[][] extra) {
        return new SocialDilemma(reward + extra[1][1], sucker + extra[1][0], temptation + extra[0][1],
                punishment + extra[0][0]);
    }
}
