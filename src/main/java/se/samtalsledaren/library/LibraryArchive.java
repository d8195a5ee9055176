package se.samtalsledaren.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.JsonOutput;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.SchemaCheck;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.Case;

/**
 * A library file: a {@code .zip} of case files plus {@code manifest.json} (title, author,
 * version, licence, when it was made and which case files it holds).
 *
 * <p>Archives come from other people, so reading is defensive. An archive is refused as a whole,
 * before anything is written anywhere, when an entry name could escape the target folder
 * ({@code ..}, an absolute path, a backslash, a subfolder), an entry is a symbolic link, there
 * are more than {@link #MAX_ENTRIES} entries, an entry inflates to more than
 * {@link #MAX_ENTRY_BYTES} or all entries to more than {@link #MAX_TOTAL_BYTES} (the bytes
 * actually inflated are counted; the sizes in the headers are not trusted), a name occurs twice,
 * an entry is neither the manifest nor a {@code .json} case file, or any case file is invalid.
 * Every refusal names the archive and the entry.
 */
public final class LibraryArchive {
    public static final String MANIFEST = "manifest.json";
    public static final int MANIFEST_VERSION = 1;
    public static final int MAX_ENTRIES = 500;
    public static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    static final String MANIFEST_SCHEMA = "se/samtalsledaren/library/library-manifest.schema.json";
    private static final int EOCD_SIZE = 22;
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;

    /** What the archive is: shown before importing, written when exporting. */
    public record Details(String title, String author, String version, String licence) {
        public Details {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(licence, "licence");
        }
    }

    /** The manifest of an archive. */
    public record Manifest(Details details, Instant created, List<String> cases) {
        public Manifest {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(created, "created");
            cases = List.copyOf(cases);
        }
    }

    /** A case file in an archive. */
    public record ArchivedCase(String name, Case value) {}

    /** A whole, checked archive. */
    public record Contents(Manifest manifest, List<ArchivedCase> cases) {
        public Contents {
            cases = List.copyOf(cases);
        }
    }

    private final CaseFormat format;
    private final Messages messages;
    private final Clock clock;
    private final StrictJson manifestJson;
    private final SchemaCheck manifestSchema;

    public LibraryArchive(CaseFormat format, Messages messages, Clock clock) {
        this.format = format;
        this.messages = messages;
        this.clock = clock;
        this.manifestJson = new StrictJson(StrictJson.Limits.CASE_FILE, messages);
        this.manifestSchema = new SchemaCheck(MANIFEST_SCHEMA, messages);
    }

    // ---------------------------------------------------------------- export

