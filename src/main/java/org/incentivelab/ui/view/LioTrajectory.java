package org.incentivelab.ui.view;

import java.util.Arrays;
import org.incentivelab.mech.lio.ExactLio;

/**
 * One path of symmetric exact LIO (thesis 001 Prop. 3, App. B.2) drawn on the {@link ExactLioFieldView}: both agents
 * start from the same policy θ and the same incentive function (η_C, η_D), so they stay symmetric and the path of
 * (η¹_C, θ²) stands for both. Each point is one {@link ExactLio#step}.
 *
 * @param startEtaC the clicked η_C
 * @param startTheta the clicked θ (both agents' P(C))
 * @param etaC η¹_C after 0, 1, … steps
 * @param etaD η¹_D after 0, 1, … steps (η_D falls as η_C rises, Eq. B.6–B.7)
 * @param theta θ² after 0, 1, … steps
 * @param crossing the first step at which η¹_C − η¹_D &gt; 1 after being ≤ 1 (C becomes dominant for agent 2), or −1
 */
record LioTrajectory(double startEtaC, double startTheta, double[] etaC, double[] etaD, double[] theta,
        int crossing) {
    /** Steps after which a path stops even if it has not settled. */
    static final int MAX_STEPS = 5000;
    /** Upper bound of the incentives on a path: R_max of the IPD, thesis 001 Table B.3 (also the plotted range). */
    static final double ETA_MAX = 3;

    /**
     * Iterates exact LIO with incentives bounded in [0, {@value #ETA_MAX}] from a symmetric start until the state
     * stops changing, both agents cooperate for sure with C dominant for both (nothing changes after that but η
     * moving to its bounds), or {@value #MAX_STEPS} steps.
     *
     * @param etaC both agents' starting η_C, in [0, {@value #ETA_MAX}]
     * @param etaD both agents' starting η_D, in [0, {@value #ETA_MAX}]
     * @param theta both agents' starting P(C), in [0, 1]
     * @param alpha policy learning rate α &gt; 0 (App. B.2 notation)
     * @param beta incentive learning rate β &gt; 0
     * @param gamma discount γ ∈ [0, 1)
     * @return the path
     */
    static LioTrajectory simulate(double etaC, double etaD, double theta, double alpha, double beta, double gamma) {
        ExactLio lio = new ExactLio(alpha, beta, gamma, ETA_MAX);
        ExactLio.State s = new ExactLio.State(theta, theta, etaC, etaD, etaC, etaD);
        double[] xs = new double[MAX_STEPS + 1];
        double[] ds = new double[MAX_STEPS + 1];
        double[] ys = new double[MAX_STEPS + 1];
        int n = 0;
        int crossing = -1;
        while (true) {
            xs[n] = s.etaC1();
            ds[n] = s.etaD1();
            ys[n] = s.theta2();
            if (crossing < 0 && n > 0 && dominant(xs[n], ds[n]) && !dominant(xs[n - 1], ds[n - 1])) {
                crossing = n;
            }
            n++;
            if (n > MAX_STEPS || settled(s)) {
                break;
            }
            ExactLio.State next = lio.step(s);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return new LioTrajectory(etaC, theta, Arrays.copyOf(xs, n), Arrays.copyOf(ds, n), Arrays.copyOf(ys, n),
                crossing);
    }

    /** @return the number of points (steps + 1) */
    int size() {
        return theta.length;
    }

    /** @return whether the path ends with agent 2 cooperating for sure (θ² ≈ 1, the CC outcome) */
    boolean reachesCooperation() {
        return theta[theta.length - 1] >= 1 - 1e-9;
    }

    private static boolean dominant(double etaC, double etaD) {
        return ExactLio.cooperationDominant(etaC, etaD);
    }

    /** Both cooperate for sure and C is dominant for both: η_C − η_D only grows from here, so θ stays at 1. */
    private static boolean settled(ExactLio.State s) {
        return s.theta1() == 1 && s.theta2() == 1 && dominant(s.etaC1(), s.etaD1()) && dominant(s.etaC2(), s.etaD2());
    }
}
