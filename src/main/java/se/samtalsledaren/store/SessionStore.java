package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        if (backups != null) {
            if (!versionChecked.contains(file.toAbsolutePath().normalize())) {
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
        AtomicFiles.write(file, bytes);
    }

    /** Writes a recovery copy: atomically, without backups or lock checks (the data directory is ours). */
    public void writeCopy(Path file, Session session) throws IOException {
        AtomicFiles.write(file, format.write(session));
    }

    public Session open(Path file) throws FileProblemException {
        return openVersioned(file).session();
    }

    public SessionFormat.Read openVersioned(Path file) throws FileProblemException {
        String name = file.toString();
        return format.readVersioned(name, readBytes(file));
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
