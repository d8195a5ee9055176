package se.samtalsledaren.ui.recovery;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.ui.DialogStages;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.WindowSizes;
import se.samtalsledaren.ui.concurrent.Background;

/** Shows the sessions recovered after a crash, at start. */
public final class RecoveryDialog {
    private final UiText text;
    private final ZoneId zone;
    private final Background background;
    private final Recovery recovery;
    private final SessionStore store;
    private final String stylesheet;
    private final WindowSizes sizes;

    public RecoveryDialog(UiText text, ZoneId zone, Background background, Recovery recovery, SessionStore store,
                          String stylesheet, WindowSizes sizes) {
        this.text = text;
        this.zone = zone;
        this.background = background;
        this.recovery = recovery;
        this.store = store;
        this.stylesheet = stylesheet;
        this.sizes = sizes;
    }

    /**
     * Shows {@code candidates}; restoring one calls {@code restore} with the slot taken over and
     * the dialog as owner of any error.
     */
    public Stage show(List<Recovery.Candidate> candidates, Window owner,
                      BiConsumer<Recovery.Candidate, Recovery.Slot> restore) {
        Stage stage = new Stage();
        RecoveryViewModel vm = new RecoveryViewModel(candidates, text, zone, background, recovery, store, restore);
        Parent root = new ViewLoader(text.bundle(), Map.of(RecoveryController.class,
                (Supplier<Object>) () -> new RecoveryController(vm, text, stage::close))).load("recovery/RecoveryView.fxml");
        stage.getProperties().put(RecoveryViewModel.class, vm);
        return DialogStages.show(sizes, WindowSizes.RECOVERY, stage, root, stylesheet, text.get("recovery.title"), owner);
    }
}
