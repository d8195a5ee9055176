package se.samtalsledaren.ui;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import se.samtalsledaren.store.Preferences;

/**
 * How every window opens and keeps its size: at the size remembered for its {@link Kind}, else at
 * the kind's preferred size, either clamped to the screen it opens on; the same bounds set once
 * more after the window is shown; and the size it had when it closed (or when the app quit)
 * remembered in the preferences, one size per kind.
 *
 * <p>Why once more: under a window manager (openbox on Xvfb was enough) JavaFX 21 on GTK can map a
 * new window at about 200×200, whatever size was asked for: the window manager's first configure
 * event races with the size JavaFX sets (JDK-8316423, fixed in JavaFX 22, still in 21.0.11). Setting
 * the bounds again after {@code show()}, on the next turn of the FX thread, keeps them: 8 of 8
 * starts under openbox, against 2 collapsed windows in 3 starts without it. A listener on the
 * shown event is too early.
 */
public final class WindowSizes {
    /**
     * A kind of window: its key in the preferences and its preferred size (outer bounds, in
     * pixels); a preferred size of 0 × 0 sizes the window to its content.
     */
    public record Kind(String key, double width, double height) {
        public boolean sizedToContent() {
            return width <= 0 || height <= 0;
        }
    }

    public static final Kind MAIN = new Kind("main", 1280, 800);
    public static final Kind SESSION = new Kind("session", 1280, 800);
    public static final Kind SETUP = new Kind("setup", 1000, 760);
    public static final Kind PROJECTOR = new Kind("projector", 1024, 640);
    public static final Kind EXPORT = new Kind("export", 900, 720);
    public static final Kind PREFERENCES = new Kind("preferences", 640, 560);
    public static final Kind RECOVERY = new Kind("recovery", 760, 520);
    public static final Kind EDITOR = new Kind("editor", 1280, 800);
    public static final Kind PARTICIPANT = new Kind("participant", 1280, 800);
    public static final Kind COMPARE = new Kind("compare", 1200, 780);
    public static final Kind PLENARY = new Kind("plenary", 1280, 800);
    public static final Kind WORKSHOPS = new Kind("workshops", 1200, 760);
    public static final Kind LIBRARY_FOLDERS = new Kind("libraryFolders", 0, 0);
    public static final Kind LIBRARY_EXPORT = new Kind("libraryExport", 0, 0);

    /** How long after showing a window its size is held against the window manager. */
    public static final Duration SETTLING = Duration.seconds(1.5);

    /** The stage property that names the kind of a window shown here. */
    private static final Object KIND = Kind.class;
    /** The stage property holding the size a window sized to its content opened at. */
    private static final Object CONTENT_SIZE = Preferences.WindowSize.class;

    private final PreferencesService preferences;

    /** @param preferences where the sizes are remembered */
    public WindowSizes(PreferencesService preferences) {
        this.preferences = preferences;
    }

    /**
     * Shows {@code stage} at the remembered or preferred size of {@code kind}, clamped to the screen
     * of its owner (or the primary screen), sets its bounds again once shown, and remembers its size
     * when it closes.
     */
    public Stage show(Stage stage, Kind kind) {
        Rectangle2D screen = screenOf(stage.getOwner());
        Optional<Preferences.WindowSize> size = size(kind, screen);
        size.ifPresent(s -> {
            stage.setWidth(s.width());
            stage.setHeight(s.height());
        });
        stage.getProperties().put(KIND, kind);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> remember(stage));
        showKeepingBounds(stage, () -> {
            stage.show();
            if (size.isEmpty()) {
                // Sized to its content by show(): no larger than the screen.
                stage.setWidth(Math.min(stage.getWidth(), screen.getWidth()));
                stage.setHeight(Math.min(stage.getHeight(), screen.getHeight()));
                stage.getProperties().put(CONTENT_SIZE, new Preferences.WindowSize(stage.getWidth(), stage.getHeight()));
            }
        });
        return stage;
    }

    /**
     * Shows a stage with {@code show} and keeps the bounds it is shown at (see the class comment):
     * while the window manager settles, the window may not shrink below them, and they are set once
     * more on the next turn of the FX thread; after {@link #SETTLING} the window can be made as small
     * as {@link Preferences.WindowSize#MIN_WIDTH} × {@link Preferences.WindowSize#MIN_HEIGHT}. A window
     * made full screen or maximized meanwhile is left as it is.
     */
    public static void showKeepingBounds(Stage stage, Runnable show) {
        if (!Double.isNaN(stage.getWidth()) && !Double.isNaN(stage.getHeight())) {
            stage.setMinWidth(stage.getWidth());
            stage.setMinHeight(stage.getHeight());
        }
        show.run();
        double x = stage.getX();
        double y = stage.getY();
        double width = stage.getWidth();
        double height = stage.getHeight();
        stage.setMinWidth(width);
        stage.setMinHeight(height);
        Platform.runLater(() -> {
            if (stage.isShowing() && !stage.isFullScreen() && !stage.isMaximized()) {
                stage.setWidth(width);
                stage.setHeight(height);
                stage.setX(x);
                stage.setY(y);
            }
        });
        PauseTransition settled = new PauseTransition(SETTLING);
        settled.setOnFinished(e -> {
            stage.setMinWidth(Math.min(Preferences.WindowSize.MIN_WIDTH, width));
            stage.setMinHeight(Math.min(Preferences.WindowSize.MIN_HEIGHT, height));
        });
        settled.play();
    }

    /**
     * The size a window of {@code kind} opens at on a screen of {@code screen}'s bounds: the
     * remembered one, else the preferred one (none when it is sized to its content), no larger
     * than the screen.
     */
    public Optional<Preferences.WindowSize> size(Kind kind, Rectangle2D screen) {
        Optional<Preferences.WindowSize> wanted = preferences.current().windowSize(kind.key());
        if (wanted.isEmpty() && !kind.sizedToContent()) {
            wanted = Optional.of(new Preferences.WindowSize(kind.width(), kind.height()));
        }
        return wanted.map(s -> new Preferences.WindowSize(Math.min(s.width(), screen.getWidth()),
                Math.min(s.height(), screen.getHeight())));
    }

    /** Remembers the size of every window shown here that is still open (the app is quitting). */
    public void rememberOpen() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s) {
                remember(s);
            }
        }
    }

    private void remember(Stage stage) {
        if (!(stage.getProperties().get(KIND) instanceof Kind kind) || stage.isFullScreen() || stage.isMaximized()
                || stage.isIconified()) {
            return;
        }
        Preferences.WindowSize size = new Preferences.WindowSize(stage.getWidth(), stage.getHeight());
        // A window sized to its content is remembered only once the user has resized it.
        if (size.usable() && !size.equals(stage.getProperties().get(CONTENT_SIZE))) {
            preferences.update(p -> p.withWindowSize(kind.key(), size));
        }
    }

    /** The visual bounds of the screen that holds most of {@code owner}, or of the primary screen. */
    static Rectangle2D screenOf(Window owner) {
        if (owner != null && owner.getWidth() > 0 && owner.getHeight() > 0) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
