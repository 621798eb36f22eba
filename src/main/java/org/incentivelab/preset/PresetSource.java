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

    /**
     * @param fileName a preset's file name
     * @param kind the kind of preset expected
     * @return the validated preset
     * @throws PresetException if there is no such preset, it is invalid, or it is of another kind
     */
    default <P extends Preset> P load(String fileName, Class<P> kind) throws PresetException {
        Preset p = load(fileName);
        if (!kind.isInstance(p)) {
            throw new PresetException(fileName + ": is a '" + p.getClass().getSimpleName() + "'; expected a '"
                    + kind.getSimpleName() + "'");
        }
        return kind.cast(p);
    }

    /** @return the presets shipped with the lab ({@link PresetCatalog}), found wherever the lab runs from */
    static PresetSource builtIn() {
        return PresetCatalog::load;
    }

    /** @param folder a folder of preset files @return presets read from that folder */
    static PresetSource folder(Path folder) {
        return fileName -> PresetLoader.load(folder.resolve(fileName));
    }
}
