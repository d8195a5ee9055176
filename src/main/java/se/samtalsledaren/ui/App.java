package se.samtalsledaren.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.session.MonotonicClock;
import se.samtalsledaren.ui.session.SessionWindows;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.concurrent.FxBackground;
import se.samtalsledaren.ui.floor.SoundChime;
import se.samtalsledaren.ui.library.LibraryController;
import se.samtalsledaren.ui.library.LibraryViewModel;
import se.samtalsledaren.ui.main.MainActions;
import se.samtalsledaren.ui.main.MainController;
import se.samtalsledaren.ui.participant.ParticipantWindows;
import se.samtalsledaren.ui.preferences.PreferencesDialog;
import se.samtalsledaren.ui.reader.CaseReaderController;
import se.samtalsledaren.ui.reader.CaseReaderViewModel;

/**
 * The composition root. {@link #init()} reads preferences and the case library on the launcher
 * thread (never the FX thread), so the library is listed in the first frame; {@link #start}
 * wires view models, controllers and views; {@link #stop()} saves the window bounds.
 */
public final class App extends Application {
    /** System property naming a base folder for config and data (tests, portable use). */
    public static final String HOME_PROPERTY = "samtalsledaren.home";
    /** Command-line flag opening participant mode instead of the facilitator's main window. */
    public static final String PARTICIPANT_FLAG = "--participant";

    private AppDirectories dirs;
    private PreferencesStore preferencesStore;
    private Preferences initialPreferences;
    private CaseLibrary library;
    private Background background;
    private PreferencesService preferences;
    private Stage stage;
    private boolean mainShown;
    private java.time.Clock clock;

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void init() {
        String home = System.getProperty(HOME_PROPERTY);
        dirs = home == null || home.isBlank() ? AppDirectories.forCurrentUser() : AppDirectories.under(Path.of(home));
        preferencesStore = new PreferencesStore(dirs);
        initialPreferences = preferencesStore.load();
        library = loadLibrary(initialPreferences);
    }

    static CaseLibrary loadLibrary(Preferences prefs) {
        Messages messages = new Messages(UiText.localeOf(prefs.language()));
        CaseLibraryLoader loader = new CaseLibraryLoader(new CaseFormat(messages), messages);
        return loader.load(prefs.libraryFolders().stream().map(Path::of).toList());
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        background = new FxBackground();
        clock = new MonotonicClock(ZoneId.systemDefault());
        UiText text = new UiText(UiText.localeOf(initialPreferences.language()));
        preferences = new PreferencesService(preferencesStore, initialPreferences, background,
                e -> showError(text, text.get("error.savePreferences", e.getMessage())));
        Windows windows = showMain();
        stage.getIcons().setAll(AppIcon.images());
        // Files named on the command line (or by "open with"): preparations open in participant mode, sessions in a session window.
        List<Path> files = getParameters().getUnnamed().stream().filter(a -> a.endsWith(".json")).map(Path::of).toList();
        List<Path> preparationFiles = files.stream().filter(App::isPreparationFile).toList();
        preparationFiles.forEach(windows.participants()::openFile);
        if (getParameters().getRaw().contains(PARTICIPANT_FLAG)) {
            if (preparationFiles.isEmpty()) {
                windows.participants().open(null);
            }
            return;
        }
        placeWindow(stage, initialPreferences.window());
        stage.show();
        mainShown = true;
        files.stream().filter(f -> !isPreparationFile(f)).forEach(file -> windows.sessions().open(file, stage));
    }

    /** The windows the main window opens, in the language it was built in. */
    private record Windows(SessionWindows sessions, ParticipantWindows participants) {}

    /**
     * Builds the main window's content in the language of the preferences, or rebuilds it after
     * they changed, keeping the selected case. Open session and participant windows are left as
     * they are (in their language until reopened).
     */
    private Windows showMain() {
        Preferences prefs = preferences.current();
        UiText text = new UiText(UiText.localeOf(prefs.language()));
        Messages messages = new Messages(text.locale());
        String css = App.class.getResource("app.css").toExternalForm();
        CaseLibrary lib = library;
        SessionWindows sessions = new SessionWindows(text, background, clock,
                new SessionStore(messages), new ParticipantLists(messages), css,
                lib::byId, new SoundChime(background), new PreparationFormat(messages), preferences);
        ParticipantWindows participants = new ParticipantWindows(text, background, clock, new PreparationFormat(messages),
                new CaseLibraryLoader(new CaseFormat(messages), messages)::readFile, lib::entries, css,
                () -> preferences.current().zoom());
        Parent root = buildMainView(text, lib, preferences, Platform::exit, l -> sessions,
                new MainActions(participants::open, owner -> showPreferences(text, owner)));
        if (stage.getScene() == null) {
            Scene scene = new Scene(root);
            scene.getStylesheets().add(css);
            stage.setScene(scene);
        } else {
            replaceMainView(stage.getScene(), root);
        }
        stage.titleProperty().bind(titleBinding(root, text));
        return new Windows(sessions, participants);
    }

