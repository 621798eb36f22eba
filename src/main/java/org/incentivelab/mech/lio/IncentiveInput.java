package org.incentivelab.mech.lio;

import java.util.Arrays;
import org.incentivelab.env.MarkovGame;

/**
 * The input layout of an incentive function or designer x = [o, one-hot actions, events] (thesis 001 §5.2 Eq. 5.1,
 * App. B.4.1, App. C.2.1–C.2.2): an observation of {@link #observationSize()} entries (for images the whole
 * picture), then one one-hot block of |A| entries per agent it sees act — the N − 1 others for a LIO giver, all N
 * for the Escape Room designer, none on Cleanup ({@link MarkovGame#incentivesSeeActions()}) — in increasing agent
 * order, then the game's event vector of the step ({@link MarkovGame#writeEvents}: Cleanup's multi-hot "who fired
 * the cleaning beam"). Everything after the observation is what a {@link org.incentivelab.nn.ConvNet} concatenates
 * after its first dense layer.
 *
 * @param observationSize the observation's length
 * @param actions |A|
 * @param actionSlots how many agents' actions are written: N − 1 (giver excluded), N or 0
 * @param eventSize the game's {@link MarkovGame#eventSize()}
 */
record IncentiveInput(int observationSize, int actions, int actionSlots, int eventSize) {
    /** @return the layout of LIO giver i's input in {@code game}, with an observation of {@code observationSize} */
    static IncentiveInput giver(MarkovGame game, int observationSize) {
        return new IncentiveInput(observationSize, game.actions(), game.incentivesSeeActions() ? game.agents() - 1 : 0,
                game.eventSize());
    }

    /** @return the layout of a central designer's input: the global observation, actions if seen, events */
    static IncentiveInput designer(MarkovGame game) {
        return new IncentiveInput(game.globalObservationSize(), game.actions(),
                game.incentivesSeeActions() ? game.agents() : 0, game.eventSize());
    }

    /** @return the input length */
    int length() {
        return observationSize + actionSlots * actions + eventSize;
    }

    /**
     * Writes everything after the observation, once the step has been played: the one-hot actions (of every agent
     * but {@code giver} if only N − 1 are seen) and the game's events.
     *
     * @param gameActions {@code int[N]} the joint action of the step
     * @param giver the agent left out (when N − 1 are seen); ignored otherwise
     * @param game the game, after the step
     * @param x {@code double[length()]}; entries from {@link #observationSize()} on are overwritten
     */
    void complete(int[] gameActions, int giver, MarkovGame game, double[] x) {
        Arrays.fill(x, observationSize, observationSize + actionSlots * actions, 0);
        int slot = 0;
        for (int k = 0; k < gameActions.length && slot < actionSlots; k++) {
            if (actionSlots == gameActions.length || k != giver) {
                x[observationSize + slot * actions + gameActions[k]] = 1;
                slot++;
            }
        }
        game.writeEvents(x, observationSize + actionSlots * actions);
    }
}
