package se.samtalsledaren.ui.session;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
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
    @FXML private Label entryMessage;
    @FXML private RadioButton newRoleFortroendevald;
    @FXML private RadioButton newRoleTjansteperson;
    @FXML private RadioButton newRoleAnnan;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button saveListButton;
    @FXML private Button loadListButton;
    @FXML private Spinner<Integer> totalSpinner;
    @FXML private Label totalError;
    @FXML private Button defaultsButton;
    @FXML private Button fromNotesButton;
    @FXML private Button saveDefaultButton;
    @FXML private GridPane planGrid;
    @FXML private Label sumLabel;
    @FXML private Label step5Warning;
    @FXML private Label errorLabel;
    @FXML private Label setupProblem;
    @FXML private Button cancelButton;
    @FXML private Button okButton;

    private final SessionSetupViewModel vm;
    private final SetupPlanViewModel plan;
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
        this.plan = vm.timePlan();
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
        roleColumn.setCellFactory(column -> new RoleCell(vm, text));
        organisationColumn.setCellValueFactory(c -> c.getValue().organisationProperty());
        organisationColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        // 1, 2, 3 on a selected row give it a role: one key, no list to open.
        participantTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            ParticipantRow row = participantTable.getSelectionModel().getSelectedItem();
            Role role = RoleCell.roleKey(e.getCode());
            if (row != null && role != null && participantTable.getEditingCell() == null) {
                row.roleProperty().set(role);
                e.consume();
            }
        });

        ToggleGroup roles = new ToggleGroup();
        Map<Role, RadioButton> roleButtons = Map.of(Role.FORTROENDEVALD, newRoleFortroendevald,
                Role.TJANSTEPERSON, newRoleTjansteperson, Role.ANNAN, newRoleAnnan);
        roleButtons.forEach((role, button) -> {
            button.setText(text.get("role." + role.key()));
            button.setToggleGroup(roles);
            button.setUserData(role);
        });
        roleButtons.get(vm.newRoleProperty().get()).setSelected(true);
        roles.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.newRoleProperty().set((Role) now.getUserData());
            }
        });
        entryMessage.textProperty().bind(vm.entryMessageProperty());
        entryMessage.visibleProperty().bind(vm.entryMessageProperty().isNotEmpty());
        entryMessage.managedProperty().bind(entryMessage.visibleProperty());
        vm.entryProblemProperty().addListener((o, a, problem) -> entryMessage.getStyleClass().setAll(
                "label", problem ? "field-error" : "field-hint"));
        // A list pasted into the name field (several lines) is added at once.
        newName.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getText().contains("\n") || change.getText().contains("\r")) {
                vm.enter(change.getText());
                change.setText("");
            }
            return change;
        }));
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

        bindings.add(MinutesSpinner.bind(totalSpinner, plan.totalProperty(), 5, plan.problem(), plan::totalInvalid));
        totalError.textProperty().bind(Bindings.createStringBinding(() -> plan.totalInvalid()
                ? text.get("session.setup.totalRange", se.samtalsledaren.model.TimePlan.MAX_MINUTES) : "", plan.problem()));
        defaultsButton.setOnAction(e -> plan.applyDefaults());
        fromNotesButton.setOnAction(e -> plan.applyTeachingNotes());
        fromNotesButton.visibleProperty().bind(plan.hasSuggestedMinutes());
        fromNotesButton.managedProperty().bind(fromNotesButton.visibleProperty());
        saveDefaultButton.setOnAction(e -> {
            saveAsDefault.accept(plan.plan());
            saveDefaultButton.setText(text.get("session.setup.defaultSaved"));
        });

        int col = 0;
        for (Phase p : Phase.values()) {
            Label label = new Label(plan.name(p));
            label.setWrapText(true);
            label.setMaxWidth(130);
            Spinner<Integer> spinner = new Spinner<>();
            spinner.setEditable(true);
            spinner.setPrefWidth(90);
            spinner.setId("plan-" + p.key());
            bindings.add(MinutesSpinner.bind(spinner, plan.minutesProperty(p), 1, plan.problem(), () -> plan.minutesInvalid(p)));
            planGrid.add(label, col, 0);
            planGrid.add(spinner, col, 1);
            col++;
        }
        sumLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            int sum = plan.sum().get();
            int total = plan.totalProperty().get();
            String base = text.get("session.setup.sum", sum, total);
            if (sum > total) {
                return base + " – " + text.get("session.setup.sumOver", sum - total);
            }
            if (sum < total) {
                return base + " – " + text.get("session.setup.sumUnder", total - sum);
            }
            return base;
        }, plan.sum(), plan.totalProperty()));
        step5Warning.setText(text.get("session.setup.step5Warning"));
        step5Warning.visibleProperty().bind(plan.step5Shortchanged());
        step5Warning.managedProperty().bind(step5Warning.visibleProperty());
        errorLabel.setVisible(false);
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());

        sumLabel.getStyleClass().add("field-hint");
        plan.problem().addListener((o, a, b) -> sumLabel.getStyleClass().setAll("label",
                plan.sum().get() > plan.totalProperty().get() ? "field-error" : "field-hint"));
        setupProblem.textProperty().bind(vm.startProblem());
        okButton.disableProperty().bind(vm.valid().not());
        okButton.setOnAction(e -> onStart.accept(vm.toSession()));
        cancelButton.setOnAction(e -> onCancel.run());
    }

    /** Adds what the name field holds ("Namn" or "Namn, roll"); a blank field adds nobody and says so. */
    private void addParticipant() {
        List<ParticipantRow> added = vm.enter(newName.getText());
        if (!added.isEmpty()) {
            newName.clear();
            participantTable.getSelectionModel().select(added.get(added.size() - 1));
        }
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

}
