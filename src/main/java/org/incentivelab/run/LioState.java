package org.incentivelab.run;

import java.util.List;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.mech.iqflow.SavedMechanism;
import org.incentivelab.mech.lio.LioMethod;

/**
 * The focus run of a LIO batch (thesis 001 ch. 5): its game, its latest evaluation episode and what the agents'
 * policies and incentive functions do now.
 *
 * @param environment the game
 * @param method LIO or a baseline
 * @param actionNames each action's name, {@code List[|A|]}
 * @param maxReward R_max (live value)
 * @param costWeight α, the cost-of-giving weight (live value)
 * @param frozen whether the incentive functions (LIO's, the designer's, IQ-Flow's regulator) are frozen: they still
 *     pay while the mechanism is on but no longer learn
 * @param trace the latest evaluation episode of the focus run (ε = 0), replayed by the Escape Room view
 * @param startPolicy each agent's policy at the start observation, {@code double[N][|A|]}, ε = 0
 * @param stateIncentives IPD only (else null): what agent i pays the other in each memory-1 state when the other
 *     plays C or D, {@code double[2][5][2]} indexed [giver][state: CC, CD, DC, DD from the giver's view, start]
 *     [other's action 0 = C, 1 = D], per round; zero while incentives are off
 * @param stateCooperation IPD only (else null): P(C) of each agent in each of its memory-1 states,
 *     {@code double[2][5]}, ε = 0
 * @param gridEpisode Cleanup only (else null): the latest evaluation episode's board at every step, for the
 *     gridworld views
 * @param qFlow IQ-Flow in a matrix game only (else null): its critics, incentives and policies per state, as of the
 *     latest evaluation (read once per evaluation, not per snapshot)
 * @param mechanism IQ-Flow only (else null): the focus run's regulator as of the latest evaluation, for "Save
 *     mechanism…" (copied once per evaluation, not per snapshot)
 * @param mixing RL D3C only (else null): the focus run's learned A, attention and trial outcomes
 */
public record LioState(
        MarkovGameConfig environment,
        LioMethod method,
        List<String> actionNames,
        double maxReward,
        double costWeight,
        boolean frozen,
        EpisodeTrace trace,
        double[][] startPolicy,
        double[][][] stateIncentives,
        double[][] stateCooperation,
        GridEpisode gridEpisode,
        QFlowState qFlow,
        SavedMechanism mechanism,
        MixingReading mixing) implements RunState {
}
