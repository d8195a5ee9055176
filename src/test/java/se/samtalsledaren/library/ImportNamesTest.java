package se.samtalsledaren.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.LibraryArchiveTest.Entry;
import se.samtalsledaren.store.CaseStore;

/**
 * Importing a library file is all or nothing, and its entry names must be files on every system:
 * long names in UTF-8 bytes, names Windows or macOS cannot hold, and names that are one file there.
 */
class ImportNamesTest {
    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    private static final CaseFormat FORMAT = new CaseFormat(MESSAGES);
    @TempDir Path dir;
    private final LibraryArchive archive = new LibraryArchive(FORMAT, MESSAGES,
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));

    private LibraryArchive.Contents read(Entry... entries) throws Exception {
        return archive.read(Files.write(dir.resolve("bibliotek.zip"), LibraryArchiveTest.zip(entries)));
    }

    private FileProblem refused(Entry... entries) throws Exception {
        Path zip = Files.write(dir.resolve("hostile.zip"), LibraryArchiveTest.zip(entries));
        try {
            archive.read(zip);
        } catch (FileProblemException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("expected a refusal");
    }

    private static Entry caseEntry(String name, String id) {
        return Entry.of(name, LibraryArchiveTest.validCase(id));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void namesLongInUtf8BytesImportWholeWithNothingLeftOver() throws Exception {
        String longName = "ö".repeat(120) + ".json"; // 245 bytes: a file name, but its temporary file's name was not
        LibraryArchive.Contents contents = read(Entry.of("manifest.json", LibraryArchiveTest.manifest("a.json", longName)),
                caseEntry("a.json", "a"), caseEntry(longName, "b"));
        Path folder = Files.createDirectories(dir.resolve("bibliotek"));
        List<ImportPlan.Write> writes = new ImportPlan(contents.cases(), CaseStore.fileNames(folder), List.of(),
                folder.toString()).writes(Map.of());
        new CaseStore(FORMAT).importInto(folder, writes);
        assertThat(listing(folder)).containsExactly("a.json", longName);
        assertThat(FORMAT.read(longName, Files.readAllBytes(folder.resolve(longName))).id()).isEqualTo("b");
    }

    @Test
    void aNameTooLongForFileSystemsIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("bibliotek"));
        var c = FORMAT.read("a.json", LibraryArchiveTest.validCase("a").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String tooLong = "ö".repeat(130) + ".json"; // 265 bytes
        assertThatThrownBy(() -> new CaseStore(FORMAT).importInto(folder,
                List.of(new ImportPlan.Write("a.json", c, false), new ImportPlan.Write(tooLong, c.withId("b"), false))))
                .hasMessage(tooLong + ": the name cannot be used in the folder " + folder
                        + ": the name is 265 bytes long in UTF-8; file systems allow at most 255 bytes; nothing was imported");
        assertThat(listing(folder)).isEmpty();
        // The archive reader refuses such an entry with the same words.
        assertThat(refused(Entry.of("manifest.json", LibraryArchiveTest.manifest(tooLong)), caseEntry(tooLong, "a")).toString())
                .isEqualTo("hostile.zip!/" + tooLong + ": the name is 265 bytes long in UTF-8; file systems allow at most 255 bytes");
    }

    @Test
    void aFailureHalfwayTakesOutWhatWasMovedInAndPutsReplacedFilesBack() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("bibliotek"));
        var c = FORMAT.read("a.json", LibraryArchiveTest.validCase("a").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] mine = FORMAT.write(c.withId("min"));
        Files.write(folder.resolve("b.json"), mine);
        // Something that appeared after the plan was made, where the third file is to go.
        Files.createDirectory(folder.resolve("c.json"));
        List<String> before = listing(folder);
        assertThatThrownBy(() -> new CaseStore(FORMAT).importInto(folder, List.of(
                new ImportPlan.Write("a.json", c, false),
                new ImportPlan.Write("b.json", c.withId("b"), true),
                new ImportPlan.Write("c.json", c.withId("c"), false)))).isInstanceOf(IOException.class);
        assertThat(listing(folder)).as("as before: nothing added, no staging folder left").isEqualTo(before);
        assertThat(Files.readAllBytes(folder.resolve("b.json"))).as("the replaced file is back").isEqualTo(mine);
    }

    @Test
    void namesWindowsOrMacOsCannotHoldAreRefused() throws Exception {
        String[][] cases = {
            {"CON.json", "the name \"CON\" is reserved for a device on Windows and cannot be a file name there"},
            {"nul.json", "the name \"nul\" is reserved for a device on Windows and cannot be a file name there"},
            {"COM1.json", "the name \"COM1\" is reserved for a device on Windows and cannot be a file name there"},
            {"lpt9 .json", "the name \"lpt9\" is reserved for a device on Windows and cannot be a file name there"},
            {"kl 10:30.json", "the name contains the character \":\", which file names may not contain on Windows or macOS"},
            {"why?.json", "the name contains the character \"?\", which file names may not contain on Windows or macOS"},
            {"a\u202Enosj.exe.json", "the name contains an invisible control character (such as one that reverses the text "
                    + "direction) that can hide what the file is called"},
            {"a\u0085.json", "the name contains an invisible control character (such as one that reverses the text "
                    + "direction) that can hide what the file is called"},
        };
        for (String[] c : cases) {
            FileProblem p = refused(Entry.of("manifest.json", LibraryArchiveTest.manifest(c[0])), caseEntry(c[0], "a"));
            assertThat(p.message()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(FileNames.unportable("fil.json.")).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("nameTrailing"));
        assertThat(FileNames.unportable("fil ")).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("nameTrailing"));
        assertThat(FileNames.unportable("console.json")).isEmpty();
        assertThat(FileNames.unportable("förtroendevalda-och-tjänstepersoner.json")).isEmpty();
    }

    @Test
    void namesThatDifferOnlyInNormalisationAreOneFile() throws Exception {
        String nfc = "f\u00F6rvaltning.json";
        String nfd = "fo\u0308rvaltning.json";
        assertThat(nfc).isNotEqualTo(nfd);
        FileProblem p = refused(Entry.of("manifest.json", LibraryArchiveTest.manifest(nfc, nfd)), caseEntry(nfc, "a"),
                caseEntry(nfd, "b"));
        assertThat(p.message()).startsWith("the name occurs twice in the archive: \"" + nfc + "\" differs only in how letters");
        // An incoming name that is an existing file on macOS (which keeps names decomposed) is a conflict, not a new file.
        LibraryArchive.Contents contents = read(Entry.of("manifest.json", LibraryArchiveTest.manifest(nfc)), caseEntry(nfc, "a"));
        ImportPlan plan = new ImportPlan(contents.cases(), java.util.Set.of(nfd), List.of(), "/x");
        assertThat(plan.conflicts()).singleElement().satisfies(c -> assertThat(c.existingFile()).contains(nfd));
        assertThat(plan.writes(Map.of(nfc, ImportPlan.Choice.KEEP_BOTH))).singleElement()
                .satisfies(w -> assertThat(w.fileName()).isEqualTo("f\u00F6rvaltning-2.json"));
    }

    @Test
    void aFreshNameForKeepBothStaysWithinTheByteLimit() {
        String name = "ö".repeat(125) + ".json"; // 255 bytes
        String fresh = FileNames.unique(name, n -> n.equals(name));
        assertThat(fresh).endsWith("-2.json");
        assertThat(FileNames.utf8Length(fresh)).isLessThanOrEqualTo(FileNames.MAX_NAME_BYTES);
    }
}
