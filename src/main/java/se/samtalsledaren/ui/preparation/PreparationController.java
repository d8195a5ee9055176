package se.samtalsledaren.ui.preparation;

import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.ui.UiText;

/** The session window's panel of participants' preparations; bound to {@link PreparationViewModel}. */
public final class PreparationController {
    @FXML private VBox root;
    @FXML private Label heading;
    @FXML private Button importButton;
    @FXML private Label hiddenLabel;
    @FXML private VBox groupsBox;
    @FXML private Label problemsLabel;
    @FXML private Label statusLabel;

    private final PreparationViewModel vm;
    private final UiText text;

    public PreparationController(PreparationViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.shownProperty());
        root.managedProperty().bind(vm.shownProperty());
        heading.textProperty().bind(vm.headingProperty());
        hiddenLabel.textProperty().bind(vm.hiddenProperty());
        hiddenLabel.visibleProperty().bind(vm.hiddenProperty().isNotEmpty());
        hiddenLabel.managedProperty().bind(hiddenLabel.visibleProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        importButton.setOnAction(e -> chooseAndImport());
        vm.groups().addListener((ListChangeListener<PreparationViewModel.Group>) c -> buildGroups());
        vm.problems().addListener((ListChangeListener<FileProblem>) c -> showProblems());
        buildGroups();
        showProblems();
    }

    /** Asks for preparation files (several at once) and imports them. */
    public void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("preparation.import"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("participant.fileType"), "*" + PreparationFormat.EXTENSION),
                new FileChooser.ExtensionFilter(text.get("preparation.anyJson"), "*.json"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            vm.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void showProblems() {
        problemsLabel.setText(vm.problems().isEmpty() ? ""
                : text.get("preparation.problems") + "\n" + String.join("\n", vm.problems().stream().map(FileProblem::toString).toList()));
        problemsLabel.setVisible(!vm.problems().isEmpty());
        problemsLabel.setManaged(!vm.problems().isEmpty());
    }

    private void buildGroups() {
        groupsBox.getChildren().clear();
        for (PreparationViewModel.Group g : vm.groups()) {
            Label author = new Label(g.author());
            author.getStyleClass().add("preparation-author");
            Button remove = new Button(text.get("preparation.remove"));
            remove.getStyleClass().add("small-button");
            remove.setOnAction(e -> vm.remove(g.preparation()));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            VBox box = new VBox(4, new HBox(8, author, gap, remove));
            box.getStyleClass().add("preparation-group");
            for (PreparationViewModel.Row row : g.rows()) {
                Label label = wrapped(row.label(), "preparation-label");
                Label body = wrapped(row.item().text(), "preparation-text");
                Button pull = new Button(row.inNotes() ? text.get("preparation.inNotes") : text.get("preparation.pull"));
                pull.setDisable(row.inNotes());
                pull.setMinWidth(Region.USE_PREF_SIZE);
                pull.getStyleClass().add("preparation-pull");
                pull.setOnAction(e -> vm.pull(row));
                VBox texts = new VBox(2, label, body);
                HBox.setHgrow(texts, Priority.ALWAYS);
                HBox line = new HBox(8, texts, pull);
                line.getStyleClass().add("preparation-row");
                box.getChildren().add(line);
            }
            groupsBox.getChildren().add(box);
        }
    }

    private static Label wrapped(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
