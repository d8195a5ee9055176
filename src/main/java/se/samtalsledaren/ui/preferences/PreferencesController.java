package se.samtalsledaren.ui.preferences;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** Binds the preferences dialog to {@link PreferencesViewModel}. */
public final class PreferencesController {
    @FXML private VBox root;
    @FXML private ChoiceBox<String> languageChoice;
    @FXML private Spinner<Integer> zoomSpinner;
    @FXML private Spinner<Integer> slotSpinner;
    @FXML private Spinner<Integer> totalSpinner;
    @FXML private Spinner<Integer> roomPortSpinner;
    @FXML private Label planNote;
    @FXML private ListView<String> foldersList;
    @FXML private Button addFolderButton;
    @FXML private Button removeFolderButton;
    @FXML private Button cancelButton;
    @FXML private Button okButton;

    private final PreferencesViewModel vm;
    private final UiText text;
    private final Consumer<Preferences> onOk;
    private final Runnable close;
    /** Strong references keep the bidirectional spinner bindings alive. */
    private final List<Object> bindings = new ArrayList<>();

    public PreferencesController(PreferencesViewModel vm, UiText text, Consumer<Preferences> onOk, Runnable close) {
        this.vm = vm;
        this.text = text;
        this.onOk = onOk;
        this.close = close;
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll("sv", "en");
        // Each language is named in itself, so a user who cannot read the current one finds their own.
        languageChoice.setConverter(Converters.display(l -> "en".equals(l) ? "English" : "Svenska"));
        languageChoice.valueProperty().bindBidirectional(vm.languageProperty());
        bind(zoomSpinner, (int) Math.round(Preferences.MIN_ZOOM * 100), (int) Math.round(Preferences.MAX_ZOOM * 100), 10,
                vm.zoomPercentProperty());
        bind(slotSpinner, Floor.MIN_SLOT_SECONDS, Floor.MAX_SLOT_SECONDS, 10, vm.slotSecondsProperty());
        bind(totalSpinner, 5, 600, 5, vm.totalMinutesProperty());
        bind(roomPortSpinner, 0, 65535, 1, vm.roomPortProperty());
        planNote.setText(vm.ownPlan() ? text.get("preferences.ownPlan", vm.initial().totalMinutes()) : text.get("preferences.standardPlan"));
        foldersList.setItems(vm.folders());
        foldersList.setPlaceholder(new Label(text.get("preferences.noFolders")));
        removeFolderButton.disableProperty().bind(foldersList.getSelectionModel().selectedItemProperty().isNull());
        removeFolderButton.setOnAction(e -> vm.removeFolder(foldersList.getSelectionModel().getSelectedItem()));
        addFolderButton.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.get("preferences.addFolder"));
            File dir = chooser.showDialog(root.getScene().getWindow());
            if (dir != null) {
                vm.addFolder(dir.getAbsolutePath());
            }
        });
        cancelButton.setOnAction(e -> close.run());
        okButton.setOnAction(e -> {
            commitTypedValues();
            close.run();
            onOk.accept(vm.result());
        });
    }

    private void bind(Spinner<Integer> spinner, int min, int max, int step, javafx.beans.property.IntegerProperty value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step);
        spinner.setValueFactory(f);
        var object = value.asObject();
        bindings.add(object);
        f.valueProperty().bindBidirectional(object);
    }

    /** A number typed into a spinner counts even when OK is pressed without leaving the field. */
    private void commitTypedValues() {
        for (Spinner<Integer> s : List.of(zoomSpinner, slotSpinner, totalSpinner, roomPortSpinner)) {
            try {
                s.getValueFactory().setValue(s.getValueFactory().getConverter().fromString(s.getEditor().getText()));
            } catch (RuntimeException e) {
                s.getEditor().setText(String.valueOf(s.getValue()));
            }
        }
    }
}
