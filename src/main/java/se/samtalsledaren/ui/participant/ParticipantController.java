package se.samtalsledaren.ui.participant;

import java.io.File;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** Binds the participant's preparation window to {@link ParticipantViewModel}; builds the text areas per question and step. */
public final class ParticipantController {
    @FXML private BorderPane root;
    @FXML private MenuItem openCaseItem;
    @FXML private MenuItem openItem;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private MenuItem closeItem;
    @FXML private ComboBox<LibraryEntry> caseChoice;
    @FXML private Button openCaseButton;
    @FXML private Label timerLabel;
    @FXML private Button timerButton;
    @FXML private Button saveButton;
    @FXML private TextField nameField;
    @FXML private ChoiceBox<Role> roleChoice;
    @FXML private CheckBox anonymousBox;
    @FXML private javafx.scene.control.ScrollPane formScroll;
    @FXML private VBox form;
    @FXML private Label placeholder;
    @FXML private VBox questionsBox;
    @FXML private VBox stepsBox;
    @FXML private Label problemLabel;
    @FXML private Label statusLabel;

    private final ParticipantViewModel vm;
    private final UiText text;
    private final Timeline ticker;

    public ParticipantController(ParticipantViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        // Repaints only: the time used is computed from the clock in the view model.
        this.ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> vm.refreshTime()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        caseChoice.setItems(vm.cases());
        caseChoice.setConverter(Converters.display(e -> e == null ? "" : e.value().label()));
        caseChoice.setValue(vm.entryProperty().get());
        caseChoice.setOnAction(e -> chooseCase(caseChoice.getValue()));
        vm.entryProperty().addListener((o, a, b) -> caseChoice.setValue(b));

        nameField.textProperty().bindBidirectional(vm.nameProperty());
        nameField.disableProperty().bind(vm.anonymousProperty());
        roleChoice.getItems().setAll(null, Role.FORTROENDEVALD, Role.TJANSTEPERSON, Role.ANNAN);
        roleChoice.setConverter(Converters.display(r -> r == null ? text.get("participant.noRole") : text.get("role." + r.key())));
        roleChoice.valueProperty().bindBidirectional(vm.roleProperty());
        anonymousBox.selectedProperty().bindBidirectional(vm.anonymousProperty());

        timerLabel.textProperty().bind(vm.timer().textProperty());
        timerButton.textProperty().bind(Bindings.when(vm.timer().runningProperty())
                .then(text.get("participant.timer.pause")).otherwise(text.get("participant.timer.start")));
        timerButton.setOnAction(e -> vm.toggleTimer());
        problemLabel.textProperty().bind(vm.problemProperty());
        problemLabel.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        statusLabel.textProperty().bind(vm.statusProperty());

        placeholder.visibleProperty().bind(vm.entryProperty().isNull());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        saveButton.disableProperty().bind(vm.entryProperty().isNull());
        saveItem.disableProperty().bind(vm.entryProperty().isNull());
        saveAsItem.disableProperty().bind(vm.entryProperty().isNull());
        vm.questions().addListener((ListChangeListener<ParticipantViewModel.QuestionField>) c -> buildEditors());
        buildEditors();

        openCaseButton.setOnAction(e -> chooseCaseFile());
        openCaseItem.setOnAction(e -> chooseCaseFile());
        openItem.setOnAction(e -> choosePreparation());
        saveButton.setOnAction(e -> save(false));
        saveItem.setOnAction(e -> save(false));
        saveAsItem.setOnAction(e -> save(true));
        closeItem.setOnAction(e -> {
            if (confirmDiscard()) {
                vm.dirtyProperty().set(false);
                window().hide();
            }
        });
        openItem.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        saveItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        saveAsItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        closeItem.setAccelerator(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                ticker.stop();
                return;
            }
            ticker.play();
            scene.focusOwnerProperty().addListener((of, before, focused) -> revealInForm(focused));
            scene.windowProperty().addListener((ow, oldWindow, w) -> {
                if (w != null) {
                    w.setOnCloseRequest(event -> {
                        if (!confirmDiscard()) {
                            event.consume();
                        }
                    });
                    w.setOnHidden(event -> ticker.stop());
                }
            });
        });
    }

    /** One text area per question (with its step) and one per discussion step. */
    private void buildEditors() {
        questionsBox.getChildren().clear();
        stepsBox.getChildren().clear();
        if (vm.entryProperty().get() == null) {
            return;
        }
        questionsBox.getChildren().add(heading(text.get("participant.questions")));
        for (ParticipantViewModel.QuestionField q : vm.questions()) {
            Label question = wrapped(q.number() + ". " + q.question(), "participant-question");
            Label step = wrapped(text.get("reader.questionStep", q.step(), text.get("step." + q.step() + ".short")), "participant-step-tag");
            TextArea area = area("question-" + q.number(), text.get("participant.question.prompt"));
            area.textProperty().bindBidirectional(q.text());
            questionsBox.getChildren().add(new VBox(3, question, step, area));
        }
        stepsBox.getChildren().add(heading(text.get("participant.steps")));
        for (Phase p : Phase.values()) {
            if (p.isStep()) {
                Label title = wrapped(text.get("phase." + p.key()), "participant-question");
                Label purpose = wrapped(text.get("phase." + p.key() + ".purpose"), "participant-step-tag");
                TextArea area = area("step-" + p.step(), text.get("participant.step.prompt"));
                area.textProperty().bindBidirectional(vm.stepProperty(p));
                stepsBox.getChildren().add(new VBox(3, title, purpose, area));
            }
        }
    }

    /** Tab moves through the text areas: keep the focused one in view. */
    private void revealInForm(javafx.scene.Node focused) {
        if (focused == null || !(focused instanceof TextArea || focused instanceof TextField)) {
            return;
        }
        javafx.geometry.Bounds inForm = form.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        if (inForm == null) {
            return;
        }
        double viewport = formScroll.getViewportBounds().getHeight();
        double scrollable = form.getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        double top = formScroll.getVvalue() * scrollable;
        if (inForm.getMinY() < top) {
            formScroll.setVvalue(Math.max(0, inForm.getMinY() - 12) / scrollable);
        } else if (inForm.getMaxY() > top + viewport) {
            formScroll.setVvalue(Math.min(scrollable, inForm.getMaxY() - viewport + 12) / scrollable);
        }
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static Label wrapped(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static TextArea area(String id, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.setPromptText(prompt);
        return a;
    }

    private void chooseCase(LibraryEntry chosen) {
        LibraryEntry current = vm.entryProperty().get();
        if (chosen == null || chosen == current) {
            return;
        }
        if (confirmDiscard()) {
            vm.start(chosen);
        } else {
            caseChoice.setValue(current);
        }
    }

    private void chooseCaseFile() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("participant.openCase"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("participant.caseFileType"), "*.json"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            vm.openCaseFile(f.toPath());
        }
    }

    private void choosePreparation() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("participant.open"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("participant.fileType"), "*" + PreparationFormat.EXTENSION),
                new FileChooser.ExtensionFilter(text.get("session.fileType"), "*.json"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    private void save(boolean askForFile) {
        if (!vm.checkSavable()) {
            return;
        }
        Path target = vm.fileProperty().get();
        if (askForFile || target == null) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.get("participant.saveAs"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("participant.fileType"), "*" + PreparationFormat.EXTENSION));
            chooser.setInitialFileName(vm.suggestedFileName());
            File chosen = chooser.showSaveDialog(window());
            if (chosen == null) {
                return;
            }
            target = chosen.toPath();
        }
        vm.saveTo(target);
    }

    /** Asked before unsaved reflections would be replaced or closed. */
    private boolean confirmDiscard() {
        if (!vm.dirtyProperty().get()) {
            return true;
        }
        ButtonType discard = new ButtonType(text.get("participant.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("session.setup.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text.get("participant.unsaved.body"), discard, cancel);
        alert.setHeaderText(text.get("participant.unsaved.title"));
        alert.initOwner(window());
        return alert.showAndWait().filter(b -> b == discard).isPresent();
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
