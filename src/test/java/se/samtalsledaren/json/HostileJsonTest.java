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

    @Test
    void utf32AndUtf16AreNamedForWhatTheyAreWithOrWithoutAByteOrderMark() {
        byte[] utf32be = "{}".getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
        byte[] utf32le = "{}".getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        byte[] bomUtf32le = {(byte) 0xFF, (byte) 0xFE, 0, 0, '{', 0, 0, 0, '}', 0, 0, 0};
        for (byte[] b : List.of(utf32be, utf32le, bomUtf32le)) {
            assertThat(refused(b).toString()).isEqualTo("f.json:1:1: the file is encoded as UTF-32; save it as UTF-8");
        }
        for (byte[] b : List.of("{}".getBytes(StandardCharsets.UTF_16BE), "{}".getBytes(StandardCharsets.UTF_16LE),
                "{}".getBytes(StandardCharsets.UTF_16))) {
            assertThat(refused(b).toString()).isEqualTo("f.json:1:1: the file is encoded as UTF-16; save it as UTF-8");
        }
    }

    @Test
    void syntaxErrorsAreSaidInTheUsersWordsNeverInJacksons() {
        String[][] cases = {
            {"{\"a\" 1}", "f.json:1:6: $.a: not valid JSON: a colon (:) was expected after the field name, but here is \"1\""},
            {"{\"a\": 1 \"b\": 2}", "f.json:1:9: $.a: not valid JSON: a comma or \"}\" was expected after the value, but here is a double quote (\")"},
            {"{\"a\": [1 2]}", "f.json:1:10: $.a[1]: not valid JSON: a comma or \"]\" was expected after the value, but here is \"2\""},
            {"{a: 1}", "f.json:1:2: $: not valid JSON: a field name in double quotes was expected, but here is \"a\""},
            {"{\"a\": ;}", "f.json:1:7: $.a: not valid JSON: a value was expected (a text in double quotes, a number, a list, an object, true, false or null), but here is \";\""},
            {"{\"a\": tru}", "f.json:1:10: $.a: not valid JSON: unknown word \"tru\"; a value was expected (a text in double quotes, a number, a list, an object, true, false or null)"},
            {"{\"a\": NaN}", "f.json:1:10: $.a: not valid JSON: \"NaN\" is not a number in JSON"},
            {"{\"a\": 1 // note\n}", "f.json:1:9: $.a: not valid JSON: comments (// or /* */) are not allowed in JSON"},
            {"{\"a\": -x}", "f.json:1:8: $.a: not valid JSON: the number is written wrongly"},
            {"{\"a\": \"x\\qy\"}", "f.json:1:10: $.a: not valid JSON: unknown escape \\q in a text (allowed are \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX)"},
            {"{\"a\": \"x\ny\"}", "f.json:1:9: $.a: not valid JSON: the control character U+000A stands unescaped in a text; write it as \\n, \\t or \\uXXXX"},
            {"{\"a\": [1}", "f.json:1:9: $.a[0]: not valid JSON: \"}\" closes, but the list that starts at line 1, column 7 must be closed with \"]\""},
            {"{\"a\": [1,\n", "f.json:2:1: $.a[1]: not valid JSON: the file ends in the middle of its content"},
            {"{\"a\": {\"b\": 1", "f.json:1:14: $.a.b: not valid JSON: the file ends before the object that starts at line 1, column 7 is closed"},
            {"{\"a\": \"xy", "f.json:1:10: $.a: not valid JSON: the file ends inside a text (a closing double quote is missing)"},
            {"{\"a\": 1}x", "f.json:1:9: unexpected content after the JSON object"},
            {"{\"a\": " + "9".repeat(40) + "}", "f.json:1:48: $.a: not valid JSON: the number has too many digits (at most 32)"},
        };
        for (String[] c : cases) {
            FileProblem p = refused(c[0]);
            assertThat(p.toString()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void limitsArePlacedWhereTheyAreExceeded() {
        FileProblem deep = refused("{\n  \"a\": " + "[".repeat(40) + "]".repeat(40) + "}");
        assertThat(deep.line()).isEqualTo(2);
        assertThat(deep.column()).isPositive();
        FileProblem longText = refused("{\"a\": 1,\n \"b\": \"" + "x".repeat(100_001) + "\"}");
        assertThat(longText.toString()).startsWith("f.json:2:").contains("$.b: a value is too long");
    }

    @Test
    void countsAreCheckedWhileReadingBeforeAnyTreeIsBuilt() {
        StrictJson small = new StrictJson(new StrictJson.Limits(1024 * 1024, 8, 100, 1000, 50), messages);
        String many = "{\"a\": [" + "{},".repeat(60) + "{}]}";
        assertThatThrownBy(() -> small.readObject("f.json", many.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FileProblemException.class, e -> assertThat(e.problems().get(0).toString())
                        .isEqualTo("f.json:1:158: $.a[50]: too many elements (at most 50 in one list or object)"));
        String wide = "{\"a\": [" + ("[" + "1,".repeat(39) + "1],").repeat(30) + "[]]}";
        assertThatThrownBy(() -> small.readObject("f.json", wide.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FileProblemException.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("the file holds too many values (at most 1,000)"));
    }

    @Test
    void aLargeFileIsCheckedTheSameWayWhileItIsReadAsText() throws Exception {
        // Over StrictJson.STREAM_ABOVE the text is decoded as it is read; the refusals are the same.
        String filler = "{\"a\": [" + ("\"" + "ö".repeat(90_000) + "\",\n").repeat(25) + "1]";
        byte[] big = (filler + ",\n\"b\": \"x\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(StrictJson.STREAM_ABOVE);
        assertThat(json.readObject("f.json", big).get("b").asText()).isEqualTo("x");
        int lines = 27;
        byte[] bad = (filler + ",\n\"b\": \"x").getBytes(StandardCharsets.UTF_8);
        bad = java.util.Arrays.copyOf(bad, bad.length + 4);
        bad[bad.length - 4] = (byte) 0xC3;
        bad[bad.length - 3] = 0x28;
        bad[bad.length - 2] = '"';
        bad[bad.length - 1] = '}';
        assertThat(refused(bad).toString()).isEqualTo("f.json:" + lines + ":8: the file is not UTF-8 (invalid byte 0xC3); save it as UTF-8");
        byte[] surrogate = java.util.Arrays.copyOf(big, big.length + 3);
        surrogate[big.length - 2] = (byte) 0xED;
        surrogate[big.length - 1] = (byte) 0xA0;
        surrogate[big.length] = (byte) 0x80;
        surrogate[big.length + 1] = '"';
        surrogate[big.length + 2] = '}';
        assertThat(refused(surrogate).message()).isEqualTo("the file is not UTF-8 (invalid byte 0xED); save it as UTF-8");
        byte[] blank = " ".repeat(StrictJson.STREAM_ABOVE + 10).getBytes(StandardCharsets.UTF_8);
        assertThat(refused(blank).message()).isEqualTo("the file is empty");
    }
}
