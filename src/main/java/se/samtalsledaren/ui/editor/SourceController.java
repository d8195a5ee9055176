package se.samtalsledaren.ui.editor;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The editor's tab "Källa": publisher, title, authors, part and note of the case's source. */
public final class SourceController {
    @FXML private TextField publisherField;
    @FXML private TextField sourceTitleField;
    @FXML private TextField authorsField;
    @FXML private TextField partField;
    @FXML private TextArea noteArea;
    @FXML private Label publisherError;
    @FXML private Label sourceTitleError;
    @FXML private Label authorsError;
    @FXML private Label partError;
    @FXML private Label noteError;

    private final CaseFieldsViewModel vm;
    private final EditorFields fields;

    SourceController(CaseFieldsViewModel vm, EditorFields fields) {
        this.vm = vm;
        this.fields = fields;
    }

    @FXML
    private void initialize() {
        fields.text(publisherField, vm.publisherProperty(), FieldKeys.SOURCE_PUBLISHER, publisherError);
        fields.text(sourceTitleField, vm.sourceTitleProperty(), FieldKeys.SOURCE_TITLE, sourceTitleError);
        fields.text(authorsField, vm.authorsProperty(), FieldKeys.SOURCE_AUTHORS, authorsError);
        fields.text(partField, vm.partProperty(), FieldKeys.SOURCE_PART, partError);
        fields.text(noteArea, vm.noteProperty(), FieldKeys.SOURCE_NOTE, noteError);
    }
}
