package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user's cache folder on each system, as bin/samtalsledaren uses it. */
class AppDirectoriesTest {
    @Test
    void cacheFolderFollowsEachSystemsConvention() {
        assertThat(AppDirectories.cacheFolder("Linux", "/home/anna", Map.of()))
                .isEqualTo(Path.of("/home/anna/.cache/samtalsledaren"));
        assertThat(AppDirectories.cacheFolder("Linux", "/home/anna", Map.of("XDG_CACHE_HOME", "/var/cache/anna")))
                .isEqualTo(Path.of("/var/cache/anna/samtalsledaren"));
        assertThat(AppDirectories.cacheFolder("Linux", "/home/anna", Map.of("XDG_CACHE_HOME", " ")))
                .isEqualTo(Path.of("/home/anna/.cache/samtalsledaren"));
        assertThat(AppDirectories.cacheFolder("Mac OS X", "/Users/anna", Map.of()))
                .isEqualTo(Path.of("/Users/anna/Library/Caches/Samtalsledaren"));
        assertThat(AppDirectories.cacheFolder("Windows 11", "/home/anna", Map.of("LOCALAPPDATA", "/c/Users/anna/AppData/Local")))
                .isEqualTo(Path.of("/c/Users/anna/AppData/Local/Samtalsledaren/Cache"));
        assertThat(AppDirectories.cacheFolder("Windows 11", "/home/anna", Map.of()))
                .isEqualTo(Path.of("/home/anna/AppData/Local/Samtalsledaren/Cache"));
    }
}
