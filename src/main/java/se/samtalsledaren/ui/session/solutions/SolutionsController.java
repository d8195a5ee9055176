package se.samtalsledaren.ui.session.solutions;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.ui.UiText;

/**
 * The solutions panel: Enter adds a solution; ↑/↓ (or Alt+↑/↓) move the selected one, Delete
 * removes it; in step 4 each solution's votes button opens a −/+ per participant under it. The
 * selection follows the selected solution through every change of the list.
 */
public final class SolutionsController {
    @FXML private VBox root;
    @FXML private ListView<Solution> solutionsList;
    @FXML private TextField solutionInput;
    @FXML private Button solutionUp;
    @FXML private Button solutionDown;
    @FXML private Button sortByVotes;
    @FXML private CheckBox projectSolutions;
    @FXML private CheckBox projectVotes;

    private final SolutionsViewModel vm;
    private final UiText text;
    /** The solution the user selected, by id: selected again after the list changed under it. */
    private String selectedId;

    public SolutionsController(SolutionsViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.shownProperty());
        root.managedProperty().bind(vm.shownProperty());
        sortByVotes.visibleProperty().bind(vm.prioritisingProperty());
        sortByVotes.managedProperty().bind(vm.prioritisingProperty());
        projectSolutions.selectedProperty().bindBidirectional(vm.projectedProperty());
        projectVotes.selectedProperty().bindBidirectional(vm.votesProjectedProperty());
        projectVotes.visibleProperty().bind(vm.prioritisingProperty());
        projectVotes.managedProperty().bind(vm.prioritisingProperty());
        projectVotes.disableProperty().bind(vm.projectedProperty().not());
        vm.phaseProperty().addListener((o, a, b) -> solutionsList.refresh());
        // Step 4 has the votes under the rows: room for a few open ones.
        solutionsList.prefHeightProperty().bind(Bindings.when(vm.prioritisingProperty()).then(360).otherwise(180));
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
            // Keys typed into a row's own controls (a vote count) are theirs.
            if (e.getTarget() != solutionsList) {
                return;
            }
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected.get() != null) {
                vm.removeSolution(selected.get());
                e.consume();
            }
        });
        selected.addListener((o, a, b) -> {
            if (b != null) {
                selectedId = b.id();
            }
        });
        // Registered after the list's own selection model, which drops the selection when items are replaced.
        vm.solutions().addListener((ListChangeListener<Solution>) c -> reselect());
    }

    /** Selects the solution the user selected again, wherever the change put it; nothing when it is gone. */
    private void reselect() {
        Solution now = solutionsList.getSelectionModel().getSelectedItem();
        if (selectedId == null || now != null && now.id().equals(selectedId)) {
            return;
        }
        vm.find(selectedId).ifPresentOrElse(s -> solutionsList.getSelectionModel().select(s), () -> {
            selectedId = null;
            solutionsList.getSelectionModel().clearSelection();
        });
    }

    private void moveSelected(int delta) {
        Solution s = solutionsList.getSelectionModel().getSelectedItem();
        if (s == null) {
            return;
        }
        vm.moveSolution(s, delta);
        solutionsList.getSelectionModel().select(vm.solution(s.id()));
    }
}
