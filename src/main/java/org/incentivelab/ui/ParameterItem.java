package org.incentivelab.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetException;

/**
 * One preset parameter in the {@link ParameterSheet}: read from the shown preset; an edit derives a new,
 * validated preset and hands it on (the lab then restarts the batch), or reports why the value is refused.
 *
 * @param <T> the parameter's type (Double, Integer, Boolean or an enum)
 */
final class ParameterItem<T> implements PropertySheet.Item {
    /** Derives the edited preset. */
    @FunctionalInterface
    interface Edit<T> {
        Preset apply(Preset preset, T value) throws PresetException;
    }

    private final String category;
    private final String name;
    private final String description;
    private final Class<T> type;
    private final Preset preset;
    private final Function<Preset, T> getter;
    private final Edit<T> edit;
    private final Consumer<Preset> onChange;
    private final Consumer<String> onError;

    ParameterItem(String category, String name, String description, Class<T> type, Preset preset,
            Function<Preset, T> getter, Edit<T> edit, Consumer<Preset> onChange, Consumer<String> onError) {
        this.category = category;
        this.name = name;
        this.description = description;
        this.type = type;
        this.preset = preset;
        this.getter = getter;
        this.edit = edit;
        this.onChange = onChange;
        this.onError = onError;
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return getter.apply(preset);
    }

    @Override
    public void setValue(Object value) {
        if (value == null || value.equals(getValue())) {
            return;
        }
        try {
            onChange.accept(edit.apply(preset, type.cast(value)));
        } catch (PresetException e) {
            onError.accept(e.getMessage());
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
