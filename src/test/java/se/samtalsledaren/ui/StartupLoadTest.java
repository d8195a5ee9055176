package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;

/** The start's reading of preferences and library on a thread of its own. */
class StartupLoadTest {
    @TempDir Path home;

    @Test
    void readsThePreferencesThenTheLibraryInTheirLanguageAndWithTheirFolders() throws Exception {
        AppDirectories dirs = AppDirectories.under(home.resolve("home"));
        Path folder = Files.createDirectories(home.resolve("lib"));
        Files.writeString(folder.resolve("trasig.json"), "{ \"formatVersion\": 1,");
        new PreferencesStore(dirs).save(Preferences.defaults().withLanguage("en").withLibraryFolders(List.of(folder.toString())));

        StartupLoad load = StartupLoad.begin(dirs);

        assertThat(load.preferences().language()).isEqualTo("en");
        assertThat(load.directories()).isSameAs(dirs);
        assertThat(load.preferencesStore().file()).isEqualTo(new PreferencesStore(dirs).file());
        CaseLibrary lib = load.library();
        assertThat(lib.entries()).hasSize(13);
        assertThat(lib.problems()).singleElement().satisfies(p ->
                assertThat(p.toString()).contains("trasig.json:1:").contains("not valid JSON"));
        // Indexed on the loading thread: the FX thread gets the search and theme list ready-made.
        assertThat(lib.indexed()).isSameAs(lib);
        assertThat(lib.search().find(se.samtalsledaren.library.CaseSearch.Query.text("flygplats")))
                .extracting(e -> e.value().number()).containsExactly(3);
    }

    @Test
    void unreadablePreferencesGiveTheDefaultsAndTheBundledLibrary() throws Exception {
        AppDirectories dirs = AppDirectories.under(home.resolve("home2"));
        PreferencesStore store = new PreferencesStore(dirs);
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{ inte json");

        StartupLoad load = StartupLoad.begin(dirs);

        assertThat(load.preferences()).isEqualTo(Preferences.defaults());
        assertThat(load.library().entries()).hasSize(13);
        assertThat(load.library().problems()).isEmpty();
    }
}
