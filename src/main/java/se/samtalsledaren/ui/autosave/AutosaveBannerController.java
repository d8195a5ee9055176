package se.samtalsledaren.ui.autosave;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import se.samtalsledaren.ui.UiText;

/**
 * The banner over a session window. When saving fails: what failed, "Försök igen" and "Spara på
 * annan plats …". When another program has changed the session's file: "Behåll min", "Öppna den
 * andra" and "Spara min som …".
 */
public final class AutosaveBannerController {
    @FXML private HBox banner;
    @FXML private Label message;
    @FXML private Button retry;
    @FXML private Button saveElsewhere;
    @FXML private Button keepMine;
    @FXML private Button openOther;
    @FXML private Button saveMineAs;

    /** Asks where to save ("Spara min som …"); empty when the user cancels. */
    @FunctionalInterface
    public interface FileAsker {
        Optional<Path> ask(Window owner, String suggestedName);
    }

    private final AutosaveViewModel vm;
    private final FileAsker asker;

    /** With the platform's save dialog. */
    public AutosaveBannerController(AutosaveViewModel vm, UiText text) {
        this(vm, (owner, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.get("autosave.saveAs.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("session.fileType"), "*.json"));
            chooser.setInitialFileName(name);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        });
    }

    public AutosaveBannerController(AutosaveViewModel vm, FileAsker asker) {
        this.vm = vm;
        this.asker = asker;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(vm.message());
        banner.visibleProperty().bind(vm.showing());
        banner.managedProperty().bind(vm.showing());
        for (Button b : new Button[] {retry, saveElsewhere}) {
            b.visibleProperty().bind(vm.failing());
            b.managedProperty().bind(vm.failing());
        }
        for (Button b : new Button[] {keepMine, openOther, saveMineAs}) {
            b.visibleProperty().bind(vm.conflicting());
            b.managedProperty().bind(vm.conflicting());
        }
        retry.setOnAction(e -> vm.retry());
        keepMine.setOnAction(e -> vm.keepMine());
        openOther.setOnAction(e -> vm.openOther());
        saveMineAs.setOnAction(e -> saveAs());
        saveElsewhere.setOnAction(e -> saveAs());
    }

    private void saveAs() {
        asker.ask(banner.getScene().getWindow(), vm.suggestedName()).ifPresent(vm::saveAs);
    }
}
