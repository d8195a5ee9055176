package se.samtalsledaren.ui.session.agreements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.ui.Converters;

/**
 * The agreements panel: a table edited in place (a due date as yyyy-mm-dd; blank removes it, an
 * unreadable one keeps the old), a line to add one (Enter or the button), Delete removes the selected.
 */
public final class AgreementsController {
    @FXML private VBox root;
    @FXML private TableView<Agreement> agreementsTable;
    @FXML private TableColumn<Agreement, String> whatColumn;
    @FXML private TableColumn<Agreement, String> whoColumn;
    @FXML private TableColumn<Agreement, String> dueColumn;
    @FXML private TextField agreementWhat;
    @FXML private TextField agreementWho;
    @FXML private DatePicker agreementDue;
    @FXML private Button addAgreement;

    private final AgreementsViewModel vm;

    public AgreementsController(AgreementsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.shownProperty());
        root.managedProperty().bind(vm.shownProperty());
        agreementDue.setConverter(Converters.isoDate());
        agreementsTable.setItems(vm.agreements());
        whatColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().what()));
        whatColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        whatColumn.setOnEditCommit(e -> vm.updateAgreement(new Agreement(e.getRowValue().id(), e.getNewValue(), e.getRowValue().who(), e.getRowValue().due())));
        whoColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().who()));
        whoColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        whoColumn.setOnEditCommit(e -> vm.updateAgreement(new Agreement(e.getRowValue().id(), e.getRowValue().what(), e.getNewValue(), e.getRowValue().due())));
        dueColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().due() == null ? "" : c.getValue().due().toString()));
        dueColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        dueColumn.setOnEditCommit(e -> {
            LocalDate due = parseDate(e.getNewValue(), e.getRowValue().due());
            vm.updateAgreement(new Agreement(e.getRowValue().id(), e.getRowValue().what(), e.getRowValue().who(), due));
        });
        addAgreement.setOnAction(e -> add());
        agreementWhat.setOnAction(e -> add());
        agreementWho.setOnAction(e -> add());
        agreementsTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Agreement a = agreementsTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && a != null && agreementsTable.getEditingCell() == null) {
                vm.removeAgreement(a);
                e.consume();
            }
        });
    }

    private void add() {
        vm.addAgreement(agreementWhat.getText(), agreementWho.getText(), agreementDue.getValue());
        agreementWhat.clear();
        agreementWho.clear();
        agreementDue.setValue(null);
        agreementWhat.requestFocus();
    }

    private static LocalDate parseDate(String s, LocalDate fallback) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
