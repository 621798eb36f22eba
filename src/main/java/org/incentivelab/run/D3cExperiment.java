package org.incentivelab.run;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.incentivelab.env.diff.BraessConfig;
import org.incentivelab.env.diff.BraessNetwork;
import org.incentivelab.env.diff.ConvexPrisonersDilemma;
import org.incentivelab.env.diff.DiffGameType;
import org.incentivelab.env.diff.DifferentiableGame;
import org.incentivelab.math.Rng;
import org.incentivelab.mech.d3c.D3cConfig;
import org.incentivelab.mech.d3c.D3cMethod;
import org.incentivelab.mech.d3c.ExactD3c;
import org.incentivelab.mech.d3c.MixingMatrix;
import org.incentivelab.preset.D3cPreset;

/**
 * A batch of D3C runs on a differentiable game (seed 000 §3.1–3.2): {@code runs} independent games from random
 * starting strategies (run r draws from stream "d3c-run-r" of the master seed), all stepped once per episode by
 * {@link ExactD3c} — in parallel over the runs, each run's arithmetic independent of the others, so results do not
 * depend on the number of cores. The mixing matrix follows the preset's method: learned (D3C, from A⁰_ii), I
 * (selfish), 1/n (cooperative) or the team-spirit schedule. While loss sharing is switched off every agent follows
 * its own loss (A = I) and the learned A is kept unchanged for when it comes back. Statistics over the runs are
 * recorded after every step ({@link D3cMetricNames}).
 */
public final class D3cExperiment extends MechanismRun {
    private final D3cPreset preset;
    private final D3cConfig config;
    private final int n;
    private final int runs;
    private final DifferentiableGame[] games;
    private final ExactD3c[] steppers;
    private final double[][] x;
    private final MixingMatrix[] mixing;
    private final MixingMatrix selfish;
    private final double[][] losses;
    private final double[] ratio;
    private final double[] sorted;
    private final double[] row;
    /** Median over the games of ρ = worst Nash / optimum: fixed by the games, so taken when they are built. */
    private double priceOfAnarchy;

    /**
     * @param preset a validated preset
     * @param seed the batch's master seed
     */
    public D3cExperiment(D3cPreset preset, long seed) {
        super(true, preset.turnOffAtEpisode(), new Metrics(D3cMetricNames.all(preset.game().type(), preset.agents())));
        this.preset = preset;
        this.config = preset.d3c();
        this.n = preset.agents();
        this.runs = preset.runs();
        this.games = new DifferentiableGame[runs];
        this.steppers = new ExactD3c[runs];
        this.x = new double[runs][];
        this.mixing = new MixingMatrix[runs];
        this.losses = new double[runs][n];
        for (int r = 0; r < runs; r++) {
            Rng rng = Rng.forComponent(seed, "d3c-run-" + r);
            games[r] = preset.game().create(rng);
            steppers[r] = new ExactD3c(games[r]);
            x[r] = new double[games[r].dimension()];
            games[r].initialize(x[r], rng);
            games[r].losses(x[r], losses[r]);
            mixing[r] = MixingMatrix.initial(n, config.initialSelf());
        }
        this.selfish = MixingMatrix.initial(n, 0.5);
        selfish.setSelfWeight(1);
        this.ratio = new double[runs];
        this.sorted = new double[runs];
        this.row = new double[metrics().names().size()];
        this.priceOfAnarchy = median(r -> games[r].worstNashTotal() / games[r].optimalTotal());
        setSchedule(0);
        record();
    }

    /** Sets the fixed matrices of the baselines (the team-spirit τ at this episode). */
    private void setSchedule(long episode) {
        D3cMethod method = config.method();
        if (method == D3cMethod.D3C) {
            return;
        }
        double self = switch (method) {
            case SELFISH -> 1;
            case COOPERATIVE -> 1.0 / n;
            default -> {
                double tau = 0.3 + 0.7 * Math.min(1, (double) episode / Math.max(1, preset.episodes()));
                yield 1 - tau * (n - 1) / n;
            }
        };
        for (MixingMatrix m : mixing) {
            m.setSelfWeight(self);
        }
    }

    @Override
    public void runEpisode() {
        setSchedule(episode());
        boolean active = mechanismActive();
        boolean learn = active && config.method() == D3cMethod.D3C;
        IntStream.range(0, runs).parallel().forEach(r -> {
            steppers[r].step(x[r], active ? mixing[r] : selfish, config, learn);
            games[r].losses(x[r], losses[r]);
        });
        for (int r = 0; r < runs; r++) {
            for (double v : x[r]) {
                if (!Double.isFinite(v)) {
                    throw new NumericalFailure("D3C run " + (r + 1) + " strategies", episode());
                }
            }
        }
        nextEpisode();
        record();
    }

