package org.incentivelab.ui.view;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PaperReference;
import org.incentivelab.run.LioMetricNames;

/**
 * The learning-curve charts of a LIO batch (thesis 001 ch. 5: Fig. 5.4 for the IPD, Fig. 5.5 for the Escape
 * Room). Every value is per episode (an undiscounted sum over its steps), the mean over the ε = 0 test episodes of
 * each evaluation, then the mean over seeds with a ± std band. Each chart draws, as dashed lines, the preset's
 * paper references whose metric it shows.
 */
public final class LioCharts {
    /** The title of the action-frequency chart (P(clean) in Cleanup), which the Cleanup overview shows. */
    public static final String ACTION_FREQUENCIES = "Action frequencies";
    /** At most this many agents get their own "incentives received per action" chart. */
    static final int MAX_ACTION_CHARTS = 3;
    /** With more agents than this, per-agent bands would bury the lines and are left out. */
    static final int MAX_BANDED_AGENTS = 3;

    private static final String UNITS = " Per episode (undiscounted sum over its steps), mean over the ε = 0 test"
            + " episodes of each evaluation and over seeds (band: ± std over seeds).";
    private static final String MARKERS = " Dashed vertical lines: where incentives were switched off or on.";

    private LioCharts() {
    }

    /**
     * The standard charts: collective return with the optimum; incentives received per action (Escape Room: one
     * chart per agent for the first {@value #MAX_ACTION_CHARTS} agents; IPD: both agents in one chart); incentives
     * given and received; extrinsic return per agent; action frequencies.
     *
     * @param preset the LIO preset whose batch the charts show
     * @return the charts, in display order
     */
    public static List<LabView> standard(LioPreset preset) {
        MarkovGameConfig game = preset.environment();
        List<PaperReference> paper = List.copyOf(preset.references());
        List<LabView> charts = new ArrayList<>();
        charts.add(collectiveReturn(game, paper, preset.method() == LioMethod.METAGRAD));
        if (preset.method() == LioMethod.D3C || game.type() == MarkovGameType.TRUST_YOUR_BROTHER
                || game.type() == MarkovGameType.COINS) { // D3C's games: nobody pays incentives
            if (preset.method() == LioMethod.D3C) {
                charts.add(relativeAttention(game, paper));
            }
            if (game.type() == MarkovGameType.COINS) {
                charts.add(ownCoins(game, paper));
            }
            charts.add(actionFrequencies(game, paper));
            charts.add(extrinsic(game, paper));
            return charts;
        }
        if (preset.method().hasDesigner()) {
            charts.add(designerPerType(game, paper));
        }
        if (game.type() != MarkovGameType.IPD) {
            for (int i = 1; i <= Math.min(game.agents(), MAX_ACTION_CHARTS); i++) {
                charts.add(receivedPerAction(game, i, paper));
            }
        } else {
            charts.add(receivedPerActionIpd(game, paper));
        }
        charts.add(givenAndReceived(game, paper));
        charts.add(extrinsic(game, paper));
        charts.add(actionFrequencies(game, paper));
        if (preset.method() == LioMethod.IQFLOW) {
            charts.add(maskActivity(game, paper));
            charts.add(metaLoss(paper));
        }
        return charts;
    }

