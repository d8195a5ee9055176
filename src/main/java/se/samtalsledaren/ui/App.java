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
        UiText text = new UiText(UiText.localeOf(initialPreferences.language()));
        preferences = new PreferencesService(preferencesStore, initialPreferences, background,
                e -> showError(text, text.get("error.savePreferences", e.getMessage())));

        Messages messages = new Messages(UiText.localeOf(initialPreferences.language()));
        MonotonicClock clock = new MonotonicClock(ZoneId.systemDefault());
        String css = App.class.getResource("app.css").toExternalForm();
        SessionWindows windows = new SessionWindows(text, background, clock,
                new SessionStore(messages), new ParticipantLists(messages), css,
                library::byId, new SoundChime(background));
        ParticipantWindows participants = new ParticipantWindows(text, background, clock, new PreparationFormat(messages),
                new CaseLibraryLoader(new CaseFormat(messages), messages)::readFile, () -> library.entries(), css,
                initialPreferences.zoom());
        Parent root = buildMainView(text, library, preferences, Platform::exit, lib -> windows, new MainActions(participants::open));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(css);
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcon.images());
        stage.titleProperty().bind(titleBinding(root, text));
        // Files named on the command line (or by "open with"): preparations open in participant mode, sessions in a session window.
        List<Path> files = getParameters().getUnnamed().stream().filter(a -> a.endsWith(".json")).map(Path::of).toList();
        List<Path> preparationFiles = files.stream().filter(App::isPreparationFile).toList();
        preparationFiles.forEach(participants::openFile);
        if (getParameters().getRaw().contains(PARTICIPANT_FLAG)) {
            if (preparationFiles.isEmpty()) {
                participants.open(null);
            }
            return;
        }
        placeWindow(stage, initialPreferences.window());
        stage.show();
        mainShown = true;
        files.stream().filter(f -> !isPreparationFile(f)).forEach(file -> windows.open(file, stage));
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
        controllers.put(MainController.class, () -> new MainController(libraryVm, readerVm, text, quit, windows::open, actions));
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
