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
import java.util.function.Supplier;
import se.samtalsledaren.json.BoundedFiles;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Case;

/**
 * Loads the bundled SKR cases and any library folders. A broken file never stops the others:
 * its problems are collected in the resulting {@link CaseLibrary}.
 *
 * <p>The files are read and validated on up to {@code threads} threads (the calling thread and
 * short-lived daemon threads), each taking the next file in order; the results are then combined
 * in that order on the calling thread, so entries, problems and duplicate-id decisions are the
 * same as one thread would give.
 */
public final class CaseLibraryLoader {
    /** Resource folder of the bundled cases; {@code index.txt} there lists the case files. */
    public static final String BUNDLED_FOLDER = "se/samtalsledaren/cases/";
    /** A file of this name in a library folder is the schema, never a case. */
    public static final String SCHEMA_FILE = "schema.json";

    private final CaseFormat format;
    private final Messages messages;
    private final int threads;

    /**
     * A loader using one thread per available processor but one: the app loads its library while
     * the FX thread builds the window, and a second loading thread on two cores only took time
     * from it (docs/performance.md). On two cores that is the calling thread alone.
     */
    public CaseLibraryLoader(CaseFormat format, Messages messages) {
        this(format, messages, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /**
     * @param threads at most this many threads read and validate files at once (1: only the
     *                calling thread)
     */
    public CaseLibraryLoader(CaseFormat format, Messages messages, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.format = format;
        this.messages = messages;
        this.threads = threads;
    }

    /** Loads the bundled cases and then each folder in order. */
    public CaseLibrary load(List<Path> folders) {
        List<Supplier<Loaded>> jobs = new ArrayList<>();
        for (String name : bundledFileNames()) {
            jobs.add(() -> loadBundled(name));
        }
        for (Path folder : folders) {
            jobs.addAll(folderJobs(folder));
        }
        Accumulator acc = new Accumulator();
        for (Loaded loaded : new OrderedWork<>(jobs, threads, "library-loader").run()) {
            acc.problems.addAll(loaded.problems());
            if (loaded.entry() != null) {
                acc.add(loaded.entry());
            }
        }
        return new CaseLibrary(acc.entries, acc.problems);
    }

    /** What one file gave: an entry, or the problems that kept it out. */
    private record Loaded(LibraryEntry entry, List<FileProblem> problems) {
        /** Not a case file (a folder named like one): neither an entry nor a problem, as before. */
        static final Loaded SKIPPED = new Loaded(null, List.of());

        static Loaded of(LibraryEntry entry) {
            return new Loaded(entry, List.of());
        }

        static Loaded failed(List<FileProblem> problems) {
            return new Loaded(null, problems);
        }
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

    private Loaded loadBundled(String name) {
        try (InputStream in = resource(name)) {
            return Loaded.of(new LibraryEntry(format.readBundled(name, in.readAllBytes()), LibraryEntry.BUNDLED, name, true));
        } catch (FileProblemException e) {
            return Loaded.failed(e.problems());
        } catch (IOException e) {
            return Loaded.failed(List.of(FileProblem.wholeFile(name, messages.get("cannotRead", e.getMessage()))));
        }
    }

    /** One job per case file of {@code folder}, sorted by name; one failing job if it cannot be listed. */
    private List<Supplier<Loaded>> folderJobs(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            Loaded unreadable = Loaded.failed(List.of(
                    FileProblem.wholeFile(folder.toString(), messages.get("cannotRead", BoundedFiles.describe(e)))));
            return List.of(() -> unreadable);
        }
        files.sort(null);
        List<Supplier<Loaded>> jobs = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().equals(SCHEMA_FILE)) {
                continue;
            }
            jobs.add(() -> {
                if (!Files.isRegularFile(file)) {
                    return Loaded.SKIPPED;
                }
                try {
                    return Loaded.of(new LibraryEntry(readFile(file), folder.toString(), file.getFileName().toString(), false));
                } catch (FileProblemException e) {
                    return Loaded.failed(e.problems());
                }
            });
        }
        return jobs;
    }

    /** Reads one case file from disk, refusing oversized files before reading them. */
    public Case readFile(Path file) throws FileProblemException {
        return format.read(file.toString(), BoundedFiles.read(file, format.limits().maxBytes(), messages));
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
