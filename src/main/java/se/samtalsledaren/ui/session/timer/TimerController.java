package se.samtalsledaren.ui.session.timer;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import se.samtalsledaren.session.TimerLevel;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.session.SkipAnalysisQuestion;

/** The step timer panel: binds to the {@link TimerViewModel}. */
public final class TimerController {
    @FXML private VBox root;
    @FXML private Label timerLabel;
    @FXML private Label timerCaption;
    @FXML private Label plannedUsed;
    @FXML private Button pauseButton;
    @FXML private Button add1;
    @FXML private Button add5;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label projectionLabel;

    private final TimerViewModel vm;
    private final UiText text;

    public TimerController(TimerViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        timerLabel.textProperty().bind(vm.timerTextProperty());
        timerCaption.textProperty().bind(vm.timerCaptionProperty());
        plannedUsed.textProperty().bind(vm.plannedUsedProperty());
        projectionLabel.textProperty().bind(vm.projectionProperty());
        vm.levelProperty().addListener((o, a, b) -> styleLevel(b));
        styleLevel(vm.levelProperty().get());
        pauseButton.textProperty().bind(Bindings.when(vm.runningProperty())
                .then(text.get("session.timer.pause")).otherwise(text.get("session.timer.resume")));
        pauseButton.setOnAction(e -> vm.togglePause());
        add1.setOnAction(e -> vm.addTime(1));
        add5.setOnAction(e -> vm.addTime(5));
        previousButton.setOnAction(e -> vm.previous());
        nextButton.setOnAction(e -> vm.next(SkipAnalysisQuestion.over(root, text)));
    }

    private void styleLevel(TimerLevel level) {
        timerLabel.getStyleClass().removeAll("timer-normal", "timer-warning", "timer-critical", "timer-overrun");
        timerLabel.getStyleClass().add("timer-" + level.name().toLowerCase(Locale.ROOT));
    }
}
