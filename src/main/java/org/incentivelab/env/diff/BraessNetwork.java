package org.incentivelab.env.diff;

import org.incentivelab.math.Rng;
import org.incentivelab.math.Softmax;

/**
 * Braess's paradox as a differentiable game (D3C, seed 000 §3.1, Fig. 2–3): N drivers each pick a route from S to
 * E — SAE, SBE, or SABE over the shortcut — and minimise their commute. Driver i plays a mixed strategy
 * p_i = softmax(θ_i) over the open routes (its block of x is the three logits θ_i; the SABE logit is inert while the
 * shortcut is closed); its loss is the exact expected commute in minutes (digest 000 §3.1 [recon]):
 * <pre>
 *   f_i = Σ_r p_i(r) Σ_{e∈r} ( α_e (1 + m_e^{−i}) + β_e ),   m_e^{−i} = Σ_{j≠i} P_j(e),   P_j(e) = Σ_{r∋e} p_j(r)
 * </pre>
 * exact because latencies are linear in the load and drivers choose independently. The optimum and the worst Nash
 * equilibrium are found by enumerating the pure profiles (an independent mixed profile's expected total is an average
 * of pure totals, so the minimum is pure). Paper network: 65 minutes each without the shortcut, 80 with it at the
 * Nash equilibrium, ρ = 80/65.
 */
public final class BraessNetwork implements DifferentiableGame {
    /** The roads, in the order of {@link BraessConfig#edges()}. */
    public static final String[] EDGES = {"SA", "AE", "SB", "BE", "AB"};
    /** The routes, in the order of each driver's probabilities. */
    public static final String[] ROUTES = {"SAE", "SBE", "SABE"};
    /** ON[r][e]: whether route r uses road e. */
    private static final boolean[][] ON = {
        {true, true, false, false, false},
        {false, false, true, true, false},
        {true, false, false, true, true}
    };
    private static final int R = 3;
    private static final int E = 5;

    private final BraessConfig config;
    private final int n;
    private final double[] alpha = new double[E];
    private final double[] beta = new double[E];
    private final int open;
    private final double optimal;
    private final double worstNash;
    private final double[][] p;
    private final double[][] use;
    private final double[] load = new double[E];
    private final double[] cost = new double[R];
    private final double[] dp = new double[R];

    /** @param config the network; a copy of its latencies is kept */
    public BraessNetwork(BraessConfig config) {
        this.config = config;
        this.n = config.drivers();
        if (n < 2 || n > BraessConfig.MAX_DRIVERS) {
            throw new IllegalArgumentException("drivers must be in [2, " + BraessConfig.MAX_DRIVERS + "], got " + n);
        }
        EdgeLatency[] edges = config.edges();
        for (int e = 0; e < E; e++) {
            alpha[e] = edges[e].perDriver();
            beta[e] = edges[e].constant();
        }
        this.open = config.shortcut() ? 3 : 2;
        this.p = new double[n][R];
        this.use = new double[n][E];
        double[] extremes = enumerate();
        this.optimal = extremes[0];
        this.worstNash = extremes[1];
    }

    /** @return the network */
    public BraessConfig config() {
        return config;
    }

    @Override
    public int players() {
        return n;
    }

    @Override
    public int dimension() {
        return R * n;
    }

    @Override
    public int owner(int coordinate) {
        return coordinate / R;
    }

    /** Logits standard normal. */
    @Override
    public void initialize(double[] x, Rng rng) {
        for (int q = 0; q < x.length; q++) {
            x[q] = rng.nextGaussian();
        }
    }

    /**
     * Each driver's route probabilities.
     *
     * @param x the logits, {@code double[3N]}
     * @param out {@code double[N][3]} (SAE, SBE, SABE; SABE 0 while the shortcut is closed)
     */
    public void routeProbabilities(double[] x, double[][] out) {
        for (int i = 0; i < n; i++) {
            Softmax.of(x, R * i, open, out[i], 0);
            for (int r = open; r < R; r++) {
                out[i][r] = 0;
            }
        }
    }

    /**
     * The expected number of drivers on each road.
     *
     * @param x the logits, {@code double[3N]}
     * @param out {@code double[5]} in the order of {@link #EDGES}
     */
    public void expectedFlow(double[] x, double[] out) {
        prepare(x);
        System.arraycopy(load, 0, out, 0, E);
    }

