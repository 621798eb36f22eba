package org.incentivelab.run;

import java.util.List;
import java.util.Optional;
import org.incentivelab.preset.LioPreset;

/** Placeholder while the LIO engine is written. */
public final class LioExperiment implements LabRun {
    private final LioPreset preset;
    private final Metrics metrics = new Metrics(List.of("x"));

    public LioExperiment(LioPreset preset, long seed) {
        this.preset = preset;
    }

    @Override public LioPreset preset() { return preset; }
    @Override public long episode() { return 0; }
    @Override public void run(long count) { }
    @Override public Optional<String> failure() { return Optional.empty(); }
    @Override public Metrics metrics() { return metrics; }
    @Override public String mechanism() { return "incentives"; }
    @Override public boolean mechanismSwitch() { return true; }
    @Override public void setMechanismSwitch(boolean on) { }
    @Override public Integer turnOffAtEpisode() { return null; }
    @Override public void setTurnOffAtEpisode(Integer e) { }
    @Override public RunState state() { return null; }
    public static java.util.List<String> seriesNames(org.incentivelab.env.MarkovGameConfig e) { return List.of("x"); }
    void setMaxReward(double v) { }
    void setCostWeight(double v) { }
}
