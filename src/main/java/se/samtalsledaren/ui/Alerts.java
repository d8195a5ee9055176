package se.samtalsledaren.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The app's error message box, the same wherever something goes wrong. */
public final class Alerts {
    /** A message longer than this (or of more lines) is shown in a scrolling text area. */
    static final int LONG_CHARS = 400;
    static final int LONG_LINES = 6;

    private Alerts() {}

    /**
     * Shows {@code message} under the "error" heading, owned by {@code owner} when it is showing.
     * The whole message is always readable: the box grows with a short one, and a long one (many
     * problems, a long path) scrolls in a text area that can be selected and copied, so the box
     * never outgrows the screen and hides its own button.
     */
    public static void error(UiText text, Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(text.get("error.title"));
        alert.setHeaderText(text.get("error.title"));
        if (message.length() > LONG_CHARS || message.lines().count() > LONG_LINES) {
            TextArea area = new TextArea(message);
            area.setId("errorDetails");
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefColumnCount(60);
            area.setPrefRowCount(12);
            alert.getDialogPane().setContent(area);
            alert.setResizable(true);
        } else {
            alert.setContentText(message);
        }
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    /**
     * What went wrong, for a person: the JVM running out of memory is said as such (its own
     * message is only "Java heap space"), anything else by its message.
     */
    public static String describe(UiText text, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return text.get("error.outOfMemory", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        return String.valueOf(e.getMessage());
    }
}
