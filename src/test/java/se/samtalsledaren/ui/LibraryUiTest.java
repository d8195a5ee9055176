package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.main.MainWindow;

/** The library and reader as a user drives them: search, filter, open, navigate, zoom. */
@ExtendWith(ApplicationExtension.class)
class LibraryUiTest {
    @TempDir static Path home;

    private PreferencesStore store;

    @Start
    void start(Stage stage) throws Exception {
        Path brokenFolder = Files.createDirectories(home.resolve("lib-" + System.nanoTime()));
        Files.writeString(brokenFolder.resolve("trasig.json"), "{ \"formatVersion\": 1,");
        store = new PreferencesStore(AppDirectories.under(home.resolve("prefs-" + System.nanoTime())));
        Messages messages = new Messages(new Locale("sv"));
        CaseLibrary library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of(brokenFolder));
        PreferencesService prefs = new PreferencesService(store, Preferences.defaults(), Background.synchronous(),
                e -> { throw new AssertionError(e); });
        Parent root = MainWindow.build(new UiText(new Locale("sv")), library, prefs, () -> { }, TestWindows::create,
                TestWindows.actions(library));
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private ListView<LibraryEntry> list(FxRobot robot) {
        return robot.lookup("#caseList").queryAs(ListView.class);
    }

    private List<Integer> listed(FxRobot robot) {
        return list(robot).getItems().stream().map(e -> e.value().number()).toList();
    }

    private List<String> texts(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void listsAllThirteenCasesWithAProblemForTheBrokenFile(FxRobot robot) {
        assertThat(listed(robot)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(robot.lookup("#librarySummary").queryAs(Label.class).getText()).isEqualTo("13 av 13 case");
        TitledPane problems = robot.lookup("#problemsPane").queryAs(TitledPane.class);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).isEqualTo("1 fil kunde inte läsas");
        ListView<?> problemList = robot.lookup("#problemList").queryAs(ListView.class);
        assertThat(problemList.getItems().get(0).toString()).contains("trasig.json:1:").contains("inte giltig JSON");
    }

    @Test
    void aCellShowsNumberTitleThemesAndOrigin(FxRobot robot) {
        ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof LibraryEntry e && e.value().number() == 3).findFirst().orElseThrow();
        LibraryEntry entry = (LibraryEntry) cell.getItem();
        assertThat(((Label) cell.lookup(".case-cell-number")).getText()).isEqualTo("3");
        assertThat(((javafx.scene.text.Text) cell.lookup(".case-cell-title")).getText())
                .isEqualTo("Prioriteringar i politiken och prioriteringar i förvaltningen");
        assertThat(((javafx.scene.text.Text) cell.lookup(".case-cell-themes")).getText())
                .isEqualTo(String.join(" · ", entry.value().themes())).contains("Prioriteringar · ");
        assertThat(((javafx.scene.text.Text) cell.lookup(".case-cell-origin")).getText()).isEqualTo("SKR (inbyggt)");
    }

