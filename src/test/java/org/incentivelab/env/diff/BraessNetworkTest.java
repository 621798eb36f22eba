package org.incentivelab.env.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

/** The Braess network: Fig. 2a's commutes, exact expected losses, the Jacobian, enumeration and random networks. */
class BraessNetworkTest {
    private static final double[][] ROUTE_EDGES = {{0, 1}, {2, 3}, {0, 4, 3}}; // SAE, SBE, SABE over SA AE SB BE AB

    @Test
    void shouldFindThePapersOptimumAndNashWithAndWithoutTheShortcut() {
        BraessNetwork open = new BraessNetwork(BraessConfig.paper(true));
        assertEquals(260, open.optimalTotal(), 1e-9, "2/2 split: 65 minutes each");
        assertEquals(320, open.worstNashTotal(), 1e-9, "all on SABE: 80 minutes each");
        BraessNetwork closed = new BraessNetwork(BraessConfig.paper(false));
        assertEquals(260, closed.optimalTotal(), 1e-9);
        assertEquals(260, closed.worstNashTotal(), 1e-9, "without AB the split is the equilibrium: ρ = 1");
    }

    @Test
    void shouldCommute80MinutesEachWhenEveryoneTakesTheShortcut() {
        BraessNetwork net = new BraessNetwork(BraessConfig.paper(true));
        double[] x = new double[12];
        for (int i = 0; i < 4; i++) {
            x[3 * i + 2] = 60; // SABE almost surely
        }
        double[] f = new double[4];
        net.losses(x, f);
        for (double v : f) {
            assertEquals(80, v, 1e-9);
        }
        x = new double[] {60, 0, 0, 60, 0, 0, 0, 60, 0, 0, 60, 0}; // two on SAE, two on SBE
        net.losses(x, f);
        for (double v : f) {
            assertEquals(65, v, 1e-9);
        }
    }

    @Test
    void shouldEqualTheExpectationOverAllPureProfiles() {
        for (boolean shortcut : new boolean[] {true, false}) {
            BraessConfig config = BraessConfig.random(4, Rng.forComponent(3, "net")).withShortcut(shortcut);
            BraessNetwork net = new BraessNetwork(config);
            double[] x = new double[12];
            net.initialize(x, Rng.forComponent(5, "x"));
            double[][] p = new double[4][3];
            net.routeProbabilities(x, p);
            double[] expected = new double[4];
            for (int code = 0; code < 81; code++) {
                int[] route = {code % 3, code / 3 % 3, code / 9 % 3, code / 27};
                double weight = 1;
                for (int i = 0; i < 4; i++) {
                    weight *= p[i][route[i]];
                }
                for (int i = 0; i < 4; i++) {
                    expected[i] += weight * pureCommute(config, route, i);
                }
            }
            double[] f = new double[4];
            net.losses(x, f);
            for (int i = 0; i < 4; i++) {
                assertEquals(expected[i], f[i], 1e-9, "driver " + i + ", shortcut " + shortcut);
            }
        }
    }

    private static double pureCommute(BraessConfig config, int[] route, int i) {
        EdgeLatency[] edges = config.edges();
        double c = 0;
        for (double e : ROUTE_EDGES[route[i]]) {
            int drivers = 0;
            for (int r : route) {
                for (double on : ROUTE_EDGES[r]) {
                    drivers += on == e ? 1 : 0;
                }
            }
            c += edges[(int) e].at(drivers);
        }
        return c;
    }

    @Test
    void shouldMatchCentralFiniteDifferencesOfEveryLoss() {
        for (boolean shortcut : new boolean[] {true, false}) {
            BraessNetwork net = new BraessNetwork(BraessConfig.paper(shortcut));
            double[] x = new double[12];
            net.initialize(x, Rng.forComponent(7, "x"));
            double[][] jacobian = new double[4][12];
            double[] f = new double[4];
            net.gradients(x, f, jacobian);
            double h = 1e-6;
            double[] plus = new double[4];
            double[] minus = new double[4];
            for (int q = 0; q < 12; q++) {
                double saved = x[q];
                x[q] = saved + h;
                net.losses(x, plus);
                x[q] = saved - h;
                net.losses(x, minus);
                x[q] = saved;
                for (int k = 0; k < 4; k++) {
                    assertEquals((plus[k] - minus[k]) / (2 * h), jacobian[k][q], 1e-5, "∂f_" + k + "/∂x_" + q);
                }
            }
            if (!shortcut) {
                for (int k = 0; k < 4; k++) {
                    for (int i = 0; i < 4; i++) {
                        assertEquals(0, jacobian[k][3 * i + 2], "the SABE logit is inert while AB is closed");
                    }
                }
            }
        }
    }

    @Test
    void shouldKeepRouteProbabilitiesOnTheSimplexAndConserveDrivers() {
        BraessNetwork net = new BraessNetwork(BraessConfig.paper(false));
        double[] x = new double[12];
        net.initialize(x, Rng.forComponent(9, "x"));
        double[][] p = new double[4][3];
        net.routeProbabilities(x, p);
        for (double[] row : p) {
            assertEquals(1, row[0] + row[1] + row[2], 1e-12);
            assertEquals(0, row[2], "no SABE while the shortcut is closed");
        }
        double[] flow = new double[5];
        net.expectedFlow(x, flow);
        assertEquals(4, flow[0] + flow[2], 1e-12, "every driver leaves S on SA or SB");
        assertEquals(4, flow[1] + flow[3], 1e-12, "and reaches E on AE or BE");
    }

    @Test
    void shouldDrawRandomNetworksThatShowTheParadox() {
        Rng rng = Rng.forComponent(11, "networks");
        for (int k = 0; k < 50; k++) {
            BraessConfig c = BraessConfig.random(4, rng);
            double open = new BraessNetwork(c).worstNashTotal();
            double closed = new BraessNetwork(c.withShortcut(false)).worstNashTotal();
            assertTrue(open > closed, "opening the shortcut makes the equilibrium worse: " + c);
            assertTrue(open / new BraessNetwork(c).optimalTotal() > 1, "ρ > 1");
        }
    }

    @Test
    void shouldRefuseBadNetworks() {
        assertThrows(IllegalArgumentException.class, () -> new EdgeLatency(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new EdgeLatency(0, Double.NaN));
        BraessConfig p = BraessConfig.paper(true);
        assertThrows(IllegalArgumentException.class, () -> new BraessNetwork(
                new BraessConfig(9, p.sa(), p.ae(), p.sb(), p.be(), p.ab(), true)));
    }
}
