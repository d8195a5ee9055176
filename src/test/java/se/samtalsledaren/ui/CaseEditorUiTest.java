package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samtalsledaren.ui.EditorTestKit.in;
import static se.samtalsledaren.ui.EditorTestKit.labels;
import static se.samtalsledaren.ui.EditorTestKit.replaceText;
import static se.samtalsledaren.ui.EditorTestKit.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.session.FakeClock;

/** The case editor as a trainer uses it: duplicate and adapt, live preview and validation, undo, save. */
@ExtendWith(ApplicationExtension.class)
class CaseEditorUiTest {
    @TempDir static Path home;

    private final EditorTestKit kit = new EditorTestKit();
    private final FakeClock clock = kit.clock;
    private Path folder;
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        kit.start(stage, home);
        folder = kit.folder;
        main = kit.main;
    }

    private CaseLibraryLoader loader() {
        return kit.loader();
    }

    private Stage duplicateCase1(FxRobot robot) {
        return kit.duplicateCase1(robot);
    }

    @Test
    void duplicateEditSeeThePreviewAndProblemsUndoAndSave(FxRobot robot) throws Exception {
        Stage editor = duplicateCase1(robot);
        assertThat(editor.getTitle()).isEqualTo("Case-editor – Omtag i visionsarbetet *");
        assertThat(in(robot, editor, "#editorId", TextField.class).getText()).isEqualTo("skr-01-kopia");
        assertThat(in(robot, editor, "#editorValidity", Label.class).getText()).isEqualTo("Inga fel – kan sparas");

        // Typing a title updates the live preview in the reader.
        replaceText(robot, editor, "#editorTitle", "Omtag i Västerby");
        assertThat(labels(robot, editor, ".case-title")).containsExactly("Omtag i Västerby");
        assertThat(labels(robot, editor, ".case-kicker")).containsExactly("Case 1");

        // Emptying a required field shows the message next to it and blocks saving.
        clock.advance(Duration.ofSeconds(5));
        replaceText(robot, editor, "#editorTitle", "");
        Label titleError = in(robot, editor, "#titleError", Label.class);
        assertThat(titleError.isVisible()).isTrue();
        assertThat(titleError.getText()).isEqualTo("får inte vara tom");
        assertThat(in(robot, editor, "#editorTitle", TextField.class).getStyleClass()).contains("field-invalid");
        assertThat(in(robot, editor, "#editorSave", Button.class).isDisabled()).isTrue();
        assertThat(in(robot, editor, "#editorValidity", Label.class).getText()).isEqualTo("1 fel att rätta");
        @SuppressWarnings("unchecked")
        ListView<Object> problems = in(robot, editor, "#editorProblems", ListView.class);
        assertThat(problems.getItems()).hasSize(1);

        // Undo restores the title typed before.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(in(robot, editor, "#editorTitle", TextField.class).getText()).isEqualTo("Omtag i Västerby");
        assertThat(titleError.isVisible()).isFalse();
        assertThat(labels(robot, editor, ".case-title")).containsExactly("Omtag i Västerby");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(in(robot, editor, "#editorTitle", TextField.class).getText()).isEmpty();
        robot.clickOn(in(robot, editor, "#editorUndo", Button.class));
        assertThat(in(robot, editor, "#editorTitle", TextField.class).getText()).isEqualTo("Omtag i Västerby");

        // A second editor, for a new case, lists the library's cases as possible related ones.
        robot.interact(main::toFront);
        robot.targetWindow(main);
        robot.clickOn("Arkiv").clickOn("Nytt case …");
        WaitForAsyncUtils.waitForFxEvents();
        Stage other = window("Case-editor – nytt-case");
        @SuppressWarnings("unchecked")
        ListView<String> related = in(robot, other, "#editorRelated", ListView.class);
        assertThat(related.getItems()).hasSize(13).doesNotContain("skr-01-kopia");
        robot.interact(editor::toFront);
        robot.targetWindow(editor);

        // Save writes a case file into the library folder; the library lists it with its origin.
        robot.clickOn(in(robot, editor, "#editorSave", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = folder.resolve("skr-01-kopia.json");
        assertThat(file).exists();
        CaseLibrary reloaded = loader().load(List.of(folder));
        assertThat(reloaded.problems()).isEmpty();
        LibraryEntry saved = reloaded.byId("skr-01-kopia").orElseThrow();
        assertThat(saved.value().title()).isEqualTo("Omtag i Västerby");
        assertThat(saved.value().narrative()).isEqualTo(reloaded.byId("skr-01").orElseThrow().value().narrative());
        assertThat(editor.getTitle()).isEqualTo("Case-editor – Omtag i Västerby");
        assertThat(in(robot, editor, "#editorStatus", Label.class).getText()).contains(file.toString()).contains("inga osparade ändringar");

        @SuppressWarnings("unchecked")
        ListView<LibraryEntry> list = in(robot, main, "#caseList", ListView.class);
        assertThat(list.getItems()).hasSize(14);
        assertThat(list.getSelectionModel().getSelectedItem().value().id()).isEqualTo("skr-01-kopia");
        assertThat(in(robot, main, "#caseOrigin", Label.class).getText()).isEqualTo("Från " + file);
        assertThat(in(robot, main, "#editCase", Button.class).getText()).isEqualTo("Redigera …");
        // The editor left open follows the reload: the saved case can now be ticked as related.
        assertThat(related.getItems()).hasSize(14).contains("skr-01-kopia");
        robot.interact(other::close);
        robot.targetWindow(editor);
        robot.interact(editor::close);
    }

    @Test
    void teachingNotesAppearInThePreviewAndTheSetUpTakesOverTheirMinutes(FxRobot robot) throws Exception {
        Stage editor = duplicateCase1(robot);
        TabPane sections = in(robot, editor, "#editorSections", TabPane.class);
        robot.clickOn(robot.from(editor.getScene().getRoot()).lookup(".tab-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Lärarhandledning")).findFirst().orElseThrow());
        assertThat(sections.getSelectionModel().getSelectedItem().getText()).isEqualTo("Lärarhandledning");
        robot.clickOn(in(robot, editor, "#editorOpening", Node.class)).write("Vem äger visionen?");
        robot.clickOn(in(robot, editor, "#editorObjectives", Node.class)).write("Se rollerna");
        robot.clickOn(in(robot, editor, "#editorSuggestMinutes", Node.class));
        @SuppressWarnings("unchecked")
        Spinner<Integer> step5 = in(robot, editor, "#suggest-step5", Spinner.class);
        robot.interact(() -> step5.getValueFactory().setValue(30));
        WaitForAsyncUtils.waitForFxEvents();

        // The preview shows the teaching notes in their own tab.
        TabPane previewTabs = in(robot, editor, "#readerTabs", TabPane.class);
        Tab teaching = previewTabs.getTabs().stream().filter(t -> "teachingTab".equals(t.getId())).findFirst().orElseThrow();
        assertThat(teaching.getText()).isEqualTo("Lärarhandledning");
        assertThat(labels(robot, editor, ".teaching-text")).contains("Vem äger visionen?",
                "Se rollerna");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Case saved = loader().load(List.of(folder)).byId("skr-01-kopia").orElseThrow().value();
        assertThat(saved.teachingNotes().openingQuestion()).isEqualTo("Vem äger visionen?");
        assertThat(saved.teachingNotes().suggestedMinutes()).containsEntry(Phase.STEP_5, 30).hasSize(7);
        assertThat(Files.readString(folder.resolve("skr-01-kopia.json"))).startsWith("{\n  \"formatVersion\": 2,");
        robot.interact(editor::close);

        // In the main window the saved case is selected; a session on it can take over the suggested minutes.
        robot.targetWindow(main);
        robot.clickOn(in(robot, main, "#startSession", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        Stage setup = window("Ny session");
        robot.targetWindow(setup);
        Button fromNotes = in(robot, setup, "#planFromNotes", Button.class);
        assertThat(fromNotes.isVisible()).isTrue();
        robot.clickOn(fromNotes);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        Spinner<Integer> planned5 = in(robot, setup, "#plan-step5", Spinner.class);
        assertThat(planned5.getValue()).isEqualTo(30);
        @SuppressWarnings("unchecked")
        Spinner<Integer> total = in(robot, setup, "#totalMinutes", Spinner.class);
        assertThat(total.getValue()).isEqualTo(saved.teachingNotes().suggestedMinutes().values().stream().mapToInt(Integer::intValue).sum());
        robot.interact(setup::close);
    }

    @Test
    void quittingAsksAboutAnEditorWithUnsavedChanges(FxRobot robot) {
        Stage editor = duplicateCase1(robot);
        replaceText(robot, editor, "#editorTitle", "Ny");
        javafx.scene.control.MenuItem quit = robot.from(main.getScene().getRoot()).lookup(".menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "Avsluta".equals(i.getText())).findFirst().orElseThrow();

        javafx.application.Platform.runLater(quit::fire);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Fortsätt redigera");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kit.quitCalled).isFalse();
        assertThat(editor.isShowing()).isTrue();

        javafx.application.Platform.runLater(quit::fire);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Stäng utan att spara");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kit.quitCalled).isTrue();
        robot.interact(editor::close);
    }

    @Test
    void aBundledCaseHasNoTeachingTabAndShowsWhereItComesFrom(FxRobot robot) {
        robot.clickOn("Omtag i visionsarbetet");
        TabPane tabs = robot.lookup("#readerTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(Tab::getText).containsExactly("Case", "Rapportens kommentar (4)");
        assertThat(robot.lookup("#caseOrigin").queryAs(Label.class).getText()).isEqualTo("Inbyggt SKR-case (skrivskyddat)");
    }
}
