package org.incentivelab.run;

import java.util.Arrays;
import org.incentivelab.env.MarkovGame;
import org.incentivelab.env.grid.CoinGame;
import org.incentivelab.mech.lio.EpisodePlayer;
import org.incentivelab.mech.lio.Trajectory;

/**
 * Counts the coins each agent picks up in the Coin Game, and how many were its own colour, over the test episodes of
 * an evaluation (D3C, seed 000 Fig. 8: "% own-type coins"; the cooperative policy takes only its own).
 */
final class OwnCoinCount implements EpisodePlayer.StepListener {
    private final long[] picked = new long[CoinGame.AGENTS];
    private final long[] own = new long[CoinGame.AGENTS];

    @Override
    public void stepped(MarkovGame game, Trajectory tr, int steps) {
        if (steps == 0) {
            return;
        }
        CoinGame coins = (CoinGame) game;
        for (int i = 0; i < CoinGame.AGENTS; i++) {
            picked[i] += coins.coinsPicked(i);
            own[i] += coins.ownCoinsPicked(i);
        }
    }

    /** @param agent 0 or 1 @return the share of its coins that were its own colour, NaN if it picked none */
    double share(int agent) {
        return picked[agent] == 0 ? Double.NaN : (double) own[agent] / picked[agent];
    }

    /** Starts a new evaluation. */
    void reset() {
        Arrays.fill(picked, 0);
        Arrays.fill(own, 0);
    }
}
