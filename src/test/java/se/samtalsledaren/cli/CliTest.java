package se.samtalsledaren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                java.time.ZoneId.of("Europe/Stockholm")).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsTheProjectVersion() {
        assertThat(Cli.handles(new String[] {"--version"})).isTrue();
        assertThat(Cli.handles(new String[] {})).isFalse();
        assertThat(run("--version")).isZero();
        assertThat(out()).matches("Samtalsledaren \\d+\\.\\d+\\.\\d+.*\\R");
    }

    @Test
    void validateAcceptsTheBundledCases() {
        assertThat(run("validate", "cases")).isZero();
        assertThat(out()).contains("13 file(s) checked, 0 problem(s)");
        assertThat(err()).isEmpty();
    }

    @Test
    void validatePrintsOneLinePerProblemAndFails() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\n  \"formatVersion\": 1,\n  \"id\": \"Bad Id\"\n}\n");
        assertThat(run("validate", dir.resolve("bad.json").toString(), dir.resolve("missing.json").toString())).isEqualTo(1);
        String[] lines = err().split("\\R");
        assertThat(lines).anyMatch(l -> l.startsWith(dir.resolve("bad.json") + ":3:9: $.id: "));
        assertThat(lines).anyMatch(l -> l.startsWith(dir.resolve("bad.json") + ":1:1: $.title: the field \"title\" is missing"));
        assertThat(lines).anyMatch(l -> l.equals(dir.resolve("missing.json") + ": no such file or folder"));
        assertThat(err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void validateWithoutArgumentsExplainsUsage() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err()).contains("Usage:");
        assertThat(run("validate", "--help")).isZero();
    }

    @Test
    void helpListsTheStartupProbeWhichStartsTheDesktopApp() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("--startup-probe").contains("first-frame-ms: N");
        assertThat(Cli.handles(new String[] {"--startup-probe"})).as("the probe is a real start, not a headless command").isFalse();
    }

    @Test
    void textFromFilesCannotMoveTheCursorOrFakeAnOk() throws Exception {
        // An ANSI escape that clears the line and a carriage return, in a key, a value and a file name.
        String clear = "\u001B[2K\r";
        Path folder = Files.createDirectories(dir.resolve("hostile" + clear + "ok"));
        Files.writeString(folder.resolve("dup.json"), "{\"x" + clear + "OK\": 1, \"x" + clear + "OK\": 2}");
        Files.writeString(folder.resolve("token.json"), "{\"a\": tru" + clear + "e}");
        String sample = Files.readString(Path.of("examples/sample-session.json"));
        Path session = Files.writeString(dir.resolve("s" + clear + ".json"),
                sample.replaceFirst("\"participant\": \"p4\"", java.util.regex.Matcher.quoteReplacement("\"participant\": \"p9"
                        + clear.replace("\u001B", "\\u001b").replace("\r", "\\r") + "\"")));
        assertThat(run("validate", folder.toString(), session.toString())).isEqualTo(1);
        assertThat(run("export", session.toString(), "--out", dir.resolve("x.md").toString())).isEqualTo(1);
        String printed = out() + err();
        assertThat(printed).doesNotContain("\u001B", "\r", "\u202E");
        assertThat(printed).contains("\\u001B[2K\\r");
        for (String line : err().split("\n")) {
            assertThat(line).as("every problem on a line of its own, naming its file").startsWith(dir.toString());
        }
        assertThat(out()).doesNotContain(": OK");
    }

    @Test
    void validateTellsAllThreeKindsApartOrIsToldTheKind() throws Exception {
        Path preparation = Path.of("examples/per-hakansson.forberedelse.json");
        assertThat(run("validate", preparation.toString(), "examples/sample-session.json", "cases")).isZero();
        assertThat(out()).contains(preparation + ": OK").contains("15 file(s) checked, 0 problem(s)");
        // Told by its fields, whatever its name.
        Path renamed = Files.copy(preparation, dir.resolve("per.json"));
        assertThat(run("validate", renamed.toString())).isZero();
        // --kind forces one: a preparation read as a session file is no session file.
        assertThat(run("validate", "--kind", "session", renamed.toString())).isEqualTo(1);
        assertThat(err()).contains(renamed + ":").contains("the field \"participants\" is missing");
        assertThat(run("validate", "--kind=preparation", renamed.toString())).isZero();
        assertThat(run("validate", "--kind", "case", "cases/01-omtag-i-visionsarbetet.json")).isZero();
    }

    @Test
    void validateRefusesAnUnknownKindAsWrongUsage() {
        assertThat(run("validate", "--kind", "protokoll", "cases")).isEqualTo(2);
        assertThat(err()).contains("unknown kind \"protokoll\"; use case, session or preparation");
        assertThat(run("validate", "--kind")).isEqualTo(2);
        assertThat(run("validate", "--verbose", "cases")).isEqualTo(2);
    }
}