    private void record() {
        for (int r = 0; r < runs; r++) {
            double total = 0;
            for (double f : losses[r]) {
                total += f;
            }
            ratio[r] = total / games[r].optimalTotal();
        }
        if (episode() % metrics().stride() != 0) {
            return; // not a recorded step: only the ratios (for the views and summaries) are kept current
        }
        int k = 0;
        row[k++] = median(ratio);
        double mean = Arrays.stream(ratio).average().orElse(Double.NaN);
        double sq = Arrays.stream(ratio).map(v -> (v - mean) * (v - mean)).sum();
        row[k++] = Math.sqrt(sq / runs);
        row[k++] = mean;
        row[k++] = priceOfAnarchy;
        row[k++] = median(r -> Arrays.stream(losses[r]).max().orElse(Double.NaN));
        row[k++] = finiteOrNaN(median(r -> meanAttention(current(r))));
        row[k++] = ratio[0];
        ExactD3c focus = steppers[0];
        row[k++] = episode() == 0 ? Double.NaN : focus.utilitarianBound();
        row[k++] = episode() == 0 ? Double.NaN : focus.egalitarianBound();
        int moving = 0;
        for (boolean b : focus.shifting()) {
            moving += b ? 1 : 0;
        }
        row[k++] = (double) moving / n;
        if (preset.game().type() == DiffGameType.PRISONERS_DILEMMA) {
            row[k++] = median(this::distanceToOptimum);
        }
        MixingMatrix a = current(0);
        for (int i = 0; i < n; i++) {
            row[k++] = losses[0][i];
            row[k++] = episode() == 0 ? Double.NaN : focus.mixedLosses()[i];
            row[k++] = episode() == 0 ? Double.NaN : focus.mixedLossRates()[i];
            row[k++] = finiteOrNaN(a.relativeAttention(i));
        }
        metrics().record(episode(), row);
    }

    /** A = I has infinite relative attention: recorded as NaN (no point) rather than an infinite axis. */
    private static double finiteOrNaN(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** @return the matrix run r uses now: its own, or I while loss sharing is off */
    private MixingMatrix current(int r) {
        return mechanismActive() ? mixing[r] : selfish;
    }

    private double meanAttention(MixingMatrix a) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a.relativeAttention(i);
        }
        return s / n;
    }

    private double distanceToOptimum(int r) {
        ConvexPrisonersDilemma pd = (ConvexPrisonersDilemma) games[r];
        double target = pd.cooperation() / n;
        double s = 0;
        for (double v : x[r]) {
            s += (v - target) * (v - target);
        }
        return Math.sqrt(s);
    }

    private double median(java.util.function.IntToDoubleFunction value) {
        for (int r = 0; r < runs; r++) {
            sorted[r] = value.applyAsDouble(r);
        }
        return medianInPlace(sorted);
    }

    private double median(double[] values) {
        System.arraycopy(values, 0, sorted, 0, runs);
        return medianInPlace(sorted);
    }

    private static double medianInPlace(double[] v) {
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /**
     * Opens or closes the Braess shortcut in every run from the next step on (strategies and A kept; a driver's SABE
     * logit is inert while it is closed).
     *
     * @param open whether AB is open
     * @throws IllegalArgumentException if the game is not a Braess network
     */
    public void setShortcut(boolean open) {
        if (!(games[0] instanceof BraessNetwork)) {
            throw new IllegalArgumentException("only a Braess network has a shortcut");
        }
        for (int r = 0; r < runs; r++) {
            BraessConfig c = ((BraessNetwork) games[r]).config().withShortcut(open);
            games[r] = new BraessNetwork(c);
            steppers[r] = new ExactD3c(games[r]);
            games[r].losses(x[r], losses[r]);
        }
        priceOfAnarchy = median(r -> games[r].worstNashTotal() / games[r].optimalTotal());
    }

    /** @return whether the Braess shortcut is open (false for other games) */
    public boolean shortcutOpen() {
        return games[0] instanceof BraessNetwork b && b.config().shortcut();
    }

    @Override
    public String mechanism() {
        return "loss sharing";
    }

    @Override
    public D3cPreset preset() {
        return preset;
    }

    /** @return the batch's final figures from the last recorded row */
    public D3cSummary summary() {
        java.util.function.ToDoubleFunction<String> last = name -> {
            double[] v = metrics().series(metrics().names().indexOf(name));
            return v[v.length - 1];
        };
        return new D3cSummary(episode(), runs, last.applyAsDouble(D3cMetricNames.RATIO_MEAN),
                last.applyAsDouble(D3cMetricNames.RATIO_STD), last.applyAsDouble(D3cMetricNames.RATIO),
                last.applyAsDouble(D3cMetricNames.PRICE_OF_ANARCHY),
                last.applyAsDouble(D3cMetricNames.ATTENTION_MEDIAN));
    }

    /** @return every run's ratio to optimal after the last step, {@code double[runs]} (a copy) */
    public double[] ratios() {
        return ratio.clone();
    }

    /** @return run r's mixing matrix A (its own, also while loss sharing is off), {@code double[n][n]} */
    public double[][] mixing(int r) {
        return mixing[r].copy();
    }

    @Override
    public D3cState state() {
        ExactD3c focus = steppers[0];
        MixingMatrix a = current(0);
        double[] attention = new double[n];
        for (int i = 0; i < n; i++) {
            attention[i] = a.relativeAttention(i);
        }
        BraessConfig braess = null;
        double[][] routes = null;
        double[] flow = null;
        double c = Double.NaN;
        if (games[0] instanceof BraessNetwork b) {
            braess = b.config();
            routes = new double[n][3];
            b.routeProbabilities(x[0], routes);
            flow = new double[BraessNetwork.EDGES.length];
            b.expectedFlow(x[0], flow);
        } else if (games[0] instanceof ConvexPrisonersDilemma pd) {
            c = pd.cooperation();
        }
        boolean stepped = episode() > 0;
        return new D3cState(preset.game().type(), config.method(), mechanismActive(), a.copy(), attention,
                x[0].clone(), losses[0].clone(), stepped ? focus.mixedLosses().clone() : losses[0].clone(),
                stepped ? focus.mixedLossRates().clone() : new double[n], focus.shifting().clone(),
                games[0].optimalTotal(), games[0].worstNashTotal(), braess, routes, flow, c, ratio.clone());
    }

    /** @return the names of the recorded series of a preset's batch */
    public static List<String> seriesNames(D3cPreset preset) {
        return D3cMetricNames.all(preset.game().type(), preset.agents());
    }
}
