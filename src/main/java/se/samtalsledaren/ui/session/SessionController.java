package se.samtalsledaren.ui.session;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import se.samtalsledaren.ui.Shortcuts;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.session.content.StepContentController;

/**
 * The session window itself: its menu, the header, the window-wide keys of the phase flow, the
 * question before closing with unsaved changes, and the ticker that repaints the clock-derived
 * figures. The panels (SessionView.fxml's includes) bind to view models of their own.
 */
public final class SessionController {
    @FXML private BorderPane root;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private MenuItem importPreparationsItem;
    @FXML private MenuItem projectorItem;
    @FXML private MenuItem shortcutsItem;
    @FXML private MenuItem roomItem;
    @FXML private javafx.scene.control.ScrollPane rightScroll;
    @FXML private javafx.scene.layout.VBox rightColumn;
    @FXML private javafx.scene.Node roomPanel;
    @FXML private Label caseLabel;
    @FXML private Label sessionTitle;
    @FXML private Label scheduleLabel;
    @FXML private Label statusLabel;
    @FXML private StepContentController stepContentController;

    private final SessionViewModel vm;
    private final UiText text;
    private final Timeline ticker;
    private final Consumer<Window> toggleProjector;
    private final Consumer<Window> export;
    private final ShortcutOverlay shortcuts;

    /**
     * @param refresh         recomputes clock-derived figures elsewhere (the floor and the balance), with this window's ticker
     * @param toggleProjector opens or closes the room's projector view
     * @param export          opens the export dialog for this session
     */
    public SessionController(SessionViewModel vm, UiText text, Runnable refresh,
                             Consumer<Window> toggleProjector, Consumer<Window> export) {
        this.vm = vm;
        this.text = text;
        this.toggleProjector = toggleProjector;
        this.export = export;
        this.shortcuts = new ShortcutOverlay(text);
        // Repaints only: every figure is computed from the clock in the view models.
        this.ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> {
            vm.refreshTime();
            refresh.run();
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        caseLabel.setText(vm.caseLabel());
        sessionTitle.setText(vm.session().info().title());
        scheduleLabel.textProperty().bind(vm.scheduleProperty());
        statusLabel.textProperty().bind(vm.statusProperty());

        saveItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        saveAsItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveItem.setOnAction(e -> save(false));
        saveAsItem.setOnAction(e -> save(true));
        importPreparationsItem.setOnAction(e -> stepContentController.importPreparations());
        projectorItem.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        projectorItem.setOnAction(e -> toggleProjector.accept(root.getScene().getWindow()));
        roomItem.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        roomItem.setOnAction(e -> showRoomPanel());
        shortcutsItem.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcutsItem.setOnAction(e -> shortcuts.toggle(root.getScene().getWindow()));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Shortcuts.of(scene)
                        .put(new KeyCodeCombination(KeyCode.F5), vm::togglePause)
                        .put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN),
                                () -> vm.next(SkipAnalysisQuestion.over(root, text)))
                        .put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), vm::previous);
                ticker.play();
                scene.windowProperty().addListener((ow, oldWindow, window) -> {
                    if (window != null) {
                        window.setOnCloseRequest(event -> {
                            if (!confirmClose()) {
                                event.consume();
                            }
                        });
                    }
                });
            } else {
                ticker.stop();
            }
        });
    }

    @FXML
    private void exportSession() {
        export.accept(root.getScene().getWindow());
    }

    /**
     * Asked before the window closes: unsaved changes are saved, discarded on purpose, or the
     * window stays open. Returns whether it may close.
     */
    private boolean confirmClose() {
        if (!vm.dirtyProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType(text.get("session.close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("session.close.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(text.get("session.setup.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text.get("session.close.body"), save, discard, cancel);
        alert.setHeaderText(text.get("session.close.title"));
        alert.initOwner(root.getScene().getWindow());
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            save(false);
            return !vm.dirtyProperty().get();
        }
        return answer == discard;
    }

    private void save(boolean askForFile) {
        Path target = vm.fileProperty().get();
        if (askForFile || target == null) {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("session.fileType"), "*.json"));
            chooser.setInitialFileName(vm.session().id() + ".json");
            File chosen = chooser.showSaveDialog(root.getScene().getWindow());
            if (chosen == null) {
                return;
            }
            target = chosen.toPath();
        }
        vm.saveTo(target, e -> { });
    }

    /**
     * Scrolls the right column to the room's panel, which is below the fold on a small screen
     * (1280×800), and puts the focus on its button (open or close the room).
     */
    private void showRoomPanel() {
        double below = rightColumn.getLayoutBounds().getHeight() - rightScroll.getViewportBounds().getHeight();
        if (below > 0) {
            rightScroll.setVvalue(rightScroll.getVmin() + (rightScroll.getVmax() - rightScroll.getVmin())
                    * Math.min(1, roomPanel.getBoundsInParent().getMinY() / below));
        }
        javafx.scene.Node toggle = roomPanel.lookup("#roomToggle");
        if (toggle != null) {
            toggle.requestFocus();
        }
    }
}
