package se.samtalsledaren.ui.library;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import se.samtalsledaren.ui.UiText;

/**
 * Which library folder to write into: the only one without asking, one of several from a list,
 * or, when there is none yet, a folder the user picks, which is then added to the library.
 */
public final class FolderChoice {
    private FolderChoice() {}

    public static Optional<Path> choose(Window owner, UiText text, LibraryService library, String purpose) {
        List<Path> folders = library.folders();
        if (folders.size() == 1) {
            return Optional.of(folders.get(0));
        }
        if (folders.size() > 1) {
            ChoiceDialog<Path> dialog = new ChoiceDialog<>(folders.get(0), folders);
            dialog.setTitle(text.get("library.chooseFolder.title"));
            dialog.setHeaderText(purpose);
            if (owner != null) {
                dialog.initOwner(owner);
            }
            return dialog.showAndWait();
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text.get("library.noFolder.body"));
        alert.setHeaderText(text.get("library.noFolder.title"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("library.folders.choose"));
        File dir = chooser.showDialog(owner);
        if (dir == null) {
            return Optional.empty();
        }
        Path folder = dir.toPath().toAbsolutePath().normalize();
        library.addFolder(folder, lib -> { });
        return Optional.of(folder);
    }
}
