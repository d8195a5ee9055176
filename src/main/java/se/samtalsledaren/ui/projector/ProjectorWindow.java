package se.samtalsledaren.ui.projector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;

/**
 * The projector window of one session: on a second screen, full screen, when there is one;
 * otherwise a normal window. Toggled from the session window and closed with it.
 */
public final class ProjectorWindow {
    private final Supplier<ProjectorViewModel> viewModel;
    private final UiText text;
    private final String stylesheet;
    private final String title;
    private Stage stage;

    public ProjectorWindow(Supplier<ProjectorViewModel> viewModel, UiText text, String stylesheet, String title) {
        this.viewModel = viewModel;
        this.text = text;
        this.stylesheet = stylesheet;
        this.title = title;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    /** Opens the projector view, or closes it when it is open. */
    public void toggle(Window owner) {
        if (isShowing()) {
            stage.close();
        } else {
            open(owner);
        }
    }

    public void open(Window owner) {
        if (isShowing()) {
            stage.toFront();
            return;
        }
        ProjectorViewModel vm = viewModel.get();
        Parent root = new ViewLoader(text.bundle(), Map.of(ProjectorController.class, () -> new ProjectorController(vm)))
                .load("projector/Projector.fxml");
        stage = new Stage();
        stage.setTitle(text.get("projector.title", title));
        showForTheRoom(stage, root, stylesheet, owner, 1024, 640, text.get("projector.exitHint"));
        // The facilitator keeps the keyboard: the room's window only shows.
        owner.requestFocus();
        owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> close());
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    /**
     * Shows {@code stage} with {@code root} for the room: full screen on another screen than
     * {@code owner}'s when there is one ({@link #otherScreen}), otherwise as a normal window of
     * {@code width} × {@code height}.
     */
    public static void showForTheRoom(Stage stage, Parent root, String stylesheet, Window owner, double width, double height,
                                      String exitHint) {
        Rectangle2D ownerBounds = new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        Optional<Rectangle2D> other = otherScreen(Screen.getScreens().stream().map(Screen::getBounds).toList(), ownerBounds);
        Scene scene;
        if (other.isPresent()) {
            Rectangle2D b = other.get();
            scene = new Scene(root, b.getWidth(), b.getHeight());
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
        } else {
            scene = new Scene(root, width, height);
        }
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setFullScreenExitHint(exitHint);
        stage.show();
        if (other.isPresent()) {
            stage.setFullScreen(true);
        }
    }

    /**
     * The screen for the room: the largest screen that does not hold the facilitator's window,
     * or empty when there is only one screen.
     */
    public static Optional<Rectangle2D> otherScreen(List<Rectangle2D> screens, Rectangle2D facilitatorWindow) {
        double cx = facilitatorWindow.getMinX() + facilitatorWindow.getWidth() / 2;
        double cy = facilitatorWindow.getMinY() + facilitatorWindow.getHeight() / 2;
        return screens.stream().filter(s -> !s.contains(cx, cy))
                .max(java.util.Comparator.comparingDouble(s -> s.getWidth() * s.getHeight()));
    }
}
