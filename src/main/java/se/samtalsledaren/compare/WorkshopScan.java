package se.samtalsledaren.compare;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.SessionFiles;
import se.samtalsledaren.store.SessionStore;

/**
 * A trainer's record of workshops: the sessions found in given files (the recent sessions) and
 * in chosen folders (their session files up to {@value #FOLDER_DEPTH} folders down), each
 * summed up as date, case, group, participants per role, time used and whether step 5 got its
 * time. Reading is defensive and never stops: a file that cannot be read is listed with the
 * reason (file, line:column and field where the reader can tell), and the scan goes on. JSON
 * files of other kinds in the folders (cases, preparations) are passed over. Nothing is written.
 */
public final class WorkshopScan {
    /** How many folders below a chosen folder are searched. */
    public static final int FOLDER_DEPTH = 4;

    /**
     * One session found.
     *
     * @param people       participants per role (every role present, 0 when none)
     * @param used         all time used by the time log
     * @param step5Used    time used in step 5
     * @param step5Planned minutes planned for step 5, added minutes included
     */
    public record Entry(Path file, CaseRef caseRef, LocalDate date, String title, String place, String facilitator,
                        Map<Role, Integer> people, Duration used, int plannedMinutes, Duration step5Used, int step5Planned,
                        StepTimes.Step5 step5) {
        public Entry {
            Objects.requireNonNull(file, "file");
            people = Collections.unmodifiableMap(new EnumMap<>(people));
        }

        public int people(Role role) {
            return people.getOrDefault(role, 0);
        }

        static Entry of(Path file, Session s) {
            StepTimes times = StepTimes.of(s);
            EnumMap<Role, Integer> people = new EnumMap<>(Role.class);
            for (Role r : Role.values()) {
                people.put(r, (int) s.participants().stream().filter(p -> p.role() == r).count());
            }
            return new Entry(file, s.caseRef(), s.info().date(), s.info().title(), s.info().place(), s.info().facilitator(),
                    people, times.total(), times.plannedTotal(), times.used(Phase.STEP_5), times.planned(Phase.STEP_5), times.step5());
        }
    }

    /** A file or folder that could not be read, and why (one line, as the reader reports it). */
    public record Problem(Path file, String reason) {}

    /** The sessions found, newest first, and the problems, in the order met. */
    public record Result(List<Entry> entries, List<Problem> problems) {
        public Result {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }

        /** The cases of the sessions found, by number. */
        public List<CaseRef> cases() {
            return entries.stream().map(Entry::caseRef).distinct()
                    .sorted(Comparator.comparingInt(CaseRef::number).thenComparing(CaseRef::id)).toList();
        }

        /** The years of the sessions found, newest first. */
        public List<Integer> years() {
            return entries.stream().map(e -> e.date().getYear()).distinct().sorted(Comparator.reverseOrder()).toList();
        }
    }

    /** Told after each file read: how many of how many. */
    public interface Progress {
        void update(int done, int total);
    }

    private final SessionStore store;
    private final Messages messages;

    public WorkshopScan(SessionStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /**
     * Reads the session files among {@code files} and in {@code folders}; each file once, however
     * it was named. Stops early (with what it has) when {@code cancelled} says so.
     */
    public Result scan(List<Path> files, List<Path> folders, Progress progress, BooleanSupplier cancelled) {
        List<Problem> problems = new ArrayList<>();
        Set<Path> named = new LinkedHashSet<>();
        for (Path f : files) {
            if (Files.isRegularFile(f)) { // recent files that are gone are not problems: they were moved or deleted
                named.add(f.toAbsolutePath().normalize());
            }
        }
        Set<Path> found = new LinkedHashSet<>();
        for (Path folder : folders) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            list(folder, found, problems);
        }
        found.removeAll(named);
        List<Path> all = new ArrayList<>(named);
        all.addAll(found);
        List<Entry> entries = new ArrayList<>();
        int done = 0;
        for (Path file : all) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            boolean fromFolder = found.contains(file);
            try {
                SessionFiles.Kind kind = SessionFiles.sniff(file);
                if ((kind == SessionFiles.Kind.OTHER || kind == SessionFiles.Kind.PREPARATION) && fromFolder) {
                    continue; // a case file, a participant's preparation or another JSON file in the folder
                }
                entries.add(Entry.of(file, store.open(file)));
            } catch (FileProblemException e) {
                e.problems().forEach(p -> problems.add(new Problem(file, p.toString())));
            } catch (RuntimeException e) {
                // A file the checks let through but the summary cannot use: list it, keep going.
                problems.add(new Problem(file, messages.get("scanFailed", file, e.toString())));
            } finally {
                progress.update(++done, all.size());
            }
        }
        entries.sort(Comparator.comparing(Entry::date).reversed().thenComparing(e -> e.file().toString()));
        return new Result(entries, problems);
    }

    /** The *.json files of a folder and its subfolders that may be sessions, in name order. */
    private void list(Path folder, Set<Path> out, List<Problem> problems) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            problems.add(new Problem(root, messages.get("scanNoFolder", root)));
            return;
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), FOLDER_DEPTH + 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (attrs.isRegularFile() && name.endsWith(".json") && !name.startsWith(".")
                            && !name.endsWith(PreparationFormat.EXTENSION) && !name.equals("schema.json")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Problem(file, messages.get("scanCannotList", file, String.valueOf(e.getMessage()))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(root, messages.get("scanCannotList", root, String.valueOf(e.getMessage()))));
        }
        Collections.sort(files);
        out.addAll(files);
    }
}
