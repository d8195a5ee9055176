package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.Launcher;
import se.samtalsledaren.json.StrictJson;

/**
 * Any session file within the size limit opens or is refused with a message in a JVM with a
 * 256 MB heap: {@code validate} runs in a child JVM ({@code -Xmx256m}) on files made to need as
 * much memory as they can, and must end with its own exit code and one line per problem, never
 * with an {@link OutOfMemoryError}.
 */
@Tag("memory")
class MemoryLimitsTest {
    @TempDir Path dir;

    /** The sample session with {@code insert} put in place of its notes, as a file near the size limit. */
    private Path sessionWith(String name, String notes) throws IOException {
        String sample = Files.readString(Path.of("examples/sample-session.json"));
        int start = sample.indexOf("\"notes\": {");
        int end = sample.indexOf("\"solutions\": [");
        Path file = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(sample, 0, start);
            w.write(notes);
            w.write(sample, end, sample.length() - end);
        }
        assertThat(Files.size(file)).isLessThanOrEqualTo(StrictJson.Limits.SESSION_FILE.maxBytes());
        return file;
    }

    private record Run(int exit, String out, String err) {}

    private Run validate(Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "validate", "--kind", "session",
                file.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static void refusedWithAMessage(Run run, Path file, String message) {
        assertThat(run.err()).doesNotContain("OutOfMemoryError", "Exception", "\tat ");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith(file + ":").contains(message);
    }

    @Test
    void aMillionNotesAreRefusedWithoutRunningOutOfMemory() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            StringBuilder notes = new StringBuilder(30_000_000).append("\"notes\": {\"step1\": [");
            for (int i = 0; i < 1_000_000; i++) {
                notes.append(i == 0 ? "" : ",").append("{\"id\":\"n").append(i).append("\",\"text\":\"x\"}");
            }
            Path file = sessionWith("miljon.json", notes.append("]},\n  ").toString());
            refusedWithAMessage(validate(file), file, "$.notes.step1[20000]: too many elements (at most 20,000 in one list or object)");
        });
    }

    @Test
    void thirtyTwoMegabytesOfEmptyObjectsAreRefusedWithoutRunningOutOfMemory() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            // Many lists, each within the per-list limit, together far over the values a file may hold.
            StringBuilder notes = new StringBuilder(33_000_000).append("\"notes\": {\"step1\": [");
            String list = "[" + "{},".repeat(19_999) + "{}]";
            for (int i = 0; notes.length() + list.length() < 31_000_000; i++) {
                notes.append(i == 0 ? "" : ",").append(list);
            }
            Path file = sessionWith("tomma.json", notes.append("]},\n  ").toString());
            refusedWithAMessage(validate(file), file, "the file holds too many values (at most 500,000)");
        });
    }

    @Test
    void theLargestSessionTheLimitsAllowOpensIn256Megabytes() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            // 2,000 notes in each of the five steps (the most a step may hold), each a text of
            // 2,900 characters with a euro sign, so that Java keeps every string in two bytes a
            // character: about 31 MB, the heaviest a file within the limits can be to hold.
            String text = ("€ " + "Förvaltningen redovisar konsekvenserna för de mindre orterna. ".repeat(47)).substring(0, 2900);
            StringBuilder notes = new StringBuilder(33_000_000).append("\"notes\": {");
            for (int step = 1; step <= 5; step++) {
                notes.append(step == 1 ? "" : ",").append("\"step").append(step).append("\": [");
                for (int i = 0; i < 2000; i++) {
                    notes.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(step).append('n').append(i)
                            .append("\",\"text\":\"").append(text).append("\"}");
                }
                notes.append(']');
            }
            Path file = sessionWith("stor.json", notes.append("},\n  ").toString());
            assertThat(Files.size(file)).isGreaterThan(30_000_000L);
            Run run = validate(file);
            assertThat(run.err()).isEmpty();
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains(file + ": OK");
        });
    }
}
