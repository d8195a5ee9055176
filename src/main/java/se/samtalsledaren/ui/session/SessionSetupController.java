package se.samtalsledaren.ui.session;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** Binds the session set-up form to {@link SessionSetupViewModel}. */
public final class SessionSetupController {
    @FXML private Label heading;
    @FXML private TextField titleField;
    @FXML private DatePicker datePicker;
    @FXML private TextField placeField;
    @FXML private TextField facilitatorField;
    @FXML private TableView<ParticipantRow> participantTable;
    @FXML private TableColumn<ParticipantRow, String> nameColumn;
    @FXML private TableColumn<ParticipantRow, Role> roleColumn;
    @FXML private TableColumn<ParticipantRow, String> organisationColumn;
    @FXML private TextField newName;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button saveListButton;
    @FXML private Button loadListButton;
    @FXML private Spinner<Integer> totalSpinner;
    @FXML private Button defaultsButton;
    @FXML private Button fromNotesButton;
    @FXML private Button saveDefaultButton;
    @FXML private GridPane planGrid;
    @FXML private Label sumLabel;
    @FXML private Label step5Warning;
    @FXML private Label errorLabel;
    @FXML private Button cancelButton;
    @FXML private Button okButton;

    private final SessionSetupViewModel vm;
    private final UiText text;
    private final Consumer<Session> onStart;
    private final Runnable onCancel;
    private final Consumer<se.samtalsledaren.model.TimePlan> saveAsDefault;
    /** Strong references keep the bidirectional spinner bindings alive. */
    private final List<Object> bindings = new ArrayList<>();

    /** @param saveAsDefault keeps the plan as the user's default for new sessions */
    public SessionSetupController(SessionSetupViewModel vm, UiText text, Consumer<Session> onStart, Runnable onCancel,
                                  Consumer<se.samtalsledaren.model.TimePlan> saveAsDefault) {
        this.vm = vm;
        this.text = text;
        this.onStart = onStart;
        this.onCancel = onCancel;
        this.saveAsDefault = saveAsDefault;
    }

    @FXML
    private void initialize() {
        heading.setText(text.get("session.setup.title", vm.caseRef().number() + ": " + vm.caseRef().title()));
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        Converters.isoDates(datePicker);
        datePicker.valueProperty().bindBidirectional(vm.dateProperty());
        placeField.textProperty().bindBidirectional(vm.placeProperty());
        facilitatorField.textProperty().bindBidirectional(vm.facilitatorProperty());

        participantTable.setItems(vm.participants());
        participantTable.setPlaceholder(new Label(text.get("session.setup.noParticipants")));
        nameColumn.setCellValueFactory(c -> c.getValue().nameProperty());
        nameColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        roleColumn.setCellValueFactory(c -> c.getValue().roleProperty());
        roleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(roleNames(), FXCollections.observableArrayList(Role.values())));
        organisationColumn.setCellValueFactory(c -> c.getValue().organisationProperty());
        organisationColumn.setCellFactory(TextFieldTableCell.forTableColumn());

        addButton.setOnAction(e -> addParticipant());
        newName.setOnAction(e -> addParticipant());
        var selected = participantTable.getSelectionModel().selectedItemProperty();
        removeButton.disableProperty().bind(selected.isNull());
        upButton.disableProperty().bind(selected.isNull());
        downButton.disableProperty().bind(selected.isNull());
        removeButton.setOnAction(e -> vm.remove(selected.get()));
        upButton.setOnAction(e -> moveSelected(-1));
        downButton.setOnAction(e -> moveSelected(1));
        saveListButton.setOnAction(e -> chooseFile(true));
        loadListButton.setOnAction(e -> chooseFile(false));

        SpinnerValueFactory.IntegerSpinnerValueFactory totalFactory = new SpinnerValueFactory.IntegerSpinnerValueFactory(5, 600, vm.totalProperty().get(), 5);
        totalSpinner.setValueFactory(totalFactory);
        var totalObject = vm.totalProperty().asObject();
        bindings.add(totalObject);
        totalFactory.valueProperty().bindBidirectional(totalObject);
        defaultsButton.setOnAction(e -> vm.applyDefaults());
        fromNotesButton.setOnAction(e -> vm.applyTeachingNotes());
        fromNotesButton.visibleProperty().bind(vm.hasSuggestedMinutes());
        fromNotesButton.managedProperty().bind(fromNotesButton.visibleProperty());
        saveDefaultButton.setOnAction(e -> {
            saveAsDefault.accept(vm.plan());
            saveDefaultButton.setText(text.get("session.setup.defaultSaved"));
        });

        int col = 0;
        for (Phase p : Phase.values()) {
            Label label = new Label(text.get(p == Phase.CLOSING ? "session.setup.closing" : "phase." + p.key()));
            label.setWrapText(true);
            label.setMaxWidth(130);
            Spinner<Integer> spinner = new Spinner<>(0, 600, vm.minutesProperty(p).get());
            spinner.setEditable(true);
            spinner.setPrefWidth(90);
            spinner.setId("plan-" + p.key());
            var object = vm.minutesProperty(p).asObject();
            bindings.add(object);
            spinner.getValueFactory().valueProperty().bindBidirectional(object);
            planGrid.add(label, col, 0);
            planGrid.add(spinner, col, 1);
            col++;
        }
        sumLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            int sum = vm.sum().get();
            int total = vm.totalProperty().get();
            String base = text.get("session.setup.sum", sum, total);
            if (sum > total) {
                return base + " – " + text.get("session.setup.sumOver", sum - total);
            }
            if (sum < total) {
                return base + " – " + text.get("session.setup.sumUnder", total - sum);
            }
            return base;
        }, vm.sum(), vm.totalProperty()));
        step5Warning.setText(text.get("session.setup.step5Warning"));
        step5Warning.visibleProperty().bind(vm.step5Shortchanged());
        step5Warning.managedProperty().bind(step5Warning.visibleProperty());
        errorLabel.setVisible(false);
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());

        okButton.disableProperty().bind(vm.valid().not());
        okButton.setOnAction(e -> onStart.accept(vm.toSession()));
        cancelButton.setOnAction(e -> onCancel.run());
    }

    private void addParticipant() {
        String name = newName.getText() == null ? "" : newName.getText().strip();
        ParticipantRow row = vm.addParticipant(name.isEmpty() ? text.get("session.setup.newParticipant") : name);
        newName.clear();
        participantTable.getSelectionModel().select(row);
        newName.requestFocus();
    }

    private void moveSelected(int delta) {
        ParticipantRow row = participantTable.getSelectionModel().getSelectedItem();
        vm.move(row, delta);
        participantTable.getSelectionModel().select(row);
    }

    private void chooseFile(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("session.participantListType"), "*.json"));
        File file = save ? chooser.showSaveDialog(participantTable.getScene().getWindow())
                : chooser.showOpenDialog(participantTable.getScene().getWindow());
        if (file == null) {
            return;
        }
        if (save) {
            vm.saveParticipants(file.toPath(), this::showError);
        } else {
            vm.loadParticipants(file.toPath(), this::showError);
        }
    }

    private void showError(Throwable e) {
        String message = FileProblemException.describe(e);
        errorLabel.setText(message);
        errorLabel.setVisible(true);
    }

    private StringConverter<Role> roleNames() {
        return Converters.display(r -> r == null ? "" : text.get("role." + r.key()));
    }
}
