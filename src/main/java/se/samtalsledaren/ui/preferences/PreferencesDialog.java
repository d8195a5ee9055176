package se.samtalsledaren.ui.preferences;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.ui.DialogStages;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.WindowSizes;

/** Opens the preferences dialog over a window. */
public final class PreferencesDialog {
    private PreferencesDialog() {}

    /** Shows the dialog; OK hands the edited preferences to {@code onOk}, Cancel changes nothing. */
    public static Stage show(UiText text, String stylesheet, Preferences current, Window owner, Consumer<Preferences> onOk,
                             WindowSizes sizes) {
        Stage stage = new Stage();
        PreferencesViewModel vm = new PreferencesViewModel(current);
        Parent root = new ViewLoader(text.bundle(), Map.of(PreferencesController.class,
                () -> new PreferencesController(vm, text, onOk, stage::close))).load("preferences/PreferencesView.fxml");
        stage.getProperties().put(PreferencesViewModel.class, vm);
        return DialogStages.show(sizes, WindowSizes.PREFERENCES, stage, root, stylesheet, text.get("preferences.title"), owner);
    }
}
