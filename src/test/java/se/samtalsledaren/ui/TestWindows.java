package se.samtalsledaren.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.ManualScheduler;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.compare.CompareWindows;
import se.samtalsledaren.ui.main.MainActions;
import se.samtalsledaren.ui.workshops.WorkshopsWindow;
import se.samtalsledaren.ui.participant.ParticipantWindows;
import se.samtalsledaren.ui.preferences.PreferencesDialog;
import se.samtalsledaren.ui.session.SessionWindows;
import se.samtalsledaren.export.Exporter;
import se.samtalsledaren.ui.export.ExportWindows;

/** Session windows for UI tests: synchronous background work and a fake clock. */
public final class TestWindows {
    public static final FakeClock CLOCK = new FakeClock(Instant.parse("2026-11-23T09:00:00Z"));

    /** How often the end-of-slot chime was asked to play. */
    public static final java.util.concurrent.atomic.AtomicInteger CHIMES = new java.util.concurrent.atomic.AtomicInteger();

    /** Files the export dialogs were asked to open ("open after export"), in order. */
    public static final java.util.List<java.nio.file.Path> OPENED = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The export dialogs' renderer warm-up: counted, never run in tests. */
    public static final CountingWarmup RENDERER_WARMUPS = new CountingWarmup();

    /** Counts what the export dialogs ask of the renderers' warm-up. */
    public static final class CountingWarmup implements se.samtalsledaren.export.Warmup {
        public final java.util.concurrent.atomic.AtomicInteger starts = new java.util.concurrent.atomic.AtomicInteger();
        public final java.util.concurrent.atomic.AtomicInteger stops = new java.util.concurrent.atomic.AtomicInteger();
        public volatile se.samtalsledaren.export.ExportFormat first;

        @Override
        public void startOnce(se.samtalsledaren.export.ExportFormat format) {
            first = format;
            starts.incrementAndGet();
        }

        @Override
        public void stop() {
            stops.incrementAndGet();
        }
    }