    @Test
    void aCellTellsWhereItsCaseComesFromOnceThePointerIsOverIt(FxRobot robot) {
        robot.moveTo("#librarySearch");
        ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof LibraryEntry e && e.value().number() == 3).findFirst().orElseThrow();
        assertThat(cell.getTooltip()).as("no tooltip popup is made for a cell only shown").isNull();
        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo("Inbyggt SKR-case (skrivskyddat)");
    }

    @Test
    void theReaderNamesTheCasesOriginAndRelatedCasesOnceThePointerIsOverThem(FxRobot robot) {
        robot.interact(() -> list(robot).getSelectionModel().select(list(robot).getItems().stream()
                .filter(e -> e.value().number() == 2).findFirst().orElseThrow()));
        Label origin = robot.lookup("#caseOrigin").queryAs(Label.class);
        assertThat(origin.getTooltip()).as("no tooltip popup until hovered").isNull();
        robot.moveTo(origin);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(origin.getTooltip().getText()).isEqualTo(origin.getText()).isEqualTo("Inbyggt SKR-case (skrivskyddat)");

        javafx.scene.control.Hyperlink link = robot.lookup(".related-link").queryAllAs(javafx.scene.control.Hyperlink.class)
                .stream().filter(l -> l.getText().equals("Case 3")).findFirst().orElseThrow();
        assertThat(link.getTooltip()).isNull();
        robot.moveTo(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(link.getTooltip().getText()).isEqualTo("Case 3: Prioriteringar i politiken och prioriteringar i förvaltningen");
    }

    @Test
    void searchingFlygplatsFindsCase3(FxRobot robot) {
        robot.clickOn("#librarySearch").write("flygplats");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).containsExactly(3);
        assertThat(robot.lookup("#librarySummary").queryAs(Label.class).getText()).isEqualTo("1 av 13 case");
    }

    @Test
    void searchIgnoresDiacritics(FxRobot robot) {
        robot.clickOn("#librarySearch").write("myndighetsutovning");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).containsExactly(4);
    }

    @Test
    void filtersByThemeAndDimension(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> theme = robot.lookup("#themeFilter").queryAs(ComboBox.class);
        robot.interact(() -> theme.setValue("Myndighetsutövning"));
        assertThat(listed(robot)).containsExactly(4);
        robot.interact(() -> theme.setValue(""));
        @SuppressWarnings("unchecked")
        ComboBox<String> dimension = robot.lookup("#dimensionFilter").queryAs(ComboBox.class);
        robot.clickOn(dimension);
        robot.clickOn("Värderingar");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).isNotEmpty().doesNotContain(7, 9, 10).hasSizeLessThan(13);
    }

    @Test
    void openingACaseShowsItsTextAndQuestions(FxRobot robot) {
        robot.clickOn("#librarySearch").write("flygplats");
        robot.clickOn("Prioriteringar i politiken och prioriteringar i förvaltningen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".case-title")).containsExactly("Prioriteringar i politiken och prioriteringar i förvaltningen");
        assertThat(texts(robot, ".thought-text")).containsExactly(
                "Hur följsam kan förvaltningen vara gentemot politiska prioriteringar om de uppfattas strida mot professionella bedömningar?");
        assertThat(texts(robot, ".question-text")).hasSize(4)
                .endsWith("Hur ska konsekvenserna av besluten hanteras och hur ska det fördelas?");
        assertThat(texts(robot, ".question-number")).containsExactly("1.", "2.", "3.", "4.");
        assertThat(texts(robot, ".case-dialogue")).isNotEmpty().allMatch(t -> t.startsWith("–"));
        assertThat(texts(robot, ".attribution").get(0)).contains("Sveriges Kommuner och Regioner (SKR)");
    }

    @Test
    void commentaryAndRelatedCasesAreOneClickAway(FxRobot robot) {
        robot.clickOn("Omtag i visionsarbetet");
        robot.clickOn("Rapportens kommentar (4)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".commentary-text")).hasSize(4).anyMatch(t -> t.contains("vilket framgår av case 1"));
        robot.clickOn(robot.lookup(".tab-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Case")).findFirst().orElseThrow());
        Hyperlink related = robot.lookup(".related-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("Case 11")).findFirst().orElseThrow();
        robot.clickOn(related);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".case-title")).containsExactly("Tuffa strukturbeslut slår olika");
        assertThat(list(robot).getSelectionModel().getSelectedItem().value().number()).isEqualTo(11);
    }

    @Test
    void keyboardMovesBetweenCases(FxRobot robot) {
        robot.clickOn("Omtag i visionsarbetet");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".case-kicker")).containsExactly("Case 2");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".case-kicker")).containsExactly("Case 1");
    }

    @Test
    void zoomChangesTextSizeAndIsPersisted(FxRobot robot) {
        robot.clickOn("Omtag i visionsarbetet");
        Label title = robot.lookup(".case-title").queryAs(Label.class);
        double before = title.getFont().getSize();
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#zoomLabel").queryAs(Label.class).getText()).isEqualTo("120 %");
        assertThat(robot.lookup(".case-title").queryAs(Label.class).getFont().getSize()).isGreaterThan(before * 1.15);
        assertThat(store.load().zoom()).isEqualTo(1.2);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.load().zoom()).isEqualTo(1.1);
        robot.clickOn("#zoomOut");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.load().zoom()).isEqualTo(1.0);
        assertThat(robot.lookup("#zoomLabel").queryAs(Label.class).getText()).isEqualTo("100 %");
    }
}
