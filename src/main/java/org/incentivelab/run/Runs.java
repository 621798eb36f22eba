package org.incentivelab.run;

import org.incentivelab.preset.D3cPreset;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.Preset;

/** Builds the run of a preset of any kind. */
public final class Runs {
    private Runs() {
    }

    /**
     * @param preset a validated preset
     * @param seed the run's master seed
     * @return a fresh run at episode 0
     */
    public static LabRun create(Preset preset, long seed) {
        if (preset instanceof PlannerPreset p) {
            return new Experiment(p, seed);
        }
        if (preset instanceof D3cPreset d) {
            return new D3cExperiment(d, seed);
        }
        return new LioExperiment((LioPreset) preset, seed);
    }
}
