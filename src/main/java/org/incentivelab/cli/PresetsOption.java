package org.incentivelab.cli;

import java.nio.file.Path;
import org.incentivelab.preset.PresetSource;
import picocli.CommandLine.Option;

/** The {@code --presets DIR} option shared by the commands that read the lab's presets by name. */
final class PresetsOption {
    @Option(names = "--presets", paramLabel = "DIR",
            description = "read presets from this folder (default: the built-in ones)")
    Path folder;

    /** @return the folder's presets, or the built-in ones when no folder was given */
    PresetSource source() {
        return folder == null ? PresetSource.builtIn() : PresetSource.folder(folder);
    }
}
