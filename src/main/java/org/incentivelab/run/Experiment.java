package org.incentivelab.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.learn.CentralizedCritic;
import org.incentivelab.learn.LearnerConfig;
import org.incentivelab.learn.LearnerMode;
import org.incentivelab.learn.SigmoidLearner;
import org.incentivelab.math.Rng;
import org.incentivelab.mech.planner.PlannerConfig;
import org.incentivelab.mech.planner.PlanningAgent;
import org.incentivelab.preset.PlannerPreset;

/**
 * One run of a preset with one master seed: the game, N learners and the planning agent, stepped one
 * round (= one episode of one step) at a time in the reference code's order (digest 003 §4.9): players
 * sample actions; the game pays; the planner, if active, adds incentives and takes its look-ahead step; each
 * learner updates on its total reward. Runs headless; the UI only sees {@link Snapshot}s built from it.
 *
 * <p>The planner is active while its switch is on and the episode is before N_off; while it is inactive it pays
 * nothing, and the recorded incentive tables are zero. Metrics are recorded at episode 0 (the initial state)
 * and after each round at x = episodes completed; per-round series (incentives paid, the planner's terms) are
 * averaged over the rounds since the previous recorded point. Summary figures follow Tables 4.2–4.3:
 * P(C,C) = Π_i P(C)_i and V = expected welfare from the final probabilities (environment payoffs only);
 * AAR = Σ_i |r^p_i| per round averaged over the planner-active rounds.
 */
public final class Experiment extends MechanismRun {
    private final PlannerPreset preset;
    private final DilemmaGame game;
    private final SigmoidLearner[] learners;
    private final Rng[] learnerRngs;
    private final PlanningAgent planner;
    private final int n;

    private long activeEpisodes;
    private double paidTotal;
    private double sincePaid;
    private double sinceLookAhead;
    private double sinceCost;
    private int sinceRounds;

    private final int[] actions;
    private final double[] p;
    private final double[] env;
    private final double[] incentives;
    private final double[] total;
    private final double[] gradients;
    private final double[] differences;
    private final double[][] table;
    private final double[] row;

