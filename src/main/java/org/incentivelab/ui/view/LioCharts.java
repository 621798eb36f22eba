package org.incentivelab.ui.view;

import java.util.List;
import org.incentivelab.preset.LioPreset;

/** Placeholder. */
public final class LioCharts {
    private LioCharts() {
    }

    public static List<LabView> standard(LioPreset preset) {
        return List.of();
    }
}
