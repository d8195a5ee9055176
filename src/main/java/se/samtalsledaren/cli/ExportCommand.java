package se.samtalsledaren.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.export.SessionDocument;
import se.samtalsledaren.export.SurveyCsv;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.TimeUsed;
import se.samtalsledaren.store.SessionStore;

/**
 * {@code export SESSION.json --format md|html|pdf|docx --out FILE}: the notes of a saved session;
 * {@code --format csv}: its anonymous survey answers for a spreadsheet.
 */
final class ExportCommand extends DocumentCommand {
    private final Clock clock;

    ExportCommand(PrintStream out, PrintStream err, CliText text, Clock clock) {
        super("export", List.of(ExportFormat.values()), out, err, text);
        this.clock = clock;
    }

    @Override
    protected String inputName() {
        return "session file";
    }

    @Override
    protected String dataFormat() {
        return "csv";
    }

    /** The session's anonymous survey answers, one row each ({@link SurveyCsv}). */
    @Override
    protected byte[] data(List<String> inputs) throws FileProblemException {
        return new SurveyCsv().write(session(inputs));
    }

    private Session session(List<String> inputs) throws FileProblemException {
        Path file = Path.of(inputs.get(0));
        if (!Files.exists(file)) {
            throw missing(file);
        }
        return new SessionStore(messages).open(file);
    }

    @Override
    protected ExportDocument document(List<String> inputs, Labels labels) throws FileProblemException {
        Session session = session(inputs);
        Optional<Case> caseData = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of())
                .byId(session.caseRef().id()).map(LibraryEntry::value);
        if (caseData.isEmpty()) {
            err.println(text.get("caseNotBundled", session.caseRef().id()));
        }
        // Counted as the session window counts the file when it is opened now: a clock that was
        // still running goes on up to the present.
        Instant at = TimeUsed.now(session, clock);
        if (TimeUsed.of(session, at).running()) {
            err.println(text.get("clockRunning", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(at)));
        }
        return new SessionDocument(labels, clock.getZone()).build(session, caseData, at);
    }
}
