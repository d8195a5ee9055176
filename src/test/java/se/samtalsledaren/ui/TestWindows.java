package se.samtalsledaren.ui;

import java.time.Instant;
import java.util.Locale;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.main.MainActions;
import se.samtalsledaren.ui.participant.ParticipantWindows;
import se.samtalsledaren.ui.preferences.PreferencesDialog;
import se.samtalsledaren.ui.session.SessionWindows;

/** Session windows for UI tests: synchronous background work and a fake clock. */
public final class TestWindows {
    public static final FakeClock CLOCK = new FakeClock(Instant.parse("2026-11-23T09:00:00Z"));

    /** How often the end-of-slot chime was asked to play. */
    public static final java.util.concurrent.atomic.AtomicInteger CHIMES = new java.util.concurrent.atomic.AtomicInteger();

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

    public static SessionWindows create(CaseLibrary library) {
        Messages messages = new Messages(new Locale("sv"));
        return new SessionWindows(new UiText(new Locale("sv")), Background.synchronous(), CLOCK, new SessionStore(messages),
                new ParticipantLists(messages), App.class.getResource("app.css").toExternalForm(), library::byId,
                onFailure -> CHIMES.incrementAndGet(), new PreparationFormat(messages), PREFERENCES);
    }

    /** Participant-mode windows on the fake clock, choosing among {@code library}'s cases. */
    public static ParticipantWindows participants(CaseLibrary library) {
        Messages messages = new Messages(new Locale("sv"));
        return new ParticipantWindows(new UiText(new Locale("sv")), Background.synchronous(), CLOCK, new PreparationFormat(messages),
                new CaseLibraryLoader(new CaseFormat(messages), messages)::readFile, library::entries,
                App.class.getResource("app.css").toExternalForm(), () -> 1.0);
    }

    /** The main window's extra actions, wired as the app wires them. */
    public static MainActions actions(CaseLibrary library) {
        return new MainActions(participants(library)::open, owner -> PreferencesDialog.show(new UiText(new Locale("sv")),
                App.class.getResource("app.css").toExternalForm(), PREFERENCES.current(), owner, p -> PREFERENCES.update(x -> p)));
    }
}
