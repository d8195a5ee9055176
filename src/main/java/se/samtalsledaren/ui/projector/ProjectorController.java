package se.samtalsledaren.ui.projector;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Binds the projector view; the type scales with the window so it reads from the back of a room. */
public final class ProjectorController {
    @FXML private BorderPane root;
    @FXML private Label caseTitle;
    @FXML private Label phaseTitle;
    @FXML private Label phasePurpose;
    @FXML private VBox questions;
    @FXML private VBox board;
    @FXML private VBox stepBox;
    @FXML private Label timerText;
    @FXML private Label timerCaption;
    @FXML private VBox speakerBox;
    @FXML private Label speakerName;
    @FXML private Label slotText;
    @FXML private Label roundText;
    @FXML private Label upNext;

    private final ProjectorViewModel vm;

    public ProjectorController(ProjectorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        caseTitle.setText(vm.caseTitle());
        phaseTitle.textProperty().bind(vm.phaseTitle());
        phasePurpose.textProperty().bind(vm.phasePurpose());
        timerText.textProperty().bind(vm.timerText());
        timerCaption.textProperty().bind(vm.timerCaption());
        speakerName.textProperty().bind(vm.speakerName());
        slotText.textProperty().bind(vm.slotText());
        slotText.visibleProperty().bind(vm.hasSpeaker());
        roundText.textProperty().bind(vm.roundText());
        upNext.textProperty().bind(vm.upNext());
        vm.questions().addListener((ListChangeListener<String>) c -> buildQuestions());
        buildQuestions();
        vm.board().addListener((o, a, b) -> buildBoard());
        buildBoard();
        vm.level().addListener((o, a, b) -> level(stepBox, "timer-", b.name()));
        level(stepBox, "timer-", vm.level().getValue().name());
        vm.slotLevel().addListener((o, a, b) -> level(speakerBox, "slot-", b.name()));
        level(speakerBox, "slot-", vm.slotLevel().getValue().name());
        // One base size from the window height: 1080 px high gives 34 px text.
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Math.max(14, root.getHeight() / 32)), root.heightProperty()));
    }

    private void buildQuestions() {
        questions.getChildren().clear();
        for (String q : vm.questions()) {
            Label l = new Label("• " + q);
            l.setWrapText(true);
            l.getStyleClass().add("projector-question");
            questions.getChildren().add(l);
        }
    }

    /** A result on the wall takes the questions' place while it is there. */
    private void buildBoard() {
        var chart = vm.board().getValue();
        board.getChildren().setAll(chart == null ? java.util.List.of()
                : java.util.List.of(se.samtalsledaren.ui.results.ResultCharts.of(chart)));
        board.setVisible(chart != null);
        board.setManaged(chart != null);
        // The step's questions and purpose give the wall to the result while it is there.
        for (Node n : List.of(questions, phasePurpose)) {
            n.setVisible(chart == null);
            n.setManaged(chart == null);
        }
    }

    private static void level(Node node, String prefix, String name) {
        node.getStyleClass().removeIf(s -> s.startsWith(prefix));
        node.getStyleClass().add(prefix + name.toLowerCase(Locale.ROOT));
    }
}
