package se.samtalsledaren.ui.projector;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the projector view; the type scales with the window so it reads from the back of a room. */
public final class ProjectorController {
    @FXML private BorderPane root;
    @FXML private Label caseTitle;
    @FXML private Label phaseTitle;
    @FXML private Label phasePurpose;
    @FXML private VBox questions;
    @FXML private VBox solutions;
    @FXML private VBox board;
    @FXML private VBox stepBox;
    @FXML private Label timerText;
    @FXML private Label timerCaption;
    @FXML private VBox speakerBox;
    @FXML private Label speakerName;
    @FXML private Label slotText;
    @FXML private Label roundText;
    @FXML private Label upNext;
    @FXML private VBox roomBox;
    @FXML private se.samtalsledaren.ui.room.QrView roomQr;
    @FXML private Label roomAddress;

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
        // The join address while the room is open: the QR code a third of the screen high.
        roomQr.codeProperty().bind(vm.roomQr());
        roomAddress.textProperty().bind(vm.roomAddress());
        roomBox.visibleProperty().bind(vm.roomQr().isNotNull());
        roomBox.managedProperty().bind(roomBox.visibleProperty());
        roomQr.prefWidthProperty().bind(root.heightProperty().divide(3));
        roomQr.prefHeightProperty().bind(root.heightProperty().divide(3));
        roomAddress.maxWidthProperty().bind(root.heightProperty().divide(3));
        vm.questions().addListener((ListChangeListener<String>) c -> buildQuestions());
        buildQuestions();
        // When the wall is short of room, the step's questions give way to the solutions (which
        // keep their whole text): the questions' box may shrink to nothing and shows what fits.
        questions.setMinHeight(0);
        javafx.scene.shape.Rectangle questionsClip = new javafx.scene.shape.Rectangle();
        questionsClip.widthProperty().bind(questions.widthProperty());
        questionsClip.heightProperty().bind(questions.heightProperty());
        questions.setClip(questionsClip);
        vm.solutions().addListener((ListChangeListener<ProjectorViewModel.ShownSolution>) c -> buildSolutions());
        buildSolutions();
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

    private void buildSolutions() {
        solutions.getChildren().clear();
        boolean shown = !vm.solutions().isEmpty() && vm.board().getValue() == null;
        solutions.setVisible(shown);
        solutions.setManaged(shown);
        if (!shown) {
            return;
        }
        Label heading = new Label(vm.solutionsHeading());
        heading.getStyleClass().add("projector-solutions-heading");
        solutions.getChildren().add(heading);
        for (ProjectorViewModel.ShownSolution s : vm.solutions()) {
            Label rank = new Label(s.rank() + ".");
            rank.getStyleClass().add("projector-solution-rank");
            rank.setMinWidth(Region.USE_PREF_SIZE);
            Label body = new Label(s.text());
            body.setWrapText(true);
            body.getStyleClass().add("projector-solution");
            // The text takes the width: horizons (and votes) line up in a column on the right.
            body.setMaxWidth(Double.MAX_VALUE);
            body.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            HBox.setHgrow(body, Priority.ALWAYS);
            Label detail = new Label(s.detail());
            detail.getStyleClass().add("projector-solution-detail");
            detail.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(12, rank, body, detail);
            row.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
            // Never squeezed below its text: a squeezed wrapped label falls back to one line and "…".
            row.setMinHeight(Region.USE_PREF_SIZE);
            solutions.getChildren().add(row);
        }
    }

    /** A result on the wall takes the place of the step's purpose, questions and solutions while it is there. */
    private void buildBoard() {
        var chart = vm.board().getValue();
        board.getChildren().setAll(chart == null ? List.of() : List.of(se.samtalsledaren.ui.results.ResultCharts.of(chart)));
        board.setVisible(chart != null);
        board.setManaged(chart != null);
        for (Node n : List.of(questions, phasePurpose)) {
            n.setVisible(chart == null);
            n.setManaged(chart == null);
        }
        buildSolutions();
    }

    private static void level(Node node, String prefix, String name) {
        node.getStyleClass().removeIf(s -> s.startsWith(prefix));
        node.getStyleClass().add(prefix + name.toLowerCase(Locale.ROOT));
    }
}
