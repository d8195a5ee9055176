package se.samtalsledaren.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.compare.ComparisonDocument;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.store.SessionStore;

/**
 * {@code compare A.json B.json … --format md|html|pdf|docx --out FILE}: 2–12 sessions of one case
 * side by side, with the shared problems and solutions grouped as word overlap suggests. Every
 * file is read before anything is refused, so one run names every broken file and every session
 * of another case.
 */
final class CompareCommand extends DocumentCommand {
    CompareCommand(PrintStream out, PrintStream err, CliText text) {
        super("compare", List.of(ExportFormat.values()), out, err, text);
    }

    @Override
    protected String inputName() {
        return "session files";
    }

    @Override
    protected List<String> inputs(Arguments a) throws Arguments.UsageException {
        if (a.inputs.size() < Comparison.MIN_SESSIONS || a.inputs.size() > Comparison.MAX_SESSIONS) {
            throw new Arguments.UsageException(text.get("compareCount", Comparison.MIN_SESSIONS, Comparison.MAX_SESSIONS,
                    a.inputs.size()));
        }
        return List.copyOf(a.inputs);
    }

    @Override
    protected ExportDocument document(List<String> inputs, Labels labels) throws FileProblemException {
        SessionStore store = new SessionStore(messages);
        Comparison c = Comparison.open(inputs.stream().map(Path::of).toList(), file -> {
            if (!Files.exists(file)) {
                throw missing(file);
            }
            return store.open(file);
        }, messages);
        return new ComparisonDocument(labels).build(c);
    }
}
