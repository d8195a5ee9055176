package se.samtalsledaren.ui.compare;

import java.util.Map;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.WindowSizes;
import se.samtalsledaren.ui.projector.ProjectorWindow;

/**
 * The plenary view's window: full screen on a second screen when there is one (as the session's
 * projector view), otherwise a normal window; closed with the comparison window.
 */
final class PlenaryWindow {
    private final UiText text;
    private final String stylesheet;
    private final WindowSizes sizes;
    private Stage stage;

    /** @param sizes the window's size when it is not full screen, remembered */
    PlenaryWindow(UiText text, String stylesheet, WindowSizes sizes) {
        this.text = text;
        this.stylesheet = stylesheet;
        this.sizes = sizes;
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
        ProjectorWindow.showForTheRoom(stage, root, stylesheet, owner, text.get("plenary.exitHint"),
                s -> sizes.show(s, WindowSizes.PLENARY));
        owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stage.close());
        return stage;
    }
}
