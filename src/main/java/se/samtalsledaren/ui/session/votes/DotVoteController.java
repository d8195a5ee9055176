package se.samtalsledaren.ui.session.votes;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.DotVote;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.results.ResultCharts;
import se.samtalsledaren.ui.results.VoteChart;

/** Binds the dot vote panel to its view model. */
public final class DotVoteController {
    @FXML private VBox root;
    @FXML private VBox settings;
    @FXML private Spinner<Integer> dots;
    @FXML private CheckBox stack;
    @FXML private Button openVote;
    @FXML private Button closeVote;
    @FXML private Label state;
    @FXML private Label message;
    @FXML private VBox result;
    @FXML private CheckBox projected;
    @FXML private VBox earlier;

    private final DotVoteViewModel vm;
    private final UiText text;

    public DotVoteController(DotVoteViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.shownProperty());
        root.managedProperty().bind(vm.shownProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, DotVote.MAX_DOTS, vm.dotsProperty().get());
        dots.setValueFactory(factory);
        factory.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.dotsProperty().set(b);
            }
        });
        stack.selectedProperty().bindBidirectional(vm.stackProperty());
        settings.disableProperty().bind(vm.openProperty());
        openVote.textProperty().bind(vm.openLabelProperty());
        openVote.disableProperty().bind(vm.canOpenProperty().not());
        openVote.setOnAction(e -> vm.openVote());
        closeVote.disableProperty().bind(vm.openProperty().not());
        closeVote.setOnAction(e -> vm.closeVote());
        state.textProperty().bind(vm.stateProperty());
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        projected.selectedProperty().bindBidirectional(vm.projectedProperty());
        projected.disableProperty().bind(vm.resultProperty().isNull().or(vm.openProperty()));
        vm.resultProperty().addListener((o, a, b) -> showResult(b));
        showResult(vm.resultProperty().get());
        vm.earlierRuns().addListener((javafx.collections.ListChangeListener<String>) c -> showEarlier());
        showEarlier();
    }

    private void showResult(VoteChart chart) {
        result.getChildren().setAll(chart == null ? java.util.List.of() : java.util.List.of(ResultCharts.vote(chart)));
    }

    private void showEarlier() {
        earlier.getChildren().clear();
        if (vm.earlierRuns().isEmpty()) {
            return;
        }
        Label heading = new Label(text.get("vote.earlier"));
        heading.getStyleClass().add("section-heading-small");
        earlier.getChildren().add(heading);
        for (String run : vm.earlierRuns()) {
            Label l = new Label(run);
            l.setWrapText(true);
            l.getStyleClass().add("vote-earlier-run");
            earlier.getChildren().add(l);
        }
    }
}
