package se.samtalsledaren.ui.session.survey;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyTemplate;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.results.ResultCharts;
import se.samtalsledaren.ui.results.SurveyChart;

/** Binds the survey panel to its view model. */
public final class SurveyController {
    @FXML private TitledPane root;
    @FXML private ComboBox<SurveyTemplate> templateChoice;
    @FXML private Button useTemplate;
    @FXML private TextField titleField;
    @FXML private ListView<SurveyQuestion> questionList;
    @FXML private HBox editRow;
    @FXML private TextField questionText;
    @FXML private Button addQuestion;
    @FXML private Button rewordQuestion;
    @FXML private Button questionUp;
    @FXML private Button questionDown;
    @FXML private Button removeQuestion;
    @FXML private Label lockedNote;
    @FXML private TextField templateName;
    @FXML private Button saveTemplate;
    @FXML private Label message;
    @FXML private Button beforeRound;
    @FXML private Label beforeState;
    @FXML private Button afterRound;
    @FXML private Label afterState;
    @FXML private Label pickQuestion;
    @FXML private VBox resultBox;
    @FXML private CheckBox projected;
    @FXML private ListView<SurveyViewModel.CommentRow> commentList;
    @FXML private ToggleGroup handRound;
    @FXML private RadioButton handBefore;
    @FXML private RadioButton handAfter;
    @FXML private Label handNote;
    @FXML private GridPane handGrid;

    private final SurveyViewModel vm;
    private final UiText text;
    private final Map<String, Spinner<Integer>> spinners = new HashMap<>();
    private boolean filling;

    public SurveyController(SurveyViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        root.textProperty().bind(Bindings.concat(text.get("survey.heading"), " – ", vm.summaryProperty()));
        // The templates are read when the panel is first opened.
        root.expandedProperty().addListener((o, was, now) -> {
            if (now && vm.templates().isEmpty()) {
                vm.loadTemplates();
            }
        });
        templateChoice.setItems(vm.templates());
        // The bundled template is the usual choice: chosen once the templates are read.
        vm.templates().addListener((javafx.collections.ListChangeListener<SurveyTemplate>) c -> {
            if (templateChoice.getValue() == null && !vm.templates().isEmpty()) {
                templateChoice.getSelectionModel().select(0);
            }
        });
        templateChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SurveyTemplate t) {
                return t == null ? "" : t.name() + " (" + text.get("survey.templateQuestions", t.questions().size()) + ")";
            }

