package se.samtalsledaren.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import se.samtalsledaren.store.SessionStore;

/**
 * {@code validate PATH...}: checks case files and session files and prints one line per
 * problem. A file whose top-level object has a {@code "case"} field is a session file (read
 * through {@code store.SessionFormat}); any other file is read as a case file. Both kinds carry
 * {@code formatVersion}, so that field cannot tell them apart.
 */
final class ValidateCommand {
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
        Messages messages = new Messages(Locale.ENGLISH);
        CaseLibraryLoader cases = new CaseLibraryLoader(new CaseFormat(messages), messages);
        SessionStore sessions = new SessionStore(messages);
        List<FileProblem> problems = new ArrayList<>();
        int files = 0;
        for (String arg : args) {
            Path path = Path.of(arg);
            for (Path file : expand(path, problems)) {
                files++;
                try {
                    if (isSession(file)) {
                        sessions.open(file);
                    } else {
                        cases.readFile(file);
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
     * Whether the file's top-level object has a {@code "case"} field. Only the top level is
     * scanned; a file that is not JSON at all is left to the case reader, whose problem report
     * says where it breaks.
     */
    static boolean isSession(Path file) {
        try (JsonParser p = new ObjectMapper().getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                if (p.currentName().equals("case")) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