    /** Export dialogs with synchronous background work that record the files they open instead of opening them. */
    public static ExportWindows exports(java.util.List<java.nio.file.Path> opened) {
        return new ExportWindows(new UiText(new Locale("sv")), Background.synchronous(), new Exporter(),
                java.time.ZoneId.of("Europe/Stockholm"), opened::add, App.class.getResource("app.css").toExternalForm(),
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), RENDERER_WARMUPS, new WindowSizes(PREFERENCES));
    }

    /**
     * Preferences of the UI tests, saved (synchronously) under {@code target/}; a test that
     * changes them puts the defaults back.
     */
    public static final PreferencesService PREFERENCES = new PreferencesService(
            new PreferencesStore(AppDirectories.under(java.nio.file.Path.of("target", "ui-test-home"))),
            Preferences.defaults(), Background.synchronous(), e -> { throw new AssertionError(e); });

    private TestWindows() {}

    /** The bundled SKR cases, as the app loads them without library folders. */
    public static CaseLibrary bundledLibrary() {
        Messages messages = new Messages(new Locale("sv"));
        return new CaseLibraryLoader(new CaseFormat(messages), messages).load(java.util.List.of());
    }

    /** Windows whose autosave waits for a scheduler nobody advances, under a fresh temporary home. */
    public static SessionWindows create(CaseLibrary library) {
        try {
            return create(library, Files.createTempDirectory("samtalsledaren-ui"), new ManualScheduler(CLOCK), CLOCK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #create(CaseLibrary)}, with the windows in {@code locale}'s language. */
    public static SessionWindows create(CaseLibrary library, Locale locale) {
        try {
            return durable(library, Files.createTempDirectory("samtalsledaren-ui"), new ManualScheduler(CLOCK), CLOCK,
                    SessionWindows.Rooms.onThisComputer(), locale).windows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Windows saving under {@code home} (data in {@code home/data}) on {@code scheduler}'s time. */
    public static SessionWindows create(CaseLibrary library, Path home, ManualScheduler scheduler, FakeClock clock) {
        return durable(library, home, scheduler, clock).windows();
    }

    /** Session windows and the store parts behind them, for tests that look at files and locks. */
    public record Durable(SessionWindows windows, SessionLocks locks, SessionStore store, Recovery recovery) {}

    public static Durable durable(CaseLibrary library, Path home, ManualScheduler scheduler, FakeClock clock) {
        return durable(library, home, scheduler, clock, SessionWindows.Rooms.onThisComputer());
    }

    /** The same, with the session windows' rooms listening on {@code rooms}' addresses (127.0.0.1 in tests). */
    public static Durable durable(CaseLibrary library, Path home, ManualScheduler scheduler, FakeClock clock,
                                  SessionWindows.Rooms rooms) {
        return durable(library, home, scheduler, clock, rooms, new Locale("sv"));
    }

    private static Durable durable(CaseLibrary library, Path home, ManualScheduler scheduler, FakeClock clock,
                                   SessionWindows.Rooms rooms, Locale locale) {
        Messages messages = new Messages(locale);
        SessionLocks locks = SessionLocks.forThisProcess(messages, clock);
        SessionStore store = new SessionStore(messages, new Backups(home.resolve("data/backups"), clock), locks);
        Recovery recovery = new Recovery(home.resolve("data/autosave"), store, locks);
        SessionWindows windows = new SessionWindows(new UiText(locale), Background.synchronous(), clock, store,
                new ParticipantLists(messages), App.class.getResource("app.css").toExternalForm(), library::byId,
                new SessionWindows.Durability(locks, recovery, scheduler, Runnable::run, ZoneOffset.UTC),
                onFailure -> CHIMES.incrementAndGet(), exports(OPENED), new PreparationFormat(messages), PREFERENCES, rooms);
        return new Durable(windows, locks, store, recovery);
    }

    /** Participant-mode windows on the fake clock, choosing among {@code library}'s cases. */
    public static ParticipantWindows participants(CaseLibrary library) {
        Messages messages = new Messages(new Locale("sv"));
        return new ParticipantWindows(new UiText(new Locale("sv")), Background.synchronous(), CLOCK, new PreparationFormat(messages),
                new CaseLibraryLoader(new CaseFormat(messages), messages)::readFile, library::entries,
                App.class.getResource("app.css").toExternalForm(), () -> 1.0, new WindowSizes(PREFERENCES));
    }

    /** The main window's extra actions, wired as the app wires them. */
    public static MainActions actions(CaseLibrary library) {
        CompareWindows compare = compare();
        return new MainActions(participants(library)::open, owner -> PreferencesDialog.show(new UiText(new Locale("sv")),
                App.class.getResource("app.css").toExternalForm(), PREFERENCES.current(), owner, p -> PREFERENCES.update(x -> p),
                new WindowSizes(PREFERENCES)),
                compare::choose, owner -> workshops(compare, create(library)::open).show(owner));
    }

    /** Comparison windows reading with a plain store, background work run synchronously. */
    public static CompareWindows compare() {
        Messages messages = new Messages(new Locale("sv"));
        return new CompareWindows(new UiText(new Locale("sv")), Background.synchronous(), new SessionStore(messages), messages,
                exports(OPENED), App.class.getResource("app.css").toExternalForm(), new WindowSizes(PREFERENCES));
    }

    /** The trainer's record on the test preferences, synchronous; {@code open} receives the sessions it is asked to open. */
    public static WorkshopsWindow workshops(CompareWindows compare, java.util.function.BiConsumer<Path, javafx.stage.Window> open) {
        Messages messages = new Messages(new Locale("sv"));
        return new WorkshopsWindow(new UiText(new Locale("sv")), Background.synchronous(),
                new se.samtalsledaren.compare.WorkshopScan(new SessionStore(messages), messages), PREFERENCES, Runnable::run, open,
                compare::compare, App.class.getResource("app.css").toExternalForm(), new WindowSizes(PREFERENCES));
    }
}
