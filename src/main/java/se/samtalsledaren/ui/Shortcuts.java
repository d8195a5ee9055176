package se.samtalsledaren.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Window-wide keys that work wherever the focus is. Unlike scene accelerators, which only run
 * when the focused control did not use the key (a list consumes Ctrl+PageDown, a scroll pane
 * PageDown), these are matched in an event filter before any control sees the key.
 */
public final class Shortcuts {
    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();

    private Shortcuts() {}

    /** The shortcuts of {@code scene}, installed on first use. */
    public static Shortcuts of(Scene scene) {
        Object existing = scene.getProperties().get(Shortcuts.class);
        if (existing instanceof Shortcuts s) {
            return s;
        }
        Shortcuts s = new Shortcuts();
        scene.getProperties().put(Shortcuts.class, s);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Map.Entry<KeyCombination, Runnable> k : s.keys.entrySet()) {
                if (k.getKey().match(e)) {
                    e.consume();
                    k.getValue().run();
                    return;
                }
            }
        });
        return s;
    }

    public Shortcuts put(KeyCombination key, Runnable action) {
        keys.put(key, action);
        return this;
    }
}
