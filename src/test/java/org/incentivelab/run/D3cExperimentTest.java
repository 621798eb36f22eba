package org.incentivelab.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.incentivelab.preset.D3cPreset;
import org.incentivelab.preset.PresetCatalog;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

/** A D3C batch: statistics over its games, determinism, the switch, the shortcut, the schedule and NaN stops. */
class D3cExperimentTest {
    private static D3cPreset preset(String file, int runs) throws PresetException {
        return ((D3cPreset) PresetCatalog.load(file)).withRepeats(runs);
    }

    private static double last(LabRun run, String name) {
        double[] v = run.metrics().series(run.metrics().names().indexOf(name));
        return v[v.length - 1];
    }

    @Test
    void shouldRecordTheMedianMeanAndSpreadOfTheGamesRatios() throws PresetException {
        D3cExperiment batch = new D3cExperiment(preset("d3c-braess.json", 21), 4);
        batch.run(200);
        double[] ratios = batch.ratios();
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        assertEquals(sorted[10], last(batch, D3cMetricNames.RATIO), 0, "median of 21 games");
        double mean = Arrays.stream(ratios).average().orElseThrow();
        assertEquals(mean, last(batch, D3cMetricNames.RATIO_MEAN), 1e-12);
        double var = Arrays.stream(ratios).map(r -> (r - mean) * (r - mean)).sum() / ratios.length;
        assertEquals(Math.sqrt(var), last(batch, D3cMetricNames.RATIO_STD), 1e-12);
        assertEquals(ratios[0], last(batch, D3cMetricNames.FOCUS_RATIO), 0);
        assertEquals(80.0 / 65, last(batch, D3cMetricNames.PRICE_OF_ANARCHY), 1e-12);
        assertEquals(201, batch.metrics().size(), "a row at step 0 and after every step");
        D3cState s = batch.state();
        assertEquals(Arrays.stream(s.losses()).sum() / s.optimalTotal(), ratios[0], 1e-12);
        for (double[] row : s.mixing()) {
            assertEquals(1, Arrays.stream(row).sum(), 1e-12);
        }
    }

    @Test
    void shouldReplayBitForBit() throws PresetException {
        D3cPreset p = preset("d3c-pd.json", 8);
        D3cExperiment a = new D3cExperiment(p, 9);
        D3cExperiment b = new D3cExperiment(p, 9);
        a.run(150);
        b.run(150);
        for (int k = 0; k < a.metrics().names().size(); k++) {
            assertArrayEquals(a.metrics().series(k), b.metrics().series(k), a.metrics().names().get(k));
        }
        D3cExperiment other = new D3cExperiment(p, 10);
        other.run(150);
        assertTrue(!Arrays.equals(a.ratios(), other.ratios()), "another seed starts elsewhere");
    }

    @Test
    void shouldFollowOwnLossesWhileLossSharingIsOffAndKeepTheLearnedMatrix() throws PresetException {
        D3cExperiment batch = new D3cExperiment(preset("d3c-pd-2-player.json", 4), 1);
        batch.run(100);
        double[][] learned = batch.mixing(0);
        batch.setMechanismSwitch(false);
        batch.run(3000);
        assertArrayEquals(learned, batch.mixing(0), "A kept while off");
        D3cState off = batch.state();
        assertEquals(1, off.mixing()[0][0], 0, "A = I in use");
        assertTrue(Double.isNaN(last(batch, D3cMetricNames.attention(1))), "no attention point while A = I");
        assertEquals(2, last(batch, D3cMetricNames.RATIO_MEAN), 1e-3, "selfish play goes to the Nash point, ρ = 2");
        batch.setMechanismSwitch(true);
        batch.run(3000);
        assertEquals(1, last(batch, D3cMetricNames.RATIO_MEAN), 1e-3, "back on, D3C reaches the optimum");
    }

    @Test
    void shouldOpenAndCloseTheShortcutMidRun() throws PresetException {
        D3cExperiment batch = new D3cExperiment(preset("d3c-braess-selfish.json", 5), 2);
        batch.run(2000);
        assertEquals(80.0 / 65, last(batch, D3cMetricNames.RATIO_MEAN), 5e-3, "everyone on the shortcut");
        new Command.SetShortcut(false).applyTo(batch);
        assertTrue(!batch.shortcutOpen());
        batch.run(2000);
        D3cState s = batch.state();
        for (double[] p : s.routes()) {
            assertEquals(0, p[2], "no SABE once closed");
        }
        assertEquals(1, last(batch, D3cMetricNames.RATIO_MEAN), 5e-3, "closing 'Broadway' shortens every commute");
        D3cExperiment pd = new D3cExperiment(preset("d3c-pd-2-player.json", 1), 1);
        assertThrows(IllegalArgumentException.class, () -> new Command.SetShortcut(true).applyTo(pd));
    }

    @Test
    void shouldAnnealTeamSpiritTowardsTheGroupMean() throws PresetException {
        D3cPreset p = preset("d3c-braess-team-spirit.json", 2).withRuns(100, 1, 1);
        D3cExperiment batch = new D3cExperiment(p, 1);
        assertEquals(1 - 0.3 * 3 / 4, batch.state().mixing()[0][0], 1e-12, "τ = 0.3 at the start");
        batch.run(100);
        assertEquals(1 - (0.3 + 0.7 * 99 / 100) * 3 / 4, batch.state().mixing()[0][0], 1e-12,
                "τ of the last step taken");
    }

    @Test
    void shouldStopOnDivergenceNamingTheRunAndKeepTheData() throws PresetException {
        D3cPreset p = (D3cPreset) PresetLoader.with(preset("d3c-pd-2-player.json", 3), "d3c.strategyRate", 5.0);
        D3cExperiment batch = new D3cExperiment(p, 1);
        batch.run(5000);
        String failure = batch.failure().orElseThrow();
        assertTrue(failure.startsWith("D3C run 1 strategies produced NaN or infinity at episode"), failure);
        assertTrue(batch.metrics().size() > 1 && batch.episode() < 5000, "rows before the failure kept");
    }
}
