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
    void roundTripsSessionDefaultsAndRecentSessions() throws Exception {
        PreferencesStore store = new PreferencesStore(AppDirectories.under(dir));
        java.util.EnumMap<se.samtalsledaren.model.Phase, Integer> minutes = new java.util.EnumMap<>(se.samtalsledaren.model.Phase.class);
        for (se.samtalsledaren.model.Phase ph : se.samtalsledaren.model.Phase.values()) {
            minutes.put(ph, 10);
        }
        Preferences p = Preferences.defaults().withSlotSeconds(90)
                .withDefaultPlan(new se.samtalsledaren.model.TimePlan(70, minutes))
                .withRecentSession("/s/a.json").withRecentSession("/s/b.json").withRecentSession("/s/a.json");
        assertThat(p.recentSessions()).containsExactly("/s/a.json", "/s/b.json");
        assertThat(p.defaultPlan().plannedMinutes(se.samtalsledaren.model.Phase.STEP_3)).isEqualTo(10);
        store.save(p);
        assertThat(store.load()).isEqualTo(p);
        // A new length drops the own plan (it was for 70 minutes): the standard plan scales.
        assertThat(p.withTotalMinutes(120).defaultPlan()).isEqualTo(se.samtalsledaren.model.TimePlan.defaultFor(120));
    }

    @Test
    void roundTripsWorkshopFoldersAndKeepsThemThroughOtherChanges() throws Exception {
        PreferencesStore store = new PreferencesStore(AppDirectories.under(dir));
        Preferences p = Preferences.defaults().withWorkshopFolders(List.of("/kurser/2026", "", "/kurser/2027", "/kurser/2026"))
                .withLanguage("en").withRecentSession("/s/a.json").withZoom(1.5);
        assertThat(p.workshopFolders()).containsExactly("/kurser/2026", "/kurser/2027");
        store.save(p);
        assertThat(store.load()).isEqualTo(p);
        assertThat(Preferences.defaults().workshopFolders()).isEmpty();
    }

    @Test
    void recentSessionsKeepTheTenLatest() {
        Preferences p = Preferences.defaults();
        for (int i = 1; i <= 12; i++) {
            p = p.withRecentSession("/s/" + i + ".json");
        }
        assertThat(p.recentSessions()).hasSize(Preferences.MAX_RECENT).startsWith("/s/12.json").endsWith("/s/3.json");
    }

    @Test
    void filesOfEarlierVersionsGetTheNewDefaults() throws Exception {
        PreferencesStore store = new PreferencesStore(AppDirectories.under(dir));
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"language\": \"en\", \"zoom\": 1.2, \"libraryFolders\": [\"/srv/case\"]}");
        Preferences p = store.load();
        assertThat(p).isEqualTo(new Preferences("en", 1.2, null, List.of("/srv/case")));
        assertThat(p.slotSeconds()).isEqualTo(se.samtalsledaren.model.Floor.DEFAULT_SLOT_SECONDS);
        assertThat(p.defaultPlan()).isEqualTo(se.samtalsledaren.model.TimePlan.defaultFor(90));
        assertThat(p.recentSessions()).isEmpty();
        // Out-of-range values are clamped, a half plan is ignored.
        Files.writeString(store.file(), "{\"defaultSlotSeconds\": 5, \"defaultPlan\": {\"totalMinutes\": 60, \"minutes\": {\"step1\": 30}}}");
        assertThat(store.load().slotSeconds()).isEqualTo(se.samtalsledaren.model.Floor.MIN_SLOT_SECONDS);
        assertThat(store.load().defaultPlan()).isEqualTo(se.samtalsledaren.model.TimePlan.defaultFor(60));
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
