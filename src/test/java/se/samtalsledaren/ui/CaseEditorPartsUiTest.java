package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samtalsledaren.ui.EditorTestKit.in;
import static se.samtalsledaren.ui.EditorTestKit.labels;
import static se.samtalsledaren.ui.EditorTestKit.replaceText;
import static se.samtalsledaren.ui.EditorTestKit.selectTab;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.ui.editor.CaseEditorViewModel;

/**
 * Each part of the case editor as a trainer uses it: the narrative's blocks, the questions and
 * their steps, the teaching notes, the preview, and the problem list that leads to a field on
 * another tab.
 */
@ExtendWith(ApplicationExtension.class)
class CaseEditorPartsUiTest {
    @TempDir static Path home;

    private final EditorTestKit kit = new EditorTestKit();

    @Start
    void start(Stage stage) throws Exception {
        kit.start(stage, home);
    }

    private static Case draft(Stage editor) {
        return ((CaseEditorViewModel) editor.getProperties().get(CaseEditorViewModel.class)).currentProperty().get();
    }

    /** The row {@code i} of a list of rows (narrative blocks, questions, board areas). */
    private static Node row(FxRobot robot, Stage editor, String list, int i) {
        return in(robot, editor, list, Pane.class).getChildren().get(i);
    }

    private static Button rowButton(FxRobot robot, Node row, String text) {
        return robot.from(row).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the problem list to item {@code i}, checks the text its cell shows and clicks it. */
    private static void clickProblem(FxRobot robot, ListView<Object> problems, int i, String text) {
        robot.interact(() -> problems.scrollTo(i));
        ListCell<?> cell = robot.from(problems).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == i).findFirst().orElseThrow();
        assertThat(cell.getText()).isEqualTo(text);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void narrativeBlocksAreInsertedMovedAndRemoved(FxRobot robot) {
        Stage editor = kit.duplicateCase1(robot);
        selectTab(robot, editor, "Berättelse");
        List<NarrativeBlock> original = draft(editor).narrative();
        int n = original.size();
        Pane blocks = in(robot, editor, "#editorBlocks", Pane.class);
        assertThat(blocks.getChildren()).hasSize(n);
        assertThat(rowButton(robot, row(robot, editor, "#editorBlocks", 0), "↑").isDisabled()).isTrue();
        assertThat(rowButton(robot, row(robot, editor, "#editorBlocks", n - 1), "↓").isDisabled()).isTrue();

        // "+ efter" inserts an empty paragraph after the row and puts the cursor in it.
        robot.clickOn(rowButton(robot, row(robot, editor, "#editorBlocks", 0), "+ efter"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(blocks.getChildren()).hasSize(n + 1);
        TextArea inserted = in(robot, editor, "#block-1", TextArea.class);
        assertThat(inserted.getText()).isEmpty();
        assertThat(inserted.isFocused()).isTrue();
        assertThat(in(robot, editor, "#editorSave", Button.class).isDisabled()).isTrue();
        assertThat(robot.from(row(robot, editor, "#editorBlocks", 1)).lookup(".field-error").queryAs(Label.class).getText())
                .isEqualTo("får inte vara tom");
        robot.write("Kommunstyrelsen samlas.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft(editor).narrative().get(1)).isEqualTo(new NarrativeBlock(BlockType.PARAGRAPH, "Kommunstyrelsen samlas."));
        assertThat(labels(robot, editor, ".case-paragraph")).contains("Kommunstyrelsen samlas.");
        assertThat(in(robot, editor, "#editorSave", Button.class).isDisabled()).isFalse();

        // Its type becomes a subheading; moved down it changes places with the block after it.
        @SuppressWarnings("unchecked")
        ChoiceBox<BlockType> type = robot.from(row(robot, editor, "#editorBlocks", 1)).lookup(".choice-box").queryAs(ChoiceBox.class);
        robot.interact(() -> type.setValue(BlockType.SUBHEADING));
        robot.clickOn(rowButton(robot, row(robot, editor, "#editorBlocks", 1), "↓"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft(editor).narrative().get(1)).isEqualTo(original.get(1));
        assertThat(draft(editor).narrative().get(2)).isEqualTo(new NarrativeBlock(BlockType.SUBHEADING, "Kommunstyrelsen samlas."));
        assertThat(in(robot, editor, "#block-2", TextArea.class).getText()).isEqualTo("Kommunstyrelsen samlas.");
        assertThat(labels(robot, editor, ".case-subheading")).contains("Kommunstyrelsen samlas.");

        // Removed, it is gone from the form and the preview; undo brings it back in its place.
        robot.clickOn(rowButton(robot, row(robot, editor, "#editorBlocks", 2), "✕"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft(editor).narrative()).isEqualTo(original);
        assertThat(blocks.getChildren()).hasSize(n);
        assertThat(labels(robot, editor, ".case-subheading")).doesNotContain("Kommunstyrelsen samlas.");
        undo(robot);
        assertThat(draft(editor).narrative().get(2)).isEqualTo(new NarrativeBlock(BlockType.SUBHEADING, "Kommunstyrelsen samlas."));
        assertThat(in(robot, editor, "#block-2", TextArea.class).getText()).isEqualTo("Kommunstyrelsen samlas.");

        // The buttons under the list add at the end, of their own type.
        robot.interact(in(robot, editor, "#addDialogue", Button.class)::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft(editor).narrative()).hasSize(n + 2);
        assertThat(draft(editor).narrative().get(n + 1).type()).isEqualTo(BlockType.DIALOGUE);
        assertThat(in(robot, editor, "#block-" + (n + 1), TextArea.class).isFocused()).isTrue();
        robot.interact(editor::close);
    }

    @Test
    void aQuestionsStepIsChosenAndANewQuestionTakesTheStepOfTheLast(FxRobot robot) {
        Stage editor = kit.duplicateCase1(robot);
        selectTab(robot, editor, "Frågor");
        int n = draft(editor).questions().size();
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> step = in(robot, editor, "#question-step-0", ChoiceBox.class);
        assertThat(step.getItems()).containsExactly(1, 2, 3, 4, 5);
        robot.clickOn(step);
        robot.clickOn(robot.lookup(".context-menu .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Steg 1: Analys och förståelse")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft(editor).questions().get(0).step()).isEqualTo(1);
        assertThat(labels(robot, editor, ".question-step").get(0)).isEqualTo("Steg 1: Analys och förståelse");

        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> last = in(robot, editor, "#question-step-" + (n - 1), ChoiceBox.class);
        robot.interact(() -> last.setValue(2));
        robot.clickOn(in(robot, editor, "#addQuestion", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(draft(editor).questions()).hasSize(n + 1);
        assertThat(draft(editor).questions().get(n).step()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> added = in(robot, editor, "#question-step-" + n, ChoiceBox.class);
        assertThat(added.getValue()).isEqualTo(2);
        TextArea text = in(robot, editor, "#question-" + n, TextArea.class);
        assertThat(text.isFocused()).isTrue();
        assertThat(text.getStyleClass()).contains("field-invalid");
        robot.write("Vem följer upp visionen?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getStyleClass()).doesNotContain("field-invalid");
        assertThat(labels(robot, editor, ".question-text")).last().isEqualTo("Vem följer upp visionen?");
        assertThat(labels(robot, editor, ".question-step")).last().isEqualTo("Steg 2: Vad är problemet");
        robot.interact(editor::close);
    }

    @Test
    void theTeachingNotesTabEditsBoardPlanAndSuggestedMinutes(FxRobot robot) {
        Stage editor = kit.duplicateCase1(robot);
        selectTab(robot, editor, "Lärarhandledning");
        @SuppressWarnings("unchecked")
        Spinner<Integer> step5 = in(robot, editor, "#suggest-step5", Spinner.class);
        Label sum = in(robot, editor, "#editorMinutesSum", Label.class);
        assertThat(step5.isDisabled()).isTrue();
        assertThat(sum.getText()).isEmpty();

        robot.clickOn(in(robot, editor, "#editorFighting", Node.class)).write("Vem äger visionen?");
        robot.clickOn(in(robot, editor, "#addBoardArea", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(in(robot, editor, "#board-area-0", TextField.class)).write("Vänster blädderblock");
        WaitForAsyncUtils.waitForFxEvents();
        Node board = row(robot, editor, "#editorBoard", 0);
        assertThat(labels(robot, editor, ".field-error")).contains("Tavelplan, rad 1 (vad): får inte vara tom");
        assertThat(in(robot, editor, "#board-content-0", TextField.class).getStyleClass()).contains("field-invalid");
        robot.clickOn(in(robot, editor, "#board-content-0", TextField.class)).write("Aktörer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(board).lookup(".field-error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(draft(editor).teachingNotes().boardPlan()).hasSize(1);
        assertThat(draft(editor).teachingNotes().fightingIssues()).containsExactly("Vem äger visionen?");

        robot.clickOn(in(robot, editor, "#editorSuggestMinutes", CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(step5.isDisabled()).isFalse();
        int total = draft(editor).teachingNotes().suggestedMinutes().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(sum.getText()).isEqualTo("Summa " + total + " min");
        int before = step5.getValue();
        robot.interact(() -> step5.getValueFactory().setValue(before + 5));
        assertThat(sum.getText()).isEqualTo("Summa " + (total + 5) + " min");

        // The preview shows the notes in a tab of their own.
        TabPane previewTabs = in(robot, editor, "#readerTabs", TabPane.class);
        assertThat(previewTabs.getTabs()).extracting(t -> t.getId()).contains("teachingTab");
        assertThat(labels(robot, editor, ".teaching-text")).contains("Vem äger visionen?", "Vänster blädderblock: Aktörer");

        robot.clickOn(in(robot, editor, "#editorSuggestMinutes", CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(step5.isDisabled()).isTrue();
        assertThat(sum.getText()).isEmpty();
        assertThat(draft(editor).teachingNotes().suggestedMinutes()).isEmpty();
        robot.interact(editor::close);
    }

    @Test
    void thePreviewFollowsEditsInEveryTab(FxRobot robot) {
        Stage editor = kit.duplicateCase1(robot);
        replaceText(robot, editor, "#editorThought", "Vad är en vision värd?");
        replaceText(robot, editor, "#editorThemes", "Vision, Samverkan");
        assertThat(labels(robot, editor, ".thought-text")).containsExactly("Vad är en vision värd?");
        assertThat(labels(robot, editor, ".case-meta").get(0)).startsWith("Vision · Samverkan");

        selectTab(robot, editor, "Berättelse");
        replaceText(robot, editor, "#block-0", "– Vi behöver en ny vision, säger KSO.");
        assertThat(labels(robot, editor, ".case-dialogue").get(0)).isEqualTo("– Vi behöver en ny vision, säger KSO.");

        selectTab(robot, editor, "Frågor");
        replaceText(robot, editor, "#question-0", "Vem äger visionen?");
        assertThat(labels(robot, editor, ".question-text").get(0)).isEqualTo("Vem äger visionen?");

        selectTab(robot, editor, "Källa");
        replaceText(robot, editor, "#editorPart", "Kapitel 9");
        assertThat(labels(robot, editor, ".attribution").get(0)).contains("Kapitel 9");
        robot.interact(editor::close);
    }

    @Test
    void aProblemInTheListLeadsToItsFieldOnItsTab(FxRobot robot) {
        Stage editor = kit.duplicateCase1(robot);
        TabPane sections = in(robot, editor, "#editorSections", TabPane.class);
        selectTab(robot, editor, "Frågor");
        replaceText(robot, editor, "#question-2", "");
        selectTab(robot, editor, "Källa");
        replaceText(robot, editor, "#editorPublisher", "");
        selectTab(robot, editor, "Case");
        @SuppressWarnings("unchecked")
        ListView<Object> problems = in(robot, editor, "#editorProblems", ListView.class);
        assertThat(problems.getItems()).hasSize(2);
        assertThat(in(robot, editor, "#editorProblemsPane", javafx.scene.control.TitledPane.class).getText())
                .isEqualTo("2 fel – klicka på ett för att gå till fältet");

        clickProblem(robot, problems, 0, "Fråga 3: får inte vara tom");
        assertThat(sections.getSelectionModel().getSelectedItem().getText()).isEqualTo("Frågor");
        assertThat(in(robot, editor, "#question-2", TextArea.class).isFocused()).isTrue();

        clickProblem(robot, problems, 1, "Utgivare: får inte vara tom");
        assertThat(sections.getSelectionModel().getSelectedItem().getText()).isEqualTo("Källa");
        assertThat(in(robot, editor, "#editorPublisher", TextField.class).isFocused()).isTrue();
        robot.interact(editor::close);
    }
}