    /**
     * @param preset a validated preset
     * @param seed the master seed; every component's stream is split from it
     */
    public Experiment(PlannerPreset preset, long seed) {
        super(preset.planner().enabled(), preset.planner().turnOffAtEpisode(),
                new Metrics(seriesNames(preset.agents())));
        this.preset = preset;
        this.game = preset.game().create();
        this.n = game.players();
        LearnerConfig lc = preset.learners();
        this.learners = new SigmoidLearner[n];
        this.learnerRngs = new Rng[n];
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            CentralizedCritic critic = lc.mode() == LearnerMode.SAMPLED
                    ? new CentralizedCritic(n, lc.discount(), lc.criticLearningRate(),
                            Rng.forComponent(seed, "critic-" + i))
                    : null;
            learners[i] = new SigmoidLearner(lc.initialCooperation(), lc.optimizer(), lc.learningRate(), critic);
            learnerRngs[i] = Rng.forComponent(seed, "learner-" + i);
            rates[i] = learners[i].learningRate();
        }
        PlannerConfig pc = preset.planner();
        this.planner = new PlanningAgent(game, pc, rates, Rng.forComponent(seed, "planner"));
        this.actions = new int[n];
        this.p = new double[n];
        this.env = new double[n];
        this.incentives = new double[n];
        this.total = new double[n];
        this.gradients = new double[n];
        this.differences = new double[n];
        this.table = new double[2][n];
        this.row = new double[metrics().names().size()];
        record();
    }

    /** @return the names of the recorded series for an N-player run, in order */
    public static List<String> seriesNames(int players) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= players; i++) {
            names.add(MetricNames.cooperation(i));
        }
        names.add(MetricNames.MUTUAL_COOPERATION);
        names.add(MetricNames.MEAN_COOPERATION);
        names.add(MetricNames.WELFARE);
        names.add(MetricNames.PAID_PER_ROUND);
        names.add(MetricNames.PAID_CUMULATIVE);
        names.add(MetricNames.LOOK_AHEAD);
        names.add(MetricNames.COST);
        if (players == 2) {
            for (int i = 1; i <= 2; i++) {
                for (String cell : MetricNames.CELLS) {
                    names.add(MetricNames.incentive(i, cell));
                }
                names.add(MetricNames.greed(i));
                names.add(MetricNames.fear(i));
            }
        }
        return names;
    }

    /** Runs one round (an episode of one step). */
    @Override
    public void runEpisode() {
        for (int i = 0; i < n; i++) {
            p[i] = learners[i].probability();
            actions[i] = learners[i].act(learnerRngs[i]);
        }
        game.payoffs(actions, env);
        boolean active = mechanismActive();
        double paid = 0;
        if (active) {
            planner.incentives(actions, incentives);
            planner.learn(p, env);
            checkFinite(planner.model().params(), "planner");
            for (int i = 0; i < n; i++) {
                paid += Math.abs(incentives[i]);
                total[i] = env[i] + incentives[i];
            }
            activeEpisodes++;
            paidTotal += paid;
            sinceLookAhead += planner.lastLookAhead();
            sinceCost += planner.lastCost();
        } else {
            System.arraycopy(env, 0, total, 0, n);
        }
        if (preset.learners().mode() == LearnerMode.SAMPLED) {
            for (int i = 0; i < n; i++) {
                learners[i].learnSampled(actions[i], total[i], p);
            }
        } else {
            game.ownGradients(p, gradients);
            if (active) {
                planner.incentiveDifferences(p, differences);
            }
            for (int i = 0; i < n; i++) {
                learners[i].learnExact(gradients[i] + (active ? differences[i] : 0));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(learners[i].theta())) {
                throw new NumericalFailure("learner " + (i + 1), episode());
            }
        }
        sincePaid += paid;
        sinceRounds++;
        if (nextEpisode() % metrics().stride() == 0) {
            record();
        }
    }

    private void record() {
        int k = 0;
        double mutual = 1;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double pi = learners[i].probability();
            row[k++] = pi;
            mutual *= pi;
            mean += pi / n;
            p[i] = pi;
        }
        int rounds = Math.max(1, sinceRounds);
        row[k++] = mutual;
        row[k++] = mean;
        row[k++] = game.welfare(p);
        row[k++] = sincePaid / rounds;
        row[k++] = paidTotal;
        row[k++] = sinceLookAhead / rounds;
        row[k++] = sinceCost / rounds;
        if (n == 2) {
            SocialDilemma g = game.payoffs();
            for (int i = 0; i < 2; i++) {
                incentiveTable(i, table);
                row[k++] = table[0][0]; // (D,D): own D, other D
                row[k++] = table[1][0]; // (C,D)
                row[k++] = table[0][1]; // (D,C)
                row[k++] = table[1][1]; // (C,C)
                row[k++] = g.greed() + table[0][1] - table[1][1];
                row[k++] = g.fear() + table[0][0] - table[1][0];
            }
        }
        metrics().record(episode(), row);
        sincePaid = 0;
        sinceLookAhead = 0;
        sinceCost = 0;
        sinceRounds = 0;
    }

    /**
     * The incentives player i would be paid now: the planner's applied table while it is active, zero otherwise.
     *
     * @param player i in [0, N)
     * @param out {@code double[2][N]} receiving r^p_i[own action][other cooperators], per round
     */
    public void incentiveTable(int player, double[][] out) {
        if (mechanismActive()) {
            planner.incentiveTable(player, out);
        } else {
            Arrays.fill(out[0], 0);
            Arrays.fill(out[1], 0);
        }
    }

    private void checkFinite(double[] values, String component) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new NumericalFailure(component, episode());
            }
        }
    }

    @Override
    public String mechanism() {
        return "planner";
    }

    @Override
    public PlannerState state() {
        boolean active = mechanismActive();
        double[][][] tables = new double[n][2][n];
        boolean[][][] overridden = new boolean[n][2][n];
        for (int i = 0; i < n; i++) {
            incentiveTable(i, tables[i]);
            for (int a = 0; a < 2; a++) {
                for (int k = 0; k < n; k++) {
                    overridden[i][a][k] = active && planner.isOverridden(i, a, k);
                }
            }
        }
        return new PlannerState(game.payoffs(), n, preset.planner().maxReward(), probabilities(), tables,
                overridden);
    }

    /** @return the planning agent (also when switched off) */
    public PlanningAgent planner() {
        return planner;
    }

    /** @return the game */
    public DilemmaGame game() {
        return game;
    }

    @Override
    public PlannerPreset preset() {
        return preset;
    }

    /** @return {@code double[N]}, each learner's current P(C) */
    public double[] probabilities() {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = learners[i].probability();
        }
        return out;
    }

    /** @return the Table 4.2/4.3 figures of the run as it stands */
    public RunSummary summary() {
        double[] probabilities = probabilities();
        double mutual = 1;
        for (double x : probabilities) {
            mutual *= x;
        }
        return new RunSummary(episode(), probabilities, mutual, game.welfare(probabilities),
                activeEpisodes == 0 ? 0 : paidTotal / activeEpisodes, paidTotal);
    }
}
