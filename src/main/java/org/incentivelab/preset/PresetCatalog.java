package org.incentivelab.preset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The presets shipped with the lab: the JSON files of the repository's {@code presets/} folder, which the
 * build copies onto the class path under {@code /presets/}, so the same list is found when running from the
 * source tree and from {@code incentive-lab.jar}.
 */
public final class PresetCatalog {
    private static final String FOLDER = "presets/";

    private PresetCatalog() {
    }

    /**
     * @return the file names ({@code amd-pd-planner.json} …) of the built-in presets, sorted
     * @throws IOException if the class path cannot be listed
     */
    public static List<String> names() throws IOException {
        Path location;
        try {
            location = Path.of(PresetCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the class path", e);
        }
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            Path folder = location.resolve(FOLDER);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).forEach(names::add);
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String entry = e.nextElement().getName();
                    if (entry.startsWith(FOLDER) && entry.endsWith(".json") && entry.indexOf('/', FOLDER.length()) < 0) {
                        names.add(entry.substring(FOLDER.length()));
                    }
                }
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * @param fileName a name from {@link #names()}, such as {@code amd-pd-planner.json}
     * @return the validated preset
     * @throws PresetException if there is no such built-in preset or it is invalid
     */
    public static Preset load(String fileName) throws PresetException {
        try (InputStream in = PresetCatalog.class.getResourceAsStream("/" + FOLDER + fileName)) {
            if (in == null) {
                throw new PresetException(FOLDER + fileName + ": no such built-in preset; built-in presets: "
                        + String.join(", ", names()));
            }
            return PresetLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FOLDER + fileName);
        } catch (IOException e) {
            throw new PresetException(FOLDER + fileName + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
