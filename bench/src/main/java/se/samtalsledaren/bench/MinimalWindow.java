package se.samtalsledaren.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import se.samtalsledaren.ui.StartupProbe;

/**
 * The start-up floor: the least a JavaFX program can do, one empty 1280×800 window (the app's
 * default size), measured by the app's own {@link StartupProbe} so both print
 * {@code first-frame-ms: N} by the same rule. Does not extend {@code Application} itself, like
 * the app's launcher, so it runs from a plain class path.
 */
public final class MinimalWindow {
    private MinimalWindow() {}

    public static void main(String[] args) {
        Application.launch(EmptyWindow.class, args);
    }

    /** One empty window; exits after its first layout pass. */
    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Pane(), 1280, 800);
            stage.setScene(scene);
            stage.setTitle("floor");
            stage.show();
            StartupProbe.forThisJvm(() -> Platform.runLater(Platform::exit)).attach(scene, () -> true);
        }
    }
}
