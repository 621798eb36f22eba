package org.incentivelab.ui.view;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.incentivelab.report.AtomicFiles;

/** Frames a {@link LabView} with its title (tooltip: the view's description) and PNG / CSV export buttons. */
public final class ViewPane extends BorderPane {
    private final LabView view;

    /** @param view the view to frame */
    public ViewPane(LabView view) {
        this.view = view;
        Label title = new Label(view.title());
        title.getStyleClass().add("view-title");
        title.setTooltip(new Tooltip(view.description()));
        Button png = new Button("PNG");
        png.setTooltip(new Tooltip("Save this view as a PNG image"));
        png.setOnAction(e -> choose("png").ifPresent(this::tryPng));
        Button csv = new Button("CSV");
        csv.setTooltip(new Tooltip("Save the data behind this view as CSV"));
        csv.setOnAction(e -> choose("csv").ifPresent(this::tryCsv));
        png.getStyleClass().add("export-button");
        csv.getStyleClass().add("export-button");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, title, spacer, png, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 4, 2, 4));
        bar.getStyleClass().add("view-bar");
        setTop(bar);
        setCenter(view.node());
        getStyleClass().add("view-pane");
        setId("view-" + fileName());
    }

    /** @return the framed view */
    public LabView view() {
        return view;
    }

    /**
     * Writes the view as a PNG image, atomically. Must run on the FX thread.
     *
     * @param file the target
     * @throws IOException if writing fails or ImageIO has no PNG writer for the image (the file is then untouched)
     */
    public void exportPng(Path file) throws IOException {
        WritableImage image = view.node().snapshot(null, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer for this image");
            }
        });
    }

    /**
     * Writes the view's data as CSV, atomically.
     *
     * @param file the target
     * @throws IOException if writing fails
     */
    public void exportCsv(Path file) throws IOException {
        AtomicFiles.writeText(file, view::writeCsv);
    }

    private java.util.Optional<Path> choose(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + view.title());
        chooser.setInitialFileName(fileName() + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " files",
                "*." + extension));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private void tryPng(Path file) {
        try {
            exportPng(file);
        } catch (IOException e) {
            error(file, e);
        }
    }

    private void tryCsv(Path file) {
        try {
            exportCsv(file);
        } catch (IOException e) {
            error(file, e);
        }
    }

    private void error(Path file, IOException e) {
        new Alert(Alert.AlertType.ERROR, "Could not write " + file + ": " + e.getMessage()).showAndWait();
    }

    /** @return the view's title as a file name: lower case, words joined by hyphens */
    public String fileName() {
        return view.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
