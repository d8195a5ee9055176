package se.samtalsledaren.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The app's error message box, the same wherever something goes wrong. */
public final class Alerts {
    private Alerts() {}

    /** Shows {@code message} under the "error" heading, owned by {@code owner} when it is showing. */
    public static void error(UiText text, Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(text.get("error.title"));
        alert.setHeaderText(text.get("error.title"));
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
