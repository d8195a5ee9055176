package se.samtalsledaren.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** The editor's tab "Case": id, number, title, Tankeassociation, themes, dimensions and the related cases to tick. */
public final class CaseFieldsController {
    @FXML private TextField idField;
    @FXML private Spinner<Integer> numberSpinner;
    @FXML private TextField titleField;
    @FXML private TextArea thoughtArea;
    @FXML private TextField themesField;
    @FXML private CheckBox strukturBox;
    @FXML private CheckBox processBox;
    @FXML private CheckBox varderingarBox;
    @FXML private ListView<String> relatedList;
    @FXML private Label idError;
    @FXML private Label numberError;
    @FXML private Label titleError;
    @FXML private Label thoughtError;
    @FXML private Label themesError;
    @FXML private Label dimensionsError;
    @FXML private Label relatedError;

    private final CaseFieldsViewModel vm;
    private final EditorFields fields;
    private final UiText text;
    private final ObservableValue<CaseLibrary> library;
    /** Strong references keep bidirectional bindings to {@code asObject()} wrappers alive. */
    private final List<Object> keepAlive = new ArrayList<>();

    /** @param library the library as shown; the related-cases list follows its reloads */
    CaseFieldsController(CaseFieldsViewModel vm, EditorFields fields, UiText text, ObservableValue<CaseLibrary> library) {
        this.vm = vm;
        this.fields = fields;
        this.text = text;
        this.library = library;
    }

    @FXML
    private void initialize() {
        fields.text(idField, vm.idProperty(), FieldKeys.ID, idError);
        SpinnerValueFactory.IntegerSpinnerValueFactory numbers =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 9999, vm.numberProperty().get());
        numberSpinner.setValueFactory(numbers);
        var number = vm.numberProperty().asObject();
        keepAlive.add(number);
        numbers.valueProperty().bindBidirectional(number);
        fields.register(FieldKeys.NUMBER, numberSpinner, numberError);
        fields.text(titleField, vm.titleProperty(), FieldKeys.TITLE, titleError);
        fields.text(thoughtArea, vm.thoughtAssociationProperty(), FieldKeys.THOUGHT, thoughtError);
        fields.text(themesField, vm.themesProperty(), FieldKeys.THEMES, themesError);
        strukturBox.selectedProperty().bindBidirectional(vm.dimensionProperty(Dimension.STRUKTUR));
        processBox.selectedProperty().bindBidirectional(vm.dimensionProperty(Dimension.PROCESS));
        varderingarBox.selectedProperty().bindBidirectional(vm.dimensionProperty(Dimension.VARDERINGAR));
        fields.register(FieldKeys.DIMENSIONS, strukturBox, dimensionsError);
        showRelated(library.getValue());
        library.addListener((o, before, reloaded) -> showRelated(reloaded));
        fields.register(FieldKeys.RELATED, relatedList, relatedError);
    }

    /** Every case of {@code lib} to tick, and any related id the library does not (or no longer) hold. */
    private void showRelated(CaseLibrary lib) {
        relatedList.setItems(FXCollections.observableArrayList(vm.relatedChoices(lib)));
        relatedList.setCellFactory(CheckBoxListCell.forListView(vm::relatedCheck, Converters.display(id -> lib.byId(id)
                .map(e -> text.get("editor.relatedLabel", e.value().number(), e.value().title(), id))
                .orElse(text.get("editor.relatedUnknown", id)))));
    }
}
