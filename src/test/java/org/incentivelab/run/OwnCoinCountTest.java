package org.incentivelab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.incentivelab.env.grid.CoinGame;
import org.incentivelab.env.grid.CoinGameConfig;
import org.incentivelab.math.Rng;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

/** Coins' "own coins" share (seed 000 Fig. 8): counted per step over the test episodes; about 1/2 for random play. */
class OwnCoinCountTest {
    @Test
    void shouldCountEveryPickAndItsColourOverTheEpisodes() {
        CoinGame game = new CoinGame(CoinGameConfig.d3c(), Rng.forComponent(1, "environment"));
        OwnCoinCount count = new OwnCoinCount();
        Rng act = Rng.forComponent(1, "act");
        long[] picked = new long[2];
        long[] own = new long[2];
        double[] r = new double[2];
        for (int episode = 0; episode < 3; episode++) {
            game.reset();
            count.stepped(game, null, 0);
            for (int t = 1; !game.step(new int[] {(int) (act.nextDouble() * 5), (int) (act.nextDouble() * 5)}, r);
                    t++) {
                count.stepped(game, null, t);
                for (int i = 0; i < 2; i++) {
                    picked[i] += game.coinsPicked(i);
                    own[i] += game.ownCoinsPicked(i);
                }
            }
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(picked[i] > 20, "random walkers pick up coins: " + picked[i]);
            assertEquals((double) own[i] / picked[i], count.share(i), 0.05, "agent " + i);
        }
        count.reset();
        assertTrue(Double.isNaN(count.share(0)), "no coin picked yet");
    }

    @Test
    void shouldRecordAboutHalfOwnCoinsForUntrainedAgents() throws Exception {
        LioPreset p = (LioPreset) PresetLoader.load(Path.of("presets", "pg-coins.json"));
        LioExperiment run = new LioExperiment(p, 3);
        double[] share = run.metrics().series(run.metrics().names().indexOf(LioMetricNames.ownCoins(1)));
        assertTrue(share[0] > 0.3 && share[0] < 0.7, "random play takes either colour: " + share[0]);
    }
}
