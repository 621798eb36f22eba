package org.incentivelab.preset;

import java.nio.file.Path;

/** Where presets are found by file name ({@code amd-pd-planner.json}): the lab's built-in ones or a folder. */
@FunctionalInterface
public interface PresetSource {
    /**
     * @param fileName a preset's file name
     * @return the validated preset
     * @throws PresetException if there is no such preset or it is invalid
     */
    Preset load(String fileName) throws PresetException;

    /** @return the presets shipped with the lab ({@link PresetCatalog}), found wherever the lab runs from */
    static PresetSource builtIn() {
        return PresetCatalog::load;
    }

    /** @param folder a folder of preset files @return presets read from that folder */
    static PresetSource folder(Path folder) {
        return fileName -> PresetLoader.load(folder.resolve(fileName));
    }
}
