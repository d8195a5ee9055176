package se.samtalsledaren.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** Binds the case editor's form to {@link CaseEditorViewModel}; problems stand next to their fields. */
public final class CaseEditorController {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    /** The dialogs saving needs, supplied by whoever opens the editor. */
    public interface Dialogs {
        /** The library folder a new case is saved into, or empty when the user cancelled. */
        Optional<Path> folderForNewCase(Window owner);

        /** A file to save as (confirmed if it exists), or empty when the user cancelled. */
        Optional<Path> saveAsFile(Window owner, String suggestedName);

        /** Called after "save as", e.g. to offer adding a folder that is not in the library. */
        void savedAs(Path file, Window owner);

        /** Whether unsaved changes may be thrown away (asks the user). */
        boolean confirmDiscard(Window owner);
    }

    @FXML private BorderPane root;
    @FXML private Button saveButton;
    @FXML private Button saveAsButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Label validityLabel;
    @FXML private TabPane sections;
    @FXML private Tab caseTab;
    @FXML private Tab narrativeTab;
    @FXML private Tab questionsTab;
    @FXML private Tab notesTab;
    @FXML private Tab sourceTab;
    @FXML private TextField idField;
    @FXML private Spinner<Integer> numberSpinner;
    @FXML private TextField titleField;
    @FXML private TextArea thoughtArea;
    @FXML private TextField themesField;
    @FXML private CheckBox strukturBox;
    @FXML private CheckBox processBox;
    @FXML private CheckBox varderingarBox;
    @FXML private ListView<String> relatedList;
    @FXML private VBox blocksBox;
    @FXML private Button addParagraphButton;
    @FXML private Button addDialogueButton;
    @FXML private Button addSubheadingButton;
    @FXML private VBox questionsBox;
    @FXML private Button addQuestionButton;
    @FXML private TextArea objectivesArea;
    @FXML private TextArea openingArea;
    @FXML private TextArea fightingArea;
    @FXML private VBox boardBox;
    @FXML private Button addBoardButton;
    @FXML private CheckBox suggestMinutesBox;
    @FXML private GridPane minutesGrid;
    @FXML private Label minutesSum;
    @FXML private TextField publisherField;
    @FXML private TextField sourceTitleField;
    @FXML private TextField authorsField;
    @FXML private TextField partField;
    @FXML private TextArea noteArea;
    @FXML private Label idError;
    @FXML private Label numberError;
    @FXML private Label titleError;
    @FXML private Label thoughtError;
    @FXML private Label themesError;
    @FXML private Label dimensionsError;
    @FXML private Label relatedError;
    @FXML private Label narrativeError;
    @FXML private Label questionsError;
    @FXML private Label objectivesError;
    @FXML private Label openingError;
    @FXML private Label fightingError;
    @FXML private Label minutesError;
    @FXML private Label publisherError;
    @FXML private Label sourceTitleError;
    @FXML private Label authorsError;
    @FXML private Label partError;
    @FXML private Label noteError;
    @FXML private TitledPane problemsPane;
    @FXML private ListView<CaseEditorViewModel.Problem> problemList;
    @FXML private Label statusLabel;

    private final CaseEditorViewModel vm;
    private final UiText text;
    private final javafx.beans.value.ObservableValue<CaseLibrary> library;
    private final Dialogs dialogs;
    /** The control for each field key, to mark it and to jump to it from the problem list. */
    private final Map<String, Control> fieldControls = new HashMap<>();
    private final Map<String, Tab> fieldTabs = new HashMap<>();
    /** Strong references keep bidirectional bindings to {@code asObject()} wrappers alive. */
    private final List<Object> keepAlive = new ArrayList<>();