    /**
     * Puts a freshly built main view into the window in place of the old one, selecting the case
     * that was selected (a language switch loses no work).
     */
    static void replaceMainView(Scene scene, Parent fresh) {
        LibraryViewModel before = (LibraryViewModel) scene.getRoot().getProperties().get(LibraryViewModel.class);
        LibraryViewModel after = (LibraryViewModel) fresh.getProperties().get(LibraryViewModel.class);
        String selected = before == null || before.selectedProperty().get() == null ? null
                : before.selectedProperty().get().value().id();
        scene.setRoot(fresh);
        // Laid out first, so the library list can scroll to the selected case.
        fresh.applyCss();
        fresh.layout();
        if (selected != null) {
            after.selectById(selected);
        }
    }

    private void showPreferences(UiText text, Window owner) {
        PreferencesDialog.show(text, App.class.getResource("app.css").toExternalForm(), preferences.current(), owner,
                this::applyPreferences);
    }

    /** Saves the chosen preferences and rebuilds the main window; a changed library folder list reloads the library first. */
    private void applyPreferences(Preferences chosen) {
        Preferences before = preferences.current();
        preferences.update(p -> chosen);
        if (chosen.libraryFolders().equals(before.libraryFolders())) {
            showMain();
            return;
        }
        background.run(() -> loadLibrary(chosen), loaded -> {
            library = loaded;
            showMain();
        }, e -> showError(new UiText(UiText.localeOf(chosen.language())), String.valueOf(e.getMessage())));
    }

    private static boolean isPreparationFile(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(PreparationFormat.EXTENSION);
    }

    /** Wires the main view: view models, controllers (constructor-injected) and the FXML. */
    static Parent buildMainView(UiText text, CaseLibrary library, PreferencesService preferences, Runnable quit,
                                Function<CaseLibrary, SessionWindows> sessionWindows, MainActions actions) {
        SessionWindows windows = sessionWindows.apply(library);
        LibraryViewModel libraryVm = new LibraryViewModel();
        CaseReaderViewModel readerVm = new CaseReaderViewModel(
                id -> libraryVm.libraryProperty().get().byId(id), libraryVm::selectById,
                entry -> windows.showSetup(entry.value(), null));
        readerVm.entryProperty().bind(libraryVm.selectedProperty());
        readerVm.setZoom(preferences.current().zoom());
        readerVm.zoomProperty().addListener((o, a, z) -> preferences.update(p -> p.withZoom(z.doubleValue())));
        libraryVm.setLibrary(library);

        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        controllers.put(MainController.class, () -> new MainController(libraryVm, readerVm, text, quit, windows::open, actions,
                preferences::recentSessions));
        controllers.put(LibraryController.class, () -> new LibraryController(libraryVm, text));
        controllers.put(CaseReaderController.class, () -> new CaseReaderController(readerVm, text));
        Parent root = new ViewLoader(text.bundle(), controllers).load("main/MainView.fxml");
        root.getProperties().put(LibraryViewModel.class, libraryVm);
        return root;
    }

    private static javafx.beans.binding.StringBinding titleBinding(Parent root, UiText text) {
        LibraryViewModel vm = (LibraryViewModel) root.getProperties().get(LibraryViewModel.class);
        return javafx.beans.binding.Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? text.get("app.title")
                : text.get("app.titleWithCase", vm.selectedProperty().get().value().label()), vm.selectedProperty());
    }

    /** Restores the saved bounds when they are still on a screen; otherwise 1280×800 centred. */
    private static void placeWindow(Stage stage, Preferences.WindowBounds saved) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (saved != null && saved.width() >= 400 && saved.height() >= 300
                && !Screen.getScreensForRectangle(saved.x(), saved.y(), saved.width(), saved.height()).isEmpty()) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
        } else {
            stage.setWidth(Math.min(1280, screen.getWidth()));
            stage.setHeight(Math.min(800, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    private void showError(UiText text, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(text.get("error.title"));
        alert.setHeaderText(text.get("error.title"));
        if (stage != null && stage.isShowing()) {
            alert.initOwner(stage);
        }
        alert.show();
    }

    @Override
    public void stop() {
        if (stage != null && preferences != null && mainShown) {
            Preferences.WindowBounds bounds = new Preferences.WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized());
            preferences.update(p -> p.withWindow(bounds));
        }
        if (background != null) {
            background.shutdown();
        }
    }
}
