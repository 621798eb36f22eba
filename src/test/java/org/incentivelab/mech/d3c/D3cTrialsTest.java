package org.incentivelab.mech.d3c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RL D3C's trials (Algorithms 1–2): perturbations, trial lengths, improve-stay / suffer-shift and the clip. */
class D3cTrialsTest {
    private static D3cRlConfig config(boolean learn, double epsilon) {
        return new D3cRlConfig(0.5, 1.0, 3, 5, epsilon, 0, 0.9, 5, learn, true);
    }

    @Test
    void shouldPlayAPerturbedRowOnTheSimplex() {
        D3cTrials trials = new D3cTrials(3, config(true, 0), 7);
        for (double[] row : trials.played()) {
            double sum = 0;
            for (double v : row) {
                assertTrue(v > 0);
                sum += v;
            }
            assertEquals(1, sum, 1e-12);
        }
        assertTrue(trials.played()[0][0] != 0.9, "a perturbation of A⁰");
    }

    @Test
    void shouldShiftAwayFromAPerturbationThatMadeThingsWorseAndStayOtherwise() {
        D3cTrials trials = new D3cTrials(2, config(true, 0), 3);
        double[] before = {Math.log(trials.mixing().get(0, 0)), Math.log(trials.mixing().get(0, 1))};
        double[] played = trials.played()[0].clone();
        long t = 0;
        // the first trial's baseline G_b is 0: returns of −1 are a loss that rose, returns of +1 one that fell
        do {
            trials.record(++t, new double[] {-1, 1});
        } while (trials.trialsFinished() < 2);
        assertTrue(t >= 3 && t <= 5, "trial length in [τ_min, τ_max]: " + t);
        assertEquals(1.0 / t, trials.lastRho(0), 1e-12, "ρ = ReLU((G_b − G)/τ) = (0 − (−1))/τ");
        assertEquals(0, trials.lastRho(1), 0, "agent 2 improved: ρ = 0");
        double moved0 = Math.log(trials.mixing().get(0, 0)) - before[0];
        double moved1 = Math.log(trials.mixing().get(0, 1)) - before[1];
        double direction = Math.log(played[0] / played[1]) - (before[0] - before[1]); // δ(ã_0 − ã_1)
        assertTrue(Math.signum(moved0 - moved1) == -Math.signum(direction), "moved against the perturbation");
        assertEquals(0.9, trials.mixing().get(1, 1), 1e-12, "stay: agent 2's row unchanged");
    }

    @Test
    void shouldKeepTheLogitsInsideTheClip() {
        D3cRlConfig c = new D3cRlConfig(100, 1.0, 1, 1, 1, 0, 0.5, 2, true, true);
        D3cTrials trials = new D3cTrials(2, c, 5);
        for (long t = 1; t <= 200; t++) {
            trials.record(t, new double[] {-t, -t});
        }
        for (int i = 0; i < 2; i++) {
            double ratio = trials.mixing().get(i, 0) / trials.mixing().get(i, 1);
            assertTrue(ratio <= Math.exp(4) + 1e-9 && ratio >= Math.exp(-4) - 1e-9, "|log A_ij| ≤ 2: " + ratio);
        }
    }

    @Test
    void shouldPlayAItselfWhenNotLearning() {
        D3cTrials trials = new D3cTrials(3, new D3cRlConfig(0.5, 1, 3, 5, 0, 0, 1.0 / 3, 5, false, true), 1);
        for (long t = 1; t <= 50; t++) {
            trials.record(t, new double[] {-t, 0, t});
        }
        for (double[] row : trials.played()) {
            assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, row, 1e-12, "the cooperative baseline");
        }
        assertEquals(0, trials.trialsFinished());
    }

    @Test
    void shouldReplayFromTheSeed() {
        D3cTrials a = new D3cTrials(2, config(true, 0.01), 11);
        D3cTrials b = new D3cTrials(2, config(true, 0.01), 11);
        for (long t = 1; t <= 100; t++) {
            double[] g = {Math.sin(t), Math.cos(t)};
            a.record(t, g);
            b.record(t, g);
        }
        assertArrayEquals(a.mixing().copy(), b.mixing().copy());
    }

    @Test
    void shouldEstimateAKnownGradientFromOneShotPerturbations() {
        double[] z = {0.3, -1.2, 0.5, 2.0};
        double delta = 0.01;
        int n = z.length;
        double[] estimate = new double[n];
        double[] u = new double[n];
        org.incentivelab.math.Rng rng = org.incentivelab.math.Rng.forComponent(3, "es");
        int samples = 400_000;
        for (int k = 0; k < samples; k++) {
            D3cTrials.sphere(rng, u);
            double norm = 0;
            for (double v : u) {
                norm += v * v;
            }
            assertEquals(1, norm, 1e-12, "on the unit sphere");
            double f = 0; // f(z + δu) − f(z) with f(z) = Σ_j (j + 1)·z_j²/2, ∇f = (j + 1)·z_j; the baseline f(z) plays
            for (int j = 0; j < n; j++) { // the part of G_b in Algorithm 1: a difference, as ρ_i is
                double x = z[j] + delta * u[j];
                f += (j + 1) * (x * x - z[j] * z[j]) / 2;
            }
            for (int j = 0; j < n; j++) {
                estimate[j] += n / delta * f * u[j] / samples;
            }
        }
        for (int j = 0; j < n; j++) {
            assertEquals((j + 1) * z[j], estimate[j], 0.05 * Math.max(1, Math.abs((j + 1) * z[j])), "∂f/∂z_" + j);
        }
    }
}
