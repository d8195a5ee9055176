package se.samtalsledaren.ui.export;

import java.io.File;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.ui.UiText;

/** Binds the export dialog to {@link ExportViewModel}. */
public final class ExportController {
    @FXML private Label heading;
    @FXML private HBox formatBox;
    @FXML private TextField fileField;
    @FXML private Button browseButton;
    @FXML private CheckBox openAfterBox;
    @FXML private ScrollPane previewScroll;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private Button exportButton;
    @FXML private Button closeButton;

    private final ExportViewModel vm;
    private final UiText text;
    private final String title;
    private final Runnable close;

    public ExportController(ExportViewModel vm, UiText text, String title, Runnable close) {
        this.vm = vm;
        this.text = text;
        this.title = title;
        this.close = close;
    }

    @FXML
    private void initialize() {
        heading.setText(title);
        ToggleGroup group = new ToggleGroup();
        for (ExportFormat f : vm.formats()) {
            RadioButton b = new RadioButton(text.get("export.format." + f.extension()));
            b.setId("format-" + f.extension());
            b.setUserData(f);
            b.setToggleGroup(group);
            b.setSelected(f == vm.formatProperty().get());
            formatBox.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.formatProperty().set((ExportFormat) t.getUserData());
            }
        });
        fileField.textProperty().bindBidirectional(vm.fileProperty());
        openAfterBox.selectedProperty().bindBidirectional(vm.openAfterProperty());
        browseButton.setOnAction(e -> browse());
        previewScroll.setContent(DocumentPreview.render(vm.document()));

        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        exportButton.disableProperty().bind(vm.busyProperty());
        for (javafx.scene.Node n : formatBox.getChildren()) {
            n.disableProperty().bind(vm.busyProperty());
        }
        exportButton.setOnAction(e -> vm.export());
        closeButton.setOnAction(e -> close.run());
    }

    private void browse() {
        ExportFormat f = vm.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("export.format." + f.extension()),
                "*." + f.extension()));
        Path current = vm.fileProperty().get().isBlank() ? null : Path.of(vm.fileProperty().get()).toAbsolutePath();
        if (current != null) {
            chooser.setInitialFileName(current.getFileName().toString());
            File dir = current.getParent() == null ? null : current.getParent().toFile();
            if (dir != null && dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        File chosen = chooser.showSaveDialog(fileField.getScene().getWindow());
        if (chosen != null) {
            vm.fileProperty().set(f.withExtension(chosen.toPath().toString()));
        }
    }
}
