package org.incentivelab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.env.grid.CleanupActions;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.mech.lio.LioMethod;

/**
 * The names of the series a LIO run records at each evaluation (thesis 001 Fig. 5.4–5.5; reference code's
 * evaluation: ε = 0 test episodes every {@code evaluationPeriod} training episodes). All figures are means over
 * the evaluation's test episodes, per episode (undiscounted sums over its steps); agents are 1-based.
 */
public final class LioMetricNames {
    /** Σ_i of the agents' extrinsic returns (incentives cancel out in the sum); optimum 9 for ER(2,1). */
    public static final String COLLECTIVE_RETURN = "collective return";
    /** Steps per test episode (Escape Room ends early when someone exits through the open door). */
    public static final String STEPS = "steps per episode";
    /**
     * The MetaGrad designer's test accounting (thesis 001 §6.3.2): collective return minus the incentives the
     * designer paid; equal to the collective return when there is no designer.
     */
    public static final String DESIGNER_RETURN = "designer return";

    /** IQ-Flow: the mean meta-loss L (seed 004 Eq. 8) over the meta-steps since the previous evaluation. */
    public static final String META_LOSS = "meta-loss";

    private LioMetricNames() {
    }

    /**
     * @return the action names of a game: lever, start, door (Escape Room), C, D (matrix games), left, right, up, down,
     *     stay, clean (Cleanup), stay, clockwise, counter-clockwise (Trust-Your-Brother) or right, left, down, up, stay
     *     (Coins)
     */
    public static List<String> actions(MarkovGameType type) {
        return switch (type) {
            case ESCAPE_ROOM -> List.of("lever", "start", "door");
            case IPD, PRISONERS_DILEMMA, CHICKEN, STAG_HUNT -> List.of("C", "D");
            case CLEANUP -> IntStream.range(0, CleanupActions.COUNT).mapToObj(CleanupActions::name).toList();
            case TRUST_YOUR_BROTHER -> List.of("stay", "clockwise", "counter-clockwise");
            case COINS -> List.of("right", "left", "down", "up", "stay");
        };
    }

    /**
     * @return the names of a game's incentive types, the designer's unit of payment ({@link
     *     org.incentivelab.env.MarkovGame#incentiveType}): the actions, or fire, collect, else (Cleanup)
     */
    public static List<String> incentiveTypes(MarkovGameType type) {
        return type == MarkovGameType.CLEANUP
                ? IntStream.range(0, Cleanup.INCENTIVE_TYPES).mapToObj(Cleanup::typeName).toList()
                : actions(type);
    }

    /**
     * @param type an incentive type name from {@link #incentiveTypes}
     * @return "designer pays for TYPE": the designer's mean payment per agent-step of that type (per step, not per
     *     episode; 0 when no step had that type or there is no designer; thesis 001 Fig. 6.1d, 6.2)
     */
    public static String designerRate(String type) {
        return "designer pays for " + type;
    }

    /** @param agent 1-based @return "return i": the agent's extrinsic return */
    public static String extrinsic(int agent) {
        return "return " + agent;
    }

    /** @param agent 1-based @return "given i": incentives the agent gave to all others */
    public static String given(int agent) {
        return "given " + agent;
    }

    /** @param agent 1-based @return "received i": incentives the agent received from all others */
    public static String received(int agent) {
        return "received " + agent;
    }

    /**
     * @param agent 1-based
     * @param action an action name from {@link #actions}
     * @return "received at ACTION i": incentives received on the steps the agent took that action (Fig. 5.5b, d)
     */
    public static String receivedFor(int agent, String action) {
        return "received at " + action + " " + agent;
    }

    /**
     * @param agent 1-based
     * @param action an action name from {@link #actions}
     * @return "P(ACTION) i": the fraction of the agent's steps on which it took that action
     */
    public static String actionRate(int agent, String action) {
        return "P(" + action + ") " + agent;
    }

    /**
     * @param agent 1-based
     * @return "meta-loss active i": IQ-Flow's share of validation samples with a_b ≠ a_coop for the agent, where
     *     the masked meta-loss of seed 004 Eq. 5 counts, pooled over the meta-steps since the previous evaluation
     */
    public static String maskActive(int agent) {
        return "meta-loss active " + agent;
    }

