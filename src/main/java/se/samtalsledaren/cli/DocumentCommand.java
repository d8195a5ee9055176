package se.samtalsledaren.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.export.Exporter;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;

/**
 * What {@code export}, {@code handout} and {@code compare} share: parsing, reading the input, writing the
 * document, and turning every failure into one clear line and an exit code (0 written,
 * 1 invalid input or unwritable file, 2 wrong usage).
 */
abstract class DocumentCommand {
    protected final PrintStream out;
    protected final PrintStream err;
    protected final CliText text;
    protected final Messages messages = new Messages(Locale.ENGLISH);
    private final String name;
    private final List<ExportFormat> formats;

    DocumentCommand(String name, List<ExportFormat> formats, PrintStream out, PrintStream err, CliText text) {
        this.name = name;
        this.formats = formats;
        this.out = out;
        this.err = err;
        this.text = text;
    }

    /** Reads the inputs named on the command line (as {@link #inputs} took them) and builds the document with {@code labels}. */
    protected abstract ExportDocument document(List<String> inputs, Labels labels) throws FileProblemException;

    /** The inputs the command takes from the arguments: exactly one unless a command says otherwise. */
    protected List<String> inputs(Arguments a) throws Arguments.UsageException {
        return List.of(a.input(inputName(), text));
    }

    /** What the one input is called in messages, e.g. "session file". */
    protected abstract String inputName();

    /** A format the command writes as data rather than as a document (export's "csv"), or null. */
    protected String dataFormat() {
        return null;
    }

    /** The bytes of {@link #dataFormat()} for the inputs. */
    protected byte[] data(List<String> inputs) throws FileProblemException {
        throw new UnsupportedOperationException(name + " writes documents only");
    }

    final int run(List<String> args) {
        Arguments a;
        ExportFormat format;
        List<String> inputs;
        Path target;
        Labels labels;
        boolean data;
        try {
            a = Arguments.parse(args, text);
            if (a.help) {
                out.print(text.get("usage." + name));
                return 0;
            }
            inputs = inputs(a);
            data = dataFormat() != null && a.names(dataFormat());
            format = data ? null : a.format(formats, dataFormat() == null ? List.of() : List.of(dataFormat()), text);
            labels = new Labels(a.language(text));
            target = Path.of(a.out);
        } catch (Arguments.UsageException | InvalidPathException e) {
            err.println(text.get("error", e.getMessage()));
            err.println(text.get("tryHelp", name));
            return 2;
        }
        if (Files.isDirectory(target)) {
            err.println(text.get("error", text.get("outIsFolder", target)));
            return 2;
        }
        ExportDocument document = null;
        byte[] bytes = null;
        try {
            if (data) {
                bytes = data(inputs);
            } else {
                document = document(inputs, labels);
            }
        } catch (FileProblemException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        try {
            if (data) {
                se.samtalsledaren.store.AtomicFiles.write(target, bytes);
            } else {
                new Exporter().write(document, format, target);
            }
        } catch (IOException | RuntimeException e) {
            err.println(text.get("cannotWrite", target, describe(e)));
            return 1;
        }
        long kb = Math.max(1, (target.toFile().length() + 1023) / 1024);
        out.println(text.get("written", target, data ? dataFormat() : format.extension(), kb));
        return 0;
    }

    /** A missing input file, said the same way as {@code validate} says it. */
    protected FileProblemException missing(Path file) {
        return new FileProblemException(FileProblem.wholeFile(file.toString(), text.get("noSuchFile")));
    }

    private static String describe(Exception e) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
