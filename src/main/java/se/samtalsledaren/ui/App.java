package se.samtalsledaren.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
import javafx.stage.Screen;
import javafx.stage.Stage;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.Scheduler;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.ui.recovery.RecoveryDialog;
import se.samtalsledaren.session.MonotonicClock;
import se.samtalsledaren.ui.session.SessionWindows;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.concurrent.FxBackground;
import se.samtalsledaren.ui.floor.SoundChime;
import se.samtalsledaren.ui.export.ExportWindows;
import se.samtalsledaren.export.Exporter;
import se.samtalsledaren.ui.editor.EditorWindows;
import se.samtalsledaren.ui.library.LibraryController;
import se.samtalsledaren.ui.library.LibraryService;
import se.samtalsledaren.ui.library.LibraryTransfers;
import se.samtalsledaren.ui.library.LibraryViewModel;
import se.samtalsledaren.ui.main.MainController;
import se.samtalsledaren.ui.reader.CaseReaderController;
import se.samtalsledaren.ui.reader.CaseReaderViewModel;

/**
 * The composition root. {@link #init()} reads preferences on the launcher thread and starts
 * loading the case library on a thread of its own (never the FX thread); {@link #start} wires
 * view models, controllers and views meanwhile and waits for the library only before showing the
 * window, so the library is listed in the first frame; {@link #stop()} saves the window bounds.
 */
public final class App extends Application {
    /** System property naming a base folder for config and data (tests, portable use). */
    public static final String HOME_PROPERTY = "samtalsledaren.home";

