package se.samtalsledaren.ui.main;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import java.util.function.Consumer;
import javafx.stage.Window;
import se.samtalsledaren.Version;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.library.LibraryController;
import se.samtalsledaren.ui.library.LibraryViewModel;
import se.samtalsledaren.ui.reader.CaseReaderController;
import se.samtalsledaren.ui.reader.CaseReaderViewModel;

/** The main window: library beside the reader, the menu and the keyboard shortcuts. */
public final class MainController {
    @FXML private BorderPane root;
    @FXML private LibraryController libraryController;
    @FXML private CaseReaderController readerController;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem openSessionItem;
    @FXML private MenuItem handoutItem;
    @FXML private MenuItem newCaseItem;
    @FXML private MenuItem editCaseItem;
    @FXML private MenuItem duplicateCaseItem;
    @FXML private MenuItem foldersItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem prepareItem;
    @FXML private MenuItem compareItem;
    @FXML private MenuItem workshopsItem;
    @FXML private javafx.scene.control.Menu fileMenu;
    @FXML private javafx.scene.control.Menu recentMenu;
    @FXML private MenuItem preferencesItem;
    @FXML private MenuItem searchItem;
    @FXML private MenuItem nextItem;
    @FXML private MenuItem previousItem;
    @FXML private MenuItem zoomInItem;
    @FXML private MenuItem zoomOutItem;
    @FXML private MenuItem zoomResetItem;
    @FXML private MenuItem shortcutsItem;
    @FXML private MenuItem aboutItem;
    @FXML private Label statusLabel;

    private final LibraryViewModel library;
    private final CaseReaderViewModel reader;
    private final UiText text;
    private final Runnable quit;
    private final java.util.function.BiConsumer<java.nio.file.Path, javafx.stage.Window> openSession;
    private final java.util.function.BiConsumer<se.samtalsledaren.model.Case, javafx.stage.Window> handout;
    private final TrainerActions trainer;

    /** What a trainer can do with the library: write, adapt and share cases, manage folders. */
    public record TrainerActions(Runnable newCase, Consumer<LibraryEntry> edit, Consumer<LibraryEntry> duplicate,
                                 Consumer<Window> manageFolders, Consumer<Window> importLibrary,
                                 Consumer<Window> exportLibrary) {}

    private final MainActions actions;
    private final java.util.function.Consumer<java.util.function.Consumer<java.util.List<java.nio.file.Path>>> recentSessions;

    /** @param recentSessions delivers the recent session files that still exist */
    public MainController(LibraryViewModel library, CaseReaderViewModel reader, UiText text, Runnable quit,
                          java.util.function.BiConsumer<java.nio.file.Path, javafx.stage.Window> openSession,
                          java.util.function.BiConsumer<se.samtalsledaren.model.Case, javafx.stage.Window> handout,
                          TrainerActions trainer, MainActions actions,
                          java.util.function.Consumer<java.util.function.Consumer<java.util.List<java.nio.file.Path>>> recentSessions) {
        this.library = library;
        this.reader = reader;
        this.text = text;
        this.quit = quit;
        this.openSession = openSession;
        this.handout = handout;
        this.trainer = trainer;
        this.actions = actions;
        this.recentSessions = recentSessions;
    }

    @FXML
    private void initialize() {
        quitItem.setOnAction(e -> quit.run());
        openSessionItem.setOnAction(e -> chooseSessionFile());
        openSessionItem.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        handoutItem.disableProperty().bind(library.selectedProperty().isNull());
        handoutItem.setOnAction(e -> handout.accept(library.selectedProperty().get().value(), root.getScene().getWindow()));
        newCaseItem.setOnAction(e -> trainer.newCase().run());
        newCaseItem.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        editCaseItem.setOnAction(e -> trainer.edit().accept(library.selectedProperty().get()));
        editCaseItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        duplicateCaseItem.setOnAction(e -> trainer.duplicate().accept(library.selectedProperty().get()));
        var noneSelected = library.selectedProperty().isNull();
        editCaseItem.disableProperty().bind(noneSelected.or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> library.selectedProperty().get() != null && library.selectedProperty().get().readOnly(), library.selectedProperty())));
        duplicateCaseItem.disableProperty().bind(noneSelected);
        foldersItem.setOnAction(e -> trainer.manageFolders().accept(window()));
        importItem.setOnAction(e -> trainer.importLibrary().accept(window()));
        exportItem.setOnAction(e -> trainer.exportLibrary().accept(window()));
        preferencesItem.setOnAction(e -> actions.preferences().accept(window()));
        preferencesItem.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        fileMenu.setOnShowing(e -> recentSessions.accept(this::showRecent));
        showRecent(java.util.List.of());
        compareItem.setOnAction(e -> actions.compare().accept(window()));
        workshopsItem.setOnAction(e -> actions.workshops().accept(window()));
        prepareItem.setOnAction(e -> actions.prepare().accept(
                library.selectedProperty().get() == null ? null : library.selectedProperty().get().value()));
        searchItem.setOnAction(e -> libraryController.focusSearch());
        nextItem.setOnAction(e -> library.selectNext());
        previousItem.setOnAction(e -> library.selectPrevious());
        zoomInItem.setOnAction(e -> reader.zoomIn());
        zoomOutItem.setOnAction(e -> reader.zoomOut());
        zoomResetItem.setOnAction(e -> reader.resetZoom());
        shortcutsItem.setOnAction(e -> showShortcuts());
        aboutItem.setOnAction(e -> showAbout());

        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        searchItem.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        nextItem.setAccelerator(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN));
        previousItem.setAccelerator(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN));
        zoomInItem.setAccelerator(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY));
        zoomOutItem.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomResetItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        shortcutsItem.setAccelerator(new KeyCodeCombination(KeyCode.F1));

        library.selectedProperty().addListener((o, a, b) -> readerController.showCaseTab());
        statusLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> library.problems().isEmpty()
                        ? text.get("status.loaded", library.totalCount())
                        : text.get("status.loadedWithProblems", library.totalCount(), library.problems().size()),
                library.problems(), library.libraryProperty()));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installExtraShortcuts(scene);
            }
        });
    }

    /** Keyboards differ: Ctrl+= and the keypad keys also zoom; Ctrl+PageDown/Up also change case. */
    private void installExtraShortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), reader::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), reader::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), reader::zoomOut);
        acc.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), reader::resetZoom);
        acc.put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), library::selectNext);
        acc.put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), library::selectPrevious);
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /** The recent sessions submenu: one item per file, most recent first. */
    private void showRecent(java.util.List<java.nio.file.Path> files) {
        recentMenu.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(text.get("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (java.nio.file.Path f : files) {
            MenuItem item = new MenuItem(f.getFileName() + "  –  " + (f.getParent() == null ? "" : f.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openSession.accept(f, window()));
            recentMenu.getItems().add(item);
        }
    }

    private void chooseSessionFile() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(text.get("session.fileType"), "*.json"));
        java.io.File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            openSession.accept(file.toPath(), root.getScene().getWindow());
        }
    }

    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text.get("shortcuts.body"), ButtonType.OK);
        alert.setTitle(text.get("shortcuts.title"));
        alert.setHeaderText(text.get("shortcuts.title"));
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text.get("about.body"), ButtonType.OK);
        alert.setTitle(text.get("about.title"));
        alert.setHeaderText("Samtalsledaren " + Version.get());
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }
}