    /** @param drivers the (expected) number of drivers on each road @param out {@code double[5]}: minutes per road */
    public void latencies(double[] drivers, double[] out) {
        for (int e = 0; e < E; e++) {
            out[e] = alpha[e] * drivers[e] + beta[e];
        }
    }

    private void prepare(double[] x) {
        routeProbabilities(x, p);
        java.util.Arrays.fill(load, 0);
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < E; e++) {
                double u = 0;
                for (int r = 0; r < open; r++) {
                    u += ON[r][e] ? p[i][r] : 0;
                }
                use[i][e] = u;
                load[e] += u;
            }
        }
    }

    /** @return driver i's expected commute, leaving its route costs in {@link #cost} */
    private double expectedCommute(int i) {
        routeCosts(i);
        double f = 0;
        for (int r = 0; r < open; r++) {
            f += p[i][r] * cost[r];
        }
        return f;
    }

    /** Route costs for driver i given the others' expected loads. */
    private void routeCosts(int i) {
        for (int r = 0; r < R; r++) {
            double c = 0;
            for (int e = 0; e < E; e++) {
                if (ON[r][e]) {
                    c += alpha[e] * (1 + load[e] - use[i][e]) + beta[e];
                }
            }
            cost[r] = c;
        }
    }

    @Override
    public void losses(double[] x, double[] out) {
        prepare(x);
        for (int i = 0; i < n; i++) {
            out[i] = expectedCommute(i);
        }
    }

    @Override
    public void gradients(double[] x, double[] losses, double[][] out) {
        prepare(x);
        for (int k = 0; k < n; k++) {
            losses[k] = expectedCommute(k);
            for (int m = 0; m < n; m++) {
                for (int r = 0; r < R; r++) {
                    if (m == k) {
                        dp[r] = cost[r];
                    } else { // ∂f_k/∂p_m(r) = Σ_{e∈r} α_e P_k(e)
                        double s = 0;
                        for (int e = 0; e < E; e++) {
                            s += ON[r][e] ? alpha[e] * use[k][e] : 0;
                        }
                        dp[r] = s;
                    }
                }
                softmaxBackward(p[m], dp, out[k], R * m);
            }
        }
    }

    /** ∂/∂θ = p ⊙ (g − ⟨p, g⟩) over the open routes; closed routes get 0. */
    private void softmaxBackward(double[] prob, double[] g, double[] out, int offset) {
        double mean = 0;
        for (int r = 0; r < open; r++) {
            mean += prob[r] * g[r];
        }
        for (int r = 0; r < R; r++) {
            out[offset + r] = r < open ? prob[r] * (g[r] - mean) : 0;
        }
    }

    @Override
    public double optimalTotal() {
        return optimal;
    }

    @Override
    public double worstNashTotal() {
        return worstNash;
    }

    /** @return {min total, max total over pure Nash equilibria} over the open routes' pure profiles */
    private double[] enumerate() {
        int profiles = (int) Math.pow(open, n);
        int[] route = new int[n];
        double best = Double.POSITIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        for (int code = 0; code < profiles; code++) {
            for (int i = 0, c = code; i < n; i++, c /= open) {
                route[i] = c % open;
            }
            double total = 0;
            boolean nash = true;
            for (int i = 0; i < n; i++) {
                double own = pureCost(route, i, route[i]);
                total += own;
                for (int r = 0; r < open && nash; r++) {
                    nash = pureCost(route, i, r) >= own - 1e-9;
                }
            }
            best = Math.min(best, total);
            if (nash) {
                worst = Math.max(worst, total);
            }
        }
        return new double[] {best, worst};
    }

    /** Driver i's commute on route r when the others keep their routes. */
    private double pureCost(int[] route, int i, int r) {
        double c = 0;
        for (int e = 0; e < E; e++) {
            if (ON[r][e]) {
                int drivers = 1;
                for (int j = 0; j < n; j++) {
                    drivers += j != i && ON[route[j]][e] ? 1 : 0;
                }
                c += alpha[e] * drivers + beta[e];
            }
        }
        return c;
    }
}
