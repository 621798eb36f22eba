package org.incentivelab.ui.view;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours of the LIO views, shared by the Escape Room diagram and the LIO time charts so that an action has
 * one colour everywhere: the lever green (the cooperative act), the start grey, the door brown-orange; the bars
 * of the Escape Room view dark grey (extrinsic return), light green (incentives received) and light orange
 * (incentives given). Agents take {@link ChartStyle#PALETTE} by index.
 */
final class LioPalette {
    /** CSS colours of the Escape Room actions lever, start, door, indexed like {@code EscapeRoom.LEVER} etc. */
    static final List<String> ESCAPE_ACTIONS_CSS = List.of("#1a9850", "#878787", "#b35806");
    /** Extrinsic return bar. */
    static final Color EXTRINSIC = Color.web("#4d4d4d");
    /** Incentives received bar. */
    static final Color RECEIVED = Color.web("#66bd63");
    /** Incentives given bar. */
    static final Color GIVEN = Color.web("#fdae61");

    private static final Color[] ACTIONS = ESCAPE_ACTIONS_CSS.stream().map(Color::web).toArray(Color[]::new);
    private static final Color[] AGENTS = ChartStyle.PALETTE.stream().map(Color::web).toArray(Color[]::new);

    private LioPalette() {
    }

    /** @param action 0 lever, 1 start, 2 door @return its colour */
    static Color action(int action) {
        return ACTIONS[action];
    }

    /** @param agent 0-based @return its colour, {@link ChartStyle#PALETTE} by index */
    static Color agent(int agent) {
        return AGENTS[agent % AGENTS.length];
    }

    /** @param agent 1-based @return its CSS colour, {@link ChartStyle#PALETTE} by index */
    static String agentCss(int agent) {
        return ChartStyle.PALETTE.get((agent - 1) % ChartStyle.PALETTE.size());
    }
}