    /** @param library the library as shown; the related-cases list follows its reloads */
    public CaseEditorController(CaseEditorViewModel vm, UiText text, javafx.beans.value.ObservableValue<CaseLibrary> library,
                                Dialogs dialogs) {
        this.vm = vm;
        this.text = text;
        this.library = library;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindCaseFields();
        bindRelated();
        bindRows();
        bindTeachingNotes();
        bindSource();
        bindProblems();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((fo, was, now) -> vm.boundary());
            }
        });
    }

    // ------------------------------------------------------------- toolbar and keys

    private void bindToolbar() {
        saveButton.disableProperty().bind(vm.canSaveProperty().not()
                .or(vm.dirtyProperty().not().and(vm.fileProperty().isNotNull())));
        saveAsButton.disableProperty().bind(vm.canSaveProperty().not());
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        redoButton.disableProperty().bind(vm.canRedoProperty().not());
        saveButton.setOnAction(e -> save());
        saveAsButton.setOnAction(e -> saveAs());
        undoButton.setOnAction(e -> vm.undo());
        redoButton.setOnAction(e -> vm.redo());
        validityLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.problems().isEmpty()
                ? text.get("editor.valid") : text.get("editor.invalid", vm.problems().size()), vm.problems()));
        vm.problems().addListener((ListChangeListener<CaseEditorViewModel.Problem>) c -> styleValidity());
        styleValidity();
        statusLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            String file = vm.fileProperty().get() == null ? text.get("editor.notSaved") : vm.fileProperty().get().toString();
            String state = vm.dirtyProperty().get() ? text.get("editor.unsavedChanges") : text.get("editor.noChanges");
            String last = vm.statusProperty().get();
            return file + " · " + state + (last.isEmpty() ? "" : " · " + last);
        }, vm.fileProperty(), vm.dirtyProperty(), vm.statusProperty()));
    }

    private void styleValidity() {
        validityLabel.getStyleClass().removeAll("editor-ok", "field-error");
        validityLabel.getStyleClass().add(vm.problems().isEmpty() ? "editor-ok" : "field-error");
    }

    private void shortcut(KeyEvent e) {
        if (REDO.match(e) || REDO_Y.match(e)) {
            vm.redo();
            e.consume();
        } else if (UNDO.match(e)) {
            vm.undo();
            e.consume();
        } else if (CLOSE.match(e)) {
            if (!vm.dirtyProperty().get() || dialogs.confirmDiscard(window())) {
                ((javafx.stage.Stage) window()).close();
            }
            e.consume();
        } else if (SAVE.match(e)) {
            if (vm.canSaveProperty().get()) {
                save();
            }
            e.consume();
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void save() {
        if (vm.fileProperty().get() != null) {
            vm.save(null);
            return;
        }
        dialogs.folderForNewCase(window()).ifPresent(vm::save);
    }

    private void saveAs() {
        dialogs.saveAsFile(window(), vm.currentProperty().get().id() + ".json").ifPresent(file -> {
            vm.saveAs(file);
            dialogs.savedAs(file, window());
        });
    }

    // ------------------------------------------------------------- simple fields

    private void bindCaseFields() {
        text(idField, vm.fields().idProperty(), FieldKeys.ID, caseTab, idError);
        SpinnerValueFactory.IntegerSpinnerValueFactory numbers =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 9999, vm.fields().numberProperty().get());
        numberSpinner.setValueFactory(numbers);
        var number = vm.fields().numberProperty().asObject();
        keepAlive.add(number);
        numbers.valueProperty().bindBidirectional(number);
        register(FieldKeys.NUMBER, numberSpinner, caseTab, numberError);
        text(titleField, vm.fields().titleProperty(), FieldKeys.TITLE, caseTab, titleError);
        text(thoughtArea, vm.fields().thoughtAssociationProperty(), FieldKeys.THOUGHT, caseTab, thoughtError);
        text(themesField, vm.fields().themesProperty(), FieldKeys.THEMES, caseTab, themesError);
        strukturBox.selectedProperty().bindBidirectional(vm.fields().dimensionProperty(Dimension.STRUKTUR));
        processBox.selectedProperty().bindBidirectional(vm.fields().dimensionProperty(Dimension.PROCESS));
        varderingarBox.selectedProperty().bindBidirectional(vm.fields().dimensionProperty(Dimension.VARDERINGAR));
        register(FieldKeys.DIMENSIONS, strukturBox, caseTab, dimensionsError);
    }

    private void bindSource() {
        text(publisherField, vm.fields().publisherProperty(), FieldKeys.SOURCE_PUBLISHER, sourceTab, publisherError);
        text(sourceTitleField, vm.fields().sourceTitleProperty(), FieldKeys.SOURCE_TITLE, sourceTab, sourceTitleError);
        text(authorsField, vm.fields().authorsProperty(), FieldKeys.SOURCE_AUTHORS, sourceTab, authorsError);
        text(partField, vm.fields().partProperty(), FieldKeys.SOURCE_PART, sourceTab, partError);
        text(noteArea, vm.fields().noteProperty(), FieldKeys.SOURCE_NOTE, sourceTab, noteError);
    }

    private void text(TextInputControl control, StringProperty property, String key, Tab tab, Label error) {
        control.textProperty().bindBidirectional(property);
        register(key, control, tab, error);
    }

    /** Shows the field's problem in {@code error} and marks the control while there is one. */
    private void register(String key, Control control, Tab tab, Label error) {
        fieldControls.put(key, control);
        fieldTabs.put(key, tab);
        if (error != null) {
            error.textProperty().bind(Bindings.valueAt(vm.problemsByField(), key));
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
        }
        mark(control, vm.problemsByField().containsKey(key));
        vm.problemsByField().addListener((MapChangeListener<String, String>) c -> {
            if (c.getKey().equals(key)) {
                mark(control, vm.problemsByField().containsKey(key));
            }
        });
    }

    private static void mark(Control control, boolean invalid) {
        if (invalid && !control.getStyleClass().contains("field-invalid")) {
            control.getStyleClass().add("field-invalid");
        } else if (!invalid) {
            control.getStyleClass().remove("field-invalid");
        }
    }

    // ------------------------------------------------------------- related cases

    private void bindRelated() {
        showRelated(library.getValue());
        library.addListener((o, before, reloaded) -> showRelated(reloaded));
        register(FieldKeys.RELATED, relatedList, caseTab, relatedError);
    }

    /** Every case of {@code lib} to tick, and any related id the library does not (or no longer) hold. */
    private void showRelated(CaseLibrary lib) {
        relatedList.setItems(FXCollections.observableArrayList(vm.fields().relatedChoices(lib)));
        relatedList.setCellFactory(CheckBoxListCell.forListView(vm.fields()::relatedCheck, Converters.display(id -> lib.byId(id)
                .map(e -> text.get("editor.relatedLabel", e.value().number(), e.value().title(), id))
                .orElse(text.get("editor.relatedUnknown", id)))));
    }

    // ------------------------------------------------------------- rows

    private void bindRows() {
        register(FieldKeys.NARRATIVE, addParagraphButton, narrativeTab, narrativeError);
        register(FieldKeys.QUESTIONS, addQuestionButton, questionsTab, questionsError);
        addParagraphButton.setOnAction(e -> focusLater(vm.narrative().addLast(BlockType.PARAGRAPH)));
        addDialogueButton.setOnAction(e -> focusLater(vm.narrative().addLast(BlockType.DIALOGUE)));
        addSubheadingButton.setOnAction(e -> focusLater(vm.narrative().addLast(BlockType.SUBHEADING)));
        addQuestionButton.setOnAction(e -> {
            vm.questions().add(vm.questions().nextStep());
            focusLater(FieldKeys.question(vm.questions().rows().size() - 1));
        });
        vm.narrative().blocks().addListener((ListChangeListener<EditorRows.Block>) c -> {
            if (structural(c)) {
                buildBlocks();
            }
        });
        vm.questions().rows().addListener((ListChangeListener<EditorRows.QuestionRow>) c -> {
            if (structural(c)) {
                buildQuestions();
            }
        });
        buildBlocks();
        buildQuestions();
    }

    private static boolean structural(ListChangeListener.Change<?> c) {
        while (c.next()) {
            if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                return true;
            }
        }
        return false;
    }

    private void focusLater(EditorRows.Block block) {
        focusLater(FieldKeys.block(vm.narrative().blocks().indexOf(block)));
    }

    private void focusLater(String key) {
        Control c = fieldControls.get(key);
        if (c != null) {
            javafx.application.Platform.runLater(() -> {
                c.requestFocus();
                scrollTo(c);
            });
        }
    }

    /** Scrolls the form's scroll pane so that {@code node} is in view. */
    private static void scrollTo(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        if (n instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
            double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
            double viewport = pane.getViewportBounds().getHeight();
            double y = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            if (contentHeight > viewport) {
                pane.setVvalue(Math.max(0, Math.min(1, (y - 40) / (contentHeight - viewport))));
            }
        }
    }

    private void buildBlocks() {
        clearRowKeys(FieldKeys.NARRATIVE + "[");
        blocksBox.getChildren().clear();
        for (int i = 0; i < vm.narrative().blocks().size(); i++) {
            EditorRows.Block b = vm.narrative().blocks().get(i);
            ChoiceBox<BlockType> type = new ChoiceBox<>(FXCollections.observableArrayList(BlockType.values()));
            type.setConverter(Converters.display(t -> t == null ? "" : text.get("editor.block." + t.key())));
            type.valueProperty().bindBidirectional(b.typeProperty());
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.textProperty().bindBidirectional(b.textProperty());
            area.setId("block-" + i);
            int index = i;
            HBox head = rowHead(i, type, vm.narrative().blocks(), b, List.of(
                    button("editor.row.insertAfter", "editor.row.insertAfter.tip",
                            () -> focusLater(vm.narrative().add(BlockType.PARAGRAPH, index + 1)))));
            blocksBox.getChildren().add(row(head, area, FieldKeys.block(i), narrativeTab));
        }
    }

    private void buildQuestions() {
        clearRowKeys(FieldKeys.QUESTIONS + "[");
        questionsBox.getChildren().clear();
        for (int i = 0; i < vm.questions().rows().size(); i++) {
            EditorRows.QuestionRow q = vm.questions().rows().get(i);
            ChoiceBox<Integer> step = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5));
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
            HBox head = rowHead(i, step, vm.questions().rows(), q, List.of());
            questionsBox.getChildren().add(row(head, area, FieldKeys.question(i), questionsTab));
        }
    }

    private void buildBoard() {
        clearRowKeys(FieldKeys.BOARD + "[");
        boardBox.getChildren().clear();
        for (int i = 0; i < vm.teaching().boardPlan().size(); i++) {
            EditorRows.BoardRow b = vm.teaching().boardPlan().get(i);
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
            HBox head = rowHead(i, area, vm.teaching().boardPlan(), b, List.of());
            head.getChildren().add(2, content);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            VBox box = new VBox(2, head, error);
            String areaKey = FieldKeys.boardArea(i);
            String contentKey = FieldKeys.boardContent(i);
            register(areaKey, area, notesTab, null);
            register(contentKey, content, notesTab, null);
            error.textProperty().bind(Bindings.createStringBinding(() -> java.util.stream.Stream.of(areaKey, contentKey)
                    .filter(vm.problemsByField()::containsKey)
                    .map(k -> fieldName(k) + ": " + vm.problemsByField().get(k))
                    .collect(java.util.stream.Collectors.joining("\n")), vm.problemsByField()));
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            boardBox.getChildren().add(box);
        }
    }

    /** Number, the row's own control, extra buttons, then up / down / remove. */
    private <R> HBox rowHead(int i, Node control, ObservableList<R> rows, R row, List<Button> extra) {
        Label number = new Label((i + 1) + ".");
        number.getStyleClass().add("editor-row-number");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, number, control, gap);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        head.getChildren().addAll(extra);
        Button up = button("editor.row.up", "editor.row.up.tip", () -> EditorRows.move(rows, row, -1));
        Button down = button("editor.row.down", "editor.row.down.tip", () -> EditorRows.move(rows, row, 1));
        Button remove = button("editor.row.remove", "editor.row.remove.tip", () -> rows.remove(row));
        up.setDisable(i == 0);
        down.setDisable(i == rows.size() - 1);
        head.getChildren().addAll(up, down, remove);
        return head;
    }

    private VBox row(HBox head, TextArea area, String key, Tab tab) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        VBox box = new VBox(4, head, area, error);
        box.getStyleClass().add("editor-row");
        register(key, area, tab, error);
        return box;
    }

    private Button button(String labelKey, String tipKey, Runnable action) {
        Button b = new Button(text.get(labelKey));
        b.setTooltip(new Tooltip(text.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void clearRowKeys(String prefix) {
        fieldControls.keySet().removeIf(k -> k.startsWith(prefix));
        fieldTabs.keySet().removeIf(k -> k.startsWith(prefix));
    }

    // ------------------------------------------------------------- teaching notes

    private void bindTeachingNotes() {
        text(objectivesArea, vm.teaching().objectivesProperty(), FieldKeys.OBJECTIVES, notesTab, objectivesError);
        text(openingArea, vm.teaching().openingQuestionProperty(), FieldKeys.OPENING, notesTab, openingError);
        text(fightingArea, vm.teaching().fightingIssuesProperty(), FieldKeys.FIGHTING, notesTab, fightingError);
        addBoardButton.setOnAction(e -> vm.teaching().addBoardArea());
        vm.teaching().boardPlan().addListener((ListChangeListener<EditorRows.BoardRow>) c -> {
            if (structural(c)) {
                buildBoard();
            }
        });
        buildBoard();
        suggestMinutesBox.selectedProperty().bindBidirectional(vm.teaching().suggestMinutesProperty());
        register(FieldKeys.MINUTES, suggestMinutesBox, notesTab, minutesError);
        int col = 0;
        for (Phase p : Phase.values()) {
            Label label = new Label(text.get(p == Phase.CLOSING ? "session.setup.closing" : "phase." + p.key()));
            label.setMinWidth(230);
            Spinner<Integer> spinner = new Spinner<>(0, TeachingNotes.MAX_MINUTES, vm.teaching().minutesProperty(p).get());
            spinner.setEditable(true);
            spinner.setPrefWidth(80);
            spinner.setId("suggest-" + p.key());
            var object = vm.teaching().minutesProperty(p).asObject();
            keepAlive.add(object);
            spinner.getValueFactory().valueProperty().bindBidirectional(object);
            spinner.disableProperty().bind(vm.teaching().suggestMinutesProperty().not());
            minutesGrid.add(label, 0, col);
            minutesGrid.add(spinner, 1, col);
            col++;
        }
        minutesSum.textProperty().bind(Bindings.createStringBinding(() -> vm.teaching().suggestMinutesProperty().get()
                ? text.get("reader.teaching.minutesSum", vm.teaching().suggestedTotalProperty().get()) : "",
                vm.teaching().suggestMinutesProperty(), vm.teaching().suggestedTotalProperty()));
    }

    // ------------------------------------------------------------- problem list

    private void bindProblems() {
        problemList.setItems(vm.problems());
        problemList.setPlaceholder(new Label(text.get("editor.noProblems")));
        problemList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CaseEditorViewModel.Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : fieldName(p.field()) + ": " + p.message());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        problemList.setOnMouseClicked(e -> {
            CaseEditorViewModel.Problem p = problemList.getSelectionModel().getSelectedItem();
            if (p != null) {
                jumpTo(p.field());
            }
        });
        problemsPane.textProperty().bind(Bindings.createStringBinding(() -> vm.problems().isEmpty()
                ? text.get("editor.problems.none") : text.get("editor.problems", vm.problems().size()), vm.problems()));
    }

    /** The name of a field as the trainer sees it, e.g. "Fråga 3". */
    String fieldName(String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*)\\[(\\d+)](\\.(\\w+))?$").matcher(key);
        if (m.matches()) {
            String row = text.get("editor.row." + m.group(1), Integer.parseInt(m.group(2)) + 1);
            return m.group(4) == null ? row : row + " (" + text.get("editor.row.part." + m.group(4)) + ")";
        }
        return key.isEmpty() ? text.get("editor.field.general") : text.get("editor.field." + key);
    }

    private void jumpTo(String key) {
        Tab tab = fieldTabs.get(key);
        Control control = fieldControls.get(key);
        if (tab == null || control == null) {
            return;
        }
        sections.getSelectionModel().select(tab);
        control.requestFocus();
        javafx.application.Platform.runLater(() -> scrollTo(control));
    }
}
