package org.incentivelab.env;

/**
 * The N-player linear social dilemma of thesis 003 §4.3 (footnote 4), of which the 2×2 matrix game
 * is the case N = 2.
 *
 * <p>With k the number of <em>other</em> players who cooperate, a cooperator gets
 * u_C(k) = S + (R − S)·k/(N − 1) and a defector u_D(k) = P + (T − P)·k/(N − 1): "3 if all cooperate,
 * 1 if all defect, 4 if you are the only one to defect, 0 if you are the only one to cooperate", linear
 * in between (the reference code's {@code Linear_Schelling_Game}). For N = 2 these are exactly the
 * payoffs of {@link SocialDilemma}. One round is one episode of one step; rewards are per round.
 *
 * <p>Because the payoffs are linear in k, expected payoffs under independent mixed strategies
 * p = (P(C) of each player) are exact closed forms of the expected number of other cooperators.
 */
public final class DilemmaGame {
    /** Action index of defection. */
    public static final int DEFECT = 0;
    /** Action index of cooperation. */
    public static final int COOPERATE = 1;
    /** Largest number of players the lab supports. */
    public static final int MAX_PLAYERS = 32;

    private final int players;
    private final SocialDilemma payoffs;

    /**
     * @param players N, in [2, {@value #MAX_PLAYERS}]
     * @param payoffs R, S, T, P of the all-cooperate/all-defect/lone-defector/lone-cooperator outcomes
     * @throws IllegalArgumentException if N is out of range
     */
    public DilemmaGame(int players, SocialDilemma payoffs) {
        if (players < 2 || players > MAX_PLAYERS) {
            throw new IllegalArgumentException("players must be in [2, " + MAX_PLAYERS + "], got " + players);
        }
        this.players = players;
        this.payoffs = payoffs;
    }

    /** @return N */
    public int players() {
        return players;
    }

    /** @return the (R, S, T, P) that define the game */
    public SocialDilemma payoffs() {
        return payoffs;
    }

    /** @param others k ∈ [0, N−1] (may be fractional for expectations) @return u_C(k) */
    public double cooperatorPayoff(double others) {
        return payoffs.sucker() + (payoffs.reward() - payoffs.sucker()) * others / (players - 1);
    }

    /** @param others k ∈ [0, N−1] (may be fractional for expectations) @return u_D(k) */
    public double defectorPayoff(double others) {
        return payoffs.punishment() + (payoffs.temptation() - payoffs.punishment()) * others / (players - 1);
    }

    /**
     * @param actions a joint action, each {@link #COOPERATE} (1) or {@link #DEFECT} (0)
     * @return the number of cooperators Σ_j a_j
     */
    public static int cooperators(int[] actions) {
        int cooperators = 0;
        for (int a : actions) {
            cooperators += a;
        }
        return cooperators;
    }

    /**
     * The payoffs of one round.
     *
     * @param actions {@code int[N]}, each {@link #COOPERATE} or {@link #DEFECT}
     * @param out {@code double[N]} receiving each player's payoff
     */
    public void payoffs(int[] actions, double[] out) {
        int cooperators = cooperators(actions);
        for (int i = 0; i < players; i++) {
            out[i] = actions[i] == COOPERATE ? cooperatorPayoff(cooperators - 1) : defectorPayoff(cooperators);
        }
    }

    /**
     * Expected payoff V_i of each player under independent mixed strategies.
     *
     * @param p {@code double[N]}, P(C) of each player in [0, 1]
     * @param out {@code double[N]} receiving V_i (per round, environment rewards only)
     */
    public void expectedPayoffs(double[] p, double[] out) {
        double sum = sum(p);
        for (int i = 0; i < players; i++) {
            double others = sum - p[i];
            out[i] = p[i] * cooperatorPayoff(others) + (1 - p[i]) * defectorPayoff(others);
        }
    }

    /** @param p {@code double[N]} P(C) of each player @return social welfare V = Σ_i V_i per round */
    public double welfare(double[] p) {
        double[] v = new double[players];
        expectedPayoffs(p, v);
        return sum(v);
    }

    /**
     * ∂V_i/∂p_i = u_C(E k) − u_D(E k) with k the other cooperators: the selfish gradient of each player
     * in probability space; for N = 2 it is −[p_other·greed + (1 − p_other)·fear] (digest 003 §3.5).
     *
     * @param p {@code double[N]}
     * @param out {@code double[N]}
     */
    public void ownGradients(double[] p, double[] out) {
        double sum = sum(p);
        for (int i = 0; i < players; i++) {
            double others = sum - p[i];
            out[i] = cooperatorPayoff(others) - defectorPayoff(others);
        }
    }

    /**
     * ∂V/∂p_i of social welfare V = Σ_j V_j: what the planner aligns each learner's update with
     * (thesis 003 Eq. 4.3; for N = 2, p₋ᵢ(2R − T − S) + (1 − p₋ᵢ)(T + S − 2P), digest §3.5).
     *
     * @param p {@code double[N]}
     * @param out {@code double[N]}
     */
    public void welfareGradients(double[] p, double[] out) {
        double sum = sum(p);
        double slopeC = (payoffs.reward() - payoffs.sucker()) / (players - 1);
        double slopeD = (payoffs.temptation() - payoffs.punishment()) / (players - 1);
        for (int i = 0; i < players; i++) {
            double others = sum - p[i];
            double othersEffect = others * slopeC + (players - 1 - others) * slopeD; // Σ_{j≠i} ∂V_j/∂p_i
            out[i] = cooperatorPayoff(others) - defectorPayoff(others) + othersEffect;
        }
    }

    private static double sum(double[] p) {
        double s = 0;
        for (double x : p) {
            s += x;
        }
        return s;
    }
}
