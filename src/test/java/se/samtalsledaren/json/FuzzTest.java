package se.samtalsledaren.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.cli.Cli;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.store.SessionFormat;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.SessionStore;

/**
 * Thousands of seeded mutations of a case file, the sample session and a preparation file through
 * the loaders and through {@code validate}, and hundreds of library files with hostile entry names
 * through the archive reader and the import: nothing but {@link FileProblemException} escapes,
 * every problem names the file, is one line, stands at a line and column (unless it concerns the
 * whole file: empty, too large) and is said in the user's words (no parser internals), and nothing
 * hangs (a generous whole-test guard, not a speed goal).
 */
@Tag("fuzz")
class FuzzTest {
    private static final int MUTATIONS = 3000;
    private static final Duration HANG_GUARD = Duration.ofSeconds(90);
    @TempDir Path dir;
    private final Messages messages = new Messages(Locale.ENGLISH);

    /** Outcome counts per mutation kind, printed so a reader can see what was exercised. */
    private final Map<String, int[]> stats = new TreeMap<>();

    private interface Loader {
        Object load(String name, byte[] bytes) throws FileProblemException;
    }

    private void fuzz(String what, Path original, long seed, Loader loader) throws Exception {
        byte[] bytes = Files.readAllBytes(original);
        Mutator m = new Mutator(seed);
        for (int i = 0; i < MUTATIONS; i++) {
            StringBuilder kind = new StringBuilder();
            byte[] mutated = m.mutate(bytes, kind);
            String name = what + "-" + i + ".json";
            int[] s = stats.computeIfAbsent(what + " / " + kind.toString().replaceAll(" \\d+$", ""), k -> new int[2]);
            try {
                loader.load(name, mutated);
                s[0]++;
            } catch (FileProblemException e) {
                s[1]++;
                assertThat(e.problems()).as("%s (%s)", name, kind).isNotEmpty();
                for (FileProblem p : e.problems()) {
                    assertThat(p.file()).as("%s (%s)", name, kind).isEqualTo(name);
                    assertThat(p.message()).as("%s (%s)", name, kind).isNotBlank();
                    assertThat(p.toString()).as("%s (%s): one line", name, kind).doesNotContain("\n", "\r")
                            .doesNotContain("Exception", "\tat ");
                    assertInTheUsersWords(p, name + " (" + kind + ")");
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(name + " (" + kind + ") escaped as " + e, e);
            }
        }
    }

    /** Parser internals a user should never read: Jackson's token kinds, options, class names. */
    private static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "\\(code \\d|CTRL-CHAR|Source:|JsonToken|REDACTED|StreamRead|JsonRead|com\\.fasterxml|Exception|ALLOW_|Feature");

    private void assertInTheUsersWords(FileProblem p, String what) {
        boolean wholeFile = p.message().equals(messages.get("empty")) || p.message().startsWith("the file is too large");
        assertThat(p.line() > 0 || wholeFile).as("%s: located: %s", what, p).isTrue();
        assertThat(INTERNALS.matcher(p.message()).find()).as("%s: in the user's words: %s", what, p).isFalse();
        assertThat(p.toString().codePoints().noneMatch(Printable::isControl)).as("%s: printable: %s", what, p).isTrue();
    }

    private void print() {
        stats.forEach((k, v) -> System.out.printf("FuzzTest %-45s accepted %4d refused %4d%n", k, v[0], v[1]));
    }

    @Test
    void mutatedSessionFilesAreRefusedCleanly() {
        SessionFormat format = new SessionFormat(messages);
        assertTimeoutPreemptively(HANG_GUARD, () -> fuzz("session", Path.of("examples/sample-session.json"), 11L,
                format::read));
        print();
    }

    @Test
    void mutatedPreparationFilesAreRefusedCleanly() {
        PreparationFormat format = new PreparationFormat(messages);
        assertTimeoutPreemptively(HANG_GUARD, () -> fuzz("preparation", Path.of("examples/per-hakansson.forberedelse.json"), 19L,
                format::read));
        print();
    }

    @Test
    void mutatedCaseFilesAreRefusedCleanly() {
        CaseFormat format = new CaseFormat(messages);
        assertTimeoutPreemptively(HANG_GUARD, () -> fuzz("case", Path.of("cases/11-tuffa-strukturbeslut-slar-olika.json"), 13L,
                format::read));
        print();
    }

