package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.LibraryArchive;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.library.LibraryTransfers;
import se.samtalsledaren.ui.main.MainWindow;

/** Importing a library file: collisions are asked about, unsafe archives refused with nothing written. */
@ExtendWith(ApplicationExtension.class)
class LibraryImportUiTest {
    @TempDir static Path home;

    private final Messages messages = new Messages(new Locale("sv"));
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-23T09:00:00Z"));
    private Path folder;
    private Stage main;
    private LibraryTransfers transfers;
    private CaseLibrary bundled;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createDirectories(home.resolve("egna-" + System.nanoTime()));
        bundled = loader().load(List.of());
        PreferencesService prefs = new PreferencesService(new PreferencesStore(AppDirectories.under(home.resolve("p" + System.nanoTime()))),
                new Preferences("sv", 1.0, null, List.of(folder.toString())), Background.synchronous(), e -> { throw new AssertionError(e); });
        Parent root = MainWindow.build(new UiText(new Locale("sv")), loader().load(List.of(folder)), prefs, () -> { },
                TestWindows::create, Background.synchronous(), clock, TestWindows.actions(TestWindows.bundledLibrary()));
        transfers = (LibraryTransfers) root.getProperties().get(LibraryTransfers.class);
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
        main = stage;
    }

    private CaseLibraryLoader loader() {
        return new CaseLibraryLoader(new CaseFormat(messages), messages);
    }

    private void clickButton(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no button " + text)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String dialogText(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
    }

    @Test
    void importAsksAboutACollisionAndKeepsBoth(FxRobot robot) throws Exception {
        LibraryEntry own = new LibraryEntry(bundled.byId("skr-04").orElseThrow().value().withId("vasterby-4"), "/x", "vasterby.json", false);
        byte[] zip = new LibraryArchive(new CaseFormat(messages), messages, clock).export(
                new LibraryArchive.Details("Västerbys case", "Kim Lind", "2", "CC BY 4.0"), List.of(bundled.byId("skr-01").orElseThrow(), own));
        Path file = home.resolve("bibliotek-" + System.nanoTime() + ".zip");
        Files.write(file, zip);

        Platform.runLater(() -> transfers.importFile(file, main));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogText(robot)).contains("Version 2 av Kim Lind").contains("Licens: CC BY 4.0").contains("2 case importeras till " + folder);
        clickButton(robot, "Importera");

        // The SKR case is already bundled: it can be kept beside it or skipped, never replaced.
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).containsExactlyInAnyOrder("Behåll båda", "Hoppa över", "Avbryt importen");
        clickButton(robot, "Behåll båda");
        assertThat(dialogText(robot)).isEqualTo("2 case importerade till " + folder + ".");
        clickButton(robot, "OK");

        CaseLibrary after = loader().load(List.of(folder));
        assertThat(after.problems()).isEmpty();
        assertThat(after.byId("skr-01-2").orElseThrow().file()).isEqualTo("01-omtag-i-visionsarbetet.json");
        assertThat(after.byId("vasterby-4").orElseThrow().value().title()).isEqualTo(own.value().title());
        @SuppressWarnings("unchecked")
        ListView<LibraryEntry> list = robot.lookup("#caseList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(15);
    }

    @Test
    void anUnsafeArchiveIsRefusedAndNothingIsWritten(FxRobot robot) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            ZipArchiveEntry e = new ZipArchiveEntry("../../.bashrc.json");
            zip.putArchiveEntry(e);
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        Path file = home.resolve("ond.zip");
        Files.write(file, out.toByteArray());

        Platform.runLater(() -> transfers.importFile(file, main));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogText(robot)).isEqualTo("ond.zip avvisades och ingenting har skrivits. Så här är det fel:");
        assertThat(robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText())
                .isEqualTo("ond.zip!/../../.bashrc.json: namnet innehåller \"..\" och skulle hamna utanför biblioteksmappen");
        clickButton(robot, "OK");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(home.resolve(".bashrc.json")).doesNotExist();
    }
}
