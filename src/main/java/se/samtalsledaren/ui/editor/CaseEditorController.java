package se.samtalsledaren.ui.editor;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.ui.UiText;

/**
 * The case editor window around its parts (one tab each, and the preview): the toolbar and its
 * keys, saving, the validity and status lines, and the problem list that jumps to the field.
 */
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
    @FXML private TitledPane problemsPane;
    @FXML private ListView<CaseEditorViewModel.Problem> problemList;
    @FXML private Label statusLabel;

    private final CaseEditorViewModel vm;
    private final EditorFields fields;
    private final UiText text;
    private final Dialogs dialogs;

    /** @param fields the window's fields, which the parts' controllers register */
    CaseEditorController(CaseEditorViewModel vm, EditorFields fields, UiText text, Dialogs dialogs) {
        this.vm = vm;
        this.fields = fields;
        this.text = text;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        bindToolbar();
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
                ((Stage) window()).close();
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

    // ------------------------------------------------------------- problem list

    private void bindProblems() {
        problemList.setItems(vm.problems());
        problemList.setPlaceholder(new Label(text.get("editor.noProblems")));
        problemList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CaseEditorViewModel.Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : fields.fieldName(p.field()) + ": " + p.message());
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

    /** Selects the tab that holds the field {@code key}, focuses the field and scrolls it into view. */
    private void jumpTo(String key) {
        Control control = fields.control(key);
        Tab tab = control == null ? null : tabOf(control);
        if (tab == null) {
            return;
        }
        sections.getSelectionModel().select(tab);
        control.requestFocus();
        Platform.runLater(() -> EditorFields.scrollTo(control));
    }

    private Tab tabOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            for (Tab tab : sections.getTabs()) {
                if (tab.getContent() == n) {
                    return tab;
                }
            }
        }
        return null;
    }
}
