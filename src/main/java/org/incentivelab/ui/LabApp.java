package org.incentivelab.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The lab window (being written). */
public final class LabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.show();
    }

    /** @param args JavaFX arguments */
    public static void main(String[] args) {
        launch(LabApp.class, args);
    }
}
