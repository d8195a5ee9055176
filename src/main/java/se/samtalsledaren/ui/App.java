package se.samtalsledaren.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.Scheduler;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.ui.recovery.RecoveryDialog;
import se.samtalsledaren.session.MonotonicClock;
import se.samtalsledaren.ui.room.RoomCommandLine;
import se.samtalsledaren.ui.session.SessionWindows;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.concurrent.FxBackground;
import se.samtalsledaren.ui.floor.SoundChime;
import se.samtalsledaren.ui.export.ExportWindows;
import se.samtalsledaren.export.Exporter;
import se.samtalsledaren.export.RendererWarmup;
import se.samtalsledaren.ui.library.LibraryViewModel;
import se.samtalsledaren.compare.WorkshopScan;
import se.samtalsledaren.ui.compare.CompareWindows;
import se.samtalsledaren.ui.main.MainActions;
import se.samtalsledaren.ui.main.MainWindow;
import se.samtalsledaren.ui.main.WindowPlacement;
import se.samtalsledaren.ui.workshops.WorkshopsWindow;
import se.samtalsledaren.ui.participant.ParticipantWindows;
import se.samtalsledaren.ui.preferences.PreferencesDialog;

/**
 * The composition root: makes the services (stores, locks, recovery, autosave thread, background
 * work, clock, preferences) and the windows on them (session, participant, export, recovery), and
 * the main window's content with {@link MainWindow}. Preferences and the case library are read on
 * a thread of their own ({@link StartupLoad}), begun in {@code main} before the toolkit starts;
 * {@link #start} builds the main view on another ({@link #buildMain()}, which waits for the library
 * last) while the FX thread shows the window, and puts the view in before the first frame, so the
 * library is listed in it; {@link #stop()} saves the window bounds.
 * Changed preferences rebuild the main window's content ({@link #showMain()}) in their language.
 */
public final class App extends Application {
    /** Command-line flag opening participant mode instead of the facilitator's main window. */
    public static final String PARTICIPANT_FLAG = "--participant";

