package se.samtalsledaren.ui.workshops;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.compare.WorkshopScan;
import se.samtalsledaren.ui.PreferencesService;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.concurrent.Background;

/** Opens the trainer's record of workshops (Arkiv → Mina workshoppar); one window, brought forward when open. */
public final class WorkshopsWindow {
    private final UiText text;
    private final Background background;
    private final WorkshopScan scan;
    private final PreferencesService preferences;
    private final Consumer<Runnable> onUi;
    private final BiConsumer<Path, Window> openSession;
    private final BiConsumer<List<Path>, Window> compare;
    private final String stylesheet;
    private Stage stage;

    /**
     * @param onUi        runs the scan's progress updates on the UI thread
     * @param openSession opens a session file in a session window
     * @param compare     opens a comparison of session files
     */
    public WorkshopsWindow(UiText text, Background background, WorkshopScan scan, PreferencesService preferences,
                           Consumer<Runnable> onUi, BiConsumer<Path, Window> openSession, BiConsumer<List<Path>, Window> compare,
                           String stylesheet) {
        this.text = text;
        this.background = background;
        this.scan = scan;
        this.preferences = preferences;
        this.onUi = onUi;
        this.openSession = openSession;
        this.compare = compare;
        this.stylesheet = stylesheet;
    }

    public Stage show(Window owner) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return stage;
        }
        WorkshopsViewModel vm = new WorkshopsViewModel(text, background, scan, preferences, onUi);
        Parent root = new ViewLoader(text.bundle(), Map.of(WorkshopsController.class,
                (Supplier<Object>) () -> new WorkshopsController(vm, text, openSession, compare))).load("workshops/Workshops.fxml");
        stage = new Stage();
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle(text.get("workshops.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.getProperties().put(WorkshopsViewModel.class, vm);
        stage.setOnHidden(e -> vm.close());
        stage.show();
        vm.rescan();
        return stage;
    }
}
