package org.incentivelab.report;

import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/** The three 2×2 games of thesis 003 Table 4.1 (R = 3, P = 1) and their presets {@code amd-<stem>-*.json}. */
enum AmdGame {
    /** Prisoner's Dilemma, greed 1, fear 1. */
    PD("PD", "pd"),
    /** Chicken, greed 0.5, fear −1. */
    CHICKEN("Chicken", "chicken"),
    /** Stag Hunt, greed −1, fear 1. */
    STAG_HUNT("Stag Hunt", "stag-hunt");

    private final String label;
    private final String stem;

    AmdGame(String label, String stem) {
        this.label = label;
        this.stem = stem;
    }

    /** @return the column name in the tables: "PD", "Chicken" or "Stag Hunt" */
    String label() {
        return label;
    }

    /**
     * @param presets where presets are read from
     * @param variant the file's last part, e.g. "planner" for {@code amd-pd-planner.json}
     * @return the loaded preset
     * @throws PresetException if the file is missing or invalid
     */
    PlannerPreset preset(PresetSource presets, String variant) throws PresetException {
        return presets.load("amd-" + stem + "-" + variant + ".json", PlannerPreset.class);
    }
}