    private AppDirectories dirs;
    private PreferencesStore preferencesStore;
    private Preferences initialPreferences;
    private StartupLoad startup;
    private Background background;
    private PreferencesService preferences;
    /** Every window's size, remembered in the preferences. */
    private WindowSizes sizes;
    private Stage stage;
    private Messages messages;
    private Clock clock;
    private Backups backups;
    private SessionLocks locks;
    private SessionStore sessionStore;
    private Recovery recovery;
    private ScheduledExecutorService autosaveThread;
    /** The session windows of the main view as now shown (a language switch makes new ones). */
    private SessionWindows sessionWindows;
    /** Every set of session windows made since start: their open windows are finished on quitting. */
    private final List<SessionWindows> allSessionWindows = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean mainShown;
    private final Exporter exporter = new Exporter();
    /** One per process: a language switch makes new export windows but warms the renderers only once. */
    private final RendererWarmup rendererWarmup = new RendererWarmup(exporter);
    /** The library as last loaded, so a session file opened later finds cases saved or imported since start. */
    private final java.util.concurrent.atomic.AtomicReference<CaseLibrary> currentLibrary = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * The start's reading of preferences and library, begun by {@link #launchApp} before the
     * toolkit starts and taken over by {@link #init()}. JavaFX constructs the application itself,
     * so this one field hands the work from {@code main} to it; it is cleared when taken.
     */
    private static final java.util.concurrent.atomic.AtomicReference<StartupLoad> begunInMain =
            new java.util.concurrent.atomic.AtomicReference<>();

    public static void launchApp(String[] args) {
        // The toolkit takes ~0.35 s to start, mostly on one core: the library loads meanwhile.
        begunInMain.set(StartupLoad.begin(AppDirectories.forThisProcess()));
        Application.launch(App.class, args);
    }

    @Override
    public void init() {
        StartupLoad load = begunInMain.getAndSet(null);
        if (load == null) {
            load = StartupLoad.begin(AppDirectories.forThisProcess());
        }
        dirs = load.directories();
        preferencesStore = load.preferencesStore();
        initialPreferences = load.preferences();
        startup = load;
        messages = new Messages(UiText.localeOf(initialPreferences.language()));
        Clock wallClock = Clock.systemDefaultZone();
        locks = SessionLocks.forThisProcess(messages, wallClock); // looks up the host name: not on the FX thread
        backups = new Backups(dirs.data().resolve("backups"), wallClock);
        sessionStore = new SessionStore(messages, backups, locks);
        recovery = new Recovery(dirs.data().resolve("autosave"), sessionStore, locks);
        autosaveThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave");
            t.setDaemon(true);
            return t;
        });
    }

    /** The library loaded at start; waits for the loading thread if it has not finished. */
    private CaseLibrary library() {
        return startup.library();
    }

    /** The library as last loaded or reloaded; the one loading at start until it is there. */
    private CaseLibrary latestLibrary() {
        CaseLibrary lib = currentLibrary.get();
        return lib != null ? lib : library();
    }


    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        background = new FxBackground();
        clock = new MonotonicClock(ZoneId.systemDefault());
        UiText text = new UiText(UiText.localeOf(initialPreferences.language()));
        preferences = new PreferencesService(preferencesStore, initialPreferences, background,
                e -> showError(text, text.get("error.savePreferences", e.getMessage())));
        sizes = new WindowSizes(preferences);
        // Logging out or shutting down sends SIGTERM: write what is pending before the JVM goes.
        Runtime.getRuntime().addShutdownHook(new Thread(this::finishAutosave, "autosave-on-exit"));
        // The main view (its FXML, controllers and the windows they open) is built on a thread of
        // its own while this one makes and shows the window: nodes may be made on any thread until
        // they join a showing scene. The view goes into the window before any pulse can run, so the
        // first frame is the whole view, laid out once (docs/performance.md, ninth round).
        // JavaFX's stylesheet is put in place by the first control made; made on another thread,
        // that happens later on this one, and a window styled before it lacks its colours.
        Application.setUserAgentStylesheet(Application.STYLESHEET_MODENA);
        CompletableFuture<MainView> building = StartupLoad.onThreadOfItsOwn("main-view", this::buildMain);
        // Files named on the command line (or by "open with"): preparations open in participant mode, sessions in a session window.
        List<Path> files = getParameters().getUnnamed().stream().filter(a -> a.endsWith(".json")).map(Path::of).toList();
        List<Path> preparationFiles = files.stream().filter(App::isPreparationFile).toList();
        if (getParameters().getRaw().contains(PARTICIPANT_FLAG)) {
            // A participant preparing alone sees only participant mode; crashed sessions wait for the next normal start.
            Windows windows = install(StartupLoad.join(building), false);
            preparationFiles.forEach(windows.participants()::openFile);
            if (preparationFiles.isEmpty()) {
                Stage participant = windows.participants().open(null);
                if (getParameters().getRaw().contains(StartupProbe.ARGUMENT)) {
                    StartupProbe.forThisJvm(() -> Platform.runLater(Platform::exit)).attach(participant.getScene(), () -> true);
                }
            }
            stage.getIcons().setAll(AppIcon.images());
            return;
        }
        // Drawing the icons takes five snapshots (~25 ms): after the first frame, not before it.
        MainWindow.afterFirstFrame(mainScene(), () -> stage.getIcons().setAll(AppIcon.images()));
        WindowPlacement.place(stage, initialPreferences.window());
        // The library is waited for before the window shows (it is almost always read by now): a
        // slow library folder keeps the window from showing, rather than showing it frozen.
        library();
        Windows[] built = new Windows[1];
        WindowSizes.showKeepingBounds(stage, () -> {
            stage.show();
            try {
                built[0] = install(StartupLoad.join(building), false);
            } catch (RuntimeException | Error e) {
                stage.hide();
                throw e;
            }
        });
        Windows windows = built[0];
        mainShown = true;
        preparationFiles.forEach(windows.participants()::openFile);
        if (getParameters().getRaw().contains(StartupProbe.ARGUMENT)) {
            StartupProbe.forThisJvm(() -> Platform.runLater(Platform::exit)).attach(stage.getScene(),
                    StartupProbe.casesListed(stage.getScene().getRoot()));
        }
        // Sessions left behind by a crash are offered before anything else.
        String css = App.class.getResource("app.css").toExternalForm();
        RecoveryDialog recoveryDialog = new RecoveryDialog(text, ZoneId.systemDefault(), background, recovery, sessionStore, css, sizes);
        background.run(recovery::scan, found -> {
            if (!found.isEmpty()) {
                Stage dialog = recoveryDialog.show(found, stage, (c, slot) -> sessionWindows.restore(c, slot, stage));
                dialog.toFront();
            }
        }, e -> showError(text, e.getMessage()));
        // --room: each session opens with its room, and "room: URL" goes to standard output.
        boolean room = RoomCommandLine.wanted(getParameters().getRaw());
        files.stream().filter(f -> !isPreparationFile(f)).forEach(file -> windows.sessions().open(file, stage,
                shown -> {
                    if (room) {
                        RoomCommandLine.openAndReport(shown, System.out, System.err);
                    }
                }));
    }

    /** The windows the main window opens, in the language it was built in. */
    private record Windows(SessionWindows sessions, ParticipantWindows participants) {}

    /** The main window's content and the windows it opens, in one language; made on any thread. */
    private record MainView(Parent root, UiText text, SessionWindows sessions, ParticipantWindows participants) {}

    /**
     * Rebuilds the main window's content in the language of the preferences after they changed,
     * keeping the selected case. Open session, participant and editor windows are left as they are
     * (in their language until reopened).
     */
    private Windows showMain() {
        return install(buildMain(), true);
    }

    /**
     * Builds the main window's content in the language of the preferences and the windows it
     * opens. Touches no shown window, so it may run off the FX thread (the start builds it on a
     * thread of its own).
     */
    private MainView buildMain() {
        UiText text = new UiText(UiText.localeOf(preferences.current().language()));
        Messages msgs = new Messages(text.locale());
        String css = App.class.getResource("app.css").toExternalForm();
        ExportWindows exports = new ExportWindows(text, background, exporter, ZoneId.systemDefault(),
                file -> getHostServices().showDocument(file.toUri().toString()), css, Path.of(System.getProperty("user.home")),
                rendererWarmup, sizes);
        SessionStore store = msgs.locale().equals(messages.locale()) ? sessionStore : new SessionStore(msgs, backups, locks);
        SessionWindows sessions = new SessionWindows(text, background, clock, store, new ParticipantLists(msgs), css,
                id -> latestLibrary().byId(id),
                new SessionWindows.Durability(locks, recovery, Scheduler.of(autosaveThread), App::onFxThread,
                        ZoneId.systemDefault()), new SoundChime(background), exports, new PreparationFormat(msgs), preferences,
                RoomCommandLine.rooms(getParameters().getRaw(), System.err));
        ParticipantWindows participants = new ParticipantWindows(text, background, clock, new PreparationFormat(msgs),
                StartupLoad.loader(msgs)::readFile, () -> latestLibrary().entries(), css, () -> preferences.current().zoom(),
                sizes);
        CompareWindows compare = new CompareWindows(text, background, new SessionStore(msgs), msgs, exports, css, sizes);
        WorkshopsWindow workshops = new WorkshopsWindow(text, background, new WorkshopScan(new SessionStore(msgs), msgs), preferences,
                App::onFxThread, sessions::open, compare::compare, css, sizes);
        Parent root = MainWindow.build(text, this::latestLibrary, preferences, Platform::exit, sessions, background,
                Clock.systemDefaultZone(), new MainActions(participants::open, owner -> showPreferences(text, owner),
                        compare::choose, workshops::show));
        return new MainView(root, text, sessions, participants);
    }

    /**
     * Puts a built view into the window (on the FX thread): as its first content, or in place of
     * the content before, keeping the selected case ({@code replacing}).
     */
    private Windows install(MainView view, boolean replacing) {
        sessionWindows = view.sessions();
        allSessionWindows.add(view.sessions());
        LibraryViewModel libraryVm = MainWindow.library(view.root());
        currentLibrary.set(libraryVm.libraryProperty().get());
        libraryVm.libraryProperty().addListener((o, a, lib) -> currentLibrary.set(lib));
        if (replacing) {
            MainWindow.replaceView(mainScene(), view.root());
        } else {
            mainScene().setRoot(view.root());
        }
        stage.titleProperty().bind(MainWindow.title(view.root(), view.text()));
        return new Windows(view.sessions(), view.participants());
    }

    /** The main window's scene, made empty at the window's size the first time. */
    private Scene mainScene() {
        if (stage.getScene() == null) {
            stage.setScene(MainWindow.emptyScene(WindowPlacement.bounds(preferences.current().window()),
                    App.class.getResource("app.css").toExternalForm()));
        }
        return stage.getScene();
    }

    private void showPreferences(UiText text, Window owner) {
        PreferencesDialog.show(text, App.class.getResource("app.css").toExternalForm(), preferences.current(), owner,
                this::applyPreferences, sizes);
    }

    /** Saves the chosen preferences and rebuilds the main window; a changed library folder list reloads the library first. */
    private void applyPreferences(Preferences chosen) {
        Preferences before = preferences.current();
        preferences.update(p -> chosen);
        if (chosen.libraryFolders().equals(before.libraryFolders())) {
            showMain();
            return;
        }
        background.run(() -> StartupLoad.load(chosen), loaded -> {
            currentLibrary.set(loaded);
            showMain();
        }, e -> showError(new UiText(UiText.localeOf(chosen.language())), String.valueOf(e.getMessage())));
    }

    private static boolean isPreparationFile(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(PreparationFormat.EXTENSION);
    }

    private void showError(UiText text, String message) {
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
        allSessionWindows.forEach(SessionWindows::closeAll);
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
        if (sizes != null) {
            sizes.rememberOpen();
        }
        if (stage != null && preferences != null && mainShown) {
            Preferences.WindowBounds bounds = WindowPlacement.of(stage);
            preferences.update(p -> p.withWindow(bounds));
        }
        finishAutosave();
        if (background != null) {
            background.shutdown();
        }
    }
}
