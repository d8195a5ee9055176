package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rotating backups of session files, taken just before a save overwrites them. They live in
 * {@code backups/<name>-<hash of the file's path>/} in the data directory, named
 * {@code <name>.<UTC time>.json}. The first overwrite of a file by this process always keeps a
 * copy (the file as it was opened); after that at most one copy per {@link #EVERY}, identical
 * copies are skipped, and only the newest {@link #KEEP} are kept.
 */
public final class Backups {
    public static final int KEEP = 5;
    public static final Duration EVERY = Duration.ofMinutes(10);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** How copies of another program's version end, so the rotation ({@link #list}) never takes them. */
    static final String OTHER_SUFFIX = ".other.json";
    private final Path root;
    private final Clock clock;
    private final int keep;
    private final Duration every;
    private final Set<Path> seen = ConcurrentHashMap.newKeySet();

    public Backups(Path root, Clock clock) {
        this(root, clock, KEEP, EVERY);
    }

    public Backups(Path root, Clock clock, int keep, Duration every) {
        this.root = root;
        this.clock = clock;
        this.keep = keep;
        this.every = every;
    }

    public Path root() {
        return root;
    }

    public Clock clock() {
        return clock;
    }

    /** The folder holding the backups of {@code target}. */
    public Path folderFor(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        String name = stem(abs);
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return root.resolve(safe + "-" + hash(abs.toString()));
    }

    /**
     * Copies {@code target} into its backup folder when it exists and a copy is due; returns the
     * copy. Called before every save of a session file.
     */
    public Optional<Path> beforeOverwrite(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            return Optional.empty();
        }
        boolean first = seen.add(abs);
        Instant now = clock.instant();
        if (first) {
            // Copies a killed process was writing when it died.
            AtomicFiles.removeLeftoversIn(folderFor(abs), now.minus(SessionStore.LEFTOVER_AGE));
        }
        List<Path> existing = list(abs);
        if (!existing.isEmpty()) {
            Path newest = existing.get(existing.size() - 1);
            boolean recent = stampOf(newest).map(t -> t.plus(every).isAfter(now)).orElse(false);
            if (recent && !first) {
                return Optional.empty(); // decided without reading either file: this runs before every autosave
            }
        }
        byte[] bytes = Files.readAllBytes(abs);
        if (!existing.isEmpty() && Arrays.equals(Files.readAllBytes(existing.get(existing.size() - 1)), bytes)) {
            return Optional.empty();
        }
        Path dir = folderFor(abs);
        Path copy = dir.resolve(stem(abs) + "." + STAMP.format(now) + ".json");
        AtomicFiles.write(copy, bytes);
        List<Path> all = list(abs);
        for (int i = 0; i < all.size() - keep; i++) {
            Files.deleteIfExists(all.get(i));
        }
        return Optional.of(copy);
    }

    /**
     * Keeps the version of {@code target} now on disk, which another program wrote, as
     * {@code <name>.<UTC time>.other.json} in the backup folder, unless the newest such copy
     * already holds it ({@code found} is its stamp). These copies are not rotated away with the
     * others: they are what someone else wrote. Returns the copy.
     */
    public Path keepOther(Path target, FileStamp found) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        List<Path> others = others(abs);
        if (!others.isEmpty()) {
            Path newest = others.get(others.size() - 1);
            if (found.sameContent(FileStamp.read(newest))) {
                return newest;
            }
        }
        Path copy = folderFor(abs).resolve(stem(abs) + "." + STAMP.format(clock.instant()) + OTHER_SUFFIX);
        AtomicFiles.copy(abs, copy);
        return copy;
    }

    /** The copies {@link #keepOther} made of {@code target}, oldest first. */
    public List<Path> others(Path target) throws IOException {
        return files(target, "*" + OTHER_SUFFIX, p -> true);
    }

    /** The backups of {@code target}, oldest first. */
    public List<Path> list(Path target) throws IOException {
        return files(target, "*.json", p -> stampOf(p).isPresent());
    }

    private List<Path> files(Path target, String glob, java.util.function.Predicate<Path> also) throws IOException {
        Path dir = folderFor(target);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        String prefix = stem(target.toAbsolutePath().normalize()) + ".";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
            for (Path p : s) {
                if (p.getFileName().toString().startsWith(prefix) && also.test(p)) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static Optional<Instant> stampOf(Path backup) {
        String n = backup.getFileName().toString();
        int end = n.length() - ".json".length();
        int start = n.lastIndexOf('.', n.lastIndexOf('.', end - 1) - 1) + 1;
        if (start <= 0 || end <= start) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(n.substring(start, end))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
