package se.samtalsledaren.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.CaseStore;

/** Library files: export → import round trip, and every kind of unsafe archive refused as a whole. */
class LibraryArchiveTest {
    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    private static final CaseFormat FORMAT = new CaseFormat(MESSAGES);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final LibraryArchive.Details DETAILS =
            new LibraryArchive.Details("Västerbys case", "Kim Lind", "1.2", "CC BY 4.0");

    @TempDir Path dir;

    private final LibraryArchive archive = new LibraryArchive(FORMAT, MESSAGES, new FakeClock(NOW));
    private final CaseLibrary bundled = new CaseLibraryLoader(FORMAT, MESSAGES).load(List.of());

    private static Case withNotes(Case c) {
        return new Case(c.id() + "-egen", c.number(), c.title(), c.thoughtAssociation(), c.narrative(), c.questions(),
                c.themes(), c.dimensions(), c.relatedCases(), c.commentary(), c.source(),
                new TeachingNotes(List.of("Förstå rollerna"), "Vem äger frågan?", List.of("Nej från förvaltningen?"),
                        List.of(new TeachingNotes.BoardArea("Tavlan", "Aktörer")), Map.of(Phase.STEP_5, 20)));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void exportThenImportGivesTheSameCasesAndManifest() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("egna"));
        Case own = withNotes(bundled.entries().get(2).value());
        new CaseStore(FORMAT).save(folder.resolve("egen.json"), own);
        CaseLibrary lib = new CaseLibraryLoader(FORMAT, MESSAGES).load(List.of(folder));
        List<LibraryEntry> chosen = List.of(lib.byId("skr-01").orElseThrow(), lib.byId(own.id()).orElseThrow());

        Path zip = write("bibliotek.zip", archive.export(DETAILS, chosen));
        LibraryArchive.Contents read = archive.read(zip);

        assertThat(read.manifest().details()).isEqualTo(DETAILS);
        assertThat(read.manifest().created()).isEqualTo(NOW);
        assertThat(read.manifest().cases()).containsExactly("01-omtag-i-visionsarbetet.json", "egen.json");
        assertThat(read.cases()).extracting(LibraryArchive.ArchivedCase::value)
                .containsExactly(chosen.get(0).value(), own);

