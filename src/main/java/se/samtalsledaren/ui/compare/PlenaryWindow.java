package se.samtalsledaren.ui.compare;

import java.util.Map;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.projector.ProjectorWindow;

/**
 * The plenary view's window: full screen on a second screen when there is one (as the session's
 * projector view), otherwise a normal window; closed with the comparison window.
 */
final class PlenaryWindow {
    private final UiText text;
    private final String stylesheet;
    private Stage stage;

    PlenaryWindow(UiText text, String stylesheet) {
        this.text = text;
        this.stylesheet = stylesheet;
    }

    /** Opens the view on {@code vm} (or brings it forward when open). */
    Stage open(PlenaryViewModel vm, String caseLabel, Window owner) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return stage;
        }
        Parent root = new ViewLoader(text.bundle(), Map.of(PlenaryController.class, () -> new PlenaryController(vm, text)))
                .load("compare/Plenary.fxml");
        stage = new Stage();
        stage.setTitle(text.get("plenary.title", caseLabel));
        stage.getProperties().put(PlenaryViewModel.class, vm);
        ProjectorWindow.showForTheRoom(stage, root, stylesheet, owner, 1280, 800, text.get("plenary.exitHint"));
        owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stage.close());
        return stage;
    }
}
