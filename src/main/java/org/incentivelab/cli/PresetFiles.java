package org.incentivelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetCatalog;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;

/**
 * Resolves a PRESET argument: a path to a JSON file, or a bare name meaning {@code presets/NAME.json} in the
 * working directory if that file exists, else the built-in preset of that name (so the jar works anywhere).
 */
final class PresetFiles {
    /** The presets folder, relative to the working directory. */
    static final Path DIR = Path.of("presets");

    private PresetFiles() {
    }

    /**
     * @param argument a path (existing file, or containing a separator or ending in .json) or a bare name
     * @return the preset file (which may not exist; loading then names it)
     */
    static Path resolve(String argument) {
        Path path = Path.of(argument);
        boolean bareName = !argument.endsWith(".json") && path.getNameCount() == 1 && !Files.isRegularFile(path);
        return bareName ? DIR.resolve(argument + ".json") : path;
    }

    /**
     * @param file a file from {@link #resolve}
     * @return the preset: the file if it exists or was named as a path, else the built-in preset of that name
     * @throws PresetException if it cannot be read or is invalid
     */
    static Preset load(Path file) throws PresetException {
        boolean builtIn = !Files.isRegularFile(file) && file.getParent() != null && file.getParent().equals(DIR);
        return builtIn ? PresetCatalog.load(file.getFileName().toString()) : PresetLoader.load(file);
    }


    /** @param file a preset file @return its name without ".json", e.g. "amd-pd-planner" */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
