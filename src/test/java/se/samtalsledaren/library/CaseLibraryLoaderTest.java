package se.samtalsledaren.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.Messages;

/** Loading folders: one broken file never stops the others, and every problem is listed. */
class CaseLibraryLoaderTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final CaseLibraryLoader loader = new CaseLibraryLoader(new CaseFormat(messages), messages);

    @TempDir Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void brokenFilesAreListedAndTheRestLoad() throws IOException {
        write("a-good.json", CaseFormatTest.VALID);
        write("b-syntax.json", CaseFormatTest.VALID.replace("\"number\": 42,", "\"number\": 42"));
        write("c-duplicate-id.json", CaseFormatTest.VALID.replace("\"number\": 42", "\"number\": 43"));
        write("d-clash-with-bundled.json", CaseFormatTest.VALID.replace("\"test-case\"", "\"skr-01\""));
        write("schema.json", "{\"this\": \"is skipped\"}");
        write("notes.txt", "not a case");
        Files.write(dir.resolve("e-latin1.json"), CaseFormatTest.VALID.replace("test-case", "latin").getBytes(StandardCharsets.ISO_8859_1));

        CaseLibrary lib = loader.load(List.of(dir));

        assertThat(lib.entries()).hasSize(14);
        LibraryEntry own = lib.byId("test-case").orElseThrow();
        assertThat(own.readOnly()).isFalse();
        assertThat(own.origin()).isEqualTo(dir.toString());
        assertThat(own.file()).isEqualTo("a-good.json");
        assertThat(lib.problems()).extracting(FileProblem::file).containsExactly(
                dir.resolve("b-syntax.json").toString(),
                dir + "/c-duplicate-id.json",
                dir + "/d-clash-with-bundled.json",
                dir.resolve("e-latin1.json").toString());
        assertThat(lib.problems().get(0).line()).isEqualTo(5);
        assertThat(lib.problems().get(1).message()).isEqualTo("id \"test-case\" is already used by " + dir + "/a-good.json");
        assertThat(lib.problems().get(2).message()).contains("skr-01", "01-omtag-i-visionsarbetet.json");
        assertThat(lib.problems().get(3).message()).contains("not UTF-8");
    }

    @Test
    void loadingOnSeveralThreadsGivesTheSameLibraryAsOneThread() throws IOException {
        List<String> broken = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = String.format("case-%02d.json", i);
            String content = CaseFormatTest.VALID.replace("\"test-case\"", "\"case-" + i + "\"")
                    .replace("\"number\": 42", "\"number\": " + (100 + i));
            if (i % 7 == 3) {
                content = content.replace("\"title\": \"Ett övningscase\",", "\"title\": \"Ett övningscase\"");
                broken.add(name);
            } else if (i % 11 == 5) {
                content = content.replace("\"step\": 5", "\"step\": 9");
                broken.add(name);
            } else if (i % 13 == 12) {
                content = content.replace("\"case-" + i + "\"", "\"case-0\"");
                broken.add(name);
            }
            write(name, content);
        }

        CaseLibrary one = new CaseLibraryLoader(new CaseFormat(messages), messages, 1).load(List.of(dir));
        CaseLibrary four = new CaseLibraryLoader(new CaseFormat(messages), messages, 4).load(List.of(dir));

        assertThat(four.entries()).hasSize(13 + 60 - broken.size()).isEqualTo(one.entries());
        assertThat(four.problems()).isEqualTo(one.problems());
        // One problem per broken file, in file order; syntax and schema problems point at line:column.
        assertThat(four.problems()).extracting(p -> Path.of(p.file()).getFileName().toString())
                .containsExactlyElementsOf(broken);
        assertThat(four.problems()).filteredOn(p -> !p.field().equals("$.id")).hasSize(broken.size() - 3)
                .allSatisfy(p -> {
                    assertThat(p.line()).isPositive();
                    assertThat(p.column()).isPositive();
                });
        assertThat(four.problems()).filteredOn(p -> p.field().equals("$.id"))
                .allSatisfy(p -> assertThat(p.message()).contains("case-0", "case-00.json"));
        assertThat(four.problems().get(0).line()).isEqualTo(6); // case-03: no comma after the title, found at the next field
        assertThat(four.problems().get(1).field()).isEqualTo("$.questions[1].step"); // case-05
    }

    @Test
    void missingFolderIsAProblemNotAFailure() {
        CaseLibrary lib = loader.load(List.of(dir.resolve("nope")));
        assertThat(lib.entries()).hasSize(13);
        assertThat(lib.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("nope");
            assertThat(p.message()).startsWith("the file could not be read");
        });
    }

    @Test
    void oversizedFileIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.json");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.position(50L * 1024 * 1024);
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}));
        }
        CaseLibrary lib = loader.load(List.of(dir));
        assertThat(lib.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("the file is too large"));
    }
}
