package se.samtalsledaren.ui.session.solutions;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.ui.UiText;

/**
 * The solutions panel: Enter adds a solution; ↑/↓ (or Alt+↑/↓) move the selected one, Delete
 * removes it; in step 4 a spinner per participant sets the selected solution's dot votes.
 */
public final class SolutionsController {
    @FXML private VBox root;
    @FXML private ListView<Solution> solutionsList;
    @FXML private TextField solutionInput;
    @FXML private Button solutionUp;
    @FXML private Button solutionDown;
    @FXML private Button sortByVotes;
    @FXML private HBox votesBox;

    private final SolutionsViewModel vm;
    private final UiText text;

    public SolutionsController(SolutionsViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.shownProperty());
        root.managedProperty().bind(vm.shownProperty());
        votesBox.visibleProperty().bind(vm.prioritisingProperty());
        votesBox.managedProperty().bind(vm.prioritisingProperty());
        sortByVotes.visibleProperty().bind(vm.prioritisingProperty());
        sortByVotes.managedProperty().bind(vm.prioritisingProperty());
        vm.phaseProperty().addListener((o, a, b) -> solutionsList.refresh());
        solutionsList.setItems(vm.solutions());
        solutionsList.setCellFactory(list -> new SolutionCell(vm, text, solutionsList));
        solutionInput.setOnAction(e -> {
            vm.addSolution(solutionInput.getText(), null);
            solutionInput.clear();
        });
        var selected = solutionsList.getSelectionModel().selectedItemProperty();
        solutionUp.disableProperty().bind(selected.isNull());
        solutionDown.disableProperty().bind(selected.isNull());
        solutionUp.setOnAction(e -> moveSelected(-1));
        solutionDown.setOnAction(e -> moveSelected(1));
        sortByVotes.setOnAction(e -> vm.sortByVotes());
        solutionsList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected.get() != null) {
                vm.removeSolution(selected.get());
                e.consume();
            }
        });
        selected.addListener((o, a, b) -> buildVotes(b));
        vm.solutions().addListener((ListChangeListener<Solution>) c -> buildVotes(solutionsList.getSelectionModel().getSelectedItem()));
    }

    private void moveSelected(int delta) {
        Solution s = solutionsList.getSelectionModel().getSelectedItem();
        if (s == null) {
            return;
        }
        vm.moveSolution(s, delta);
        solutionsList.getSelectionModel().select(vm.solution(s.id()));
    }

    /** Spinners for the selected solution's dot votes, one per participant. */
    private void buildVotes(Solution s) {
        votesBox.getChildren().clear();
        if (s == null) {
            return;
        }
        Label heading = new Label(text.get("session.solution.votes") + ":");
        heading.getStyleClass().add("section-heading-small");
        votesBox.getChildren().add(heading);
        for (Participant p : vm.participants()) {
            Spinner<Integer> spinner = new Spinner<>(0, 20, s.votes().getOrDefault(p.id(), 0));
            spinner.setPrefWidth(70);
            spinner.setId("votes-" + p.id());
            String solutionId = s.id();
            spinner.valueProperty().addListener((o, a, b) -> vm.setVotes(vm.solution(solutionId), p, b));
            votesBox.getChildren().add(new VBox(2, new Label(p.name()), spinner));
        }
    }
}
