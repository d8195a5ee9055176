package se.samtalsledaren.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** The editor's tab "Frågor": a row per question with the discussion step it belongs to. */
public final class QuestionsController {
    @FXML private Label questionsError;
    @FXML private VBox questionsBox;
    @FXML private Button addQuestionButton;

    private final QuestionsViewModel vm;
    private final EditorFields fields;
    private final UiText text;
    private final RowViews rows;
    /** Strong references keep bidirectional bindings to {@code asObject()} wrappers alive. */
    private final List<Object> keepAlive = new ArrayList<>();

    QuestionsController(QuestionsViewModel vm, EditorFields fields, UiText text) {
        this.vm = vm;
        this.fields = fields;
        this.text = text;
        this.rows = new RowViews(text, fields);
    }

    @FXML
    private void initialize() {
        fields.register(FieldKeys.QUESTIONS, addQuestionButton, questionsError);
        addQuestionButton.setOnAction(e -> {
            vm.add(vm.nextStep());
            fields.focusLater(FieldKeys.question(vm.rows().size() - 1));
        });
        RowViews.buildRows(vm.rows(), this::buildQuestions);
    }

    private void buildQuestions() {
        fields.forget(FieldKeys.QUESTIONS + "[");
        questionsBox.getChildren().clear();
        for (int i = 0; i < vm.rows().size(); i++) {
            EditorRows.QuestionRow q = vm.rows().get(i);
            ChoiceBox<Integer> step = new ChoiceBox<>(FXCollections.observableArrayList(QuestionsViewModel.STEPS));
            step.setConverter(Converters.display(s -> s == null ? "" : text.get("reader.questionStep", s, text.get("step." + s + ".short"))));
            var stepObject = q.stepProperty().asObject();
            keepAlive.add(stepObject);
            step.valueProperty().bindBidirectional(stepObject);
            step.setId("question-step-" + i);
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(2);
            area.textProperty().bindBidirectional(q.textProperty());
            area.setId("question-" + i);
            HBox head = rows.head(i, step, vm.rows(), q, List.of());
            questionsBox.getChildren().add(rows.row(head, area, FieldKeys.question(i)));
        }
    }
}
