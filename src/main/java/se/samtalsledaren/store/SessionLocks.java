package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.samtalsledaren.json.Messages;

/**
 * One lock file per open session file ({@code name.json.lock} beside it) so two running
 * instances never write the same session. The lock holds the owner's process id, host name and
 * process start time. A lock left behind by a crash does not block forever: on the same host it
 * is stale as soon as that process is gone (or the id now belongs to a process started at
 * another time); a lock from another host (a shared folder) is stale when it has not been
 * refreshed for {@link #FOREIGN_STALE_AFTER}. Holders refresh it with {@link Held#touch()} on
 * every save.
 */
public final class SessionLocks {
    public static final Duration FOREIGN_STALE_AFTER = Duration.ofHours(12);
    /** A lock file that cannot be read is taken as being written right now until it is this old. */
    static final Duration UNREADABLE_STALE_AFTER = Duration.ofMinutes(1);
    private static final int MAX_LOCK_BYTES = 4096;
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    /** Who holds a lock. {@code processStart} may be null when the platform does not tell. */
    public record Owner(long pid, String host, Instant processStart, Instant acquired) {}

    /** Asks the operating system about processes (replaced in tests). */
    public interface Processes {
        /** Whether {@code pid} runs and, when both are known, was started at {@code start}. */
        boolean alive(long pid, Instant start);

        /** When the running process {@code pid} started, when the platform tells. */
        default Optional<Instant> started(long pid) {
            return Optional.empty();
        }