    /** @return RL D3C's "Relative attention": ln(A_ii/A_ij) of each agent's learned row and its last trial's ρ_i */
    static TimeChartView relativeAttention(MarkovGameConfig game, List<PaperReference> paper) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= game.agents(); i++) {
            names.add(LioMetricNames.attention(i));
            names.add(LioMetricNames.trialRho(i));
        }
        return TimeChartView.builder("Relative attention")
                .description("Solid: ln(A_ii / A_ij) of each agent's learned row of the mixing matrix, averaged in log"
                        + " space over j ≠ i: ln 99 ≈ 4.6 at the start (A_ii = 0.99), 0 for the group mean, below 0"
                        + " other-regarding (seed 000 Figs. 7–8). Dashed: ρ_i = ReLU((G_b − G)/τ + ε) of the agent's last"
                        + " finished mixing trial — above 0 its row shifted away from the trial's perturbation, 0 it"
                        + " stayed (Algorithm 1)." + MARKERS)
                .yLabel("ln(A_ii / A_ij), ρ_i").series(names).probability(false)
                .colours((name, index) -> LioPalette.agentCss(TimeCharts.playerOf(name)),
                        name -> names.indexOf(name) % 2 == 1)
                .reference(0, "uniform A = 1/n")
                .paperReferences(paper)
                .build();
    }

    /** @return Coins' "Own coins": the share of each agent's coins that were its own colour (seed 000 Fig. 8) */
    static TimeChartView ownCoins(MarkovGameConfig game, List<PaperReference> paper) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= game.agents(); i++) {
            names.add(LioMetricNames.ownCoins(i));
        }
        return TimeChartView.builder("Own coins")
                .description("The share of the coins each agent picked up in the evaluation's test episodes that were its"
                        + " own colour (seed 000 Fig. 8, \"% own-type coins\"): 0.5 for an agent that takes every coin,"
                        + " 1 for one that leaves the other's coins alone, as the cooperative policy does." + MARKERS)
                .yLabel("share of coins").series(names).probability(true)
                .colours((name, index) -> LioPalette.agentCss(TimeCharts.playerOf(name)), name -> false)
                .reference(0.5, "takes every coin")
                .paperReferences(paper)
                .build();
    }

    /** @return IQ-Flow's "Meta-loss masks": per agent, the share of samples where L^m counts and of dilemmas */
    static TimeChartView maskActivity(MarkovGameConfig game, List<PaperReference> paper) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= game.agents(); i++) {
            names.add(LioMetricNames.maskActive(i));
            names.add(LioMetricNames.estimatedDilemma(i));
        }
        return TimeChartView.builder("Meta-loss masks")
                .description("How often IQ-Flow's masks are on in the meta-step's validation batches, per agent, pooled"
                        + " over the meta-steps since the previous evaluation (digest 004 §2.4). Solid: a_b ≠ a_coop, the"
                        + " incentivised critic's greedy action is not yet the cooperative one, so the meta-loss L^m"
                        + " (Eq. 5) pushes the incentive there. Dashed: a_coop ≠ a_env, an estimated dilemma, where"
                        + " the c₂ cost (Eq. 7) applies; elsewhere c₁ (Eq. 6) pulls incentives towards 0. The solid line"
                        + " falls as the mechanism succeeds; the dashed one stays up in a real dilemma." + MARKERS)
                .yLabel("share of samples").series(names).probability(true)
                .colours((name, index) -> LioPalette.agentCss(TimeCharts.playerOf(name)),
                        name -> names.indexOf(name) % 2 == 1)
                .paperReferences(paper)
                .build();
    }

    /** @return IQ-Flow's "Meta-loss": the mean L of Eq. 8 between evaluations */
    static TimeChartView metaLoss(List<PaperReference> paper) {
        return TimeChartView.builder("Meta-loss")
                .description("IQ-Flow's meta-loss L = L^m + c₁L^cost1 + c₂L^cost2 (seed 004 Eq. 8) on the validation"
                        + " batch before each meta-step, mean over the meta-steps since the previous evaluation; 0"
                        + " before start_train and while the mechanism is off or frozen." + MARKERS)
                .yLabel("meta-loss").series(List.of(LioMetricNames.META_LOSS)).probability(false)
                .colours((name, index) -> "#000000", name -> false)
                .paperReferences(paper)
                .build();
    }

    /** @return "Collective return" with the optimum as a reference line */
    static TimeChartView collectiveReturn(MarkovGameConfig game, List<PaperReference> paper) {
        return collectiveReturn(game, paper, false);
    }

    /**
     * @param designer whether to add the MetaGrad designer's return net of the incentives it paid (thesis 001
     *     §6.3.2 test accounting)
     * @return "Collective return" with the optimum as a reference line
     */
    static TimeChartView collectiveReturn(MarkovGameConfig game, List<PaperReference> paper, boolean designer) {
        double optimum = game.optimalReturn();
        String figure = game.type() == MarkovGameType.TRUST_YOUR_BROTHER
                ? "Its best is both prey running every step, " + DilemmaPalette.number(optimum) + " per "
                        + game.steps() + "-step episode; selfish PG leaves the caught prey at −1 per step (D3C, seed 000"
                        + " Fig. 7)."
                : game.type() == MarkovGameType.COINS
                ? "Coins has no closed-form optimum: the cooperative baseline (A = 1/n) is the best reference; D3C"
                        + " should lie between selfish A2C and it (seed 000 Fig. 8)."
                : game.type() == MarkovGameType.CLEANUP
                ? "Cleanup has no closed-form optimum: the thesis's upper bound is Cen, one centralised learner;"
                        + " LIO approaches it and beats AC, whose agents compete for apples (thesis Fig. 5.6, B.5)."
                : game.type() == MarkovGameType.ESCAPE_ROOM
                ? "Its optimum 10(N − M) − M (one step: M agents pull the lever for −1 each, the others exit for"
                        + " +10) is " + DilemmaPalette.number(optimum) + " for " + game.label()
                        + "; thesis Fig. 5.5a, c (ER(2,1) 9, ER(3,2) 8)."
                : game.type() == MarkovGameType.IPD
                ? "Its optimum is mutual cooperation, −2 per round, " + DilemmaPalette.number(optimum) + " per "
                        + game.steps() + "-round episode; LIO-asym ends near −3 per round (thesis Fig. 5.4)."
                : "Its optimum is mutual cooperation, " + DilemmaPalette.number(optimum / game.steps())
                        + " per round, " + DilemmaPalette.number(optimum) + " per " + game.steps()
                        + "-round episode (IQ-Flow, seed 004 Tables 2–4).";
        TimeChartView.Builder chart = TimeChartView.builder("Collective return")
                .description("Σ_i of the agents' extrinsic returns (incentives cancel out in the sum)." + UNITS + " "
                        + figure + (designer ? " Second line: the MetaGrad designer's return, the collective return "
                                + "minus the incentives it paid (thesis §6.3.2 test accounting; ≈ 26 for ER(5,2), ≈ 40 "
                                + "for ER(10,5))." : "") + MARKERS)
                .yLabel("collective return per episode").series(designer
                        ? List.of(LioMetricNames.COLLECTIVE_RETURN, LioMetricNames.DESIGNER_RETURN)
                        : List.of(LioMetricNames.COLLECTIVE_RETURN))
                .probability(false)
                .colours((name, index) -> index == 0 ? "#000000" : ChartStyle.PALETTE.get(1), name -> false)
                .paperReferences(paper);
        if (Double.isFinite(optimum)) {
            chart.reference(optimum, "optimum " + DilemmaPalette.number(optimum));
        }
        return chart.build();
    }

    /** @return "Designer's incentive per action type": what the designer pays per agent-step of each type */
    static TimeChartView designerPerType(MarkovGameConfig game, List<PaperReference> paper) {
        List<String> names = LioMetricNames.incentiveTypes(game.type()).stream()
                .map(LioMetricNames::designerRate).toList();
        String what = game.type() == MarkovGameType.CLEANUP
                ? " In Cleanup the types are fire (the cleaning beam), collect (an apple) and else; MetaGrad comes to pay"
                        + " for firing so that one agent cleans while the other collects (thesis Fig. 6.2)."
                : " In Escape Room the types are the actions: MetaGrad pays the agents at the lever 1 + ε and the"
                        + " others about nothing (thesis Fig. 6.1d); dual-RL designers do not find this.";
        return TimeChartView.builder("Designer's incentive per action type")
                .description("The incentive designer's mean payment per agent-step of each action type, per step"
                        + " (not per episode), over the ε = 0 test episodes; 0 for a type no agent took." + what
                        + MARKERS)
                .yLabel("designer's incentive per step").series(names).probability(false)
                .colours((name, index) -> ChartStyle.PALETTE.get(index % ChartStyle.PALETTE.size()), name -> false)
                .paperReferences(paper)
                .build();
    }

    /**
     * @return "Incentives received per action" of one agent: Escape Room (lever, start, door) or Cleanup (the six
     *     moves and clean)
     */
    static TimeChartView receivedPerAction(MarkovGameConfig game, int agent, List<PaperReference> paper) {
        List<String> names = receivedPerActionSeries(game, agent);
        boolean room = game.type() == MarkovGameType.ESCAPE_ROOM;
        String what = room
                ? " on the steps it went to the lever, stayed at or returned to the start, or went to the door (colour"
                        + " = the action)." + UNITS + " Mirrors thesis Fig. 5.5b (ER(2,1)) and 5.5d (ER(3,2)): the agent"
                        + " that ends up pulling the lever (the Cooperator) is paid for the lever and hardly for"
                        + " anything else; the Winner's incentives fade to about 0."
                : " on the steps it took each action (colour = the action)." + UNITS + " In Cleanup the Harvester"
                        + " pays the Cleaner for 'clean' (thesis §5.4, Fig. 5.6b, d); a designer pays per action"
                        + " type (fire, collect, else), so its 'clean' payments are the 'fire' type.";
        return TimeChartView.builder("Incentives received per action, agent " + agent)
                .description("Incentives agent " + agent + " received from all others and the designer" + what
                        + MARKERS)
                .yLabel("incentive received per episode").series(names).probability(false)
                .colours((name, index) -> room ? LioPalette.ESCAPE_ACTIONS_CSS.get(names.indexOf(name))
                        : ChartStyle.PALETTE.get(names.indexOf(name) % ChartStyle.PALETTE.size()), name -> false)
                .paperReferences(paper)
                .build();
    }

    /** @return the IPD's "Incentives received per action": each agent's incentives when it played C and D */
    static TimeChartView receivedPerActionIpd(MarkovGameConfig game, List<PaperReference> paper) {
        List<String> names = new ArrayList<>(receivedPerActionSeries(game, 1));
        names.addAll(receivedPerActionSeries(game, 2));
        List<String> defect = List.of(LioMetricNames.receivedFor(1, "D"), LioMetricNames.receivedFor(2, "D"));
        return TimeChartView.builder("Incentives received per action")
                .description("Incentives each agent received from the other in the rounds it cooperated (solid) or"
                        + " defected (dashed)." + UNITS + " With LIO, cooperation is rewarded and defection is"
                        + " not, which makes mutual cooperation stable (thesis §5.4, Fig. 5.4, Prop. 3)." + MARKERS)
                .yLabel("incentive received per episode").series(names).probability(false)
                .colours((name, index) -> LioPalette.agentCss(TimeCharts.playerOf(name)), defect::contains)
                .paperReferences(paper)
                .build();
    }

    /**
     * @param agent 1-based
     * @return the series of the incentives an agent received per action, in the game's action order
     */
    static List<String> receivedPerActionSeries(MarkovGameConfig game, int agent) {
        return LioMetricNames.actions(game.type()).stream().map(a -> LioMetricNames.receivedFor(agent, a)).toList();
    }

    /** @return "Incentives given and received" per agent (given dashed) */
    static TimeChartView givenAndReceived(MarkovGameConfig game, List<PaperReference> paper) {
        List<String> names = givenAndReceivedSeries(game.agents());
        return TimeChartView.builder("Incentives given and received")
                .description("Incentives each agent gave to all others (dashed) and received from all others"
                        + " (solid), in payoff units." + UNITS + " Giving costs the giver α·Σ|r| in its incentive"
                        + " objective only (thesis Eq. 5.5–5.6); compare thesis Fig. 5.5b, d." + MARKERS)
                .yLabel("incentives per episode").series(names).probability(false)
                .colours((name, index) -> LioPalette.agentCss(TimeCharts.playerOf(name)),
                        name -> names.indexOf(name) % 2 == 0)
                .band(name -> game.agents() <= MAX_BANDED_AGENTS)
                .paperReferences(paper)
                .build();
    }

    /** @param agents N @return given 1, received 1, given 2, … */
    static List<String> givenAndReceivedSeries(int agents) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            names.add(LioMetricNames.given(i));
            names.add(LioMetricNames.received(i));
        }
        return names;
    }

    /** @return "Extrinsic return per agent" */
    static TimeChartView extrinsic(MarkovGameConfig game, List<PaperReference> paper) {
        List<String> names = extrinsicSeries(game.agents());
        String note = game.type() == MarkovGameType.ESCAPE_ROOM
                ? " In the Escape Room the Winner gets +10 and each Cooperator −1 once learning has converged"
                        + " (thesis Fig. 5.5)."
                : game.type() == MarkovGameType.CLEANUP
                ? " In Cleanup it is the apples collected (+1 each): under LIO the Harvester collects almost all"
                        + " of them while the Cleaner keeps the river clean (thesis §5.4)."
                : " In the IPD mutual cooperation gives each agent −1 per round (thesis Fig. 5.4).";
        return TimeChartView.builder("Extrinsic return per agent")
                .description("Each agent's return from the game alone, incentives excluded." + UNITS + note + MARKERS)
                .yLabel("extrinsic return per episode").series(names).probability(false)
                .colours((name, index) -> LioPalette.agentCss(TimeCharts.playerOf(name)), name -> false)
                .band(name -> game.agents() <= MAX_BANDED_AGENTS)
                .paperReferences(paper)
                .build();
    }

    /** @param agents N @return return 1, return 2, … */
    static List<String> extrinsicSeries(int agents) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            names.add(LioMetricNames.extrinsic(i));
        }
        return names;
    }

    /** @return "Action frequencies": P(lever) and P(door) per agent (Escape Room) or P(C) per agent (IPD) */
    static TimeChartView actionFrequencies(MarkovGameConfig game, List<PaperReference> paper) {
        boolean room = game.type() == MarkovGameType.ESCAPE_ROOM;
        List<String> names = actionFrequencySeries(game);
        boolean cleanup = game.type() == MarkovGameType.CLEANUP;
        boolean stays = game.type() == MarkovGameType.TRUST_YOUR_BROTHER || game.type() == MarkovGameType.COINS;
        String what = stays
                ? "The fraction of its steps on which each agent stayed put: in Trust-Your-Brother the selfish"
                        + " brother stays and leaves the caught prey to the predator; prey that run together rarely stay."
                : room
                ? "The fraction of its steps on which each agent chose the lever (solid) or the door (dashed): the"
                        + " Cooperator's P(lever) and the Winner's P(door) approach 1 (thesis §5.4, Fig. 5.5)."
                : cleanup
                ? "The fraction of its steps on which each agent fired the cleaning beam: in a division of labour"
                        + " the Cleaner fires often and the Harvester almost never (thesis §5.4, Fig. 5.6)."
                : "The fraction of rounds in which each agent cooperated: LIO reaches mutual cooperation, LIO-asym"
                        + " ends with the PG agent cooperating and LIO defecting (thesis Fig. 5.4).";
        return TimeChartView.builder(ACTION_FREQUENCIES)
                .description(what + " Mean over the ε = 0 test episodes of each evaluation and over seeds (band: ±"
                        + " std over seeds)." + MARKERS)
                .yLabel(room || cleanup || stays ? "fraction of steps" : "P(C)").series(names).probability(true)
                .colours((name, index) -> LioPalette.agentCss(TimeCharts.playerOf(name)),
                        name -> room && names.indexOf(name) % 2 == 1)
                .band(name -> game.agents() <= MAX_BANDED_AGENTS)
                .paperReferences(paper)
                .build();
    }

    /**
     * @return P(lever) i and P(door) i for each agent i (Escape Room), P(clean) i (Cleanup), P(stay) i
     *     (Trust-Your-Brother, Coins), or P(C) i for each agent (IPD), in agent order
     */
    static List<String> actionFrequencySeries(MarkovGameConfig game) {
        boolean room = game.type() == MarkovGameType.ESCAPE_ROOM;
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= game.agents(); i++) {
            if (room) {
                names.add(LioMetricNames.actionRate(i, "lever"));
                names.add(LioMetricNames.actionRate(i, "door"));
            } else if (game.type() == MarkovGameType.CLEANUP) {
                names.add(LioMetricNames.actionRate(i, "clean"));
            } else if (game.type() == MarkovGameType.TRUST_YOUR_BROTHER || game.type() == MarkovGameType.COINS) {
                names.add(LioMetricNames.actionRate(i, "stay"));
            } else {
                names.add(LioMetricNames.actionRate(i, "C"));
            }
        }
        return names;
    }
}
