package se.samtalsledaren;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb's maintainer scripts (src/packaging/linux/resources), run with {@code sh} the way dpkg
 * runs them once jpackage has filled in its placeholders: the menu entry's commands stand in as a
 * command that fails (xdg-desktop-menu on a system without an applications menu, where dpkg -i left
 * the package half-configured and dpkg -r could not remove it) or succeeds. {@code dpkg-query} is a
 * stand-in that lists nothing, so the class-data archive step finds no installed app and does nothing.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PackagingScriptsTest {
    private static final Path RESOURCES = Path.of("src/packaging/linux/resources");

    @TempDir Path dir;

    private record Run(int exit, String err) {}

    private Run run(String script, String menuCommands, String argument) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path dpkgQuery = bin.resolve("dpkg-query");
        Files.writeString(dpkgQuery, "#!/bin/sh\nexit 0\n");
        dpkgQuery.toFile().setExecutable(true);
        String text = Files.readString(RESOURCES.resolve(script), StandardCharsets.UTF_8)
                .replace("DESKTOP_COMMANDS_INSTALL", menuCommands)
                .replace("DESKTOP_COMMANDS_UNINSTALL", menuCommands)
                .replace("UTILITY_SCRIPTS", "")
                .replace("APPLICATION_PACKAGE", "samtalsledaren");
        Path file = dir.resolve(script);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(List.of("sh", file.toString(), argument))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), err);
    }

    @Test
    void installingWithoutAnApplicationsMenuWarnsAndSucceeds() throws Exception {
        Run run = run("postinst", "echo 'xdg-desktop-menu: No writable system menu directory found.' >&2; exit 3", "configure");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("samtalsledaren: no applications menu here to add the entry to");
    }

    @Test
    void installingWithAMenuAddsTheEntryQuietly() throws Exception {
        Path mark = dir.resolve("menu-entry-added");
        Run run = run("postinst", "touch '" + mark + "'", "configure");
        assertThat(run.exit()).isZero();
        assertThat(mark).exists();
        assertThat(run.err()).doesNotContain("no applications menu");
    }

    @Test
    void removingWithoutAnApplicationsMenuSucceeds() throws Exception {
        assertThat(run("prerm", "exit 3", "remove").exit()).isZero();
    }

    @Test
    void anUnknownArgumentIsStillRefused() throws Exception {
        assertThat(run("postinst", "true", "bogus").exit()).isEqualTo(1);
        assertThat(run("prerm", "true", "bogus").exit()).isEqualTo(1);
    }
}
