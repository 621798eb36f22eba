package org.incentivelab.ui;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/**
 * A number editor for the {@link ParameterSheet} that commits on Enter or when it loses focus, not on every
 * keystroke: each commit restarts the runs, so typing "0.75" must not first apply "0" and "0.7". Text that is
 * not a number is reverted to the current value.
 */
final class NumberEditor extends AbstractPropertyEditor<Object, TextField> {
    private SimpleObjectProperty<Object> committed; // created lazily: the super constructor already asks for it

    NumberEditor(PropertySheet.Item item) {
        super(item, new TextField());
        TextField field = getEditor();
        field.setTooltip(new Tooltip("Type a number and press Enter"));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
    }

    @Override
    protected ObservableValue<Object> getObservableValue() {
        if (committed == null) {
            committed = new SimpleObjectProperty<>();
        }
        return committed;
    }

    @Override
    public void setValue(Object value) {
        getObservableValue();
        committed.set(value);
        getEditor().setText(String.valueOf(value));
    }

    private void commit() {
        String text = getEditor().getText().trim();
        try {
            Object value = getProperty().getType() == Integer.class ? (Object) Integer.valueOf(text)
                    : (Object) Double.valueOf(text);
            committed.set(value);
        } catch (NumberFormatException e) {
            getEditor().setText(String.valueOf(committed.get()));
        }
    }
}
