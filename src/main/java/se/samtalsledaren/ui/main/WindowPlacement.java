package se.samtalsledaren.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import se.samtalsledaren.store.Preferences;

/**
 * Where the main window goes: the bounds saved when it last closed while they are still usable and
 * on a screen (a screen unplugged since, a file edited by hand), otherwise 1280×800 centred, or the
 * whole screen when it is smaller.
 */
public final class WindowPlacement {
    private WindowPlacement() {}

    /** Restores the saved bounds when they are still on a screen; otherwise 1280×800 centred. */
    public static void place(Stage stage, Preferences.WindowBounds saved) {
        Preferences.WindowBounds place = bounds(saved);
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        if (place == saved) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setMaximized(saved.maximized());
        } else {
            stage.centerOnScreen();
        }
    }

    /** The saved bounds when they are usable and on a screen (returned as they are); else 1280×800 or the screen. */
    public static Preferences.WindowBounds bounds(Preferences.WindowBounds saved) {
        if (saved != null && saved.width() >= 400 && saved.height() >= 300
                && !Screen.getScreensForRectangle(saved.x(), saved.y(), saved.width(), saved.height()).isEmpty()) {
            return saved;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Preferences.WindowBounds(0, 0, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()), false);
    }

    /** The window's bounds now, to be saved. */
    public static Preferences.WindowBounds of(Stage stage) {
        return new Preferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
