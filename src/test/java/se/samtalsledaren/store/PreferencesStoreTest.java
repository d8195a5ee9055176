package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {
    @TempDir Path dir;

    @Test
    void roundTripsEveryField() throws Exception {
        PreferencesStore store = new PreferencesStore(AppDirectories.under(dir));
        Preferences p = new Preferences("en", 1.4, new Preferences.WindowBounds(10, 20, 1280, 800, true), List.of("/srv/case"));
        store.save(p);
        assertThat(store.load()).isEqualTo(p);
        assertThat(store.file()).isEqualTo(dir.resolve("config").resolve("preferences.json"));
    }

    @Test
    void missingOrCorruptFileGivesDefaults() throws Exception {
        PreferencesStore store = new PreferencesStore(AppDirectories.under(dir));
        assertThat(store.load()).isEqualTo(Preferences.defaults());
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{ not json");
        assertThat(store.load()).isEqualTo(Preferences.defaults());
        Files.writeString(store.file(), "{\"zoom\": 99, \"language\": \"klingon\"}");
        Preferences clamped = store.load();
        assertThat(clamped.zoom()).isEqualTo(Preferences.MAX_ZOOM);
        assertThat(clamped.language()).isEqualTo("sv");
    }

    @Test
    void directoriesFollowPlatformConventions() {
        AppDirectories linux = AppDirectories.resolve("Linux", "/home/anna", Map.of());
        assertThat(linux.config()).isEqualTo(Path.of("/home/anna/.config/samtalsledaren"));
        assertThat(linux.data()).isEqualTo(Path.of("/home/anna/.local/share/samtalsledaren"));
        AppDirectories xdg = AppDirectories.resolve("Linux", "/home/anna", Map.of("XDG_CONFIG_HOME", "/x/c", "XDG_DATA_HOME", "/x/d"));
        assertThat(xdg.config()).isEqualTo(Path.of("/x/c/samtalsledaren"));
        assertThat(xdg.data()).isEqualTo(Path.of("/x/d/samtalsledaren"));
        AppDirectories win = AppDirectories.resolve("Windows 11", "C:/Users/anna", Map.of("APPDATA", "/appdata"));
        assertThat(win.config()).isEqualTo(Path.of("/appdata/Samtalsledaren"));
        AppDirectories mac = AppDirectories.resolve("Mac OS X", "/Users/anna", Map.of());
        assertThat(mac.config()).isEqualTo(Path.of("/Users/anna/Library/Application Support/Samtalsledaren"));
    }

    @Test
    void atomicWriteReplacesContentAndLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("sub").resolve("file.json");
        AtomicFiles.write(target, "one".getBytes());
        AtomicFiles.write(target, "two".getBytes());
        assertThat(Files.readString(target)).isEqualTo("two");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("file.json");
        }
    }
}