    private AppDirectories dirs;
    private PreferencesStore preferencesStore;
    private Preferences initialPreferences;
    private CompletableFuture<CaseLibrary> library;
    private Background background;
    private PreferencesService preferences;
    private Stage stage;
    private Messages messages;
    private SessionLocks locks;
    private SessionStore sessionStore;
    private Recovery recovery;
    private ScheduledExecutorService autosaveThread;
    private SessionWindows sessionWindows;
    /** The library as last loaded, so a session file opened later finds cases saved or imported since start. */
    private final java.util.concurrent.atomic.AtomicReference<CaseLibrary> currentLibrary = new java.util.concurrent.atomic.AtomicReference<>();

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void init() {
        String home = System.getProperty(HOME_PROPERTY);
        dirs = home == null || home.isBlank() ? AppDirectories.forCurrentUser() : AppDirectories.under(Path.of(home));
        preferencesStore = new PreferencesStore(dirs);
        initialPreferences = preferencesStore.load();
        library = loadInBackground(initialPreferences);
        messages = new Messages(UiText.localeOf(initialPreferences.language()));
        Clock clock = Clock.systemDefaultZone();
        locks = SessionLocks.forThisProcess(messages, clock); // looks up the host name: not on the FX thread
        sessionStore = new SessionStore(messages, new Backups(dirs.data().resolve("backups"), clock), locks);
        recovery = new Recovery(dirs.data().resolve("autosave"), sessionStore, locks);
        autosaveThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave");
            t.setDaemon(true);
            return t;
        });
    }

    /** Loads the library on a new daemon thread, in parallel with the rest of the start. */
    private static CompletableFuture<CaseLibrary> loadInBackground(Preferences prefs) {
        CompletableFuture<CaseLibrary> result = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                result.complete(loadLibrary(prefs));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "library-loader");
        loader.setDaemon(true);
        loader.start();
        return result;
    }

    /** The loaded library; waits for the loading thread if it has not finished. */
    private CaseLibrary library() {
        try {
            return library.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    static CaseLibrary loadLibrary(Preferences prefs) {
        return loader(new Messages(UiText.localeOf(prefs.language()))).load(prefs.libraryFolders().stream().map(Path::of).toList());
    }

    private static CaseLibraryLoader loader(Messages messages) {
        return new CaseLibraryLoader(new CaseFormat(messages), messages);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        background = new FxBackground();
        UiText text = new UiText(UiText.localeOf(initialPreferences.language()));
        preferences = new PreferencesService(preferencesStore, initialPreferences, background,
                e -> showError(text, text.get("error.savePreferences", e.getMessage())));

        String css = App.class.getResource("app.css").toExternalForm();
        ExportWindows exports = new ExportWindows(text, background, new Exporter(), ZoneId.systemDefault(),
                file -> getHostServices().showDocument(file.toUri().toString()), css, Path.of(System.getProperty("user.home")));
        SessionWindows windows = new SessionWindows(text, background, new MonotonicClock(ZoneId.systemDefault()),
                sessionStore, new ParticipantLists(messages), css, id -> currentLibrary.get().byId(id),
                new SessionWindows.Durability(locks, recovery, Scheduler.of(autosaveThread), App::onFxThread,
                        ZoneId.systemDefault()), new SoundChime(background), exports);
        sessionWindows = windows;
        // Logging out or shutting down sends SIGTERM: write what is pending before the JVM goes.
        Runtime.getRuntime().addShutdownHook(new Thread(this::finishAutosave, "autosave-on-exit"));
        Parent root = buildMainView(text, this::library, preferences, Platform::exit, windows, background,
                java.time.Clock.systemDefaultZone());
        LibraryViewModel libraryVm = (LibraryViewModel) root.getProperties().get(LibraryViewModel.class);
        currentLibrary.set(libraryVm.libraryProperty().get());
        libraryVm.libraryProperty().addListener((o, a, lib) -> currentLibrary.set(lib));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcon.images());
        stage.titleProperty().bind(titleBinding(root, text));
        placeWindow(stage, initialPreferences.window());
        stage.show();
        if (getParameters().getRaw().contains(StartupProbe.ARGUMENT)) {
            StartupProbe.forThisJvm(() -> Platform.runLater(Platform::exit)).attach(scene, StartupProbe.casesListed(root));
        }
        // Sessions left behind by a crash are offered before anything else.
        RecoveryDialog recoveryDialog = new RecoveryDialog(text, ZoneId.systemDefault(), background, recovery, sessionStore, css);
        background.run(recovery::scan, found -> {
            if (!found.isEmpty()) {
                Stage dialog = recoveryDialog.show(found, stage, (c, slot) -> windows.restore(c, slot, stage));
                dialog.toFront();
            }
        }, e -> showError(text, e.getMessage()));
        // A session file named on the command line (or by "open with") opens right away.
        getParameters().getUnnamed().stream().filter(a -> a.endsWith(".json")).map(Path::of)
                .forEach(file -> windows.open(file, stage));
    }

    /**
     * The main view with background work run synchronously, for tests of screens that do not
     * depend on background timing or on the clock.
     */
    static Parent buildMainView(UiText text, CaseLibrary library, PreferencesService preferences, Runnable quit,
                                Function<CaseLibrary, SessionWindows> sessionWindows) {
        return buildMainView(text, library, preferences, quit, sessionWindows, Background.synchronous(),
                java.time.Clock.systemDefaultZone());
    }

    /** The main view on an already loaded library. */
    static Parent buildMainView(UiText text, CaseLibrary library, PreferencesService preferences, Runnable quit,
                                Function<CaseLibrary, SessionWindows> sessionWindows, Background background,
                                java.time.Clock clock) {
        return buildMainView(text, () -> library, preferences, quit, sessionWindows.apply(library), background, clock);
    }

    /**
     * Wires the main view; asks for the library only once the views are built, so that a library
     * still loading in the background is waited for as late as possible.
     */
    static Parent buildMainView(UiText text, Supplier<CaseLibrary> library, PreferencesService preferences, Runnable quit,
                                SessionWindows windows, Background background, java.time.Clock clock) {
        LibraryViewModel libraryVm = new LibraryViewModel();
        Messages messages = new Messages(text.locale());
        String css = App.class.getResource("app.css").toExternalForm();
        LibraryService libraryService = new LibraryService(loader(messages)::load, preferences, background, libraryVm,
                e -> showError(null, text, text.get("library.reloadFailed", e.getMessage())));
        EditorWindows editors = new EditorWindows(text, messages, background, clock, libraryService, libraryVm::selectById, css);
        LibraryTransfers transfers = new LibraryTransfers(text, messages, background, clock, libraryService, css);
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
                windows::open, windows.exports()::showHandout, trainer));
        controllers.put(LibraryController.class, () -> new LibraryController(libraryVm, text));
        controllers.put(CaseReaderController.class, () -> new CaseReaderController(readerVm, text));
        Parent root = new ViewLoader(text.bundle(), controllers).load("main/MainView.fxml");
        libraryVm.setLibrary(library.get());
        root.getProperties().put(LibraryViewModel.class, libraryVm);
        root.getProperties().put(LibraryTransfers.class, transfers);
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
        showError(stage, text, message);
    }

    private static void showError(Stage stage, UiText text, String message) {
        Alerts.error(text, stage, message);
    }

    /** Autosave results go to the FX thread, unless the toolkit is already gone (quitting). */
    private static void onFxThread(Runnable r) {
        try {
            Platform.runLater(r);
        } catch (IllegalStateException toolkitExited) {
            // Nothing left to show it in.
        }
    }

    /**
     * Writes every window's pending changes and gives up their slots: sessions with a file leave
     * nothing behind, sessions without one keep their recovery copy. Runs on quitting (stop) and
     * on SIGTERM (shutdown hook); the second call finds nothing left to do.
     */
    private void finishAutosave() {
        if (sessionWindows != null) {
            sessionWindows.closeAll();
        }
        if (autosaveThread != null) {
            autosaveThread.shutdown();
            try {
                autosaveThread.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void stop() {
        if (stage != null && preferences != null) {
            Preferences.WindowBounds bounds = new Preferences.WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized());
            preferences.update(p -> p.withWindow(bounds));
        }
        finishAutosave();
        if (background != null) {
            background.shutdown();
        }
    }
}
