package se.samtalsledaren.ui.library;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.ui.DialogStages;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.ImportPlan;
import se.samtalsledaren.library.LibraryArchive;
import se.samtalsledaren.store.CaseStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.WindowSizes;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * Sharing libraries: the folders dialog, exporting cases as a library file and importing one.
 * An import reads and checks the whole archive in the background first; a refused archive
 * writes nothing. Every collision with an existing case is put to the user (Replace / Keep both
 * / Skip) before anything is written.
 */
public final class LibraryTransfers {
    private final UiText text;
    private final Background background;
    private final LibraryService library;
    private final LibraryArchive archive;
    private final CaseStore store;
    private final String stylesheet;
    private final WindowSizes sizes;

    public LibraryTransfers(UiText text, Messages messages, Background background, Clock clock, LibraryService library,
                            String stylesheet, WindowSizes sizes) {
        this.text = text;
        this.background = background;
        this.library = library;
        CaseFormat format = new CaseFormat(messages);
        this.archive = new LibraryArchive(format, messages, clock);
        this.store = new CaseStore(format);
        this.stylesheet = stylesheet;
        this.sizes = sizes;
    }

    /** The "Biblioteksmappar" dialog. */
    public Stage manageFolders(Window owner) {
        Stage stage = new Stage();
        LibraryFoldersViewModel vm = new LibraryFoldersViewModel(library);
        Parent root = new ViewLoader(text.bundle(), Map.of(LibraryFoldersController.class,
                (Supplier<Object>) () -> new LibraryFoldersController(vm, text, stage::close))).load("library/LibraryFolders.fxml");
        return DialogStages.show(sizes, WindowSizes.LIBRARY_FOLDERS, stage, root, stylesheet, text.get("library.folders.title"), owner);
    }

    /** The export form; the file is written in the background. */
    public Stage exportLibrary(Window owner) {
        Stage stage = new Stage();
        ExportLibraryViewModel vm = new ExportLibraryViewModel(library.current().entries(), archive, background);
        Parent root = new ViewLoader(text.bundle(), Map.of(ExportLibraryController.class,
                (Supplier<Object>) () -> new ExportLibraryController(vm, text, file -> {
                    stage.close();
                    info(owner, text.get("libraryExport.done.title"), text.get("libraryExport.done", vm.selectedCount(), file));
                }, stage::close))).load("library/ExportLibrary.fxml");
        return DialogStages.show(sizes, WindowSizes.LIBRARY_EXPORT, stage, root, stylesheet, text.get("libraryExport.title"), owner);
    }

