package se.samtalsledaren.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.ui.DialogStages;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.store.Autosave;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.Scheduler;
import se.samtalsledaren.store.SessionFormat;
import se.samtalsledaren.store.SessionLockedException;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.store.SurveyTemplates;
import se.samtalsledaren.ui.PreferencesService;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.WindowSizes;
import se.samtalsledaren.ui.autosave.AutosaveBannerController;
import se.samtalsledaren.ui.autosave.AutosaveViewModel;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.floor.Chime;
import se.samtalsledaren.ui.projector.ProjectorViewModel;
import se.samtalsledaren.ui.projector.ProjectorWindow;
import se.samtalsledaren.ui.export.ExportWindows;
import se.samtalsledaren.room.LanAddresses;
import se.samtalsledaren.room.RoomHost;
import se.samtalsledaren.room.RunnerCommands;
import se.samtalsledaren.room.SessionPort;
import se.samtalsledaren.ui.room.RoomViewModel;

/**
 * Opens the session set-up dialog and session windows, wiring their view models. Every session
 * window saves itself ({@link Autosave}); a session file is locked while a window has it open.
 */
public final class SessionWindows {
    /**
     * What keeps sessions safe: locks on open files, the recovery area, the thread autosave writes
     * on, and how its results reach the UI thread.
     */
    public record Durability(SessionLocks locks, Recovery recovery, Scheduler scheduler, Executor ui, ZoneId zone) {}

    /**
     * How a session window's room reaches the network and its session: the computer's LAN
     * addresses to listen on, and the FX thread, on which the room's commands to the session run
     * and its events reach the panel ({@code Platform::runLater}).
     */
    public record Rooms(Supplier<java.util.List<LanAddresses.Address>> addresses, Executor fx) {
        /** The computer's LAN addresses as found when the room opens. */
        public static Rooms onThisComputer() {
            return new Rooms(LanAddresses::find, javafx.application.Platform::runLater);
        }
    }

    private final UiText text;
    private final Background background;
    private final Clock clock;
    private final SessionStore store;
    private final ParticipantLists lists;
    private final String stylesheet;
    private final Function<String, java.util.Optional<LibraryEntry>> cases;
    private final Durability durability;
    private final Chime chime;
    private final ExportWindows exports;
    private final Set<Autosave> open = ConcurrentHashMap.newKeySet();
    private final PreparationFormat preparations;
    private final PreferencesService preferences;
    private final WindowSizes sizes;
    private final SurveyTemplates surveyTemplates;
    private final Rooms rooms;
    private final Set<RoomHost> openRooms = ConcurrentHashMap.newKeySet();

    /**
     * @param preferences the default slot length and time plan of new sessions; every session
     *                    file opened or saved is remembered among the recent sessions
     */
    public SessionWindows(UiText text, Background background, Clock clock, SessionStore store, ParticipantLists lists,
                          String stylesheet, Function<String, java.util.Optional<LibraryEntry>> cases, Durability durability,
                          Chime chime, ExportWindows exports, PreparationFormat preparations,
                          PreferencesService preferences) {
        this(text, background, clock, store, lists, stylesheet, cases, durability, chime, exports, preparations, preferences,
                Rooms.onThisComputer());
    }

    /** Session windows whose rooms listen on {@code rooms}' addresses. */
    public SessionWindows(UiText text, Background background, Clock clock, SessionStore store, ParticipantLists lists,
                          String stylesheet, Function<String, java.util.Optional<LibraryEntry>> cases, Durability durability,
                          Chime chime, ExportWindows exports, PreparationFormat preparations,
                          PreferencesService preferences, Rooms rooms) {
        this.rooms = rooms;
        this.text = text;
        this.background = background;
        this.clock = clock;
        this.store = store;
        this.lists = lists;
        this.stylesheet = stylesheet;
        this.cases = cases;
        this.durability = durability;
        this.chime = chime;
        this.preparations = preparations;
        this.preferences = preferences;
        this.exports = exports;
        this.sizes = new WindowSizes(preferences);
        this.surveyTemplates = new SurveyTemplates(preferences.file().resolveSibling(SurveyTemplates.FILE_NAME),
                new se.samtalsledaren.json.Messages(text.locale()));
    }

    /** The export dialogs (session notes, participant handouts). */
    public ExportWindows exports() {
        return exports;
    }

    /** Shows the set-up for a session on {@code c}; starting it opens the session window. */
    public Stage showSetup(Case c, Window owner) {
        Stage stage = new Stage();
        var defaults = preferences.current();
        SessionSetupViewModel vm = new SessionSetupViewModel(CaseRef.of(c), LocalDate.now(clock), lists, background,
                defaults.defaultPlan(), defaults.slotSeconds(), text);
        vm.timePlan().teachingNotesProperty().set(c.teachingNotes());
        Parent root = new ViewLoader(text.bundle(), Map.of(SessionSetupController.class,
                (Supplier<Object>) () -> new SessionSetupController(vm, text, session -> {
                    stage.close();
                    openSession(session, c, null);
                }, stage::close, plan -> preferences.update(p -> p.withDefaultPlan(plan))))).load("session/SessionSetup.fxml");
        return DialogStages.show(sizes, WindowSizes.SETUP, stage, root, stylesheet,
                text.get("session.setup.title", c.number() + ": " + c.title()), owner);
    }

