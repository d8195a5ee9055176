package se.samtalsledaren.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.SessionFormat;

/** The sample session, its case and documents built from them, for export tests. */
public final class ExportFixtures {
    public static final Path SAMPLE = Path.of("examples/sample-session.json");
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static CaseLibrary library;

    private ExportFixtures() {}

    public static synchronized CaseLibrary library() {
        if (library == null) {
            Messages messages = new Messages(new Locale("sv"));
            library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        }
        return library;
    }

    public static Session sample() throws Exception {
        return new SessionFormat(new Messages(new Locale("sv"))).read(SAMPLE.toString(), Files.readAllBytes(SAMPLE));
    }

    public static Case case11() {
        return library().byId("skr-11").map(LibraryEntry::value).orElseThrow();
    }

    public static ExportDocument sampleDocument() throws Exception {
        return sessionDocument(sample());
    }

    public static ExportDocument sessionDocument(Session s) {
        return new SessionDocument(new Labels(), STOCKHOLM).build(s, library().byId(s.caseRef().id()).map(LibraryEntry::value));
    }

    public static ExportDocument handout() {
        return new HandoutDocument(new Labels()).build(case11());
    }

    /** Where tests leave their exports for a person to look at (under target/, never committed). */
    public static Path inspectionFolder() throws Exception {
        return Files.createDirectories(Path.of("target", "export-samples"));
    }
}
