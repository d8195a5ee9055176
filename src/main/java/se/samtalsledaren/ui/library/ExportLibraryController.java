package se.samtalsledaren.ui.library;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.stage.FileChooser;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** Binds the export form to {@link ExportLibraryViewModel}; asks where to save the file. */
public final class ExportLibraryController {
    @FXML private TextField titleField;
    @FXML private TextField authorField;
    @FXML private TextField versionField;
    @FXML private TextField licenceField;
    @FXML private ListView<ExportLibraryViewModel.Row> caseList;
    @FXML private Button allButton;
    @FXML private Button noneButton;
    @FXML private Label countLabel;
    @FXML private Label errorLabel;
    @FXML private Button cancelButton;
    @FXML private Button exportButton;

    private final ExportLibraryViewModel vm;
    private final UiText text;
    private final Consumer<Path> onDone;
    private final Runnable onCancel;

    public ExportLibraryController(ExportLibraryViewModel vm, UiText text, Consumer<Path> onDone, Runnable onCancel) {
        this.vm = vm;
        this.text = text;
        this.onDone = onDone;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        authorField.textProperty().bindBidirectional(vm.authorProperty());
        versionField.textProperty().bindBidirectional(vm.versionProperty());
        licenceField.textProperty().bindBidirectional(vm.licenceProperty());
        caseList.setItems(vm.rows());
        caseList.setCellFactory(CheckBoxListCell.forListView(ExportLibraryViewModel.Row::selectedProperty,
                Converters.display(r -> r == null ? "" : r.entry().value().label() + "  ·  "
                        + (r.entry().bundled() ? text.get("library.origin.bundled") : r.entry().origin()))));
        allButton.setOnAction(e -> vm.selectAll(true));
        noneButton.setOnAction(e -> vm.selectAll(false));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("libraryExport.count", vm.selectedCount()), vm.rows()));
        errorLabel.setText(text.get("libraryExport.incomplete"));
        errorLabel.visibleProperty().bind(vm.validProperty().not().and(vm.exportingProperty().not()));
        exportButton.disableProperty().bind(vm.validProperty().not());
        cancelButton.setOnAction(e -> onCancel.run());
        exportButton.setOnAction(e -> chooseFile());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("libraryExport.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("library.archiveType"), "*.zip"));
        chooser.setInitialFileName(vm.titleProperty().get().strip().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".zip");
        File file = chooser.showSaveDialog(caseList.getScene().getWindow());
        if (file != null) {
            vm.export(file.toPath(), onDone, ex -> {
                errorLabel.visibleProperty().unbind();
                errorLabel.setText(text.get("libraryExport.failed", String.valueOf(ex.getMessage())));
                errorLabel.setVisible(true);
            });
        }
    }
}