    /**
     * @param agent 1-based
     * @return "estimated dilemma i": IQ-Flow's share of validation samples with a_coop ≠ a_env for the agent (an
     *     estimated dilemma, where the c₂ cost of Eq. 7 applies)
     */
    public static String estimatedDilemma(int agent) {
        return "estimated dilemma " + agent;
    }

    /**
     * @param state a memory-1 state name ({@code IteratedMatrixGame.stateName}: start, CC, CD, DC, DD)
     * @param agent 1-based
     * @return "R − T at STATE i": R − T on IQ-Flow's incentivised estimates (seed 004 Fig. 4)
     */
    public static String rewardMinusTemptation(String state, int agent) {
        return "R − T at " + state + " " + agent;
    }

    /**
     * @param state a memory-1 state name
     * @param agent 1-based
     * @return "S − P at STATE i": S − P on IQ-Flow's incentivised estimates (seed 004 Fig. 4)
     */
    public static String suckerMinusPunishment(String state, int agent) {
        return "S − P at " + state + " " + agent;
    }

    /**
     * @return every series of a run of that game and method, in recording order: {@link #all(MarkovGameConfig)},
     *     then for IQ-Flow the meta-loss and the mask shares per agent, and in a matrix game the incentivised R − T
     *     and S − P per state (in {@code IteratedMatrixGame.DISPLAY_STATES} order) and agent
     */
    public static List<String> all(MarkovGameConfig game, LioMethod method) {
        List<String> names = all(game);
        if (game.type() == MarkovGameType.COINS) {
            for (int i = 1; i <= game.agents(); i++) {
                names.add(ownCoins(i));
            }
        }
        if (method == LioMethod.D3C) {
            for (int i = 1; i <= game.agents(); i++) {
                names.add(attention(i));
                names.add(trialRho(i));
            }
            return names;
        }
        if (method != LioMethod.IQFLOW) {
            return names;
        }
        names.add(META_LOSS);
        for (int i = 1; i <= game.agents(); i++) {
            names.add(maskActive(i));
            names.add(estimatedDilemma(i));
        }
        if (game.type().matrixGame()) {
            for (int s : IteratedMatrixGame.DISPLAY_STATES) {
                for (int i = 1; i <= game.agents(); i++) {
                    names.add(rewardMinusTemptation(IteratedMatrixGame.stateName(s), i));
                    names.add(suckerMinusPunishment(IteratedMatrixGame.stateName(s), i));
                }
            }
        }
        return names;
    }

    /**
     * @param agent 1-based
     * @return "ln(A_ii/A_ij) i": RL D3C's relative attention of the agent's learned row of A (seed 000 Figs. 7–8: &gt; 0
     *     selfish, &lt; 0 other-regarding), at the evaluation
     */
    public static String attention(int agent) {
        return "ln(A_ii/A_ij) " + agent;
    }

    /**
     * @param agent 1-based
     * @return "own coins i": the share of the coins the agent picked up in the evaluation's test episodes that were its
     *     own colour (Coins; seed 000 Fig. 8 "% own-type coins"; NaN when it picked none)
     */
    public static String ownCoins(int agent) {
        return "own coins " + agent;
    }

    /**
     * @param agent 1-based
     * @return "trial ρ i": RL D3C's estimate ρ_i = ReLU((G_b − G)/τ + ε) at the agent's last finished mixing trial
     *     (Algorithm 1 line 9; 0: its row stayed)
     */
    public static String trialRho(int agent) {
        return "trial ρ " + agent;
    }

    /** @return every series of a run of that game without IQ-Flow, in recording order */
    public static List<String> all(MarkovGameConfig game) {
        List<String> names = new ArrayList<>(List.of(COLLECTIVE_RETURN, STEPS, DESIGNER_RETURN));
        for (String type : incentiveTypes(game.type())) {
            names.add(designerRate(type));
        }
        List<String> actions = actions(game.type());
        for (int i = 1; i <= game.agents(); i++) {
            names.add(extrinsic(i));
            names.add(given(i));
            names.add(received(i));
            for (String a : actions) {
                names.add(receivedFor(i, a));
            }
            for (String a : actions) {
                names.add(actionRate(i, a));
            }
        }
        return names;
    }
}
