package se.samtalsledaren.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.store.SessionFormat;

/** The refusals the fuzz test found or relies on, one by one, with their exact messages. */
class HostileJsonTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final StrictJson json = new StrictJson(StrictJson.Limits.SESSION_FILE, messages);

    private FileProblem refused(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    private FileProblem refused(byte[] bytes) {
        try {
            json.readObject("f.json", bytes);
        } catch (FileProblemException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aNumberNoDoubleCanHoldIsRefusedWhereItStands() {
        assertThat(refused("{\n  \"a\": [1, 1e999999]\n}").toString()).isEqualTo("f.json:2:12: $.a[1]: the number is too large");
    }

    @Test
    void aNumberTooLargeInASessionFileIsAProblemNotACrash() throws Exception {
        String sample = Files.readString(Path.of("examples/sample-session.json"));
        String bad = sample.replace("\"totalMinutes\": 90", "\"totalMinutes\": 1e400");
        assertThat(bad).isNotEqualTo(sample);
        assertThatThrownBy(() -> new SessionFormat(messages).read("s.json", bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FileProblemException.class,
                        e -> assertThat(e.problems().get(0).message()).isEqualTo("the number is too large"));
    }

    @Test
    void duplicateKeysDeepNestingAndLongNumbersAreRefused() {
        assertThat(refused("{\"a\": 1, \"a\": 2}").message()).isEqualTo("the field \"a\" occurs twice");
        assertThat(refused("{\"a\": " + "[".repeat(40) + "]".repeat(40) + "}").message())
                .isEqualTo("the structure is nested too deeply (at most 32 levels allowed)");
        assertThat(refused("{\"a\": " + "9".repeat(100) + "}").message()).startsWith("not valid JSON");
    }

    @Test
    void byteOrderMarksAndInvalidUtf8() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertThat(json.readObject("f.json", bom).isObject()).as("a UTF-8 BOM is allowed").isTrue();
        assertThat(refused(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}).message()).contains("UTF-16");
        assertThat(refused(new byte[] {'{', '\n', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'}).toString())
                .isEqualTo("f.json:2:2: the file is not UTF-8 (invalid byte 0xC3); save it as UTF-8");
    }

    @Test
    void aRealReplacementCharacterIsTextNotAnEncodingError() throws Exception {
        // The fast UTF-8 path falls back to the strict decoder when it sees U+FFFD; a genuine one passes.
        assertThat(json.readObject("f.json", "{\"a\": \"x\uFFFDy\"}".getBytes(StandardCharsets.UTF_8)).get("a").asText())
                .isEqualTo("x\uFFFDy");
    }

    @Test
    void theUnlocatedReadRefusesWhatTheLocatedOneRefuses() throws Exception {
        List<byte[]> hostile = List.of(
                new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0},
                new byte[] {'{', '\n', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'},
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
                " \n\t ".getBytes(StandardCharsets.UTF_8),
                "{\"a\": 1} {}".getBytes(StandardCharsets.UTF_8),
                "{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8),
                "{\"a\": [1, 1e999999]}".getBytes(StandardCharsets.UTF_8),
                "[1, 2]".getBytes(StandardCharsets.UTF_8),
                ("{\"a\": " + "[".repeat(40) + "]".repeat(40) + "}").getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : hostile) {
            assertThatThrownBy(() -> json.readObject("f.json", bytes)).isInstanceOf(FileProblemException.class);
            assertThatThrownBy(() -> json.readObjectUnlocated("f.json", bytes)).isInstanceOf(FileProblemException.class);
        }
        byte[] sample = Files.readAllBytes(Path.of("examples/sample-session.json"));
        assertThat(json.readObjectUnlocated("s.json", sample)).isEqualTo(json.readObject("s.json", sample));
    }

    @Test
    void typeHintsAreJustUnknownFieldsNeverClassNames() throws Exception {
        String sample = Files.readString(Path.of("examples/sample-session.json"));
        String hostile = sample.replaceFirst("\\{", "{\"@class\": \"java.lang.ProcessBuilder\", ");
        assertThatThrownBy(() -> new SessionFormat(messages).read("s.json", hostile.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileProblemException.class);
    }

    @Test
    void noCodeEnablesPolymorphicTyping() throws Exception {
        List<String> forbidden = List.of("activateDefaultTyping", "enableDefaultTyping", "@JsonTypeInfo", "ObjectInputStream");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                assertThat(forbidden).as(f.toString()).noneMatch(code::contains);
            }
        }
    }
}
