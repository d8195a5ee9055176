package se.samtalsledaren.library;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samtalsledaren.model.Case;

/**
 * What importing an archive into a library folder would do, and which cases collide with what
 * is already there (file names compared as {@link FileNames#collisionKey}: without case and
 * Unicode normalisation, as Windows and macOS compare them). Pure: the caller asks the user about each {@link Conflict} and then gets
 * the files to write from {@link #writes(Map)}. Nothing is ever overwritten without a
 * {@link Choice#REPLACE} for it.
 */
public final class ImportPlan {

    /** What to do with an incoming case that collides with an existing one. */
    public enum Choice {
        /** Overwrite the existing file (only for a case in the target folder). */
        REPLACE,
        /** Import under a fresh file name and, when the id is taken, a fresh id. */
        KEEP_BOTH,
        /** Leave the existing case alone and do not import this one. */
        SKIP
    }

    /**
     * An incoming case that collides with an existing file in the target folder, an existing
     * case with the same id, or both.
     *
     * @param existingFile a file of that name already in the target folder (compared without case), if any
     * @param sameId       the loaded case with the same id, if any (it may live elsewhere, e.g. bundled)
     */
    public record Conflict(LibraryArchive.ArchivedCase incoming, Optional<String> existingFile,
                           Optional<LibraryEntry> sameId, Set<Choice> choices) {
        public Conflict {
            choices = Set.copyOf(choices);
        }
    }

    /** One file to write into the target folder. */
    public record Write(String fileName, Case value, boolean replaces) {}

    private final List<LibraryArchive.ArchivedCase> incoming;
    private final Set<String> folderFiles;
    private final List<LibraryEntry> library;
    private final String folder;
    private final List<Conflict> conflicts = new ArrayList<>();

    /**
     * @param folderFiles names of the files now in the target folder
     * @param library     every case now loaded
     * @param folder      the target folder as it appears in {@link LibraryEntry#origin()}
     */
    public ImportPlan(List<LibraryArchive.ArchivedCase> incoming, Set<String> folderFiles, List<LibraryEntry> library,
                      String folder) {
        this.incoming = List.copyOf(incoming);
        this.folderFiles = lower(folderFiles);
        this.library = List.copyOf(library);
        this.folder = folder;
        for (LibraryArchive.ArchivedCase c : this.incoming) {
            Optional<String> file = this.folderFiles.contains(FileNames.collisionKey(c.name()))
                    ? Optional.of(existingName(folderFiles, c.name())) : Optional.empty();
            Optional<LibraryEntry> sameId = byId(c.value().id());
            if (file.isEmpty() && sameId.isEmpty()) {
                continue;
            }
            Set<Choice> choices = EnumSet.of(Choice.KEEP_BOTH, Choice.SKIP);
            if (sameId.isEmpty() || inTarget(sameId.get())) {
                choices.add(Choice.REPLACE);
            }
            conflicts.add(new Conflict(c, file, sameId, choices));
        }
    }

    private static String existingName(Set<String> files, String name) {
        String key = FileNames.collisionKey(name);
        return files.stream().filter(f -> FileNames.collisionKey(f).equals(key)).findFirst().orElse(name);
    }

    private boolean inTarget(LibraryEntry e) {
        return !e.readOnly() && e.origin().equals(folder);
    }

    private Optional<LibraryEntry> byId(String id) {
        return library.stream().filter(e -> e.value().id().equals(id)).findFirst();
    }

    public List<LibraryArchive.ArchivedCase> incoming() {
        return incoming;
    }

    public List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /**
     * The files to write, given a choice for every conflict (keyed by the incoming entry name).
     *
     * @throws IllegalArgumentException when a conflict has no choice or one it does not allow
     */
    public List<Write> writes(Map<String, Choice> choices) {
        Set<String> takenFiles = new HashSet<>(folderFiles);
        Set<String> takenIds = new HashSet<>();
        library.forEach(e -> takenIds.add(e.value().id()));
        incoming.forEach(c -> {
            takenIds.add(c.value().id());
            takenFiles.add(FileNames.collisionKey(c.name()));
        });
        List<Write> writes = new ArrayList<>();
        for (LibraryArchive.ArchivedCase c : incoming) {
            Optional<Conflict> conflict = conflicts.stream().filter(k -> k.incoming() == c).findFirst();
            if (conflict.isEmpty()) {
                writes.add(new Write(c.name(), c.value(), false));
                continue;
            }
            Choice choice = choices.get(c.name());
            if (choice == null || !conflict.get().choices().contains(choice)) {
                throw new IllegalArgumentException("no allowed choice for " + c.name() + ": " + choice);
            }
            switch (choice) {
                case SKIP -> { }
                case REPLACE -> {
                    // The same id in the target folder is replaced in its own file, so no id is ever loaded twice.
                    String file = conflict.get().sameId().map(LibraryEntry::file).orElseGet(() -> conflict.get().existingFile().orElseThrow());
                    writes.add(new Write(file, c.value(), true));
                }
                case KEEP_BOTH -> {
                    String file = conflict.get().existingFile().isEmpty() ? c.name()
                            : FileNames.unique(c.name(), n -> takenFiles.contains(FileNames.collisionKey(n)));
                    takenFiles.add(FileNames.collisionKey(file));
                    Case value = c.value();
                    if (conflict.get().sameId().isPresent()) {
                        String id = FileNames.uniqueId(value.id(), takenIds::contains);
                        takenIds.add(id);
                        value = value.withId(id);
                    }
                    writes.add(new Write(file, value, false));
                }
                default -> throw new IllegalStateException(choice.name());
            }
        }
        return writes;
    }

    private static Set<String> lower(Set<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(FileNames.collisionKey(n)));
        return out;
    }
}