    /** Opens a session window for a new or reopened session; {@code file} is where it was opened from. */
    public Stage openSession(Session session, Case c, Path file) {
        return openSession(session, c, file, null, null, null);
    }

    /**
     * Opens a session window. {@code fileLock} is the lock already taken on {@code file};
     * {@code slot} a recovery slot already taken over (restoring after a crash); {@code lastSaved}
     * when the session read from a file was last written (null for a new one): a clock that was
     * still running then is stopped there, since the app did not run the session after it.
     */
    private Stage openSession(Session session, Case c, Path file, SessionLocks.Held fileLock, Recovery.Slot slot,
                              java.time.Instant lastSaved) {
        SessionRunner runner = new SessionRunner(session, clock, () -> UUID.randomUUID().toString().substring(0, 8));
        SessionViewModel vm = new SessionViewModel(runner, c, text, store, background);
        vm.fileProperty().addListener((o, before, saved) -> {
            if (saved != null) {
                preferences.rememberSession(saved);
            }
        });
        vm.fileProperty().set(file);
        SessionSaving saving = SessionSaving.attach(runner, vm, text, store, durability, clock, file, fileLock, slot);
        open.add(saving.autosave());

        // The room: its port onto this window's runner, closed with the window (and on quitting).
        // The survey remembers (in memory only) who has answered; the window's panel and the phones share it.
        SurveyRunner survey = new SurveyRunner(runner, () -> UUID.randomUUID().toString().substring(0, 8));
        SessionPort port = RunnerCommands.connect(runner, survey, c, rooms.fx());
        RoomHost host = new RoomHost(port, clock);
        openRooms.add(host);
        RoomViewModel room = new RoomViewModel(host, port, rooms.addresses(), () -> preferences.current().roomPort(), text,
                background, rooms.fx(), durability.zone());
        SessionPanels panels = new SessionPanels(runner, vm, text, chime, preparations, background, room, survey,
                surveyTemplates, durability.zone());
        if (lastSaved != null) {
            // Saved at once (a change like any other): the gap is not counted in the file either.
            runner.reopenedAfter(lastSaved);
        }
        ProjectorWindow projector = new ProjectorWindow(() -> {
            ProjectorViewModel shown = new ProjectorViewModel(vm, panels.content(), panels.timer(), panels.floor(),
                    panels.solutions(), text);
            shown.showRoom(room.qrProperty(), room.shortUrlProperty(), text);
            shown.showing(panels.board());
            return shown;
        }, text, stylesheet, vm.caseLabel(), sizes);
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>(panels.controllers());
        controllers.put(SessionController.class, () -> new SessionController(vm, text, panels::refreshFloor, projector::toggle,
                owner -> exports.showSessionExport(vm.session(), runner.now(), c, vm.fileProperty().get(), owner)));
        controllers.put(AutosaveBannerController.class, () -> new AutosaveBannerController(saving.model(), text));
        Parent root = new ViewLoader(text.bundle(), controllers).load("session/SessionView.fxml");
        Stage stage = new Stage();
        saving.model().setChoices(new AutosaveViewModel.Choices(target -> vm.saveTo(target, e -> { }), other -> open(other, stage),
                () -> { vm.fileProperty().set(null); vm.dirtyProperty().set(true); }));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle(text.get("session.window.title", vm.caseLabel()));
        stage.getProperties().put(SessionViewModel.class, vm);
        panels.viewModels().forEach(model -> stage.getProperties().put(model.getClass(), model));
        stage.getProperties().put(se.samtalsledaren.session.VoteRunner.class, panels.votes());
        stage.getProperties().put(se.samtalsledaren.session.SurveyRunner.class, panels.survey());
        stage.getProperties().put(ProjectorWindow.class, projector);
        stage.getProperties().put(AutosaveViewModel.class, saving.model());
        stage.getProperties().put(Autosave.class, saving.autosave());
        saving.endWith(stage, () -> open.remove(saving.autosave()));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            openRooms.remove(host);
            room.close();
        });
        sizes.show(stage, WindowSizes.SESSION);
        return stage;
    }

    /** Opens a session file in the background and shows it, or a clear error. */
    public void open(Path file, Window owner) {
        open(file, owner, stage -> { });
    }

    /** Opens a session file in the background and shows it, then hands its window to {@code opened}. */
    public void open(Path file, Window owner, java.util.function.Consumer<Stage> shown) {
        background.run(() -> {
            SessionLocks.Held lock = lock(file);
            try {
                return new Opened(store.openVersioned(file), lock, Files.getLastModifiedTime(file).toInstant());
            } catch (FileProblemException | RuntimeException e) {
                if (lock != null) {
                    lock.release();
                }
                throw e;
            }
        }, opened -> {
            Session session = opened.read().session();
            var entry = cases.apply(session.caseRef().id());
            if (entry.isEmpty()) {
                release(opened.lock());
                error(owner, text.get("session.caseMissing", session.caseRef().id()));
                return;
            }
            Stage stage = openSession(session, entry.get().value(), file, opened.lock(), null, opened.savedAt());
            if (opened.read().migrated()) {
                int from = opened.read().fileVersion();
                ((SessionViewModel) stage.getProperties().get(SessionViewModel.class)).statusProperty().set(
                        text.get("autosave.migrated", from, SessionFormat.FORMAT_VERSION,
                                SessionStore.olderFormatCopy(file, from).getFileName()));
            }
            shown.accept(stage);
        }, e -> error(owner, text.get("session.openFailed", describe(file, e))));
    }

    /** Opens a session recovered after a crash in a window that keeps saving it. */
    public void restore(Recovery.Candidate candidate, Recovery.Slot slot, Window owner) {
        Path origin = candidate.origin();
        background.run(() -> {
            if (origin == null || !Files.isRegularFile(origin)) {
                return new Restoring(null, null, "");
            }
            try {
                return new Restoring(origin, durability.locks().acquire(origin), "");
            } catch (SessionLockedException e) {
                return new Restoring(null, null, text.get("autosave.lockedOpenedUnsaved", origin, e.getMessage()));
            } catch (IOException e) {
                return new Restoring(origin, null, ""); // read-only folder: saving will say so
            }
        }, restoring -> {
            var entry = cases.apply(candidate.session().caseRef().id());
            if (entry.isEmpty()) {
                release(restoring.lock());
                background.run(() -> {
                    slot.close(true);
                    return null;
                }, x -> { }, x -> { });
                error(owner, text.get("session.caseMissing", candidate.session().caseRef().id()));
                return;
            }
            Stage stage = openSession(candidate.session(), entry.get().value(), restoring.file(), restoring.lock(), slot,
                    candidate.savedAt());
            SessionViewModel vm = (SessionViewModel) stage.getProperties().get(SessionViewModel.class);
            if (candidate.fromCopy() || restoring.file() == null) {
                // The recovered state is newer than any file: mark it unsaved and write it now.
                vm.dirtyProperty().set(true);
                ((Autosave) stage.getProperties().get(Autosave.class)).changed(vm.session());
            }
            if (!restoring.message().isEmpty()) {
                vm.statusProperty().set(restoring.message());
            }
        }, e -> {
            slot.close(true);
            error(owner, String.valueOf(e.getMessage()));
        });
    }

    /**
     * Ends every open window's autosave (quitting the app): pending changes are written, sessions
     * without a file keep their recovery copy for the next start.
     */
    public void closeAll() {
        // Every room closes first: the phones' access ends with the app, and what they typed goes
        // into the sessions (on the FX thread, the sessions' thread) before the last autosaves.
        // From the shutdown hook (another thread) the FX thread is asked first, for half a second;
        // JavaFX's own shutdown hook may have stopped it already (SIGTERM runs both at once), and
        // then the typing goes into the session on this thread. The room hands its waiting typing
        // over once, to whichever thread takes it first, so nothing is put in twice.
        boolean sessionsThread = javafx.application.Platform.isFxApplicationThread();
        for (RoomHost host : openRooms) {
            if (sessionsThread) {
                host.closeHere();
            } else {
                boolean flushed = false;
                try {
                    java.util.concurrent.CompletableFuture.runAsync(host::flushTyping, rooms.fx())
                            .get(500, java.util.concurrent.TimeUnit.MILLISECONDS);
                    flushed = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
                    // the FX thread is gone or stuck: the typing is put in below
                }
                if (!flushed) {
                    host.flushTyping();
                }
                host.close();
            }
        }
        openRooms.clear();
        open.forEach(Autosave::close);
        open.clear();
    }

    private record Opened(SessionFormat.Read read, SessionLocks.Held lock, java.time.Instant savedAt) {}

    private record Restoring(Path file, SessionLocks.Held lock, String message) {}

    /** The lock on a file to open; none when the folder is read-only (saving will say so). */
    private SessionLocks.Held lock(Path file) throws SessionLockedException {
        try {
            return durability.locks().acquire(file);
        } catch (SessionLockedException e) {
            throw e;
        } catch (IOException e) {
            return null;
        }
    }

    private void release(SessionLocks.Held lock) {
        if (lock != null) {
            background.run(() -> {
                lock.release();
                return null;
            }, x -> { }, x -> { });
        }
    }

    private String describe(Path file, Throwable e) {
        return e instanceof FileProblemException ? FileProblemException.describe(e) : file + ": " + se.samtalsledaren.ui.Alerts.describe(text, e);
    }

    private void error(Window owner, String message) {
        se.samtalsledaren.ui.Alerts.error(text, owner, message);
    }
}
