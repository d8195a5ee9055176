package se.samtalsledaren.ui;

import java.time.Instant;
import java.util.Locale;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.session.SessionWindows;
import se.samtalsledaren.export.Exporter;
import se.samtalsledaren.ui.export.ExportWindows;

/** Session windows for UI tests: synchronous background work and a fake clock. */
public final class TestWindows {
    public static final FakeClock CLOCK = new FakeClock(Instant.parse("2026-11-23T09:00:00Z"));

    /** Files the export dialogs were asked to open ("open after export"), in order. */
    public static final java.util.List<java.nio.file.Path> OPENED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestWindows() {}

    /** Export dialogs with synchronous background work that record the files they open instead of opening them. */
    public static ExportWindows exports(java.util.List<java.nio.file.Path> opened) {
        return new ExportWindows(new UiText(new Locale("sv")), Background.synchronous(), new Exporter(),
                java.time.ZoneId.of("Europe/Stockholm"), opened::add, App.class.getResource("app.css").toExternalForm(),
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
    }

    public static SessionWindows create(CaseLibrary library) {
        Messages messages = new Messages(new Locale("sv"));
        return new SessionWindows(new UiText(new Locale("sv")), Background.synchronous(), CLOCK, new SessionStore(messages),
                new ParticipantLists(messages), App.class.getResource("app.css").toExternalForm(), library::byId, exports(OPENED));
    }
}
