package se.samtalsledaren.ui.main;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.ui.Alerts;
import se.samtalsledaren.ui.App;
import se.samtalsledaren.ui.PreferencesService;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.WindowSizes;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.editor.EditorWindows;
import se.samtalsledaren.ui.library.LibraryController;
import se.samtalsledaren.ui.library.LibraryService;
import se.samtalsledaren.ui.library.LibraryTransfers;
import se.samtalsledaren.ui.library.LibraryViewModel;
import se.samtalsledaren.ui.reader.CaseReaderController;
import se.samtalsledaren.ui.reader.CaseReaderViewModel;
import se.samtalsledaren.ui.session.SessionWindows;

/**
 * The main window's content: the library, the reader and the menus wired on a library, the
 * preferences and the session windows; the window's title; a rebuilt view put in place of the old
 * one (a language switch); and showing the window with one layout before its first frame. The
 * composition root ({@link App}) makes the services and windows this is wired with.
 */
public final class MainWindow {
    private MainWindow() {}

    /**
     * The main view with background work run synchronously, for tests of screens that do not
     * depend on background timing or on the clock.
     */
    public static Parent build(UiText text, CaseLibrary library, PreferencesService preferences, Runnable quit,
                               Function<CaseLibrary, SessionWindows> sessionWindows, MainActions actions) {
        return build(text, library, preferences, quit, sessionWindows, Background.synchronous(),
                Clock.systemDefaultZone(), actions);
    }

    /** The main view on an already loaded library. */
    public static Parent build(UiText text, CaseLibrary library, PreferencesService preferences, Runnable quit,
                               Function<CaseLibrary, SessionWindows> sessionWindows, Background background,
                               Clock clock, MainActions actions) {
        return build(text, () -> library, preferences, quit, sessionWindows.apply(library), background, clock, actions);
    }

    /**
     * Wires the main view; asks for the library only once the views are built, so that a library
     * still loading in the background is waited for as late as possible. The view's properties
     * hold its {@link LibraryViewModel} and {@link LibraryTransfers}.
     */
    public static Parent build(UiText text, Supplier<CaseLibrary> library, PreferencesService preferences, Runnable quit,
                               SessionWindows windows, Background background, Clock clock, MainActions actions) {
        LibraryViewModel libraryVm = new LibraryViewModel();
        Messages messages = new Messages(text.locale());
        String css = App.class.getResource("app.css").toExternalForm();
        CaseLibraryLoader loader = new CaseLibraryLoader(new CaseFormat(messages), messages);
        LibraryService libraryService = new LibraryService(loader::load, preferences, background, libraryVm,
                e -> Alerts.error(text, null, text.get("library.reloadFailed", e.getMessage())));
        WindowSizes sizes = new WindowSizes(preferences);
        EditorWindows editors = new EditorWindows(text, messages, background, clock, libraryService, libraryVm::selectById, css, sizes);
        LibraryTransfers transfers = new LibraryTransfers(text, messages, background, clock, libraryService, css, sizes);
        CaseReaderViewModel readerVm = new CaseReaderViewModel(
                id -> libraryVm.libraryProperty().get().byId(id), libraryVm::selectById,
                entry -> windows.showSetup(entry.value(), null), editors::edit);
        readerVm.entryProperty().bind(libraryVm.selectedProperty());
        readerVm.setZoom(preferences.current().zoom());
        readerVm.zoomProperty().addListener((o, a, z) -> preferences.update(p -> p.withZoom(z.doubleValue())));

        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        MainController.TrainerActions trainer = new MainController.TrainerActions(editors::newCase, editors::edit,
                editors::duplicate, transfers::manageFolders, transfers::importLibrary, transfers::exportLibrary);
        Runnable quitUnlessEditing = () -> {
            if (editors.mayQuit()) {
                quit.run();
            }
        };
        controllers.put(MainController.class, () -> new MainController(libraryVm, readerVm, text, quitUnlessEditing,
                windows::open, windows.exports()::showHandout, trainer, actions, preferences::recentSessions));
        controllers.put(LibraryController.class, () -> new LibraryController(libraryVm, text));
        controllers.put(CaseReaderController.class, () -> new CaseReaderController(readerVm, text));
        Parent root = new ViewLoader(text.bundle(), controllers).load("main/MainView.fxml");
        libraryVm.setLibrary(library.get());
        root.getProperties().put(LibraryViewModel.class, libraryVm);
        root.getProperties().put(LibraryTransfers.class, transfers);
        return root;
    }

    /** The library view model of a view made by {@link #build}. */
    public static LibraryViewModel library(Parent view) {
        return (LibraryViewModel) view.getProperties().get(LibraryViewModel.class);
    }

    /** "Samtalsledaren", or with the selected case's name after it. */
    public static StringBinding title(Parent view, UiText text) {
        LibraryViewModel vm = library(view);
        return Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? text.get("app.title")
                : text.get("app.titleWithCase", vm.selectedProperty().get().value().label()), vm.selectedProperty());
    }

    /**
     * Puts a freshly built main view into the window in place of the old one, selecting the case
     * that was selected (a language switch loses no work). A case editor opened from the old view
     * keeps reloading the old view's library when it saves; that library is passed on.
     */
    public static void replaceView(Scene scene, Parent fresh) {
        LibraryViewModel before = library(scene.getRoot());
        LibraryViewModel after = library(fresh);
        String selected = before == null || before.selectedProperty().get() == null ? null
                : before.selectedProperty().get().value().id();
        if (before != null) {
            before.libraryProperty().addListener((o, a, reloaded) -> after.setLibrary(reloaded));
        }
        scene.setRoot(fresh);
        // Laid out first, so the library list can scroll to the selected case.
        fresh.applyCss();
        fresh.layout();
        if (selected != null) {
            after.selectById(selected);
        }
    }

    /**
     * The main window's scene before its content is there: an empty root at the window's size
     * (a scene of no set size would first lay the whole view out at its preferred size, measuring
     * every case cell and filter entry, and then again), with the app's stylesheet. The window is
     * shown with it and given its content before any pulse can run, so the first frame is the whole
     * view laid out once: {@code show()} with the content in place lays it out at once, and JavaFX
     * then marks the whole tree for layout again before the first frame (docs/performance.md).
     */
    public static Scene emptyScene(Preferences.WindowBounds place, String css) {
        Scene scene = new Scene(new Pane(), place.width(), place.height());
        scene.getStylesheets().add(css);
        return scene;
    }

    /** Runs {@code task} on the FX thread once the scene's next frame has been laid out. */
    public static void afterFirstFrame(Scene scene, Runnable task) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(task);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
