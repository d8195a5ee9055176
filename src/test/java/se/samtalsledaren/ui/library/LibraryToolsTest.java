package se.samtalsledaren.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.LibraryArchive;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.CaseStore;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.ui.PreferencesService;
import se.samtalsledaren.ui.concurrent.Background;

/** Library folders kept in the preferences with the library reloaded, and the export form. */
class LibraryToolsTest {
    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    private static final CaseFormat FORMAT = new CaseFormat(MESSAGES);

    @TempDir Path home;
    private PreferencesStore store;
    private LibraryViewModel libraryVm;
    private LibraryService service;
    private Path folder;

    @BeforeEach
    void setUp() throws Exception {
        store = new PreferencesStore(AppDirectories.under(home.resolve("prefs")));
        PreferencesService prefs = new PreferencesService(store, Preferences.defaults(), Background.synchronous(),
                e -> { throw new AssertionError(e); });
        libraryVm = new LibraryViewModel();
        CaseLibraryLoader loader = new CaseLibraryLoader(FORMAT, MESSAGES);
        libraryVm.setLibrary(loader.load(List.of()));
        service = new LibraryService(loader::load, prefs, Background.synchronous(), libraryVm,
                e -> { throw new AssertionError(e); });
        folder = Files.createDirectories(home.resolve("egna"));
        new CaseStore(FORMAT).save(folder.resolve("egen.json"),
                libraryVm.libraryProperty().get().byId("skr-05").orElseThrow().value().withId("egen"));
    }

    @Test
    void addingAndRemovingAFolderIsSavedAndReloadsTheLibrary() {
        LibraryFoldersViewModel vm = new LibraryFoldersViewModel(service);
        assertThat(vm.folders()).isEmpty();

        vm.add(folder);
        String saved = folder.toAbsolutePath().normalize().toString();
        assertThat(vm.folders()).containsExactly(saved);
        assertThat(store.load().libraryFolders()).containsExactly(saved);
        assertThat(libraryVm.totalCount()).isEqualTo(14);
        assertThat(libraryVm.libraryProperty().get().byId("egen").orElseThrow().origin()).isEqualTo(saved);

        vm.add(folder);
        assertThat(vm.folders()).hasSize(1);

        vm.remove(vm.folders().get(0));
        assertThat(vm.folders()).isEmpty();
        assertThat(store.load().libraryFolders()).isEmpty();
        assertThat(libraryVm.totalCount()).isEqualTo(13);
        assertThat(folder.resolve("egen.json")).exists();
    }

    @Test
    void exportNeedsTheManifestFieldsAndAtLeastOneCaseThenWritesALibraryFile() throws Exception {
        service.addFolder(folder, lib -> { });
        LibraryArchive archive = new LibraryArchive(FORMAT, MESSAGES, new FakeClock(Instant.parse("2026-11-23T09:00:00Z")));
        ExportLibraryViewModel vm = new ExportLibraryViewModel(service.current().entries(), archive, Background.synchronous());
        assertThat(vm.selectedCount()).as("cases from folders are ticked").isEqualTo(1);
        assertThat(vm.validProperty().get()).isFalse();
        vm.titleProperty().set("Västerbys case");
        vm.authorProperty().set("Kim Lind");
        vm.licenceProperty().set("CC BY 4.0");
        assertThat(vm.validProperty().get()).isTrue();
        vm.selectAll(false);
        assertThat(vm.validProperty().get()).isFalse();
        vm.rows().get(0).selectedProperty().set(true);
        vm.rows().stream().filter(r -> r.entry().value().id().equals("egen")).findFirst().orElseThrow()
                .selectedProperty().set(true);
        assertThat(vm.validProperty().get()).isTrue();

        Path out = home.resolve("bibliotek.zip");
        Path[] done = new Path[1];
        vm.export(out, f -> done[0] = f, e -> { throw new AssertionError(e); });
        assertThat(done[0]).isEqualTo(out);
        LibraryArchive.Contents contents = archive.read(out);
        assertThat(contents.manifest().details())
                .isEqualTo(new LibraryArchive.Details("Västerbys case", "Kim Lind", "1.0", "CC BY 4.0"));
        assertThat(contents.cases()).extracting(c -> c.value().id()).containsExactly("skr-01", "egen");
    }
}
