package org.incentivelab.run;

import java.util.Arrays;
import org.incentivelab.mech.lio.Trajectory;

/**
 * Sums over test episodes of a LIO run: per agent the extrinsic return, incentives given and received,
 * incentives received per own action (thesis 001 Fig. 5.5b, d), and action counts; the designer's payments and
 * step counts per incentive type. Reused between evaluations.
 */
final class EvaluationStats {
    private final int n;
    private final int actions;
    private final double[] extrinsic;
    private final double[] given;
    private final double[] received;
    private final double[][] receivedFor;
    private final double[][] actionCounts;
    private final double[] designerFor;
    private final double[] typeCounts;
    private double steps;
    private double designerPaid;

    EvaluationStats(int agents, int actions, int incentiveTypes) {
        this.designerFor = new double[incentiveTypes];
        this.typeCounts = new double[incentiveTypes];
        this.n = agents;
        this.actions = actions;
        this.extrinsic = new double[agents];
        this.given = new double[agents];
        this.received = new double[agents];
        this.receivedFor = new double[agents][actions];
        this.actionCounts = new double[agents][actions];
    }

    void reset() {
        Arrays.fill(extrinsic, 0);
        Arrays.fill(given, 0);
        Arrays.fill(received, 0);
        for (int i = 0; i < n; i++) {
            Arrays.fill(receivedFor[i], 0);
            Arrays.fill(actionCounts[i], 0);
        }
        steps = 0;
        designerPaid = 0;
        Arrays.fill(designerFor, 0);
        Arrays.fill(typeCounts, 0);
    }

    void add(Trajectory tr) {
        for (int t = 0; t < tr.steps(); t++) {
            for (int i = 0; i < n; i++) {
                int a = tr.gameAction(t, i);
                double in = tr.received(t, i);
                extrinsic[i] += tr.extrinsic(t, i);
                given[i] += tr.givenBy(t, i);
                received[i] += in;
                receivedFor[i][a] += in;
                actionCounts[i][a]++;
                designerPaid += tr.designerGiven(t, i);
                designerFor[tr.incentiveType(t, i)] += tr.designerGiven(t, i);
                typeCounts[tr.incentiveType(t, i)]++;
            }
        }
        steps += tr.steps();
    }

    /** @return a metrics row in the order of {@link LioMetricNames#all}, means over {@code episodes} */
    double[] row(int episodes, int size) {
        double[] row = new double[size];
        int k = 0;
        double collective = 0;
        for (double x : extrinsic) {
            collective += x;
        }
        row[k++] = collective / episodes;
        row[k++] = steps / episodes;
        row[k++] = (collective - designerPaid) / episodes;
        for (int type = 0; type < designerFor.length; type++) {
            row[k++] = designerFor[type] / Math.max(1, typeCounts[type]);
        }
        for (int i = 0; i < n; i++) {
            row[k++] = extrinsic[i] / episodes;
            row[k++] = given[i] / episodes;
            row[k++] = received[i] / episodes;
            for (int a = 0; a < actions; a++) {
                row[k++] = receivedFor[i][a] / episodes;
            }
            for (int a = 0; a < actions; a++) {
                row[k++] = actionCounts[i][a] / Math.max(1, steps);
            }
        }
        return row;
    }

    LioSummary summary(long episode, int episodes) {
        double collective = 0;
        double[] ext = new double[n];
        double[] giv = new double[n];
        double[] rec = new double[n];
        double[][] rates = new double[n][actions];
        for (int i = 0; i < n; i++) {
            ext[i] = extrinsic[i] / episodes;
            giv[i] = given[i] / episodes;
            rec[i] = received[i] / episodes;
            collective += ext[i];
            for (int a = 0; a < actions; a++) {
                rates[i][a] = actionCounts[i][a] / Math.max(1, steps);
            }
        }
        return new LioSummary(episode, collective, collective - designerPaid / episodes, ext, giv, rec, rates);
    }

    /** @return a copy of a played episode for the views */
    static EpisodeTrace trace(Trajectory tr, boolean positions) {
        int steps = tr.steps();
        int n = tr.agents();
        int[][] pos = positions ? new int[steps + 1][n] : null;
        int[][] acts = new int[steps][n];
        double[][] ext = new double[steps][n];
        double[][][] giv = new double[steps][n][n];
        double[][] designer = new double[steps][n];
        boolean[] door = new boolean[steps];
        for (int t = 0; t <= steps; t++) {
            for (int i = 0; i < n; i++) {
                if (pos != null) {
                    pos[t][i] = tr.position(t, i);
                }
                if (t < steps) {
                    acts[t][i] = tr.gameAction(t, i);
                    ext[t][i] = tr.extrinsic(t, i);
                    designer[t][i] = tr.designerGiven(t, i);
                    for (int j = 0; j < n; j++) {
                        giv[t][i][j] = tr.given(t, i, j);
                    }
                }
            }
            if (t < steps) {
                door[t] = positions && tr.doorOpen(t);
            }
        }
        return new EpisodeTrace(pos, acts, ext, giv, door, designer);
    }
}