    /**
     * The archive bytes for {@code entries}: each case written as a case file, named as in the
     * library (made unique where two folders use the same name), and the manifest.
     */
    public byte[] export(Details details, List<LibraryEntry> entries) {
        if (entries.isEmpty() || entries.size() >= MAX_ENTRIES) {
            throw new IllegalArgumentException("an archive holds 1.." + (MAX_ENTRIES - 1) + " cases, not " + entries.size());
        }
        Map<String, Case> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (LibraryEntry e : entries) {
            String name = FileNames.unique(safeName(e), n -> taken.contains(FileNames.collisionKey(n)));
            taken.add(FileNames.collisionKey(name));
            files.put(name, e.value());
        }
        Manifest manifest = new Manifest(details, clock.instant(), List.copyOf(files.keySet()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            putEntry(zip, MANIFEST, writeManifest(manifest), manifest.created());
            for (Map.Entry<String, Case> f : files.entrySet()) {
                putEntry(zip, f.getKey(), format.write(f.getValue()), manifest.created());
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entry's file name, or its id's when another system could not hold that name (an import would refuse it). */
    private static String safeName(LibraryEntry e) {
        String file = e.file();
        boolean safe = file.toLowerCase(Locale.ROOT).endsWith(".json") && !file.equals(MANIFEST)
                && !file.equalsIgnoreCase(CaseLibraryLoader.SCHEMA_FILE) && FileNames.unportable(file).isEmpty()
                && FileNames.utf8Length(file) <= FileNames.MAX_NAME_BYTES - 8;
        return safe ? file : e.value().id() + ".json";
    }

    private static void putEntry(ZipArchiveOutputStream zip, String name, byte[] content, Instant time) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setTime(time.toEpochMilli());
        entry.setSize(content.length);
        zip.putArchiveEntry(entry);
        zip.write(content);
        zip.closeArchiveEntry();
    }

    private static byte[] writeManifest(Manifest m) {
        ObjectNode n = JsonOutput.mapper().createObjectNode();
        n.put("formatVersion", MANIFEST_VERSION);
        n.put("title", m.details().title());
        n.put("author", m.details().author());
        n.put("version", m.details().version());
        n.put("licence", m.details().licence());
        n.put("created", m.created().toString());
        ArrayNode cases = n.putArray("cases");
        m.cases().forEach(cases::add);
        return JsonOutput.pretty(n);
    }

    // ---------------------------------------------------------------- import

    /**
     * Reads and checks a whole archive. Nothing is written anywhere; on any problem the archive
     * is refused with every problem found.
     */
    public Contents read(Path archive) throws FileProblemException {
        String name = archive.getFileName() == null ? archive.toString() : archive.getFileName().toString();
        try {
            if (!Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(archive)) {
                throw refuse(name, "", "archiveNotFile");
            }
            if (Files.size(archive) > MAX_TOTAL_BYTES) {
                throw refuse(name, "", "archiveTooLarge", Files.size(archive), MAX_TOTAL_BYTES);
            }
            long declared = declaredEntryCount(archive);
            if (declared > MAX_ENTRIES) {
                throw refuse(name, "", "archiveTooManyEntries", declared, MAX_ENTRIES);
            }
            try (ZipFile zip = ZipFile.builder().setPath(archive).setUseUnicodeExtraFields(true).get()) {
                return read(name, zip);
            }
        } catch (FileProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refuse(name, "", "archiveUnreadable", String.valueOf(e.getMessage()));
        }
    }

    private Contents read(String archive, ZipFile zip) throws IOException, FileProblemException {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > MAX_ENTRIES) {
            throw refuse(archive, "", "archiveTooManyEntries", entries.size(), MAX_ENTRIES);
        }
        Map<String, String> seen = new HashMap<>();
        for (ZipArchiveEntry e : entries) {
            checkName(archive, e);
            // One file on Windows and macOS: names that differ only in case or Unicode normalisation.
            String previous = seen.putIfAbsent(FileNames.collisionKey(e.getName()), e.getName());
            if (previous != null) {
                boolean sameLetters = previous.equalsIgnoreCase(e.getName());
                throw refuse(archive, e.getName(), sameLetters ? "archiveDuplicateName" : "archiveDuplicateNormalized", previous);
            }
        }
        long total = 0;
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (ZipArchiveEntry e : entries) {
            if (!zip.canReadEntryData(e)) {
                throw refuse(archive, e.getName(), "archiveUnsupportedEntry");
            }
            byte[] data = inflate(archive, zip, e, MAX_TOTAL_BYTES - total);
            total += data.length;
            contents.put(e.getName(), data);
        }
        byte[] manifestBytes = contents.remove(MANIFEST);
        if (manifestBytes == null) {
            throw refuse(archive, "", "archiveNoManifest");
        }
        Manifest manifest = readManifest(archive + "!/" + MANIFEST, manifestBytes);
        List<FileProblem> problems = new ArrayList<>();
        for (String listed : manifest.cases()) {
            if (!contents.containsKey(listed)) {
                problems.add(problem(archive, MANIFEST, "archiveListedMissing", listed));
            }
        }
        for (String present : contents.keySet()) {
            if (!manifest.cases().contains(present)) {
                problems.add(problem(archive, present, "archiveNotListed"));
            }
        }
        List<ArchivedCase> cases = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (String listed : manifest.cases()) {
            byte[] bytes = contents.get(listed);
            if (bytes == null) {
                continue;
            }
            try {
                Case c = format.read(archive + "!/" + listed, bytes);
                String other = ids.putIfAbsent(c.id(), listed);
                if (other != null) {
                    problems.add(new FileProblem(archive + "!/" + listed, 0, 0, "$.id",
                            messages.get("duplicateId", c.id(), archive + "!/" + other)));
                }
                cases.add(new ArchivedCase(listed, c));
            } catch (FileProblemException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        return new Contents(manifest, cases);
    }

    private void checkName(String archive, ZipArchiveEntry e) throws FileProblemException {
        String n = e.getName();
        if (n.contains("\\")) {
            throw refuse(archive, n, "archiveBackslash");
        }
        if (n.startsWith("/") || n.matches("(?s)^[A-Za-z]:.*")) {
            throw refuse(archive, n, "archiveAbsolute");
        }
        if (List.of(n.split("/", -1)).contains("..")) {
            throw refuse(archive, n, "archiveEscapes");
        }
        if (e.isUnixSymlink()) {
            throw refuse(archive, n, "archiveSymlink");
        }
        if (n.contains("/") || e.isDirectory()) {
            throw refuse(archive, n, "archiveSubfolder");
        }
        java.util.Optional<FileNames.Problem> unportable = FileNames.unportable(n);
        if (unportable.isPresent()) {
            throw refuse(archive, n, unportable.get().key(), unportable.get().args());
        }
        if (!n.equals(MANIFEST) && !n.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw refuse(archive, n, "archiveNotCaseFile");
        }
        if (n.equalsIgnoreCase(CaseLibraryLoader.SCHEMA_FILE)) {
            throw refuse(archive, n, "archiveReservedName");
        }
    }

    /** The entry's bytes, counting what is actually inflated against the limits. */
    private byte[] inflate(String archive, ZipFile zip, ZipArchiveEntry e, long totalLeft)
            throws IOException, FileProblemException {
        long limit = Math.min(MAX_ENTRY_BYTES, totalLeft);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = zip.getInputStream(e)) {
            int n;
            long read = 0;
            while ((n = in.read(buffer)) > 0) {
                read += n;
                if (read > limit) {
                    throw limit == MAX_ENTRY_BYTES
                            ? refuse(archive, e.getName(), "archiveEntryTooLarge", MAX_ENTRY_BYTES)
                            : refuse(archive, e.getName(), "archiveTotalTooLarge", MAX_TOTAL_BYTES);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private Manifest readManifest(String file, byte[] bytes) throws FileProblemException {
        JsonNode root = manifestJson.readObject(file, bytes);
        List<FileProblem> problems = manifestSchema.check(file, root);
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        Instant created;
        try {
            created = Instant.parse(root.get("created").asText());
        } catch (DateTimeParseException e) {
            int[] lc = StrictJson.location(root.get("created"));
            throw new FileProblemException(new FileProblem(file, lc[0], lc[1], "$.created",
                    messages.get("badInstant", root.get("created").asText())));
        }
        List<String> cases = new ArrayList<>();
        root.get("cases").forEach(c -> cases.add(c.asText()));
        return new Manifest(new Details(root.get("title").asText(), root.get("author").asText(),
                root.get("version").asText(), root.get("licence").asText()), created, cases);
    }

    /**
     * The number of entries the end-of-central-directory record declares (the zip64 one when
     * present), read before the central directory so a huge one is never loaded.
     */
    static long declaredEntryCount(Path archive) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(archive)) {
            long size = ch.size();
            int tail = (int) Math.min(size, EOCD_SIZE + 0xFFFF);
            ByteBuffer buf = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.position(size - tail);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read the whole tail
            }
            for (int i = tail - EOCD_SIZE; i >= 0; i--) {
                if (buf.getInt(i) != EOCD_SIGNATURE) {
                    continue;
                }
                int count = Short.toUnsignedInt(buf.getShort(i + 10));
                if (count != 0xFFFF || i < 20 || buf.getInt(i - 20) != ZIP64_LOCATOR_SIGNATURE) {
                    return count;
                }
                long zip64At = buf.getLong(i - 20 + 8);
                ByteBuffer z = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
                ch.position(zip64At);
                while (z.hasRemaining() && ch.read(z) > 0) {
                    // read the record
                }
                if (z.getInt(0) != ZIP64_EOCD_SIGNATURE) {
                    throw new IOException("zip64 end of central directory record not found");
                }
                return z.getLong(32);
            }
            throw new IOException("not a zip archive (no end of central directory record)");
        }
    }

    private FileProblemException refuse(String archive, String entry, String key, Object... args) {
        return new FileProblemException(problem(archive, entry, key, args));
    }

    private FileProblem problem(String archive, String entry, String key, Object... args) {
        String file = entry.isEmpty() ? archive : archive + "!/" + entry;
        return FileProblem.wholeFile(file, messages.get(key, args));
    }
}