    @Test
    void mutatedFilesOnDiskThroughTheLoadersAndValidate() {
        SessionStore store = new SessionStore(messages);
        CaseLibraryLoader loader = new CaseLibraryLoader(new CaseFormat(messages), messages);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            Mutator m = new Mutator(17L);
            byte[] session = Files.readAllBytes(Path.of("examples/sample-session.json"));
            byte[] aCase = Files.readAllBytes(Path.of("cases/05-personligt-men-inte-privat-tillganglighet.json"));
            byte[] preparation = Files.readAllBytes(Path.of("examples/per-hakansson.forberedelse.json"));
            for (int i = 0; i < 300; i++) {
                StringBuilder kind = new StringBuilder();
                Path s = Files.write(dir.resolve("s" + i + ".json"), m.mutate(session, kind));
                try {
                    store.open(s);
                } catch (FileProblemException e) {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(s.toString()));
                }
                Path c = Files.write(dir.resolve("c" + i + ".json"), m.mutate(aCase, kind));
                Path prep = Files.write(dir.resolve("p" + i + ".forberedelse.json"), m.mutate(preparation, kind));
                try {
                    loader.readFile(c);
                } catch (FileProblemException e) {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(c.toString()));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                        java.time.ZoneOffset.UTC)
                        .run(new String[] {"validate", c.toString(), prep.toString()});
                String errors = err.toString(StandardCharsets.UTF_8);
                assertThat(code).as("%s (%s)", c, kind).isIn(0, 1);
                assertThat(code == 0 ? errors.isEmpty() : !errors.isEmpty()).as("%s: exit code matches the problems", c).isTrue();
                for (String line : errors.split("\\R")) {
                    if (!line.isEmpty()) {
                        assertThat(line).as("%s (%s)", c, kind).matches("^(" + java.util.regex.Pattern.quote(c.toString()) + "|"
                                + java.util.regex.Pattern.quote(prep.toString()) + "):.*").doesNotContain("Exception", "\tat ");
                        assertThat(INTERNALS.matcher(line).find()).as(line).isFalse();
                    }
                }
            }
        });
    }

    /** Pieces of hostile entry names: Windows devices and characters, controls, normalisation, length, case. */
    private static final String[] NAME_PIECES = {"CON", "nul", "COM1", "lpt9", "aux", ".", " ", ":", "*", "?", "\"", "<", ">",
        "|", "\\", "/", "..", "\u202E", "\u001B[2K", "\u0085", "\u200B", "o\u0308", "\u00F6", "\u00D6", "\u00F6".repeat(120),
        "x".repeat(250), "fall", "Fall", "schema", "manifest", "a", "b"};

    @Test
    void libraryFilesWithHostileEntryNamesAreRefusedWholeOrImportedWhole() {
        CaseFormat format = new CaseFormat(messages);
        se.samtalsledaren.library.LibraryArchive archive = new se.samtalsledaren.library.LibraryArchive(format, messages,
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T09:00:00Z"), java.time.ZoneOffset.UTC));
        se.samtalsledaren.store.CaseStore store = new se.samtalsledaren.store.CaseStore(format);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String aCase = Files.readString(Path.of("cases/05-personligt-men-inte-privat-tillganglighet.json"));
            java.util.Random random = new java.util.Random(23L);
            int imported = 0;
            int refused = 0;
            for (int i = 0; i < 300; i++) {
                java.util.List<String> names = new java.util.ArrayList<>();
                for (int n = 1 + random.nextInt(4); names.size() < n; ) {
                    StringBuilder name = new StringBuilder();
                    for (int k = 0, pieces = 1 + random.nextInt(3); k < pieces; k++) {
                        name.append(NAME_PIECES[random.nextInt(NAME_PIECES.length)]);
                    }
                    names.add(name.append(random.nextInt(8) == 0 ? "" : ".json").toString());
                }
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (var zip = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(bytes)) {
                    String listed = String.join(",", names.stream().map(n -> "\"" + n.replace("\\", "\\\\").replace("\"", "\\\"")
                            .replace("\u001B", "\\u001b").replace("\u0085", "\\u0085") + "\"").toList());
                    put(zip, "manifest.json", "{\"formatVersion\": 1, \"title\": \"T\", \"author\": \"A\", \"version\": \"1\", "
                            + "\"licence\": \"L\", \"created\": \"2026-11-23T09:00:00Z\", \"cases\": [" + listed + "]}");
                    for (int k = 0; k < names.size(); k++) {
                        put(zip, names.get(k), aCase.replace("\"skr-05\"", "\"fuzz-" + i + "-" + k + "\""));
                    }
                }
                Path zipFile = Files.write(dir.resolve("lib" + i + ".zip"), bytes.toByteArray());
                se.samtalsledaren.library.LibraryArchive.Contents contents;
                try {
                    contents = archive.read(zipFile);
                } catch (FileProblemException e) {
                    refused++;
                    for (FileProblem p : e.problems()) {
                        assertThat(p.file()).startsWith("lib" + i + ".zip");
                        assertThat(p.toString()).doesNotContain("\n", "\r");
                        assertInTheUsersWords(p.line() > 0 ? p : new FileProblem(p.file(), 1, 1, p.field(), p.message()),
                                "lib" + i + " " + names);
                    }
                    continue;
                } catch (RuntimeException e) {
                    throw new AssertionError("lib" + i + " " + names + " escaped as " + e, e);
                }
                java.util.Set<String> keys = new java.util.HashSet<>();
                for (var c : contents.cases()) {
                    assertThat(se.samtalsledaren.library.FileNames.unportable(c.name())).as(c.name()).isEmpty();
                    assertThat(keys.add(se.samtalsledaren.library.FileNames.collisionKey(c.name()))).as(c.name()).isTrue();
                }
                Path folder = Files.createDirectory(dir.resolve("folder" + i));
                var writes = new se.samtalsledaren.library.ImportPlan(contents.cases(), java.util.Set.of(), java.util.List.of(),
                        folder.toString()).writes(java.util.Map.of());
                try {
                    store.importInto(folder, writes);
                    imported++;
                    try (var listing = Files.list(folder)) {
                        assertThat(listing.count()).as("all of %s", names).isEqualTo(writes.size());
                    }
                } catch (java.io.IOException e) {
                    try (var listing = Files.list(folder)) {
                        assertThat(listing.toList()).as("nothing of %s after %s", names, e).isEmpty();
                    }
                }
            }
            System.out.printf("FuzzTest library names: imported %d, refused %d%n", imported, refused);
            assertThat(imported).as("some archives are fine").isPositive();
            assertThat(refused).as("most are not").isGreaterThan(imported);
        });
    }

    private static void put(org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip, String name, String content)
            throws java.io.IOException {
        zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }
}
