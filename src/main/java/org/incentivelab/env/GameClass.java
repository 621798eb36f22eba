package org.incentivelab.env;

/**
 * The class of a symmetric 2×2 game by the social-dilemma conditions of Macy &amp; Flache as used in
 * thesis 003 §3.1.2 and the caption of Table 3.2.
 */
public enum GameClass {
    /** Greed and fear both positive (conditions 1–4 hold). */
    PRISONERS_DILEMMA("Prisoner's Dilemma"),
    /** Greed only: greed &gt; 0 and fear ≤ 0. */
    CHICKEN("Chicken"),
    /** Fear only: fear &gt; 0 and greed ≤ 0. */
    STAG_HUNT("Stag Hunt"),
    /** Conditions 1–3 hold but neither greed nor fear: mutual cooperation is what everyone wants. */
    NO_DILEMMA("no dilemma"),
    /** One of conditions 1–3 fails: (C,C) is not the collectively best outcome, so not a social dilemma. */
    INVALID("not a social dilemma");

    private final String label;

    GameClass(String label) {
        this.label = label;
    }

    /** @return the name shown in the lab */
    public String label() {
        return label;
    }
}
