package se.samtalsledaren;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole app started in a JVM of its own (JavaFX on Monocle's headless screen) with
 * {@code --startup-probe}, which exits after the first frame of the window the start shows: the
 * main window, or the participant window with {@code --participant}. The start builds the main
 * view off the FX thread; nothing of it may be styled before JavaFX's own stylesheet is in place
 * (that showed as "Could not resolve '-fx-text-base-color'" warnings and a first frame without it).
 */
class AppStartTest {
    @TempDir Path dir;

    private record Started(int exit, String out, String err) {}

    private Started start(String... args) throws Exception {
        List<String> command = AppProcess.command(dir.resolve("home"), args);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process app = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the app exits after its first frame").isTrue();
            return new Started(app.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            app.destroyForcibly();
        }
    }

    @Test
    void theMainWindowStartsStyledWithTheCasesListedInItsFirstFrame() throws Exception {
        Started started = start("--startup-probe");
        assertThat(started.exit()).isZero();
        assertThat(started.out()).containsPattern("first-frame-ms: \\d+").contains("layout-pass: 1");
        assertThat(started.err()).doesNotContain("Could not resolve").doesNotContain("Exception");
    }

    @Test
    void participantModeStartsStyled() throws Exception {
        Started started = start("--participant", "--startup-probe");
        assertThat(started.exit()).isZero();
        assertThat(started.out()).containsPattern("first-frame-ms: \\d+");
        assertThat(started.err()).doesNotContain("Could not resolve").doesNotContain("Exception");
    }
}