            @Override
            public SurveyTemplate fromString(String s) {
                return null;
            }
        });
        useTemplate.disableProperty().bind(vm.lockedProperty().or(templateChoice.valueProperty().isNull()));
        useTemplate.setOnAction(e -> useTemplate());

        titleField.setText(vm.titleProperty().get());
        vm.titleProperty().addListener((o, a, b) -> {
            if (!titleField.isFocused()) {
                titleField.setText(b);
            }
        });
        titleField.setOnAction(e -> vm.setTitle(titleField.getText()));
        titleField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.setTitle(titleField.getText());
            }
        });

        questionList.setItems(vm.questions());
        questionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SurveyQuestion q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : q.label());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        questionList.getSelectionModel().selectedItemProperty().addListener((o, a, q) -> {
            if (q != vm.selectedProperty().get()) {
                vm.selectedProperty().set(q);
            }
        });
        vm.selectedProperty().addListener((o, a, q) -> {
            if (questionList.getSelectionModel().getSelectedItem() != q) {
                questionList.getSelectionModel().select(q);
            }
            questionText.setText(q == null ? "" : q.text());
        });
        editRow.disableProperty().bind(vm.lockedProperty());
        lockedNote.visibleProperty().bind(vm.lockedProperty());
        lockedNote.managedProperty().bind(vm.lockedProperty());
        var none = vm.selectedProperty().isNull();
        rewordQuestion.disableProperty().bind(none);
        questionUp.disableProperty().bind(none);
        questionDown.disableProperty().bind(none);
        removeQuestion.disableProperty().bind(none);
        addQuestion.setOnAction(e -> {
            vm.addQuestion(questionText.getText());
        });
        rewordQuestion.setOnAction(e -> vm.rewordSelected(questionText.getText()));
        questionUp.setOnAction(e -> vm.moveSelected(-1));
        questionDown.setOnAction(e -> vm.moveSelected(1));
        removeQuestion.setOnAction(e -> vm.removeSelected());
        saveTemplate.disableProperty().bind(templateName.textProperty().isEmpty().or(Bindings.isEmpty(vm.questions())));
        saveTemplate.setOnAction(e -> vm.saveAsTemplate(templateName.getText()));
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        round(beforeRound, beforeState, BeforeAfter.BEFORE);
        round(afterRound, afterState, BeforeAfter.AFTER);

        pickQuestion.visibleProperty().bind(none);
        pickQuestion.managedProperty().bind(none);
        vm.chartProperty().addListener((o, a, c) -> showChart(c));
        showChart(vm.chartProperty().get());
        projected.selectedProperty().bindBidirectional(vm.projectedProperty());
        projected.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.chartProperty().get() == null || vm.chartProperty().get().rounds().isEmpty(), vm.chartProperty()));

        commentList.setItems(vm.comments());
        commentList.setPlaceholder(new Label(text.get("survey.comments.none")));
        commentList.setCellFactory(list -> new CommentCell());

        handBefore.setUserData(BeforeAfter.BEFORE);
        handAfter.setUserData(BeforeAfter.AFTER);
        handRound.selectToggle(vm.hand().roundProperty().get() == BeforeAfter.AFTER ? handAfter : handBefore);
        handRound.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.hand().roundProperty().set((BeforeAfter) t.getUserData());
            }
        });
        vm.hand().roundProperty().addListener((o, a, b) -> handRound.selectToggle(b == BeforeAfter.AFTER ? handAfter : handBefore));
        buildHandGrid();
        vm.hand().onChange(this::fillCounts);
        fillCounts();
    }

    private void useTemplate() {
        SurveyTemplate t = templateChoice.getValue();
        if (!vm.questions().isEmpty()) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text.get("survey.replace.body", t.name()),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(text.get("survey.replace.title"));
            confirm.initOwner(root.getScene().getWindow());
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return;
            }
        }
        vm.useTemplate(t);
        if (!vm.questions().isEmpty()) {
            vm.selectedProperty().set(vm.questions().get(0));
        }
    }

    private void round(Button button, Label state, BeforeAfter when) {
        var open = vm.roundOpenProperty(when);
        var ran = vm.roundRanProperty(when);
        button.textProperty().bind(Bindings.createStringBinding(() -> text.get(open.get() ? "survey.round.close"
                : ran.get() ? "survey.round.reopen" : "survey.round.start"), open, ran));
        button.disableProperty().bind(Bindings.isEmpty(vm.questions()).or(vm.anyOpenProperty().and(open.not())));
        button.setOnAction(e -> vm.toggleRound(when));
        state.textProperty().bind(vm.roundStateProperty(when));
    }

    private void showChart(SurveyChart chart) {
        resultBox.getChildren().setAll(chart == null ? java.util.List.of() : java.util.List.of(ResultCharts.survey(chart)));
    }

    /** One spinner per answer and role, entering how many gave that answer. */
    private void buildHandGrid() {
        int column = 1;
        for (Role role : vm.hand().roles()) {
            handGrid.add(new Label(vm.hand().roleName(role)), column++, 0);
        }
        int row = 1;
        for (int value : SurveyViewModel.ANSWERS) {
            handGrid.add(new Label(vm.hand().answerName(value)), 0, row);
            column = 1;
            for (Role role : vm.hand().roles()) {
                Spinner<Integer> spinner = new Spinner<>();
                spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, SurveyRunner.MAX_HAND_COUNT, 0));
                spinner.setEditable(true);
                spinner.setPrefWidth(90);
                spinner.setId("hand-" + ResultCharts.styleKey(role) + "-" + value);
                int v = value;
                spinner.valueProperty().addListener((o, a, b) -> {
                    if (!filling && b != null) {
                        vm.hand().setCount(role, v, b);
                    }
                });
                // A typed number counts when the field loses focus, as well as on Enter.
                spinner.getEditor().focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        commit(spinner);
                    }
                });
                spinners.put(role.key() + "/" + value, spinner);
                handGrid.add(spinner, column++, row);
            }
            row++;
        }
    }

    private static void commit(Spinner<Integer> spinner) {
        try {
            int n = Integer.parseInt(spinner.getEditor().getText().strip());
            spinner.getValueFactory().setValue(n);
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }

    private void fillCounts() {
        filling = true;
        try {
            boolean enabled = vm.hand().canEnter();
            handGrid.setDisable(!enabled);
            handNote.setText(enabled ? "" : text.get(vm.selectedProperty().get() == null ? "survey.hand.pickQuestion" : "survey.hand.notRun"));
            for (Role role : vm.hand().roles()) {
                for (int value : SurveyViewModel.ANSWERS) {
                    spinners.get(role.key() + "/" + value).getValueFactory().setValue(vm.hand().count(role, value));
                }
            }
        } finally {
            filling = false;
        }
    }

    /** A comment with its round and a check box that picks it as a quote. */
    private final class CommentCell extends ListCell<SurveyViewModel.CommentRow> {
        @Override
        protected void updateItem(SurveyViewModel.CommentRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            CheckBox quote = new CheckBox(text.get("survey.quote"));
            quote.setSelected(row.comment().quoted());
            quote.setOnAction(e -> vm.setQuoted(row, quote.isSelected()));
            Label body = new Label("”" + row.comment().text() + "” (" + vm.roundName(row.when()) + ")");
            body.setWrapText(true);
            body.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox box = new HBox(10, quote, body);
            box.setPrefWidth(0);
            setGraphic(box);
        }
    }
}
