package org.incentivelab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetCatalog;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.report.AtomicFiles;
import org.incentivelab.report.SessionFile;
import org.incentivelab.run.Session;

/**
 * The preset picker (built-in presets by name, then the preset files opened in this window, each shown as its
 * preset's name and file name), open and save buttons for preset files, a button that saves the running session
 * (preset, episodes, commands) for replay with {@code run --session}, and the shown preset's source and expected
 * result.
 */
final class PresetBar extends VBox {
    private final ComboBox<String> picker = new ComboBox<>();
    private final Label source = new Label();
    private final Label expect = new Label();
    private final Consumer<Preset> onLoad;
    private final Consumer<String> onError;
    private final Map<String, String> names = new HashMap<>(); // picker item → display name
    private final Map<String, Path> files = new HashMap<>(); // picker item of an opened file → its path
    private Preset shown;
    private boolean selecting;

    PresetBar(List<String> builtIn, Consumer<Preset> onLoad, Consumer<String> onError, Supplier<Session> session) {
        this.onLoad = onLoad;
        this.onError = onError;
        for (String fileName : builtIn) {
            names.put(fileName, displayName(fileName));
        }
        setSpacing(6);
        setPadding(new Insets(8));
        picker.setId("preset-picker");
        picker.getItems().setAll(builtIn);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setTooltip(new Tooltip("Built-in presets: each reproduces a table or figure of a paper"));
        picker.setCellFactory(l -> new NameCell());
        picker.setButtonCell(new NameCell());
        picker.valueProperty().addListener((o, before, after) -> {
            if (after != null && !after.equals(before) && !selecting) {
                load(after);
            }
        });
        Button open = new Button("Open…");
        open.setTooltip(new Tooltip("Load a preset JSON file"));
        open.setOnAction(e -> openFile());
        Button save = new Button("Save…");
        save.setTooltip(new Tooltip("Save the current parameters as a preset JSON file"));
        save.setOnAction(e -> saveFile());
        Button saveSession = new Button("Save session…");
        saveSession.setTooltip(new Tooltip("Save the preset, the episodes run and every command (planner switch, "
                + "overrides, N_off) so that 'run --session FILE' replays this batch bit for bit"));
        saveSession.setOnAction(e -> saveSession(session.get()));
        source.setWrapText(true);
        expect.setWrapText(true);
        source.getStyleClass().add("preset-source");
        expect.getStyleClass().add("preset-expect");
        expect.setId("preset-expect");
        getChildren().addAll(new Label("Preset"), picker, new HBox(6, open, save, saveSession), source, expect);
    }

    /** Selects a built-in preset by file name and loads it. */
    void select(String fileName) {
        pick(fileName);
        load(fileName);
    }

    /** Shows an item in the picker without loading it. */
    private void pick(String item) {
        selecting = true;
        picker.setValue(item);
        selecting = false;
    }

    /**
     * Opens the preset a command line names: the preset JSON file at that path if there is one, else the built-in
     * preset of that file name. A failure goes to the error handler.
     */
    void open(String nameOrPath) {
        Path file = Path.of(nameOrPath);
        if (Files.isRegularFile(file)) {
            loadFile(file);
        } else {
            select(nameOrPath);
        }
    }

    /** Shows the source and expected result of the preset now running. */
    void show(Preset preset) {
        shown = preset;
        source.setText("Source: " + preset.source());
        expect.setText("Expect: " + preset.expect());
    }

    /** @return the built-in preset's name, or the file name marked "(invalid)" if it does not load */
    private static String displayName(String fileName) {
        try {
            return PresetCatalog.load(fileName).name();
        } catch (PresetException e) {
            return fileName + " (invalid)";
        }
    }

    /** Loads a picker item: an opened preset file again, or a built-in preset. */
    private void load(String item) {
        Path file = files.get(item);
        deliver(() -> file != null ? PresetLoader.load(file) : PresetCatalog.load(item));
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Preset JSON", "*.json"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            loadFile(f.toPath());
        }
    }

    /** Loads a preset file and, if it loads, lists it in the picker (once per path) and selects it there. */
    private void loadFile(Path file) {
        Preset preset = deliver(() -> PresetLoader.load(file));
        if (preset != null) {
            Path absolute = file.toAbsolutePath().normalize();
            String item = absolute.toString();
            names.put(item, preset.name() + " (" + file.getFileName() + ")");
            if (files.put(item, absolute) == null) {
                picker.getItems().add(item);
            }
            pick(item);
        }
    }

    /**
     * Hands a loaded preset to the load handler, or why it did not load to the error handler.
     *
     * @return the preset, or null if it did not load
     */
    private Preset deliver(PresetRead read) {
        try {
            Preset preset = read.get();
            onLoad.accept(preset);
            return preset;
        } catch (PresetException e) {
            onError.accept(e.getMessage());
            return null;
        }
    }

    /** Reads a preset from somewhere. */
    @FunctionalInterface
    private interface PresetRead {
        Preset get() throws PresetException;
    }

    private void saveFile() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("preset.json");
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null && shown != null) {
            try {
                AtomicFiles.writeText(f.toPath(), w -> w.write(PresetLoader.toJson(shown)));
            } catch (IOException e) {
                onError.accept("Could not write " + f + ": " + e.getMessage());
            }
        }
    }

    private void saveSession(Session current) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("session.json");
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                SessionFile.write(f.toPath(), current);
            } catch (IOException e) {
                onError.accept("Could not write " + f + ": " + e.getMessage());
            }
        }
    }

    /** Shows a picker item by its preset's name (read once, not on every update) rather than its file name. */
    private final class NameCell extends ListCell<String> {
        @Override
        protected void updateItem(String fileName, boolean empty) {
            super.updateItem(fileName, empty);
            setText(empty || fileName == null ? null : names.computeIfAbsent(fileName, PresetBar::displayName));
        }
    }
}
