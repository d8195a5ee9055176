package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.samtalsledaren.json.BoundedFiles;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.Session;

/**
 * Saves sessions atomically and opens them, refusing broken files without touching them. The
 * app's store also refuses to write a file another running instance has open
 * ({@link SessionLocks}), keeps rotating {@link Backups} of what it overwrites, and before it
 * first overwrites a file of an older format version keeps that file as {@code name.json.vN.bak}
 * beside it.
 */
public final class SessionStore {
    private final SessionFormat format;
    private final Messages messages;
    private final Backups backups;
    private final SessionLocks locks;
    /** Temporary files of a write this much older than now belong to a process that died. */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(1);
    private final Set<Path> versionChecked = ConcurrentHashMap.newKeySet();
    /** What each session file held when this store last read or wrote it. */
    private final Map<Path, FileStamp> known = new ConcurrentHashMap<>();

    /** A store that only reads and writes (no locks, no backups): tools and tests. */
    public SessionStore(Messages messages) {
        this(messages, null, null);
    }

    public SessionStore(Messages messages, Backups backups, SessionLocks locks) {
        this.messages = messages;
        this.format = new SessionFormat(messages);
        this.backups = backups;
        this.locks = locks;
    }

    public SessionFormat format() {
        return format;
    }

    /**
     * Saves {@code session} to {@code file}. The file's folder must exist (a folder that has gone
     * away is never made again). When this store read or wrote the file before and it now holds
     * another version, nothing is written: the other version is kept among the backups and a
     * {@link FileChangedException} says so.
     */
    public void save(Path file, Session session) throws IOException {
        byte[] bytes = format.write(session);
        try {
            // Never replace a file with one the app would refuse to open again.
            format.verify(file.toString(), bytes);
        } catch (FileProblemException e) {
            throw new IOException(messages.get("unreadableState", e.problems().get(0).toString()), e);
        }
        if (locks != null) {
            Optional<SessionLocks.Owner> other = locks.heldByOtherProcess(file);
            if (other.isPresent()) {
                throw locks.locked(file, other.get());
            }
        }
        Path abs = file.toAbsolutePath().normalize();
        checkUnchanged(file, abs);
        if (backups != null) {
            if (!versionChecked.contains(abs)) {
                // First save of this file by this process: clear what killed writes left behind.
                AtomicFiles.removeLeftovers(file, backups.clock().instant().minus(LEFTOVER_AGE));
            }
            keepOlderFormat(file);
            try {
                backups.beforeOverwrite(file);
            } catch (IOException e) {
                // Backups are a second line of defence; saving the session itself matters more.
            }
        }
        AtomicFiles.writeInExistingFolder(file, bytes);
        known.put(abs, FileStamp.of(bytes, modified(abs)));
    }

    /**
     * Refuses to write over a version this store has not seen. A file that is gone is written
     * again; the same content with another modification time is no conflict.
     */
    private void checkUnchanged(Path file, Path abs) throws IOException {
        FileStamp expected = known.get(abs);
        if (expected == null || !Files.exists(abs)) {
            return;
        }
        FileStamp onDisk = FileStamp.read(abs);
        if (expected.sameContent(onDisk)) {
            if (!expected.modified().equals(onDisk.modified())) {
                known.replace(abs, expected, onDisk);
            }
            return;
        }
        Path copy = null;
        IOException copyFailed = null;
        if (backups != null) {
            try {
                copy = backups.keepOther(abs, onDisk);
            } catch (IOException e) {
                copyFailed = e;
            }
        }
        FileChangedException changed = new FileChangedException(messages.get("changedOnDisk"), file, copy, onDisk);
        if (copyFailed != null) {
            changed.addSuppressed(copyFailed);
        }
        throw changed;
    }

    /**
     * The user chose to keep their version ("Behåll min"): the next save may replace the version
     * described by {@code other} (already kept among the backups). A version newer than that is
     * still refused.
     */
    public void overwriteNext(Path file, FileStamp other) {
        known.put(file.toAbsolutePath().normalize(), other);
    }

    /** This program no longer has {@code file} open: a later save to it is a save of a new choice. */
    public void forget(Path file) {
        known.remove(file.toAbsolutePath().normalize());
    }

    private static java.time.Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return java.time.Instant.EPOCH;
        }
    }

    /** Writes a recovery copy: atomically, without backups or lock checks (the data directory is ours). */
    public void writeCopy(Path file, Session session) throws IOException {
        AtomicFiles.write(file, format.write(session));
    }

    public Session open(Path file) throws FileProblemException {
        return openVersioned(file).session();
    }

    /**
     * Reads a session file. What was read is remembered, so that a later {@link #save} notices a
     * version another program wrote meanwhile.
     */
    public SessionFormat.Read openVersioned(Path file) throws FileProblemException {
        String name = file.toString();
        Path abs = file.toAbsolutePath().normalize();
        java.time.Instant modified = modified(abs);
        byte[] bytes = readBytes(file);
        SessionFormat.Read read = format.readVersioned(name, bytes);
        known.put(abs, FileStamp.of(bytes, modified));
        return read;
    }

    private byte[] readBytes(Path file) throws FileProblemException {
        return BoundedFiles.read(file, StrictJson.Limits.SESSION_FILE.maxBytes(), messages);
    }

    /** The copy kept of a file of an older format before it is first overwritten. */
    public static Path olderFormatCopy(Path file, int version) {
        return file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
    }

    private void keepOlderFormat(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs) || versionChecked.contains(abs)) {
            return;
        }
        byte[] bytes;
        int version;
        try {
            bytes = readBytes(abs);
            JsonNode v = new StrictJson(StrictJson.Limits.SESSION_FILE, messages).readObject(abs.toString(), bytes)
                    .path("formatVersion");
            version = v.isInt() ? v.asInt() : 0;
        } catch (FileProblemException e) {
            versionChecked.add(abs);
            return; // not a session file we can read: the rotating backups keep it
        }
        if (version >= 1 && version < SessionFormat.FORMAT_VERSION) {
            Path copy = olderFormatCopy(abs, version);
            if (!Files.exists(copy)) {
                AtomicFiles.write(copy, bytes);
            }
        }
        versionChecked.add(abs);
    }
}
