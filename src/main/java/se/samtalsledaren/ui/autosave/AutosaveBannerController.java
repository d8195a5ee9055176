package se.samtalsledaren.ui.autosave;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The banner over a session window that appears when saving fails, with "Försök igen". */
public final class AutosaveBannerController {
    @FXML private HBox banner;
    @FXML private Label message;
    @FXML private Button retry;

    private final AutosaveViewModel vm;

    public AutosaveBannerController(AutosaveViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(vm.problemProperty());
        banner.visibleProperty().bind(vm.failing());
        banner.managedProperty().bind(vm.failing());
        retry.setOnAction(e -> vm.retry());
    }
}