    /** Asks for a library file and imports it. */
    public void importLibrary(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("library.archiveType"), "*.zip"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importFile(file.toPath(), owner);
        }
    }

    /** Reads and checks {@code file} in the background, then asks where to and about collisions. */
    public void importFile(Path file, Window owner) {
        background.run(() -> archive.read(file), contents -> confirm(contents, owner), e -> refused(file, e, owner));
    }

    private void confirm(LibraryArchive.Contents contents, Window owner) {
        LibraryArchive.Details d = contents.manifest().details();
        Optional<Path> target = FolderChoice.choose(owner, text, library, text.get("import.chooseFolder", d.title()));
        if (target.isEmpty()) {
            return;
        }
        Path folder = target.get();
        ButtonType go = new ButtonType(text.get("import.go"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("import.summary", d.title(), d.version(), d.author(),
                d.licence(), contents.cases().size(), folder), go, ButtonType.CANCEL);
        alert.setHeaderText(text.get("import.confirm", d.title()));
        own(alert, owner);
        if (alert.showAndWait().filter(go::equals).isEmpty()) {
            return;
        }
        background.run(() -> CaseStore.fileNames(folder), names -> decide(contents, folder, names, owner),
                e -> error(owner, text.get("import.failed", e.getMessage())));
    }

    private void decide(LibraryArchive.Contents contents, Path folder, Set<String> names, Window owner) {
        ImportPlan plan = new ImportPlan(contents.cases(), names, library.current().entries(), folder.toString());
        Map<String, ImportPlan.Choice> choices = new HashMap<>();
        ImportPlan.Choice forRest = null;
        for (ImportPlan.Conflict c : plan.conflicts()) {
            ImportPlan.Choice choice = forRest != null && c.choices().contains(forRest) ? forRest : null;
            if (choice == null) {
                Optional<Decision> d = ask(c, owner);
                if (d.isEmpty()) {
                    return;
                }
                choice = d.get().choice();
                forRest = d.get().forRest() ? choice : null;
            }
            choices.put(c.incoming().name(), choice);
        }
        List<ImportPlan.Write> writes = plan.writes(choices);
        if (writes.isEmpty()) {
            info(owner, text.get("import.done.title"), text.get("import.nothing"));
            return;
        }
        background.run(() -> store.importInto(folder, writes), written -> library.reload(lib ->
                        info(owner, text.get("import.done.title"), text.get("import.done", written.size(), folder))),
                e -> error(owner, text.get("import.failed", e.getMessage())));
    }

    private record Decision(ImportPlan.Choice choice, boolean forRest) {}

    /** Replace / Keep both / Skip for one collision; empty when the user cancels the whole import. */
    private Optional<Decision> ask(ImportPlan.Conflict c, Window owner) {
        StringBuilder body = new StringBuilder(text.get("import.conflict.incoming", c.incoming().value().label(), c.incoming().name()));
        c.existingFile().ifPresent(f -> body.append("\n").append(text.get("import.conflict.file", f)));
        c.sameId().ifPresent(e -> body.append("\n").append(text.get("import.conflict.id", e.value().id(),
                e.bundled() ? text.get("library.origin.bundled") : Path.of(e.origin()).resolve(e.file()).toString())));
        if (!c.choices().contains(ImportPlan.Choice.REPLACE)) {
            body.append("\n").append(text.get("import.conflict.noReplace"));
        }
        Map<ButtonType, ImportPlan.Choice> buttons = new java.util.LinkedHashMap<>();
        for (ImportPlan.Choice choice : ImportPlan.Choice.values()) {
            if (c.choices().contains(choice)) {
                buttons.put(new ButtonType(text.get("import.choice." + choice.name().toLowerCase(java.util.Locale.ROOT)),
                        choice == ImportPlan.Choice.SKIP ? ButtonBar.ButtonData.NO : ButtonBar.ButtonData.OTHER), choice);
            }
        }
        ButtonType cancel = new ButtonType(text.get("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setHeaderText(text.get("import.conflict.title"));
        CheckBox rest = new CheckBox(text.get("import.conflict.forRest"));
        Label message = new Label(body.toString());
        message.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(12, message, rest));
        alert.getButtonTypes().setAll(buttons.keySet());
        alert.getButtonTypes().add(cancel);
        own(alert, owner);
        return alert.showAndWait().filter(buttons::containsKey).map(b -> new Decision(buttons.get(b), rest.isSelected()));
    }

    private void refused(Path file, Throwable e, Window owner) {
        String details = FileProblemException.describe(e);
        Alert alert = new Alert(Alert.AlertType.ERROR, text.get("import.refused.body", file.getFileName()));
        alert.setHeaderText(text.get("import.refused.title"));
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(8);
        alert.getDialogPane().setExpandableContent(area);
        alert.getDialogPane().setExpanded(true);
        own(alert, owner);
        alert.show();
    }

    private void info(Window owner, String header, String body) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, body);
        alert.setHeaderText(header);
        own(alert, owner);
        alert.show();
    }

    private void error(Window owner, String message) {
        se.samtalsledaren.ui.Alerts.error(text, owner, message);
    }

    private static void own(Alert alert, Window owner) {
        if (owner != null) {
            alert.initOwner(owner);
        }
    }
}
