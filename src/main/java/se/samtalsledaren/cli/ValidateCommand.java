package se.samtalsledaren.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.SessionFiles;
import se.samtalsledaren.store.SessionStore;

/**
 * {@code validate [--kind case|session|preparation] PATH...}: checks case, session and
 * preparation files and prints one line per problem. Without {@code --kind} each file's kind is
 * told from its top-level fields: one with a {@code "case"} object and the fields of a session
 * ({@code participants}, {@code timePlan}, {@code notes}) is a session file, one with a
 * {@code "case"} object and those of a preparation ({@code anonymous}, {@code steps},
 * {@code savedAt}, or the name {@code *.forberedelse.json}) a preparation file, any other a case
 * file. All carry {@code formatVersion}, so that field cannot tell them apart.
 */
final class ValidateCommand {
    /** The kinds of file {@code validate} checks. */
    enum Kind {
        CASE, SESSION, PREPARATION;

        static java.util.Optional<Kind> of(String name) {
            for (Kind k : values()) {
                if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return java.util.Optional.of(k);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    ValidateCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(List<String> args) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            (args.isEmpty() ? err : out).print(text.get("usage.validate"));
            return args.isEmpty() ? 2 : 0;
        }
        Kind forced = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--kind") || arg.startsWith("--kind=")) {
                String value = arg.equals("--kind") ? (i + 1 < args.size() ? args.get(++i) : null) : arg.substring("--kind=".length());
                java.util.Optional<Kind> kind = value == null ? java.util.Optional.empty() : Kind.of(value);
                if (kind.isEmpty()) {
                    err.println(text.get("error", value == null ? text.get("missingValue", "--kind") : text.get("badKind", value)));
                    err.println(text.get("tryHelp", "validate"));
                    return 2;
                }
                forced = kind.get();
            } else if (arg.startsWith("-") && arg.length() > 1) {
                err.println(text.get("error", text.get("unknownOption", arg)));
                err.println(text.get("tryHelp", "validate"));
                return 2;
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            err.print(text.get("usage.validate"));
            return 2;
        }
        Messages messages = new Messages(Locale.ENGLISH);
        CaseLibraryLoader cases = new CaseLibraryLoader(new CaseFormat(messages), messages);
        SessionStore sessions = new SessionStore(messages);
        PreparationFormat preparations = new PreparationFormat(messages);
        List<FileProblem> problems = new ArrayList<>();
        int files = 0;
        for (String arg : paths) {
            Path path = Path.of(arg);
            for (Path file : expand(path, problems)) {
                files++;
                try {
                    switch (forced != null ? forced : kindOf(file)) {
                        case SESSION -> sessions.open(file);
                        case PREPARATION -> preparations.open(file);
                        default -> cases.readFile(file);
                    }
                    out.println(text.get("okFile", file, text.get("ok")));
                } catch (FileProblemException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        problems.forEach(err::println);
        out.println(text.get("summary", files, problems.size()));
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * The kind of file by its top-level field names (only the top level is scanned, values
     * skipped). A file that is not JSON at all is left to the case reader, whose report says
     * where it breaks.
     */
    static Kind kindOf(Path file) {
        return switch (SessionFiles.sniff(file)) {
            case SESSION -> Kind.SESSION;
            case PREPARATION -> Kind.PREPARATION;
            case OTHER, BROKEN -> Kind.CASE;
        };
    }

    private List<Path> expand(Path path, List<FileProblem> problems) {
        if (!Files.exists(path)) {
            problems.add(FileProblem.wholeFile(path.toString(), text.get("noSuchFile")));
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(path, "*.json")) {
            s.forEach(p -> {
                if (!p.getFileName().toString().equals("schema.json")) {
                    files.add(p);
                }
            });
        } catch (IOException e) {
            problems.add(FileProblem.wholeFile(path.toString(), text.get("cannotList", e.getMessage())));
        }
        files.sort(null);
        return files;
    }
}
