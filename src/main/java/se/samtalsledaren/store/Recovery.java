package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.model.Session;

/**
 * The recovery area ({@code autosave/} in the data directory). Every open session window has a
 * slot there, locked while the window is open:
 * <ul>
 *   <li>{@code <slot>.json} — the latest state of a session that has no file yet, or whose file
 *       could not be written (disk full, read-only folder, removed drive);</li>
 *   <li>{@code <slot>.origin} — the path of the session's file, when it has one;</li>
 *   <li>{@code <slot>.json.lock} — the slot's {@link SessionLocks lock}.</li>
 * </ul>
 * A slot whose lock is stale after a crash is a {@link Candidate} for recovery: the copy when
 * there is one, otherwise the session file it names. Nothing here ever deletes a session file
 * outside the recovery area.
 */
public final class Recovery {
    private static final int MAX_ORIGIN_BYTES = 8192;
    private final Path dir;
    private final SessionStore store;
    private final SessionLocks locks;
    private final SecureRandom random = new SecureRandom();

    public Recovery(Path dir, SessionStore store, SessionLocks locks) {
        this.dir = dir;
        this.store = store;
        this.locks = locks;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Something to recover.
     *
     * @param slotId   the slot in the recovery area
     * @param source   the file the session was read from: the recovery copy or the session's own file
     * @param origin   the session's own file, or null when it never had one
     * @param savedAt  when {@code source} was last written
     * @param session  the session, or null when {@code source} could not be read
     * @param problems why it could not be read (empty when it could)
     */
    public record Candidate(String slotId, Path source, Path origin, Instant savedAt, Session session,
                            List<FileProblem> problems) {
        public Candidate {
            problems = List.copyOf(problems);
        }

        public boolean readable() {
            return session != null;
        }

        /** True when the state comes from the recovery copy, false when from the session's own file. */
        public boolean fromCopy() {
            return origin == null || !source.equals(origin);
        }
    }

    /** Opens a fresh, locked slot for a session window. */
    public Slot newSlot(String sessionId) throws IOException {
        Files.createDirectories(dir);
        String safe = sessionId.replaceAll("[^A-Za-z0-9_-]", "_");
        String id = (safe.length() > 40 ? safe.substring(0, 40) : safe) + "-" + HexFormat.of().toHexDigits(random.nextInt());
        return new Slot(id, locks.acquire(copyOf(id)));
    }

    /** Takes over a candidate's slot (its lock is stale), e.g. to restore it in a window. */
    public Slot adopt(Candidate c) throws IOException {
        return new Slot(c.slotId(), locks.acquire(copyOf(c.slotId())));
    }

    /** Removes a candidate's recovery copy and slot; never the session's own file. */
    public void discard(Candidate c) throws IOException {
        adopt(c).close(false);
    }

    /**
     * Every slot left behind by a process that is gone, newest first. Never throws. Temporary
     * files that a killed write left in the recovery area are removed on the way.
     */
    public List<Candidate> scan() {
        List<Candidate> found = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        AtomicFiles.removeLeftoversIn(dir, locks.clock().instant().minus(SessionStore.LEFTOVER_AGE));
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (n.endsWith(".json")) {
                    ids.add(n.substring(0, n.length() - ".json".length()));
                } else if (n.endsWith(".origin")) {
                    ids.add(n.substring(0, n.length() - ".origin".length()));
                }
            }
        } catch (IOException e) {
            return found;
        }
        for (String id : ids) {
            candidate(id).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(Candidate::savedAt).reversed());
        return found;
    }

    private Optional<Candidate> candidate(String id) {
        Path copy = copyOf(id);
        if (locks.holds(copy) || locks.heldByOtherProcess(copy).isPresent()) {
            return Optional.empty();
        }
        Path origin = readOrigin(originOf(id));
        Path source;
        if (Files.isRegularFile(copy)) {
            source = copy;
        } else if (origin != null && Files.isRegularFile(origin)) {
            if (locks.holds(origin) || locks.heldByOtherProcess(origin).isPresent()) {
                return Optional.empty(); // open again already
            }
            source = origin;
        } else {
            return Optional.empty(); // nothing left to recover (the file was removed since)
        }
        Instant savedAt;
        try {
            savedAt = Files.getLastModifiedTime(source).toInstant();
        } catch (IOException e) {
            savedAt = Instant.EPOCH;
        }
        try {
            return Optional.of(new Candidate(id, source, origin, savedAt, store.open(source), List.of()));
        } catch (FileProblemException e) {
            return Optional.of(new Candidate(id, source, origin, savedAt, null, e.problems()));
        }
    }

    private static Path readOrigin(Path marker) {
        try {
            if (!Files.isRegularFile(marker) || Files.size(marker) > MAX_ORIGIN_BYTES) {
                return null;
            }
            String text = Files.readString(marker, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : Path.of(text);
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    private Path copyOf(String id) {
        return dir.resolve(id + ".json");
    }

    private Path originOf(String id) {
        return dir.resolve(id + ".origin");
    }

    /** A locked slot of one session window. Not thread-safe: use it from one thread (autosave's). */
    public final class Slot {
        private final String id;
        private final SessionLocks.Held lock;
        private Path origin;

        private Slot(String id, SessionLocks.Held lock) {
            this.id = id;
            this.lock = lock;
        }

        public String id() {
            return id;
        }

        public Path copy() {
            return copyOf(id);
        }

        /** Records the session's own file (or none), so a crash recovery can find it. */
        public void setOrigin(Path file) throws IOException {
            Path abs = file == null ? null : file.toAbsolutePath().normalize();
            if (abs == null) {
                Files.deleteIfExists(originOf(id));
            } else if (!abs.equals(origin)) {
                AtomicFiles.write(originOf(id), abs.toString().getBytes(StandardCharsets.UTF_8));
            }
            origin = abs;
        }

        public void writeCopy(Session s) throws IOException {
            store.writeCopy(copy(), s);
            lock.touch();
        }

        public void deleteCopy() throws IOException {
            Files.deleteIfExists(copy());
            lock.touch();
        }

        public boolean hasCopy() {
            return Files.isRegularFile(copy());
        }

        /**
         * Gives the slot up. With {@code keep} the copy and origin stay and are offered for
         * recovery at the next start; without, they are removed.
         */
        public void close(boolean keep) {
            try {
                if (!keep) {
                    Files.deleteIfExists(copy());
                    Files.deleteIfExists(originOf(id));
                }
            } catch (IOException e) {
                // Left behind: offered again at the next start, which loses nothing.
            } finally {
                lock.release();
            }
        }
    }
}
