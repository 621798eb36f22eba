package org.incentivelab.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incentivelab.preset.Preset;
import org.incentivelab.run.Command;
import org.incentivelab.run.Trainer;

/**
 * The lab's current batch: its preset and the {@link Trainer} running it. Starting a preset replaces the
 * trainer (closing the old one); the UI never touches the runs, only commands and snapshots. FX thread only.
 */
final class LabSession implements AutoCloseable {
    private final ReadOnlyObjectWrapper<Trainer> trainer = new ReadOnlyObjectWrapper<>();
    private double speed = 500;

    /** @return the current trainer (null before the first start) */
    ReadOnlyObjectProperty<Trainer> trainerProperty() {
        return trainer.getReadOnlyProperty();
    }

    /** @return the current trainer */
    Trainer trainer() {
        return trainer.get();
    }

    /** @return the current preset */
    Preset preset() {
        return trainer.get().preset();
    }

    /**
     * Replaces the batch by a fresh one of {@code preset}.
     *
     * @param preset a validated preset
     * @param run whether the new batch starts running
     */
    void start(Preset preset, boolean run) {
        Trainer old = trainer.get();
        if (old != null) {
            old.close();
        }
        Trainer t = new Trainer(preset);
        t.setSpeed(speed);
        t.setRunning(run);
        trainer.set(t);
    }

    /** @param episodesPerSecond the speed for this and later batches; infinity for as fast as possible */
    void setSpeed(double episodesPerSecond) {
        speed = episodesPerSecond;
        trainer.get().setSpeed(episodesPerSecond);
    }

    /** @param command sent to the running batch */
    void submit(Command command) {
        trainer.get().submit(command);
    }

    @Override
    public void close() {
        if (trainer.get() != null) {
            trainer.get().close();
        }
    }
}
