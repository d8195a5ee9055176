package se.samtalsledaren.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.export.HandoutDocument;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;

/** {@code handout CASE --format pdf|docx --out FILE}: a case's preparation handout. */
final class HandoutCommand extends DocumentCommand {
    HandoutCommand(PrintStream out, PrintStream err, CliText text) {
        super("handout", List.of(ExportFormat.PDF, ExportFormat.DOCX), out, err, text);
    }

    @Override
    protected String inputName() {
        return "case (number, id or file)";
    }

    @Override
    protected ExportDocument document(List<String> inputs, Labels labels) throws FileProblemException {
        String input = inputs.get(0);
        return new HandoutDocument(labels).build(find(input));
    }

    private Case find(String input) throws FileProblemException {
        CaseLibraryLoader loader = new CaseLibraryLoader(new CaseFormat(messages), messages);
        Path file = Path.of(input);
        if (Files.isRegularFile(file)) {
            return loader.readFile(file);
        }
        if (!input.matches("\\d{1,3}|[a-z][a-z0-9-]*")) {
            throw missing(file);
        }
        CaseLibrary bundled = loader.load(List.of());
        return bundled.entries().stream().map(LibraryEntry::value)
                .filter(c -> input.equals(Integer.toString(c.number())) || input.equals(c.id()))
                .findFirst()
                .orElseThrow(() -> new FileProblemException(FileProblem.wholeFile(input,
                        text.get("unknownCase", input, bundled.entries().size()))));
    }
}