        // Importing into an empty folder writes the files; the loader then finds them unchanged.
        Path target = Files.createDirectories(dir.resolve("kollegans"));
        ImportPlan plan = new ImportPlan(read.cases(), CaseStore.fileNames(target), List.of(), target.toString());
        assertThat(plan.conflicts()).isEmpty();
        new CaseStore(FORMAT).importInto(target, plan.writes(Map.of()));
        CaseLibrary imported = new CaseLibraryLoader(FORMAT, MESSAGES).load(List.of(target));
        assertThat(imported.problems()).extracting(FileProblem::field).containsExactly("$.id"); // skr-01 twice: reported
        assertThat(imported.byId(own.id()).orElseThrow().value()).isEqualTo(own);
        assertThat(imported.byId(own.id()).orElseThrow().origin()).isEqualTo(target.toString());
    }

    @Test
    void twoFoldersWithTheSameFileNameExportUnderUniqueNames() throws Exception {
        Case a = withNotes(bundled.entries().get(0).value());
        Case b = a.withId("annan");
        List<LibraryEntry> entries = List.of(new LibraryEntry(a, "/x", "case.json", false),
                new LibraryEntry(b, "/y", "Case.json", false));
        LibraryArchive.Contents read = archive.read(write("två.zip", archive.export(DETAILS, entries)));
        assertThat(read.manifest().cases()).containsExactly("case.json", "Case-2.json");
    }

    // ------------------------------------------------------------ hostile archives

    record Entry(String name, byte[] content) {
        static Entry of(String name, String content) {
            return new Entry(name, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String manifest(String... cases) {
        StringBuilder list = new StringBuilder();
        for (String c : cases) {
            list.append(list.length() == 0 ? "" : ", ").append('"').append(c).append('"');
        }
        return """
                {"formatVersion": 1, "title": "T", "author": "A", "version": "1", "licence": "L",
                 "created": "2026-11-23T09:00:00Z", "cases": [%s]}
                """.formatted(list);
    }

    static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Entry e : entries) {
                ZipArchiveEntry z = new ZipArchiveEntry(e.name());
                zip.putArchiveEntry(z);
                zip.write(e.content());
                zip.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    private List<FileProblem> refused(byte[] zipBytes) throws IOException {
        Path p = write("hostile.zip", zipBytes);
        try {
            archive.read(p);
        } catch (FileProblemException e) {
            assertThat(e.problems()).isNotEmpty().allMatch(x -> x.file().startsWith("hostile.zip"));
            return e.problems();
        }
        throw new AssertionError("expected the archive to be refused");
    }

    static String validCase(String id) {
        return CaseFormatTest.VALID.replace("\"test-case\"", "\"" + id + "\"");
    }

    @Test
    void aSmallValidArchiveIsRead() throws Exception {
        LibraryArchive.Contents c = archive.read(write("ok.zip",
                zip(Entry.of("manifest.json", manifest("a.json")), Entry.of("a.json", validCase("a")))));
        assertThat(c.cases()).extracting(x -> x.value().id()).containsExactly("a");
    }

    @Test
    void zipSlipIsRefused() throws Exception {
        FileProblem p = refused(zip(Entry.of("manifest.json", manifest("a.json")), Entry.of("../a.json", validCase("a")))).get(0);
        assertThat(p.toString()).isEqualTo("hostile.zip!/../a.json: the name contains \"..\" and would land outside the library folder");
        assertThat(refused(zip(Entry.of("sub/../../a.json", validCase("a")))).get(0).message()).contains("\"..\"");
    }

    @Test
    void absolutePathsBackslashesAndSubfoldersAreRefused() throws Exception {
        assertThat(refused(zip(Entry.of("/etc/a.json", validCase("a")))).get(0).message()).contains("absolute path");
        assertThat(refused(zip(Entry.of("C:/a.json", validCase("a")))).get(0).message()).contains("absolute path");
        assertThat(refused(zip(Entry.of("x/..\\a.json", validCase("a")))).get(0).message()).contains("backslash");
        // Archives made on Windows use backslashes as separators; the reader turns them into slashes first.
        assertThat(refused(zip(Entry.of("..\\a.json", validCase("a")))).get(0).message()).contains("\"..\"");
        assertThat(refused(zip(Entry.of("cases/a.json", validCase("a")))).get(0).message()).contains("subfolder");
    }

    @Test
    void symbolicLinksAreRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            ZipArchiveEntry link = new ZipArchiveEntry("a.json");
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        FileProblem p = refused(out.toByteArray()).get(0);
        assertThat(p.file()).isEqualTo("hostile.zip!/a.json");
        assertThat(p.message()).contains("symbolic link");
    }

    @Test
    void tooManyEntriesAreRefusedBeforeTheCentralDirectoryIsRead() throws Exception {
        Entry[] entries = new Entry[LibraryArchive.MAX_ENTRIES + 1];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = Entry.of("c" + i + ".json", "{}");
        }
        Path p = write("many.zip", zip(entries));
        assertThat(LibraryArchive.declaredEntryCount(p)).isEqualTo(501);
        assertThatThrownBy(() -> archive.read(p)).isInstanceOfSatisfying(FileProblemException.class, e ->
                assertThat(e.problems().get(0).toString()).isEqualTo("many.zip: the archive has too many entries (501; at most 500 allowed)"));
    }

    @Test
    void aZipBombIsStoppedByTheBytesActuallyInflated() throws Exception {
        // 3 MiB of spaces deflate to a few kilobytes; then the sizes in both headers are forged to 10 bytes.
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        byte[] bytes = zip(Entry.of("manifest.json", manifest("bomb.json")), new Entry("bomb.json", big));
        assertThat(bytes.length).isLessThan(64 * 1024);
        forgeUncompressedSizes(bytes, "bomb.json", 10);
        List<FileProblem> ps = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(bytes));
        assertThat(ps.get(0).file()).isEqualTo("hostile.zip!/bomb.json");
        assertThat(ps.get(0).message()).isEqualTo("the entry inflates to more than 2,097,152 bytes (zip bomb?)");
    }

    @Test
    void manyEntriesTogetherAboveTheTotalLimitAreRefused() throws Exception {
        byte[] two = new byte[(int) LibraryArchive.MAX_ENTRY_BYTES];
        java.util.Arrays.fill(two, (byte) ' ');
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            entries.add(new Entry("c" + i + ".json", two));
        }
        FileProblem p = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> refused(zip(entries.toArray(Entry[]::new)))).get(0);
        assertThat(p.message()).isEqualTo("the archive inflates to more than 52,428,800 bytes (zip bomb?)");
        assertThat(p.file()).isEqualTo("hostile.zip!/c25.json");
    }

    @Test
    void duplicateNamesAreRefusedEvenWhenOnlyTheirCaseDiffers() throws Exception {
        FileProblem p = refused(zip(Entry.of("manifest.json", manifest("a.json")), Entry.of("a.json", validCase("a")),
                Entry.of("a.json", validCase("b")))).get(0);
        assertThat(p.toString()).isEqualTo("hostile.zip!/a.json: the name occurs twice in the archive (also \"a.json\")");
        assertThat(refused(zip(Entry.of("a.json", validCase("a")), Entry.of("A.JSON", validCase("b")))).get(0).file())
                .isEqualTo("hostile.zip!/A.JSON");
    }

    @Test
    void otherFilesThanCasesAndTheManifestAreRefused() throws Exception {
        FileProblem p = refused(zip(Entry.of("manifest.json", manifest("a.json")), Entry.of("a.json", validCase("a")),
                Entry.of("run.sh", "rm -rf /"))).get(0);
        assertThat(p.toString()).isEqualTo("hostile.zip!/run.sh: not a case file (.json) and not manifest.json");
        assertThat(refused(zip(Entry.of("manifest.json", manifest("schema.json")), Entry.of("schema.json", validCase("a"))))
                .get(0).toString()).isEqualTo("hostile.zip!/schema.json: the name schema.json is kept for the case schema in a library folder");
    }

    @Test
    void aMissingManifestOrAMismatchWithItIsRefused() throws Exception {
        assertThat(refused(zip(Entry.of("a.json", validCase("a")))).get(0).toString())
                .isEqualTo("hostile.zip: the archive has no manifest.json and is not a Samtalsledaren library file");
        List<FileProblem> ps = refused(zip(Entry.of("manifest.json", manifest("a.json", "b.json")), Entry.of("a.json", validCase("a")),
                Entry.of("c.json", validCase("c"))));
        assertThat(ps).extracting(FileProblem::toString).containsExactly(
                "hostile.zip!/manifest.json: the manifest names \"b.json\", which the archive lacks",
                "hostile.zip!/c.json: the file is in the archive but not in the manifest");
        FileProblem bad = refused(zip(Entry.of("manifest.json", manifest("a.json").replace("\"T\"", "\"\"")),
                Entry.of("a.json", validCase("a")))).get(0);
        assertThat(bad.file()).isEqualTo("hostile.zip!/manifest.json");
        assertThat(bad.field()).isEqualTo("$.title");
    }

    @Test
    void anInvalidCaseRefusesTheWholeArchiveNamingEntryLineAndField() throws Exception {
        List<FileProblem> ps = refused(zip(Entry.of("manifest.json", manifest("a.json", "b.json")),
                Entry.of("a.json", validCase("a")),
                Entry.of("b.json", validCase("b").replace("\"step\": 2", "\"step\": 9"))));
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).toString()).startsWith("hostile.zip!/b.json:13:").contains("$.questions[0].step");
    }

    @Test
    void twoCasesWithOneIdAreRefused() throws Exception {
        FileProblem p = refused(zip(Entry.of("manifest.json", manifest("a.json", "b.json")),
                Entry.of("a.json", validCase("same")), Entry.of("b.json", validCase("same")))).get(0);
        assertThat(p.toString()).isEqualTo("hostile.zip!/b.json: $.id: id \"same\" is already used by hostile.zip!/a.json");
    }

    @Test
    void notAZipAtAllIsRefusedClearly() throws Exception {
        FileProblem p = refused("just text".getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(p.toString()).startsWith("hostile.zip: not a readable zip archive: ");
    }

    /** Overwrites the uncompressed size of {@code name} in its local header and central directory entry. */
    private static void forgeUncompressedSizes(byte[] zip, String name, int size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            int sig = le32(zip, i);
            if (sig == 0x04034b50 && matches(zip, i + 30, n)) {
                put32(zip, i + 22, size);
            } else if (sig == 0x02014b50 && matches(zip, i + 46, n)) {
                put32(zip, i + 24, size);
            }
        }
    }

    private static boolean matches(byte[] b, int at, byte[] n) {
        if (at + n.length > b.length) {
            return false;
        }
        for (int i = 0; i < n.length; i++) {
            if (b[at + i] != n[i]) {
                return false;
            }
        }
        return true;
    }

    private static int le32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }

    private static void put32(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >> 8);
        b[i + 2] = (byte) (v >> 16);
        b[i + 3] = (byte) (v >> 24);
    }

    @Test
    void javaZipOutputIsReadToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest("a.json").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("a.json"));
            zip.write(validCase("a").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(archive.read(write("java.zip", out.toByteArray())).cases()).hasSize(1);
    }
}
