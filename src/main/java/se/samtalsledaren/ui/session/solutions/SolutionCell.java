package se.samtalsledaren.ui.session.solutions;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** A solution: rank, text and, while prioritising, its votes, horizon and whether it is chosen. */
final class SolutionCell extends ListCell<Solution> {
    private final SolutionsViewModel vm;
    private final UiText text;
    private final ListView<Solution> list;

    SolutionCell(SolutionsViewModel vm, UiText text, ListView<Solution> list) {
        this.vm = vm;
        this.text = text;
        this.list = list;
    }

    @Override
    protected void updateItem(Solution s, boolean empty) {
        super.updateItem(s, empty);
        if (empty || s == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label rank = new Label((getIndex() + 1) + ".");
        rank.getStyleClass().add("solution-rank");
        Label body = new Label(s.text());
        body.setWrapText(true);
        body.setMaxWidth(Double.MAX_VALUE);
        body.getStyleClass().add("solution-text");
        HBox.setHgrow(body, Priority.ALWAYS);
        Label votes = new Label(text.get("session.solution.votes") + ": " + s.totalVotes());
        votes.getStyleClass().add("solution-votes");
        ChoiceBox<Horizon> horizon = new ChoiceBox<>();
        horizon.getItems().setAll(null, Horizon.SHORT, Horizon.LONG);
        horizon.setConverter(Converters.display(h -> h == null ? text.get("horizon.none") : text.get("horizon." + h.key())));
        horizon.setValue(s.horizon());
        horizon.valueProperty().addListener((o, a, b) -> vm.setHorizon(s, b));
        CheckBox chosen = new CheckBox(text.get("session.solution.chosen"));
        chosen.setSelected(s.chosen());
        chosen.selectedProperty().addListener((o, a, b) -> vm.setChosen(s, b));
        boolean prioritising = vm.prioritisingProperty().get();
        for (Region r : List.of(votes, horizon, chosen)) {
            r.setVisible(prioritising);
            r.setManaged(prioritising);
        }
        for (Region r : List.of(rank, votes, horizon, chosen)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, rank, body, votes, horizon, chosen);
        row.setAlignment(Pos.CENTER_LEFT);
        row.maxWidthProperty().bind(list.widthProperty().subtract(30));
        setText(null);
        setGraphic(row);
    }
}
