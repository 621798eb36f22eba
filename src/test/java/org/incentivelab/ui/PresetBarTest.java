package org.incentivelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.incentivelab.preset.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preset a command line names: a built-in preset's file name or a preset file's path. */
@ExtendWith(ApplicationExtension.class)
class PresetBarTest {
    private final List<Preset> loaded = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private PresetBar bar;

    @Start
    void start(Stage stage) {
        bar = new PresetBar(List.of("amd-pd-planner.json", "iqflow-cleanup-7x7.json"), loaded::add, errors::add,
                () -> null);
        stage.setScene(new Scene(bar, 400, 300));
        stage.show();
    }

    @Test
    void shouldOpenABuiltInPresetByNameAndAPresetFileByPath(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> bar.open("iqflow-cleanup-7x7.json"));
        assertEquals("IQ-Flow — Cleanup 7×7", loaded.get(0).name());
        Path file = presetFile(dir);
        robot.interact(() -> bar.open(file.toString()));
        assertTrue(loaded.get(1).name().startsWith("Mine: "), loaded.get(1).name());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void shouldListAnOpenedPresetFileInThePickerAndReloadItFromThere(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = presetFile(dir);
        robot.interact(() -> bar.open(file.toString()));
        robot.interact(() -> bar.open(file.toString())); // the same file twice: listed once
        ComboBox<String> picker = robot.lookup("#preset-picker").queryComboBox();
        assertEquals(3, picker.getItems().size(), picker.getItems().toString());
        WaitForAsyncUtils.waitForFxEvents();
        Labeled shown = picker.getButtonCell();
        assertTrue(shown.getText().startsWith("Mine: ") && shown.getText().endsWith("(mine.json)"), shown.getText());
        robot.interact(() -> picker.setValue(picker.getItems().get(0)));
        Files.writeString(file, Files.readString(file).replace("\"name\": \"Mine: ", "\"name\": \"Edited: "));
        robot.interact(() -> picker.setValue(picker.getItems().get(2)));
        assertEquals(4, loaded.size());
        assertTrue(loaded.get(3).name().startsWith("Edited: "), loaded.get(3).name()); // read from its path again
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void shouldReportWhyAPresetFileDoesNotOpen(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"kind\": \"lio\"}");
        robot.interact(() -> bar.open(file.toString()));
        robot.interact(() -> bar.open("no-such-preset.json"));
        assertTrue(loaded.isEmpty());
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("broken.json"), errors.get(0));
        assertTrue(errors.get(1).contains("no-such-preset.json"), errors.get(1));
    }

    /** @return a copy of a built-in preset, renamed "Mine: …", at {@code dir/mine.json} */
    private static Path presetFile(Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, Files.readString(Path.of("presets", "amd-pd-planner.json"))
                .replace("\"name\": \"", "\"name\": \"Mine: "));
        return file;
    }
}
