package se.samtalsledaren.ui.floor;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.session.SlotLevel;
import se.samtalsledaren.ui.UiText;

/** The floor panel: binds to the {@link FloorViewModel} and installs the floor's keys. */
public final class FloorController {
    @FXML private VBox root;
    @FXML private VBox speakerCard;
    @FXML private Label speakerName;
    @FXML private Label slotText;
    @FXML private Label slotCaption;
    @FXML private Label roundText;
    @FXML private Button speakButton;
    @FXML private Button handOverButton;
    @FXML private Button endSlotButton;
    @FXML private Label suggestion;
    @FXML private Button takeSuggested;
    @FXML private Label queueHeading;
    @FXML private ListView<FloorViewModel.QueueItem> queueList;
    @FXML private Button roundButton;
    @FXML private Button clearQueue;
    @FXML private ToggleButton muteButton;
    @FXML private Label stepSlotLabel;
    @FXML private Spinner<Integer> slotSpinner;
    @FXML private Spinner<Integer> stepSlotSpinner;
    @FXML private Label soundProblem;

    private final FloorViewModel vm;
    private final UiText text;

    public FloorController(FloorViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        speakerName.textProperty().bind(vm.speakerNameProperty());
        slotText.textProperty().bind(vm.slotTextProperty());
        slotCaption.textProperty().bind(vm.slotCaptionProperty());
        roundText.textProperty().bind(vm.roundTextProperty());
        roundText.visibleProperty().bind(vm.roundProperty());
        roundText.managedProperty().bind(vm.roundProperty());
        vm.slotLevelProperty().addListener((o, a, b) -> styleLevel(b));
        styleLevel(vm.slotLevelProperty().get());

        speakButton.textProperty().bind(Bindings.when(vm.speakingProperty()).then(text.get("floor.stop"))
                .otherwise(Bindings.when(vm.hasSpeakerProperty()).then(text.get("floor.resume")).otherwise(text.get("floor.start"))));
        speakButton.disableProperty().bind(vm.hasSpeakerProperty().not().and(Bindings.isEmpty(vm.queue())));
        speakButton.setOnAction(e -> vm.toggleSpeaking());
        handOverButton.disableProperty().bind(vm.hasSpeakerProperty().not().and(Bindings.isEmpty(vm.queue())));
        handOverButton.setOnAction(e -> vm.handOver());
        endSlotButton.disableProperty().bind(vm.hasSpeakerProperty().not());
        endSlotButton.setOnAction(e -> vm.endSlot());
        suggestion.textProperty().bind(vm.suggestionProperty());
        takeSuggested.disableProperty().bind(Bindings.isEmpty(vm.queue()));
        takeSuggested.setOnAction(e -> vm.takeSuggested());
        queueHeading.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("floor.queue", vm.queue().size()), vm.queue()));

        queueList.setItems(vm.queue());
        Label empty = new Label(text.get("floor.queueEmpty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("timer-caption");
        queueList.setPlaceholder(empty);
        tip(speakButton, "shortcut.speak", "F6");
        tip(handOverButton, "shortcut.handOver", "F7");
        tip(takeSuggested, "shortcut.suggested", "F8");
        tip(roundButton, "shortcut.round", "F9");
        tip(muteButton, "shortcut.mute", "Ctrl+M");
        suggestion.visibleProperty().bind(Bindings.isNotEmpty(vm.queue()));
        suggestion.getParent().visibleProperty().bind(Bindings.isNotEmpty(vm.queue()));
        suggestion.getParent().managedProperty().bind(Bindings.isNotEmpty(vm.queue()));
        queueList.setCellFactory(l -> new QueueCell());
        queueList.setOnKeyPressed(e -> {
            FloorViewModel.QueueItem item = queueList.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int delta = e.getCode() == KeyCode.UP ? -1 : 1;
                int index = queueList.getSelectionModel().getSelectedIndex() + delta;
                vm.moveInQueue(item.participant(), delta);
                queueList.getSelectionModel().select(Math.max(0, Math.min(vm.queue().size() - 1, index)));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.lowerHand(item.participant());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.giveFloorTo(item.participant());
                e.consume();
            }
        });

        roundButton.textProperty().bind(Bindings.when(vm.roundProperty()).then(text.get("floor.cancelRound"))
                .otherwise(text.get("floor.startRound")));
        roundButton.setOnAction(e -> vm.toggleRound());
        clearQueue.disableProperty().bind(Bindings.isEmpty(vm.queue()));
        clearQueue.setOnAction(e -> vm.clearQueue());
        muteButton.selectedProperty().bindBidirectional(vm.mutedProperty());
        muteButton.textProperty().bind(Bindings.when(vm.mutedProperty()).then(text.get("floor.muted")).otherwise(text.get("floor.sound")));
        soundProblem.textProperty().bind(vm.soundProblemProperty());

        stepSlotLabel.setText(text.get("floor.slotStep"));
        setUpSpinner(slotSpinner, vm.slotSecondsProperty().get());
        slotSpinner.valueProperty().addListener((o, a, b) -> vm.setSlotSeconds(b));
        vm.slotSecondsProperty().addListener((o, a, b) -> slotSpinner.getValueFactory().setValue(b.intValue()));
        setUpSpinner(stepSlotSpinner, vm.stepSlotSecondsProperty().get());
        stepSlotSpinner.valueProperty().addListener((o, a, b) -> vm.setStepSlotSeconds(b));
        vm.stepSlotSecondsProperty().addListener((o, a, b) -> stepSlotSpinner.getValueFactory().setValue(b.intValue()));

        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installKeys(scene);
            }
        });
    }

    /** The floor's keys work anywhere in the window, also while typing a note. */
    private void installKeys(Scene scene) {
        var keys = se.samtalsledaren.ui.Shortcuts.of(scene);
        keys.put(new KeyCodeCombination(KeyCode.F6), vm::toggleSpeaking);
        keys.put(new KeyCodeCombination(KeyCode.F7), vm::handOver);
        keys.put(new KeyCodeCombination(KeyCode.F8), vm::takeSuggested);
        keys.put(new KeyCodeCombination(KeyCode.F9), vm::toggleRound);
        keys.put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), () -> vm.mutedProperty().set(!vm.mutedProperty().get()));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        KeyCode[] numpad = {KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3, KeyCode.NUMPAD4, KeyCode.NUMPAD5,
                KeyCode.NUMPAD6, KeyCode.NUMPAD7, KeyCode.NUMPAD8, KeyCode.NUMPAD9};
        for (int i = 0; i < digits.length; i++) {
            int number = i + 1;
            keys.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> vm.toggleHand(number));
            keys.put(new KeyCodeCombination(numpad[i], KeyCombination.SHORTCUT_DOWN), () -> vm.toggleHand(number));
        }
    }

    private void tip(javafx.scene.control.Control control, String what, String key) {
        control.setTooltip(new javafx.scene.control.Tooltip(text.get("floor.keyTip", text.get(what), key)));
    }

    private void styleLevel(SlotLevel level) {
        speakerCard.getStyleClass().removeIf(s -> s.startsWith("slot-"));
        speakerCard.getStyleClass().add("slot-" + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void setUpSpinner(Spinner<Integer> spinner, int value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(Floor.MIN_SLOT_SECONDS, Floor.MAX_SLOT_SECONDS, value, 15);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer seconds) {
                return seconds == null ? "" : SlotLengths.format(seconds);
            }

            @Override
            public Integer fromString(String s) {
                return SlotLengths.parse(s).orElse(f.getValue());
            }
        });
        spinner.setValueFactory(f);
        // Commit typed text when focus leaves, as users expect.
        spinner.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                spinner.increment(0);
            }
        });
    }

    private final class QueueCell extends ListCell<FloorViewModel.QueueItem> {
        @Override
        protected void updateItem(FloorViewModel.QueueItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("queue-suggested");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText((getIndex() + 1) + ". " + item.participant().name() + "  · " + item.airtime()
                    + (item.suggested() ? "  ★" : ""));
            if (item.suggested()) {
                getStyleClass().add("queue-suggested");
            }
        }
    }
}
