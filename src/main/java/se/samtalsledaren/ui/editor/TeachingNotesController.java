package se.samtalsledaren.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.ui.UiText;

/**
 * The editor's tab "Lärarhandledning": learning objectives, opening question, fighting issues,
 * the board plan as rows and the suggested minutes per phase with their sum.
 */
public final class TeachingNotesController {
    @FXML private TextArea objectivesArea;
    @FXML private TextArea openingArea;
    @FXML private TextArea fightingArea;
    @FXML private VBox boardBox;
    @FXML private Button addBoardButton;
    @FXML private CheckBox suggestMinutesBox;
    @FXML private GridPane minutesGrid;
    @FXML private Label minutesSum;
    @FXML private Label objectivesError;
    @FXML private Label openingError;
    @FXML private Label fightingError;
    @FXML private Label minutesError;

    private final TeachingNotesViewModel vm;
    private final EditorFields fields;
    private final UiText text;
    private final RowViews rows;
    /** Strong references keep bidirectional bindings to {@code asObject()} wrappers alive. */
    private final List<Object> keepAlive = new ArrayList<>();

    TeachingNotesController(TeachingNotesViewModel vm, EditorFields fields, UiText text) {
        this.vm = vm;
        this.fields = fields;
        this.text = text;
        this.rows = new RowViews(text, fields);
    }

    @FXML
    private void initialize() {
        fields.text(objectivesArea, vm.objectivesProperty(), FieldKeys.OBJECTIVES, objectivesError);
        fields.text(openingArea, vm.openingQuestionProperty(), FieldKeys.OPENING, openingError);
        fields.text(fightingArea, vm.fightingIssuesProperty(), FieldKeys.FIGHTING, fightingError);
        addBoardButton.setOnAction(e -> vm.addBoardArea());
        RowViews.buildRows(vm.boardPlan(), this::buildBoard);
        suggestMinutesBox.selectedProperty().bindBidirectional(vm.suggestMinutesProperty());
        fields.register(FieldKeys.MINUTES, suggestMinutesBox, minutesError);
        int row = 0;
        for (Phase p : Phase.values()) {
            Label label = new Label(text.get(p == Phase.CLOSING ? "session.setup.closing" : "phase." + p.key()));
            label.setMinWidth(230);
            Spinner<Integer> spinner = new Spinner<>(0, TeachingNotes.MAX_MINUTES, vm.minutesProperty(p).get());
            spinner.setEditable(true);
            spinner.setPrefWidth(80);
            spinner.setId("suggest-" + p.key());
            var object = vm.minutesProperty(p).asObject();
            keepAlive.add(object);
            spinner.getValueFactory().valueProperty().bindBidirectional(object);
            spinner.disableProperty().bind(vm.suggestMinutesProperty().not());
            minutesGrid.add(label, 0, row);
            minutesGrid.add(spinner, 1, row);
            row++;
        }
        minutesSum.textProperty().bind(Bindings.createStringBinding(() -> vm.suggestMinutesProperty().get()
                ? text.get("reader.teaching.minutesSum", vm.suggestedTotalProperty().get()) : "",
                vm.suggestMinutesProperty(), vm.suggestedTotalProperty()));
    }

    private void buildBoard() {
        fields.forget(FieldKeys.BOARD + "[");
        boardBox.getChildren().clear();
        for (int i = 0; i < vm.boardPlan().size(); i++) {
            EditorRows.BoardRow b = vm.boardPlan().get(i);
            TextField area = new TextField();
            area.setPromptText(text.get("editor.hint.boardArea"));
            area.textProperty().bindBidirectional(b.areaProperty());
            area.setPrefColumnCount(12);
            area.setId("board-area-" + i);
            TextField content = new TextField();
            content.setPromptText(text.get("editor.hint.boardContent"));
            content.textProperty().bindBidirectional(b.contentProperty());
            content.setId("board-content-" + i);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox head = rows.head(i, area, vm.boardPlan(), b, List.of());
            head.getChildren().add(2, content);
            Label error = RowViews.error();
            String areaKey = FieldKeys.boardArea(i);
            String contentKey = FieldKeys.boardContent(i);
            fields.register(areaKey, area, null);
            fields.register(contentKey, content, null);
            fields.showAll(error, List.of(areaKey, contentKey));
            boardBox.getChildren().add(new VBox(2, head, error));
        }
    }
}
