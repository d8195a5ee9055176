package se.samtalsledaren.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Case;

/**
 * Loads the bundled SKR cases and any library folders. A broken file never stops the others:
 * its problems are collected in the resulting {@link CaseLibrary}.
 */
public final class CaseLibraryLoader {
    /** Resource folder of the bundled cases; {@code index.txt} there lists the case files. */
    public static final String BUNDLED_FOLDER = "se/samtalsledaren/cases/";
    /** A file of this name in a library folder is the schema, never a case. */
    public static final String SCHEMA_FILE = "schema.json";

    private final CaseFormat format;
    private final Messages messages;

    public CaseLibraryLoader(CaseFormat format, Messages messages) {
        this.format = format;
        this.messages = messages;
    }

    /** Loads the bundled cases and then each folder in order. */
    public CaseLibrary load(List<Path> folders) {
        Accumulator acc = new Accumulator();
        loadBundled(acc);
        for (Path folder : folders) {
            loadFolder(folder, acc);
        }
        return new CaseLibrary(acc.entries, acc.problems);
    }

    /** Names of the bundled case files, in order. */
    public static List<String> bundledFileNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = resource("index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("bundled case index unreadable", e);
        }
        return names;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = CaseLibraryLoader.class.getClassLoader().getResourceAsStream(BUNDLED_FOLDER + name);
        if (in == null) {
            throw new IOException("missing bundled resource " + BUNDLED_FOLDER + name);
        }
        return in;
    }

    private void loadBundled(Accumulator acc) {
        for (String name : bundledFileNames()) {
            try (InputStream in = resource(name)) {
                acc.add(new LibraryEntry(format.read(name, in.readAllBytes()), LibraryEntry.BUNDLED, name, true));
            } catch (FileProblemException e) {
                acc.problems.addAll(e.problems());
            } catch (IOException e) {
                acc.problems.add(FileProblem.wholeFile(name, messages.get("cannotRead", e.getMessage())));
            }
        }
    }

    private void loadFolder(Path folder, Accumulator acc) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            acc.problems.add(FileProblem.wholeFile(folder.toString(), messages.get("cannotRead", describe(e))));
            return;
        }
        files.sort(null);
        for (Path file : files) {
            if (file.getFileName().toString().equals(SCHEMA_FILE) || !Files.isRegularFile(file)) {
                continue;
            }
            try {
                acc.add(new LibraryEntry(readFile(file), folder.toString(), file.getFileName().toString(), false));
            } catch (FileProblemException e) {
                acc.problems.addAll(e.problems());
            }
        }
    }

    /** Reads one case file from disk, refusing oversized files before reading them. */
    public Case readFile(Path file) throws FileProblemException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > format.limits().maxBytes()) {
                throw new FileProblemException(FileProblem.wholeFile(name,
                        messages.get("tooLarge", size, format.limits().maxBytes())));
            }
            return format.read(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new FileProblemException(FileProblem.wholeFile(name, messages.get("cannotRead", describe(e))));
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage();
    }

    private final class Accumulator {
        final List<LibraryEntry> entries = new ArrayList<>();
        final List<FileProblem> problems = new ArrayList<>();
        final Map<String, LibraryEntry> byId = new HashMap<>();

        void add(LibraryEntry entry) {
            LibraryEntry existing = byId.putIfAbsent(entry.value().id(), entry);
            if (existing != null) {
                String where = existing.bundled() ? existing.file() : existing.origin() + "/" + existing.file();
                String file = entry.bundled() ? entry.file() : entry.origin() + "/" + entry.file();
                problems.add(new FileProblem(file, 0, 0, "$.id", messages.get("duplicateId", entry.value().id(), where)));
                return;
            }
            entries.add(entry);
        }
    }
}
