package se.samtalsledaren.ui.session;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import se.samtalsledaren.ui.UiText;

/**
 * The question asked before a move that skips the analysis (step 3 or later while step 1 has no
 * notes: the report's "common error"). The step rail, the timer panel's "next" and Ctrl+PageDown ask it.
 */
public final class SkipAnalysisQuestion {
    private SkipAnalysisQuestion() {}

    /** Asks over the window that shows {@code node}; true when the facilitator answers yes. */
    public static BooleanSupplier over(Node node, UiText text) {
        return () -> {
            ButtonType yes = new ButtonType(text.get("dialog.yes"), ButtonBar.ButtonData.YES);
            ButtonType no = new ButtonType(text.get("dialog.no"), ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("session.confirm.skipAnalysis.body"), yes, no);
            alert.setTitle(text.get("session.confirm.skipAnalysis.title"));
            alert.setHeaderText(text.get("session.confirm.skipAnalysis.title"));
            alert.initOwner(node.getScene().getWindow());
            return alert.showAndWait().filter(b -> b == yes).isPresent();
        };
    }
}
