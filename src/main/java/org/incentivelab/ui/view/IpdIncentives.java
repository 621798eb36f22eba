package org.incentivelab.ui.view;

import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.mech.lio.ExactLio;
import org.incentivelab.run.LioState;
import org.incentivelab.run.Snapshot;

/**
 * What the {@link IpdMatrixView} shows for one memory-1 situation of a LIO run in the IPD: the incentives each agent
 * pays the other there, each agent's P(C) there and the resulting payoffs with incentives (the reconstructed
 * Table B.1, {@link ExactLio#payoffTable}).
 *
 * <p>Each agent's numbers are read at the situation as that agent observes it ({@link IpdJointState#index}): after
 * (a¹, a²) = (C, D) agent 1's incentives and P(C) are those of its state CD and agent 2's those of its state DC.
 *
 * @param state the situation
 * @param eta what each giver pays the other, {@code double[2][2]} indexed [giver][other's action 0 = C, 1 = D]
 * @param cooperation each agent's P(C) in the situation, {@code double[2]} (NaN if unknown)
 * @param table the payoffs with incentives, {@code double[2][2][2]} indexed [a¹][a²][agent] as
 *     {@link ExactLio#payoffTable}
 */
record IpdIncentives(IpdJointState state, double[][] eta, double[] cooperation, double[][][] table) {
    private static final int C = IteratedMatrixGame.COOPERATE;
    private static final int D = IteratedMatrixGame.DEFECT;

    /**
     * @param s a snapshot
     * @return its LIO state if it is a LIO run in the IPD whose per-state incentives and cooperation are present,
     *     shaped {@code [2][5][2]} and {@code [2][5]}, with finite incentives; else null
     */
    static LioState ipdState(Snapshot s) {
        if (!(s.state() instanceof LioState l) || l.environment() == null
                || l.environment().type() != MarkovGameType.IPD) {
            return null;
        }
        double[][][] inc = l.stateIncentives();
        double[][] coop = l.stateCooperation();
        if (inc == null || coop == null || inc.length != 2 || coop.length != 2) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            if (inc[i] == null || coop[i] == null || inc[i].length != IteratedMatrixGame.OBSERVATION_SIZE
                    || coop[i].length != IteratedMatrixGame.OBSERVATION_SIZE) {
                return null;
            }
            for (double[] row : inc[i]) {
                if (row == null || row.length != 2 || !Double.isFinite(row[C]) || !Double.isFinite(row[D])) {
                    return null;
                }
            }
        }
        return l;
    }

    /**
     * @param l a LIO state accepted by {@link #ipdState}
     * @param state the situation to show
     * @return the incentives, cooperation and Table B.1 of that situation
     */
    static IpdIncentives of(LioState l, IpdJointState state) {
        double[][] eta = new double[2][];
        double[] cooperation = new double[2];
        for (int i = 0; i < 2; i++) {
            int k = state.index(i);
            eta[i] = l.stateIncentives()[i][k].clone();
            cooperation[i] = l.stateCooperation()[i][k];
        }
        // payoffTable reads only the incentives; θ is a placeholder
        ExactLio.State s = new ExactLio.State(0.5, 0.5, eta[0][C], eta[0][D], eta[1][C], eta[1][D]);
        return new IpdIncentives(state, eta, cooperation, ExactLio.payoffTable(s));
    }

    /**
     * @param recipient 0 (thesis agent 1) or 1 (thesis agent 2)
     * @return η_C − η_D of the incentives the recipient receives from the other agent
     */
    double gap(int recipient) {
        double[] received = eta[1 - recipient];
        return received[C] - received[D];
    }

    /**
     * @param recipient 0 (thesis agent 1) or 1 (thesis agent 2)
     * @return whether the incentives it receives make C its dominant action, {@link ExactLio#cooperationDominant}
     */
    boolean dominant(int recipient) {
        double[] received = eta[1 - recipient];
        return ExactLio.cooperationDominant(received[C], received[D]);
    }
}
