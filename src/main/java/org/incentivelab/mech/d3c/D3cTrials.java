package org.incentivelab.mech.d3c;

import org.incentivelab.math.Rng;

/**
 * RL D3C's mixing trials for every agent (seed 000 §2.6, Algorithms 1–2): agent i keeps its row A_i and plays a
 * random perturbation Ã_i = softmax(log A_i + δ ã_i), ã_i uniform on the unit sphere, for a trial of τ episodes
 * (τ uniform in [τ_min, τ_max]), averaging its episode returns into G. When the trial ends it estimates
 * ρ_i = ReLU((G_b − G)/τ + ε) — the rise of its loss over the trial, G_b being the previous trial's mean — and steps
 * A_i ← softmax(clip(log A_i − η_A(ρ_i ã_i − ν e_i ⊘ A_i))): it moves away from a perturbation that made things worse
 * and stays otherwise ("improve-stay, suffer-shift", Eq. 11 as a one-shot ES estimate), then draws the next trial.
 * The agents train on r_i = Σ_j Ã_ji r_j (Algorithm 3). Each agent draws from its own stream.
 */
public final class D3cTrials {
    /** Finished trials kept per agent for the timeline. */
    public static final int HISTORY = 30;

    private final int n;
    private final D3cRlConfig config;
    private final MixingMatrix a;
    private final double[][] played;
    private final double[][] direction;
    private final Rng[] rng;
    private final int[] length;
    private final long[] start;
    private final double[] baseline;
    private final double[] mean;
    private final double[] lastRho;
    private final double[] gradient;
    private final java.util.ArrayDeque<MixingTrial> history = new java.util.ArrayDeque<>();
    private long trials;

    /**
     * @param agents n ≥ 2
     * @param config the settings
     * @param seed the run's master seed (streams "d3c-trials-i")
     */
    public D3cTrials(int agents, D3cRlConfig config, long seed) {
        this.n = agents;
        this.config = config;
        this.a = MixingMatrix.initial(agents, config.initialSelf());
        this.played = new double[n][n];
        this.direction = new double[n][n];
        this.rng = new Rng[n];
        this.length = new int[n];
        this.start = new long[n];
        this.baseline = new double[n];
        this.mean = new double[n];
        this.lastRho = new double[n];
        this.gradient = new double[n];
        for (int i = 0; i < n; i++) {
            rng[i] = Rng.forComponent(seed, "d3c-trials-" + i);
            newTrial(i, 0);
        }
    }

    /**
     * Draws ã uniform on the unit sphere U_sp(n) as a normalised Gaussian vector. With it (n/δ)·(f(z + δã) − f(z))·ã is
     * the one-shot estimate of ∇f(z) behind Algorithm 1 (n/δ absorbed into η_A, the previous trial's mean G_b as the
     * baseline f(z)): unbiased to first order in δ, since E[ããᵀ] = I/n.
     *
     * @param rng the stream
     * @param out {@code double[n]}, receives ã
     */
    static void sphere(Rng rng, double[] out) {
        double norm = 0;
        for (int j = 0; j < out.length; j++) {
            out[j] = rng.nextGaussian();
            norm += out[j] * out[j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < out.length; j++) {
            out[j] /= norm;
        }
    }

    /** Algorithm 2: a direction on the unit sphere, its Ã_i and a trial length. */
    private void newTrial(int i, long t) {
        sphere(rng[i], direction[i]);
        a.perturbed(i, direction[i], config.learnMixing() ? config.perturbation() : 0, played[i]);
        length[i] = config.trialMin() + (int) (rng[i].nextDouble() * (config.trialMax() - config.trialMin() + 1));
        start[i] = t;
        baseline[i] = mean[i];
    }

    /**
     * Algorithm 1, lines 6–13, after training episode t for every agent.
     *
     * @param t training episodes completed, 1, 2, …
     * @param returns g_i, each agent's (discounted) return of the episode, {@code double[n]}
     */
    public void record(long t, double[] returns) {
        if (!config.learnMixing()) {
            return;
        }
        for (int i = 0; i < n; i++) {
            long elapsed = t - start[i];
            mean[i] = (mean[i] * (elapsed - 1) + returns[i]) / elapsed;
            if (elapsed < length[i]) {
                continue;
            }
            double rho = Math.max(0, (baseline[i] - mean[i]) / length[i] + config.epsilon());
            for (int j = 0; j < n; j++) {
                gradient[j] = rho * direction[i][j];
            }
            if (config.klWeight() > 0) {
                gradient[i] -= config.klWeight() / a.get(i, i);
            }
            a.mirrorStep(i, gradient, config.mixingRate(), -config.clip(), config.clip());
            lastRho[i] = rho;
            trials++;
            if (history.size() == HISTORY * n) {
                history.removeFirst();
            }
            history.addLast(new MixingTrial(i, start[i], t, baseline[i], mean[i], rho, played[i][i], a.get(i, i)));
            newTrial(i, t);
        }
    }

    /** @return Ã, the mixing played now, {@code double[n][n]} (row i = agent i's; the live array: read only) */
    public double[][] played() {
        return played;
    }

    /** @return the learned matrix A */
    public MixingMatrix mixing() {
        return a;
    }

    /** @param i agent @return ρ_i of its last finished trial (0 before the first) */
    public double lastRho(int i) {
        return lastRho[i];
    }

    /** @param i agent @return the running mean return G of its current trial */
    public double trialMean(int i) {
        return mean[i];
    }

    /** @param i agent @return G_b, the mean return of its previous trial */
    public double trialBaseline(int i) {
        return baseline[i];
    }

    /** @return the last finished trials of all agents, at most {@value #HISTORY}·n, oldest first */
    public java.util.List<MixingTrial> recentTrials() {
        return java.util.List.copyOf(history);
    }

    /** @return trials finished by all agents together */
    public long trialsFinished() {
        return trials;
    }
}
