package se.samtalsledaren.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.Alerts;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.export.ExportWindows;

/**
 * Opens comparisons of several groups' sessions on one case (Arkiv → Jämför sessioner …, and
 * from the trainer's record): the files are chosen, read and compared in the background while
 * the window shows progress; broken files and sessions of another case are listed in it.
 */
public final class CompareWindows {
    private final UiText text;
    private final Background background;
    private final SessionStore store;
    private final Messages messages;
    private final ExportWindows exports;
    private final String stylesheet;

    /** @param store reads the session files (only reads: comparing never writes a session) */
    public CompareWindows(UiText text, Background background, SessionStore store, Messages messages, ExportWindows exports,
                          String stylesheet) {
        this.text = text;
        this.background = background;
        this.store = store;
        this.messages = messages;
        this.exports = exports;
        this.stylesheet = stylesheet;
    }

    /** Asks for 2–12 session files and compares them. */
    public void choose(Window owner) {
        List<Path> files = chooseFiles(owner);
        if (!files.isEmpty()) {
            compare(files, owner);
        }
    }

    private List<Path> chooseFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("compare.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("session.fileType"), "*.json"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    /**
     * Opens a comparison window on {@code files}, or says why not when there are fewer than 2 or
     * more than 12 of them. Returns the window, or null when none was opened.
     */
    public Stage compare(List<Path> files, Window owner) {
        if (files.size() < Comparison.MIN_SESSIONS || files.size() > Comparison.MAX_SESSIONS) {
            Alerts.error(text, owner, text.get("compare.count", files.size()));
            return null;
        }
        Stage stage = new Stage();
        ComparisonViewModel vm = new ComparisonViewModel(text, background, this::load);
        PlenaryWindow plenary = new PlenaryWindow(text, stylesheet);
        PlenaryViewModel plenaryVm = new PlenaryViewModel(vm.comparisonProperty(), text);
        Runnable openPlenary = () -> plenary.open(plenaryVm, vm.caseLabel(), stage);
        Runnable export = () -> exports.showComparison(vm.document(), vm.caseLabel(), vm.suggestedExport(exports.defaultFolder()), stage);
        Runnable chooseOther = () -> {
            List<Path> other = chooseFiles(stage);
            if (other.size() >= Comparison.MIN_SESSIONS && other.size() <= Comparison.MAX_SESSIONS) {
                vm.load(other);
            } else if (!other.isEmpty()) {
                Alerts.error(text, stage, text.get("compare.count", other.size()));
            }
        };
        Parent root = new ViewLoader(text.bundle(), Map.of(ComparisonController.class,
                (Supplier<Object>) () -> new ComparisonController(vm, text, openPlenary, export, chooseOther)))
                .load("compare/Comparison.fxml");
        Scene scene = new Scene(root, 1200, 780);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.comparisonProperty().get() == null
                ? text.get("compare.windowTitle") : text.get("compare.windowTitleCase", vm.caseLabel()), vm.comparisonProperty()));
        stage.getProperties().put(ComparisonViewModel.class, vm);
        stage.getProperties().put(PlenaryWindow.class, plenary);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        vm.load(files);
        return stage;
    }

    /** Reads every file (each problem of each file kept), then compares them. */
    private Comparison load(List<Path> files) throws FileProblemException {
        return Comparison.open(files, store::open, messages);
    }
}
