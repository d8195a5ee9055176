package se.samtalsledaren.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.store.CaseStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.library.FolderChoice;
import se.samtalsledaren.ui.library.LibraryService;
import se.samtalsledaren.ui.reader.CaseReaderController;
import se.samtalsledaren.ui.reader.CaseReaderViewModel;

/**
 * Opens case editor windows: for a new case, for a copy of any case ("duplicate and adapt") and
 * in place for a case in a writable library folder. After a save the library is reloaded and the
 * saved case selected in the main window.
 */
public final class EditorWindows implements CaseEditorController.Dialogs {
    private final UiText text;
    private final Messages messages;
    private final CaseFormat format;
    private final Background background;
    private final Clock clock;
    private final LibraryService library;
    private final Consumer<String> select;
    private final String stylesheet;
    private final Map<Path, Stage> open = new HashMap<>();
    /** Every editor window now showing, with its view model, to ask before quitting. */
    private final Map<Stage, CaseEditorViewModel> showing = new java.util.LinkedHashMap<>();

    /**
     * @param select asked to select a case (by id) in the main window, after saving or from a related link
     */
    public EditorWindows(UiText text, Messages messages, Background background, Clock clock, LibraryService library,
                         Consumer<String> select, String stylesheet) {
        this.text = text;
        this.messages = messages;
        this.format = new CaseFormat(messages);
        this.background = background;
        this.clock = clock;
        this.library = library;
        this.select = select;
        this.stylesheet = stylesheet;
    }

    /** Edits a case from a writable folder in place; a read-only (bundled) case as a copy. */
    public Stage edit(LibraryEntry entry) {
        if (entry.readOnly()) {
            return duplicate(entry);
        }
        Path file = Path.of(entry.origin()).resolve(entry.file()).toAbsolutePath().normalize();
        Stage existing = open.get(file);
        if (existing != null && existing.isShowing()) {
            existing.toFront();
            return existing;
        }
        return show(entry.value(), file);
    }

    /** "Duplicate and adapt": an editable copy with a fresh id, its attribution kept as the source. */
    public Stage duplicate(LibraryEntry entry) {
        Set<String> ids = library.current().entries().stream().map(e -> e.value().id()).collect(Collectors.toSet());
        return show(CaseDrafts.duplicateOf(entry.value(), ids, text), null);
    }

    /** A new, empty case. */
    public Stage newCase() {
        return show(CaseDrafts.blank(library.current()), null);
    }

    private Stage show(Case c, Path file) {
        Stage stage = new Stage();
        Supplier<se.samtalsledaren.library.CaseLibrary> current = library::current;
        CaseEditorViewModel vm = new CaseEditorViewModel(c, file, format, messages, text, current,
                new CaseStore(format), background, clock, (saved, value) -> {
                    remember(saved, stage);
                    library.reload(lib -> select.accept(value.id()));
                });
        PreviewViewModel preview = new PreviewViewModel(vm.previewProperty(),
                CaseReaderViewModel.preview(id -> current.get().byId(id), select));
        Scene scene = new Scene(view(vm, preview), 1280, 800);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> text.get("editor.window.title",
                        vm.currentProperty().get().title().isEmpty() ? vm.currentProperty().get().id() : vm.currentProperty().get().title(),
                        vm.dirtyProperty().get() ? " *" : ""), vm.currentProperty(), vm.dirtyProperty()));
        stage.getProperties().put(CaseEditorViewModel.class, vm);
        stage.setOnCloseRequest(e -> {
            if (vm.dirtyProperty().get() && !confirmDiscard(stage)) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            open.values().remove(stage);
            showing.remove(stage);
        });
        showing.put(stage, vm);
        if (file != null) {
            remember(file, stage);
        }
        stage.show();
        return stage;
    }

    /** The editor window's view: its parts, each with its controller on its part of {@code vm}, and the preview. */
    private Parent view(CaseEditorViewModel vm, PreviewViewModel preview) {
        EditorFields fields = new EditorFields(vm.problemsByField(), text);
        return new ViewLoader(text.bundle(), Map.of(
                CaseEditorController.class, (Supplier<Object>) () -> new CaseEditorController(vm, fields, text, this),
                CaseFieldsController.class, (Supplier<Object>) () -> new CaseFieldsController(vm.fields(), fields, text, library.shown()),
                SourceController.class, (Supplier<Object>) () -> new SourceController(vm.fields(), fields),
                NarrativeController.class, (Supplier<Object>) () -> new NarrativeController(vm.narrative(), fields, text),
                QuestionsController.class, (Supplier<Object>) () -> new QuestionsController(vm.questions(), fields, text),
                TeachingNotesController.class, (Supplier<Object>) () -> new TeachingNotesController(vm.teaching(), fields, text),
                CaseReaderController.class, (Supplier<Object>) () -> new CaseReaderController(preview.reader(), text)))
                .load("editor/CaseEditor.fxml");
    }

    private void remember(Path file, Stage stage) {
        open.values().remove(stage);
        open.put(file.toAbsolutePath().normalize(), stage);
    }

    /**
     * Before quitting: asks for each editor with unsaved changes whether to throw them away.
     *
     * @return false when the user wants to keep editing (the editor is brought to the front)
     */
    public boolean mayQuit() {
        for (Map.Entry<Stage, CaseEditorViewModel> e : List.copyOf(showing.entrySet())) {
            if (e.getValue().dirtyProperty().get()) {
                e.getKey().toFront();
                if (!confirmDiscard(e.getKey())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean confirmDiscard(Window owner) {
        ButtonType discard = new ButtonType(text.get("editor.close.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("editor.close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("editor.close.body"), discard, cancel);
        alert.setHeaderText(text.get("editor.close.title"));
        alert.initOwner(owner);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    // ------------------------------------------------------------- dialogs for saving

    @Override
    public Optional<Path> folderForNewCase(Window owner) {
        return FolderChoice.choose(owner, text, library, text.get("editor.chooseFolder"));
    }

    @Override
    public Optional<Path> saveAsFile(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("editor.saveAs"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("editor.fileType"), "*.json"));
        chooser.setInitialFileName(suggestedName);
        library.folders().stream().map(Path::toFile).filter(File::isDirectory).findFirst().ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty() : Optional.of(file.toPath().toAbsolutePath().normalize());
    }

    @Override
    public void savedAs(Path file, Window owner) {
        Path folder = file.getParent();
        if (folder == null || library.isFolder(folder)) {
            return;
        }
        ButtonType add = new ButtonType(text.get("editor.addFolder.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(text.get("editor.addFolder.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("editor.addFolder.body", folder), add, no);
        alert.setHeaderText(text.get("editor.addFolder.title"));
        alert.initOwner(owner);
        if (alert.showAndWait().filter(add::equals).isPresent()) {
            library.addFolder(folder, lib -> { });
        }
    }
}
