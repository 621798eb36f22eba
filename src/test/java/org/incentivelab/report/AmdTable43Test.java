package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

class AmdTable43Test {
    static final PresetSource PRESETS = PresetSource.folder(Path.of("presets"));

    @Test
    void shouldDeriveTheSameRunsAsThePdVariantPresets() throws PresetException {
        Preset exact = PRESETS.load("amd-pd-planner.json");
        assertSameRun(PRESETS.load("amd-pd-revenue-neutral.json"),
                AmdTable43.revenueNeutral(exact));
        assertSameRun(PRESETS.load("amd-pd-estimated.json"), AmdTable43.estimated(exact));
    }

    @Test
    void shouldProduceDerivedPresetsThatPassValidation() throws PresetException {
        Preset exact = PRESETS.load("amd-stag-hunt-planner.json");
        for (Preset derived : new Preset[] {AmdTable43.revenueNeutral(exact), AmdTable43.estimated(exact)}) {
            assertEquals(derived, PresetLoader.parse(PresetLoader.toJson(derived), derived.name()));
        }
    }

    private static void assertSameRun(Preset file, Preset derived) {
        assertEquals(file.game(), derived.game());
        assertEquals(file.learners(), derived.learners());
        assertEquals(file.planner(), derived.planner());
        assertEquals(file.episodes(), derived.episodes());
        assertEquals(file.seeds(), derived.seeds());
        assertEquals(file.seed(), derived.seed());
    }
}
