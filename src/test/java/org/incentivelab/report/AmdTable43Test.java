package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

class AmdTable43Test {
    static final Path PRESETS = Path.of("presets");

    @Test
    void shouldDeriveTheSameRunsAsThePdVariantPresets() throws PresetException {
        Preset exact = PresetLoader.load(PRESETS.resolve("amd-pd-planner.json"));
        assertSameRun(PresetLoader.load(PRESETS.resolve("amd-pd-revenue-neutral.json")),
                AmdTable43.revenueNeutral(exact));
        assertSameRun(PresetLoader.load(PRESETS.resolve("amd-pd-estimated.json")), AmdTable43.estimated(exact));
    }

    @Test
    void shouldProduceDerivedPresetsThatPassValidation() throws PresetException {
        Preset exact = PresetLoader.load(PRESETS.resolve("amd-stag-hunt-planner.json"));
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
