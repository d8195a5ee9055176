package se.samtalsledaren.ui.session;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import se.samtalsledaren.ui.UiText;

/** The session window's keys, shown over the window (F1); any key or click closes it. */
final class ShortcutOverlay {
    /** Key label and the bundle key of what it does, in the order shown. */
    private static final String[][] KEYS = {
            {"F5", "shortcut.pause"},
            {"Ctrl+PgDn / Ctrl+PgUp", "shortcut.nextPrevious"},
            {"Ctrl+1 … Ctrl+9", "shortcut.hand"},
            {"F6", "shortcut.speak"},
            {"F7", "shortcut.handOver"},
            {"F8", "shortcut.suggested"},
            {"F9", "shortcut.round"},
            {"Ctrl+M", "shortcut.mute"},
            {"Alt+↑ / Alt+↓", "shortcut.move"},
            {"Delete", "shortcut.delete"},
            {"Enter", "shortcut.enter"},
            {"Ctrl+Shift+P", "shortcut.projector"},
            {"Ctrl+Shift+R", "shortcut.room"},
            {"Ctrl+S / Ctrl+Shift+S", "shortcut.save"},
            {"F1", "shortcut.help"},
    };

    private final Popup popup = new Popup();

    ShortcutOverlay(UiText text) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add("shortcut-key");
            Label what = new Label(text.get(KEYS[i][1]));
            what.setWrapText(true);
            what.setMaxWidth(420);
            grid.addRow(i, key, what);
        }
        Label heading = new Label(text.get("session.shortcuts"));
        heading.getStyleClass().add("section-heading");
        Label hint = new Label(text.get("shortcut.close"));
        hint.getStyleClass().add("timer-caption");
        VBox box = new VBox(12, heading, grid, hint);
        box.setId("shortcutOverlay");
        box.getStyleClass().add("shortcut-overlay");
        box.setPadding(new Insets(20));
        popup.getContent().add(box);
        popup.setAutoHide(true);
        box.setOnMouseClicked(e -> popup.hide());
        box.setOnKeyPressed(e -> {
            if (e.getCode() != KeyCode.SHIFT && e.getCode() != KeyCode.CONTROL) {
                popup.hide();
                e.consume();
            }
        });
    }

    void toggle(Window owner) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        popup.show(owner);
        popup.setX(owner.getX() + (owner.getWidth() - popup.getWidth()) / 2);
        popup.setY(owner.getY() + (owner.getHeight() - popup.getHeight()) / 2);
    }

    boolean isShowing() {
        return popup.isShowing();
    }
}
