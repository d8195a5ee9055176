package se.samtalsledaren.ui.room;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import se.samtalsledaren.ui.UiText;

/** Binds the room panel ({@code RoomPanel.fxml}) to {@link RoomViewModel}. */
public final class RoomPanelController {
    @FXML private VBox root;
    @FXML private Button toggleButton;
    @FXML private Label noAddressLabel;
    @FXML private Label messageLabel;
    @FXML private VBox addressBox;
    @FXML private Label addressLabel;
    @FXML private ComboBox<RoomViewModel.AddressChoice> addressChoice;
    @FXML private VBox joinBox;
    @FXML private QrView qrView;
    @FXML private Label shortUrlLabel;
    @FXML private Label codeLabel;
    @FXML private CheckBox walkInsCheck;
    @FXML private CheckBox airtimeCheck;
    @FXML private Label devicesHeading;
    @FXML private VBox devicesBox;
    @FXML private Label walkInsHeading;
    @FXML private VBox walkInsBox;

    private final RoomViewModel vm;
    private final UiText text;

    public RoomPanelController(RoomViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        toggleButton.textProperty().bind(vm.toggleTextProperty());
        toggleButton.disableProperty().bind(vm.busyProperty().or(vm.noAddressProperty().and(vm.openProperty().not())));
        toggleButton.setOnAction(e -> vm.toggle());
        shown(noAddressLabel, vm.noAddressProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        shown(messageLabel, vm.messageProperty().isNotEmpty());
        addressChoice.setItems(vm.addresses());
        addressChoice.valueProperty().bindBidirectional(vm.addressProperty());
        shown(addressBox, vm.noAddressProperty().not());
        addressLabel.setLabelFor(addressChoice);
        shown(joinBox, vm.openProperty().and(vm.joinUrlProperty().isNotEmpty()));
        qrView.codeProperty().bind(vm.qrProperty());
        qrView.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> text.get("room.qr", vm.joinUrlProperty().get()), vm.joinUrlProperty()));
        // The address on two lines, broken after its last slash: wrapping would split the room code.
        shortUrlLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.shortUrlProperty().get().replaceFirst("/([^/]+)$", "/\n$1"), vm.shortUrlProperty()));
        codeLabel.textProperty().bind(vm.codeProperty());
        walkInsCheck.selectedProperty().bindBidirectional(vm.walkInsAllowedProperty());
        airtimeCheck.selectedProperty().bindBidirectional(vm.showOwnAirtimeProperty());
        devicesHeading.textProperty().bind(vm.people().devicesHeadingProperty());
        shown(devicesHeading, vm.openProperty());
        shown(devicesBox, vm.openProperty());
        walkInsHeading.textProperty().bind(vm.people().walkInsHeadingProperty());
        shown(walkInsHeading, javafx.beans.binding.Bindings.isNotEmpty(vm.people().walkIns()));
        vm.people().devices().addListener((ListChangeListener<RoomPeople.DeviceRow>) c -> buildDevices());
        vm.people().held().addListener((ListChangeListener<RoomPeople.HeldRow>) c -> buildDevices());
        vm.people().walkIns().addListener((ListChangeListener<RoomPeople.WalkInRow>) c -> buildWalkIns());
        buildDevices();
        buildWalkIns();
        // A phone that stops asking counts as gone after a minute; nothing else says so.
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(10), e -> vm.people().refresh()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    private static void shown(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private void buildDevices() {
        devicesBox.getChildren().clear();
        if (vm.people().devices().isEmpty() && vm.people().held().isEmpty()) {
            Label none = new Label(text.get("room.noDevices"));
            none.getStyleClass().add("room-note");
            devicesBox.getChildren().add(none);
        }
        for (RoomPeople.DeviceRow d : vm.people().devices()) {
            devicesBox.getChildren().add(row(d.name(), d.state(), text.get("room.remove"), () -> vm.people().removeDevice(d), "room-device"));
        }
        for (RoomPeople.HeldRow h : vm.people().held()) {
            devicesBox.getChildren().add(row(h.name(), h.state(), text.get("room.releaseName"), () -> vm.people().releaseName(h), "room-held"));
        }
    }

    private void buildWalkIns() {
        walkInsBox.getChildren().clear();
        for (RoomPeople.WalkInRow w : vm.people().walkIns()) {
            walkInsBox.getChildren().add(row(w.name(), "", text.get("room.removeWalkIn"), () -> vm.people().removeWalkIn(w), "room-walkin"));
        }
    }

    private static HBox row(String name, String state, String action, Runnable onAction, String styleClass) {
        Label who = new Label(name);
        who.getStyleClass().add("room-name");
        Label how = new Label(state);
        how.getStyleClass().add("room-note");
        VBox labels = new VBox(0, who, how);
        if (state.isEmpty()) {
            labels.getChildren().remove(how);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button remove = new Button(action);
        remove.getStyleClass().add("small-button");
        remove.setAccessibleText(action + ": " + name);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> onAction.run());
        HBox row = new HBox(8, labels, gap, remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add(styleClass);
        return row;
    }
}
