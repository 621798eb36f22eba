package org.incentivelab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PresetCatalogTest {
    @Test
    void shouldListExactlyThePresetsOfThePresetsFolder() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("presets"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertEquals(files, PresetCatalog.names());
        assertTrue(files.contains("amd-pd-planner.json"));
    }

    @Test
    void shouldLoadTheSameBuiltInPresetAsTheFile() throws Exception {
        for (String name : PresetCatalog.names()) {
            assertEquals(PresetLoader.load(Path.of("presets", name)), PresetSource.builtIn().load(name), name);
        }
    }

    @Test
    void shouldNameAMissingBuiltInPreset() {
        PresetException e = assertThrows(PresetException.class, () -> PresetCatalog.load("nope.json"));
        assertTrue(e.getMessage().contains("nope.json") && e.getMessage().contains("no such built-in preset"),
                e.getMessage());
    }
}
