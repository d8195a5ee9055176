package se.samtalsledaren.ui.recovery;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import se.samtalsledaren.ui.UiText;

/** Binds the recovery dialog to {@link RecoveryViewModel}. */
public final class RecoveryController {
    @FXML private BorderPane root;
    @FXML private ListView<RecoveryViewModel.Item> recoveryList;
    @FXML private Button restoreButton;
    @FXML private Button saveAsButton;
    @FXML private Button discardButton;
    @FXML private Button laterButton;
    @FXML private Label messageLabel;

    private final RecoveryViewModel vm;
    private final UiText text;
    private final Runnable close;

    public RecoveryController(RecoveryViewModel vm, UiText text, Runnable close) {
        this.vm = vm;
        this.text = text;
        this.close = close;
    }

    @FXML
    private void initialize() {
        recoveryList.setItems(vm.items());
        recoveryList.setCellFactory(v -> new ItemCell());
        recoveryList.getSelectionModel().select(vm.selectedProperty().get());
        recoveryList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> recoveryList.getSelectionModel().select(b));
        var none = vm.selectedProperty().isNull();
        var unreadable = Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || !vm.selectedProperty().get().readable(), vm.selectedProperty());
        restoreButton.disableProperty().bind(unreadable);
        saveAsButton.disableProperty().bind(unreadable);
        discardButton.disableProperty().bind(none);
        restoreButton.setOnAction(e -> vm.restore());
        saveAsButton.setOnAction(e -> saveAs());
        discardButton.setOnAction(e -> discard());
        laterButton.setOnAction(e -> close.run());
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.done().addListener((o, a, done) -> {
            if (done) {
                close.run();
            }
        });
        // A restored session opens in front; the dialog comes back on top while entries remain.
        vm.items().addListener((javafx.collections.ListChangeListener<RecoveryViewModel.Item>) c -> {
            if (!vm.items().isEmpty() && root.getScene() != null && root.getScene().getWindow() instanceof javafx.stage.Stage s) {
                javafx.application.Platform.runLater(s::toFront);
            }
        });
    }

    private void saveAs() {
        RecoveryViewModel.Item item = vm.selectedProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("session.fileType"), "*.json"));
        chooser.setInitialFileName(item.candidate().session().id() + ".json");
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            vm.saveAs(chosen.toPath());
        }
    }

    private void discard() {
        ButtonType yes = new ButtonType(text.get("recovery.discard.confirm"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(text.get("session.setup.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, vm.discardQuestion(), yes, no);
        alert.setHeaderText(text.get("recovery.discard.title"));
        alert.initOwner(root.getScene().getWindow());
        if (alert.showAndWait().filter(b -> b == yes).isPresent()) {
            vm.discard();
        }
    }

    /** Case, title, what it holds, when it was saved, and its file. */
    private static final class ItemCell extends ListCell<RecoveryViewModel.Item> {
        @Override
        protected void updateItem(RecoveryViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label heading = new Label(item.heading());
            heading.getStyleClass().add("recovery-heading");
            Label title = new Label(item.title());
            title.getStyleClass().add("recovery-title");
            VBox box = new VBox(2, heading, title);
            for (String line : new String[] {item.details(), item.savedAt(), item.file(), item.problem()}) {
                if (!line.isEmpty()) {
                    Label l = new Label(line);
                    l.setWrapText(true);
                    l.getStyleClass().add(line.equals(item.problem()) ? "recovery-problem" : "recovery-detail");
                    box.getChildren().add(l);
                }
            }
            box.getStyleClass().add("recovery-item");
            setText(null);
            setGraphic(box);
        }
    }
}
