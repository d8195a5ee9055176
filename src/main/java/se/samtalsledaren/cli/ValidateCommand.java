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

/** {@code validate PATH...}: checks case files and prints one line per problem. */
final class ValidateCommand {
    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            (args.isEmpty() ? err : out).print("""
                    Usage: java -jar samtalsledaren.jar validate PATH...

                    Checks case files (*.json) or every *.json file in a folder. Prints one line
                    per problem (file:line:column: field: what is wrong) and exits 1 if any file
                    is invalid, 0 if all are valid.
                    """);
            return args.isEmpty() ? 2 : 0;
        }
        Messages messages = new Messages(Locale.ENGLISH);
        CaseLibraryLoader loader = new CaseLibraryLoader(new CaseFormat(messages), messages);
        List<FileProblem> problems = new ArrayList<>();
        int files = 0;
        for (String arg : args) {
            Path path = Path.of(arg);
            for (Path file : expand(path, problems)) {
                files++;
                try {
                    loader.readFile(file);
                    out.println(file + ": OK");
                } catch (FileProblemException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        problems.forEach(p -> err.println(p));
        out.println(files + " file(s) checked, " + problems.size() + " problem(s)");
        return problems.isEmpty() ? 0 : 1;
    }

    private static List<Path> expand(Path path, List<FileProblem> problems) {
        if (!Files.exists(path)) {
            problems.add(FileProblem.wholeFile(path.toString(), "no such file or folder"));
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
            problems.add(FileProblem.wholeFile(path.toString(), "cannot list folder: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }
}