        static Processes system() {
            return new Processes() {
                @Override
                public boolean alive(long pid, Instant start) {
                    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                            .map(h -> start == null || h.info().startInstant()
                                    .map(s -> Duration.between(s, start).abs().compareTo(START_TOLERANCE) <= 0).orElse(true))
                            .orElse(false);
                }

                @Override
                public Optional<Instant> started(long pid) {
                    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).flatMap(h -> h.info().startInstant());
                }
            };
        }
    }

    /** Writes a new lock file's content (replaced in tests, to fail as a full disk does). */
    interface LockWriter {
        void write(FileChannel channel, byte[] content) throws IOException;

        LockWriter FORCED = (ch, content) -> {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        };
    }

    private final Messages messages;
    private final Clock clock;
    private final long pid;
    private final String host;
    private final Instant processStart;
    private final Processes processes;
    private final ObjectMapper mapper = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(4).maxStringLength(1024).maxNumberLength(32).build())
            .build());
    private final Map<Path, Held> held = new ConcurrentHashMap<>();
    private final LockWriter writer;

    public SessionLocks(Messages messages, Clock clock, long pid, String host, Instant processStart, Processes processes) {
        this(messages, clock, pid, host, processStart, processes, LockWriter.FORCED);
    }

    SessionLocks(Messages messages, Clock clock, long pid, String host, Instant processStart, Processes processes,
                 LockWriter writer) {
        this.writer = writer;
        this.messages = messages;
        this.clock = clock;
        this.pid = pid;
        this.host = host;
        this.processStart = processStart;
        this.processes = processes;
    }

    /** The clock locks are dated by. */
    public Clock clock() {
        return clock;
    }

    /** Locks owned by this process on this host. */
    public static SessionLocks forThisProcess(Messages messages, Clock clock) {
        ProcessHandle self = ProcessHandle.current();
        return new SessionLocks(messages, clock, self.pid(), hostName(), self.info().startInstant().orElse(null),
                Processes.system());
    }

    /** This computer's name as locks record it. */
    public static String hostName() {
        String env = System.getenv("COMPUTERNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    public static Path lockFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /**
     * Takes the lock on {@code file}, replacing a stale one.
     *
     * @throws SessionLockedException when another live instance, or another window of this one, holds it
     * @throws IOException when the lock file cannot be written (e.g. a read-only folder)
     */
    public Held acquire(Path file) throws IOException {
        Path k = key(file);
        Path lock = lockFileOf(k);
        if (held.containsKey(k)) {
            throw new SessionLockedException(messages.get("lockedHere"), file, self(clock.instant()));
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            Owner me = self(clock.instant());
            byte[] content = toJson(me);
            FileChannel ch;
            try {
                ch = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                Optional<byte[]> existing = read(lock);
                if (existing.isEmpty()) {
                    continue; // removed meanwhile: try again
                }
                Optional<Owner> live = liveOwner(lock, existing.get());
                if (live.isPresent()) {
                    throw locked(file, live.get());
                }
                deleteIfUnchanged(lock, existing.get());
                continue;
            }
            try (ch) {
                writer.write(ch, content);
            } catch (IOException e) {
                // Disk full, a drive gone: the file this call made is not left behind as an empty
                // lock that would block the session for a while.
                try {
                    Files.deleteIfExists(lock);
                } catch (IOException notRemoved) {
                    e.addSuppressed(notRemoved);
                }
                throw e;
            }
            Held h = new Held(k, lock, content);
            held.put(k, h);
            return h;
        }
        throw locked(file, new Owner(-1, "?", null, clock.instant()));
    }

    /** The live holder of {@code file}'s lock when that is another process, or empty. */
    public Optional<Owner> heldByOtherProcess(Path file) {
        Path lock = lockFileOf(key(file));
        return read(lock).flatMap(bytes -> liveOwner(lock, bytes))
                .filter(o -> !(o.pid() == pid && host.equals(o.host())));
    }

    /** Whether this process holds the lock on {@code file}. */
    public boolean holds(Path file) {
        return held.containsKey(key(file));
    }

    SessionLockedException locked(Path file, Owner owner) {
        String since = owner.acquired() == null ? "?"
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(owner.acquired());
        String message = owner.pid() == pid && host.equals(owner.host()) ? messages.get("lockedHere")
                : owner.pid() < 0 ? messages.get("lockedUnknown")
                : messages.get("locked", owner.host(), String.valueOf(owner.pid()), since);
        return new SessionLockedException(message, file, owner);
    }

    private Owner self(Instant now) {
        return new Owner(pid, host, processStart, now);
    }

    /** The owner recorded in a lock file when it is still live; empty when the lock is stale. */
    private Optional<Owner> liveOwner(Path lock, byte[] bytes) {
        Instant now = clock.instant();
        Instant modified = modified(lock).orElse(now);
        Optional<Owner> owner = parse(bytes);
        if (owner.isEmpty()) {
            return modified.plus(UNREADABLE_STALE_AFTER).isAfter(now)
                    ? Optional.of(new Owner(-1, "?", null, modified)) : Optional.empty();
        }
        Owner o = owner.get();
        if (o.host().equals(host)) {
            if (o.pid() == pid && !held.containsKey(key(lockTarget(lock)))) {
                // Our own process id, but not a lock we hold: left by an earlier process with the same id.
                return sameInstant(o.processStart(), processStart) ? Optional.of(o) : Optional.empty();
            }
            if (!processes.alive(o.pid(), o.processStart())) {
                return Optional.empty();
            }
            if (o.processStart() != null) {
                return owner;
            }
            // An incomplete lock (no start time): the process with its id holds it only if it
            // started before the lock was taken; when that cannot be told, it is treated like a
            // lock from another computer.
            Instant taken = o.acquired() != null ? o.acquired() : modified;
            Optional<Instant> started = processes.started(o.pid());
            if (started.isPresent()) {
                return started.get().isAfter(taken.plus(START_TOLERANCE)) ? Optional.empty() : owner;
            }
            return modified.plus(FOREIGN_STALE_AFTER).isAfter(now) ? owner : Optional.empty();
        }
        return modified.plus(FOREIGN_STALE_AFTER).isAfter(now) ? owner : Optional.empty();
    }

    private static boolean sameInstant(Instant a, Instant b) {
        return a != null && b != null && Duration.between(a, b).abs().compareTo(START_TOLERANCE) <= 0;
    }

    private static Path lockTarget(Path lock) {
        String name = lock.getFileName().toString();
        return lock.resolveSibling(name.substring(0, name.length() - ".lock".length()));
    }

    private Optional<Owner> parse(byte[] bytes) {
        try {
            JsonNode n = mapper.readTree(bytes);
            if (n == null || !n.path("pid").canConvertToLong() || !n.path("host").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new Owner(n.get("pid").asLong(), n.get("host").asText(),
                    n.hasNonNull("processStart") ? Instant.parse(n.get("processStart").asText()) : null,
                    n.hasNonNull("acquired") ? Instant.parse(n.get("acquired").asText()) : null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] toJson(Owner o) {
        ObjectNode n = mapper.createObjectNode();
        n.put("pid", o.pid());
        n.put("host", o.host());
        n.put("processStart", o.processStart() == null ? null : o.processStart().toString());
        n.put("acquired", o.acquired().toString());
        n.put("app", "Samtalsledaren");
        return (n.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<byte[]> read(Path lock) {
        try {
            if (Files.size(lock) > MAX_LOCK_BYTES) {
                return Optional.of(new byte[0]);
            }
            return Optional.of(Files.readAllBytes(lock));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // Not there at all (e.g. its folder is not a folder) or there but unreadable.
            return Files.exists(lock) ? Optional.of(new byte[0]) : Optional.empty();
        }
    }

    private static Optional<Instant> modified(Path lock) {
        try {
            return Optional.of(Files.getLastModifiedTime(lock).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void deleteIfUnchanged(Path lock, byte[] seen) throws IOException {
        Optional<byte[]> now = read(lock);
        if (now.isPresent() && Arrays.equals(now.get(), seen)) {
            Files.deleteIfExists(lock);
        }
    }

    /** A lock this process holds. */
    public final class Held {
        private final Path file;
        private final Path lock;
        private final byte[] content;

        private Held(Path file, Path lock, byte[] content) {
            this.file = file;
            this.lock = lock;
            this.content = content;
        }

        public Path file() {
            return file;
        }

        /** Marks the lock as in use now (its modification time), for instances on other hosts. */
        public void touch() {
            try {
                Files.setLastModifiedTime(lock, FileTime.from(clock.instant()));
            } catch (IOException e) {
                // The lock is advisory; a failed refresh only matters to other hosts after hours.
            }
        }

        /**
         * Gives the lock up; the lock file is removed unless someone else has replaced it. A lock
         * file that cannot be removed is left behind and is stale once this process ends.
         */
        public void release() {
            held.remove(file, this);
            try {
                deleteIfUnchanged(lock, content);
            } catch (IOException e) {
                // Stale after this process ends; nothing to lose.
            }
        }
    }

}
