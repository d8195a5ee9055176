package se.samtalsledaren.ui.library;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.DirectoryChooser;
import se.samtalsledaren.ui.UiText;

/** Binds the library folders dialog to {@link LibraryFoldersViewModel}. */
public final class LibraryFoldersController {
    @FXML private ListView<String> folderList;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private Button closeButton;

    private final LibraryFoldersViewModel vm;
    private final UiText text;
    private final Runnable close;

    public LibraryFoldersController(LibraryFoldersViewModel vm, UiText text, Runnable close) {
        this.vm = vm;
        this.text = text;
        this.close = close;
    }

    @FXML
    private void initialize() {
        folderList.setItems(vm.folders());
        folderList.setPlaceholder(new Label(text.get("library.folders.none")));
        removeButton.disableProperty().bind(folderList.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setOnAction(e -> vm.remove(folderList.getSelectionModel().getSelectedItem()));
        addButton.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.get("library.folders.choose"));
            File dir = chooser.showDialog(folderList.getScene().getWindow());
            if (dir != null) {
                vm.add(dir.toPath().toAbsolutePath().normalize());
            }
        });
        closeButton.setOnAction(e -> close.run());
    }
}
