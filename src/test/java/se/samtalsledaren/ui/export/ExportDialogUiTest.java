package se.samtalsledaren.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.export.ExportFixtures;
import se.samtalsledaren.export.SessionDocument;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.ui.TestWindows;

/** The export dialog: format choice, file, preview, export (synchronous background) and errors shown. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogUiTest {
    @TempDir Path dir;
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private Stage dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null) {
            robot.interact(dialog::close);
        }
    }

    private Stage open(FxRobot robot, Session session, Path sessionFile) {
        ExportWindows exports = TestWindows.exports(opened);
        robot.interact(() -> dialog = exports.showSessionExport(session, SessionDocument.end(session), ExportFixtures.case11(), sessionFile, null));
        robot.targetWindow(dialog);
        return dialog;
    }

    private static ExportViewModel vm(Stage stage) {
        return (ExportViewModel) stage.getProperties().get(ExportViewModel.class);
    }

    private static List<String> previewTexts(FxRobot robot) {
        Node page = robot.lookup("#exportPreview").queryAs(ScrollPane.class).getContent();
        return robot.from(page).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void choosesAFormatExportsBesideTheSessionAndOpensTheFile(FxRobot robot) throws Exception {
        Session sample = ExportFixtures.sample();
        int starts = TestWindows.RENDERER_WARMUPS.starts.get();
        int stops = TestWindows.RENDERER_WARMUPS.stops.get();
        open(robot, sample, dir.resolve("sample-session.json"));
        // Opening the dialog starts the renderers' warm-up with the format it shows.
        assertThat(TestWindows.RENDERER_WARMUPS.starts.get()).isEqualTo(starts + 1);
        assertThat(TestWindows.RENDERER_WARMUPS.first).isEqualTo(se.samtalsledaren.export.ExportFormat.PDF);
        assertThat(TestWindows.RENDERER_WARMUPS.stops.get()).isEqualTo(stops);
        assertThat(dialog.getTitle()).isEqualTo("Exportera anteckningar – Case 11: Tuffa strukturbeslut slår olika");
        assertThat(robot.lookup("#exportFile").queryAs(TextField.class).getText())
                .isEqualTo(dir.resolve("exempel-case11-2026-11-23.pdf").toString());
        // The preview shows the document's content.
        assertThat(previewTexts(robot)).contains("Ledningsdag: politik och förvaltning tillsammans", "Deltagare",
                "Mikael Öberg", "Lösningar i prioritetsordning", "Talartid per deltagare");

        robot.clickOn("#format-docx");
        assertThat(robot.lookup("#exportFile").queryAs(TextField.class).getText()).endsWith("exempel-case11-2026-11-23.docx");
        robot.clickOn("#exportOpenAfter");
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();

        Path written = dir.resolve("exempel-case11-2026-11-23.docx");
        assertThat(written).exists();
        assertThat(TestWindows.RENDERER_WARMUPS.stops.get()).as("exporting stops the warm-up").isEqualTo(stops + 1);
        assertThat(opened).containsExactly(written);
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).isEqualTo("Sparad: " + written);
        assertThat(robot.lookup("#exportError").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#exportProgress").queryAs(Node.class).isVisible()).isFalse();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(written)))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Ledningsdag: politik och förvaltning tillsammans");
        }
    }

    @Test
    void aFileThatCannotBeWrittenShowsTheErrorAndWritesNothing(FxRobot robot) throws Exception {
        open(robot, ExportFixtures.sample(), null);
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("notes.pdf");
        robot.interact(() -> robot.lookup("#exportFile").queryAs(TextField.class).setText(target.toString()));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#exportError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Exporten misslyckades, ingen fil skrevs: ").contains("not-a-folder");
        assertThat(Files.exists(target)).isFalse();
        assertThat(opened).isEmpty();

        robot.interact(() -> robot.lookup("#exportFile").queryAs(TextField.class).setText("  "));
        robot.clickOn("#exportButton");
        assertThat(error.getText()).isEqualTo("Ange vilken fil som ska skrivas.");

        robot.interact(() -> robot.lookup("#exportFile").queryAs(TextField.class).setText(dir.resolve("ok.pdf").toString()));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("ok.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Per Håkansson");
        }
    }

    @Test
    void handoutOffersPdfAndWordOnly(FxRobot robot) throws Exception {
        ExportWindows exports = TestWindows.exports(opened);
        robot.interact(() -> dialog = exports.showHandout(ExportFixtures.case11(), null));
        robot.targetWindow(dialog);
        assertThat(robot.lookup("#exportFormats .radio-button").queryAllAs(RadioButton.class).stream().map(RadioButton::getId))
                .containsExactly("format-pdf", "format-docx");
        assertThat(previewTexts(robot)).contains("Case 11: Tuffa strukturbeslut slår olika", "Att samtala om", "Samtalets fem steg");
        robot.interact(() -> vm(dialog).fileProperty().set(dir.resolve("handout.pdf").toString()));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dir.resolve("handout.pdf")).exists();
    }

    @Test
    void theSessionWindowsFileMenuOpensTheDialog(FxRobot robot) throws Exception {
        var windows = TestWindows.create(ExportFixtures.library());
        Session sample = ExportFixtures.sample();
        Stage[] session = new Stage[1];
        int warmups = TestWindows.RENDERER_WARMUPS.starts.get();
        robot.interact(() -> session[0] = windows.openSession(sample, ExportFixtures.case11(), dir.resolve("s.json")));
        assertThat(TestWindows.RENDERER_WARMUPS.starts.get()).as("a session alone does not warm the renderers (memory)").isEqualTo(warmups);
        MenuBar bar = robot.from(session[0].getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem export = bar.getMenus().get(0).getItems().stream().filter(i -> "exportItem".equals(i.getId())).findFirst().orElseThrow();
        assertThat(export.getText()).isEqualTo("Exportera …");
        robot.interact(export::fire);
        assertThat(TestWindows.RENDERER_WARMUPS.starts.get()).as("the dialog asked for the renderers' warm-up").isEqualTo(warmups + 1);
        dialog = javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Exportera anteckningar")).map(w -> (Stage) w).findFirst().orElseThrow();
        assertThat(vm(dialog).fileProperty().get()).isEqualTo(dir.resolve("exempel-case11-2026-11-23.pdf").toString());
        robot.interact(() -> {
            session[0].getProperties().clear();
            session[0].hide();
        });
    }
}
