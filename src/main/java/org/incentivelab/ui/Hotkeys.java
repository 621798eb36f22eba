package org.incentivelab.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The lab's one hotkey registry: Space run/pause, → step, P planner switch, Ctrl+R reset. Keys typed into a
 * text field stay with the field; a click anywhere outside the focused field takes the focus from it, so the
 * hotkeys work again without hunting for a button.
 */
final class Hotkeys {
    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

    Hotkeys bind(String combination, Runnable action) {
        actions.put(KeyCombination.valueOf(combination), action);
        return this;
    }

    void install(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl field
                    && !(e.getTarget() instanceof Node target && inside(target, field))) {
                scene.getRoot().requestFocus();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            for (Map.Entry<KeyCombination, Runnable> entry : actions.entrySet()) {
                if (entry.getKey().match(e)) {
                    entry.getValue().run();
                    e.consume();
                    return;
                }
            }
        });
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
