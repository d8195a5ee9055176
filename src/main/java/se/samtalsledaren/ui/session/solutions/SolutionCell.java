package se.samtalsledaren.ui.session.solutions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.Tooltips;
import se.samtalsledaren.ui.UiText;

/**
 * A solution: rank and text and, while prioritising, its votes (a button that opens a line of
 * −/+ per participant under the row), horizon and whether it is chosen. The controls are made
 * once per cell and updated in place, so that a vote being entered keeps the focus while the
 * session changes under it.
 */
final class SolutionCell extends ListCell<Solution> {
    private final SolutionsViewModel vm;
    private final UiText text;
    private final Label rank = new Label();
    private final Label body = new Label();
    private final ToggleButton votes = new ToggleButton();
    private final ChoiceBox<Horizon> horizon = new ChoiceBox<>();
    private final CheckBox chosen;
    private final TilePane steppers = new TilePane(14, 4);
    private final Map<String, VoteStepper> byParticipant = new LinkedHashMap<>();
    private final HBox controls;
    private final VBox graphic;
    /** The participants the steppers were made for. */
    private List<Participant> stepperParticipants = List.of();
    private String stepperSolution;
    /** Who gave the shown solution its votes, for the votes button's tooltip; null when nobody. */
    private String votesBy;
    /** True while the controls show the item: their listeners change nothing then. */
    private boolean showing;

    SolutionCell(SolutionsViewModel vm, UiText text, ListView<Solution> list) {
        this.vm = vm;
        this.text = text;
        rank.getStyleClass().add("solution-rank");
        body.setWrapText(true);
        body.setMaxWidth(Double.MAX_VALUE);
        body.getStyleClass().add("solution-text");
        votes.getStyleClass().add("solution-votes");
        Tooltips.onFirstHover(votes, () -> votesBy);
        votes.selectedProperty().addListener((o, a, open) -> {
            if (!showing && getItem() != null) {
                vm.setVotesOpen(getItem(), open);
                updateItem(getItem(), false);
            }
        });
        horizon.getItems().setAll(null, Horizon.SHORT, Horizon.LONG);
        horizon.setConverter(Converters.display(h -> h == null ? text.get("horizon.none") : text.get("horizon." + h.key())));
        horizon.valueProperty().addListener((o, a, b) -> {
            if (!showing && getItem() != null) {
                vm.setHorizon(getItem(), b);
            }
        });
        chosen = new CheckBox(text.get("session.solution.chosen"));
        chosen.selectedProperty().addListener((o, a, b) -> {
            if (!showing && getItem() != null) {
                vm.setChosen(getItem(), b);
            }
        });
        for (Region r : List.of(rank, votes, horizon, chosen)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        controls = new HBox(8, votes, horizon, chosen);
        controls.setAlignment(Pos.CENTER_RIGHT);
        SolutionRow row = new SolutionRow(rank, body, controls);
        steppers.getStyleClass().add("vote-steppers");
        steppers.setTileAlignment(Pos.CENTER_RIGHT);
        // The cell is as wide as the list: a long solution wraps instead of scrolling sideways.
        setPrefWidth(0);
        graphic = new VBox(4, row, steppers);
        graphic.maxWidthProperty().bind(list.widthProperty().subtract(30));
    }

    @Override
    protected void updateItem(Solution s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            return;
        }
        showing = true;
        try {
            boolean prioritising = vm.prioritisingProperty().get();
            rank.setText((getIndex() + 1) + ".");
            body.setText(s.text());
            boolean open = prioritising && vm.votesOpen(s);
            votes.setText(text.get("session.solution.votesTotal", s.totalVotes()) + (open ? " ▴" : " ▾"));
            votes.setId("votesToggle-" + s.id());
            votes.setAccessibleText(text.get("session.solution.votesToggle", s.text(), s.totalVotes()));
            horizon.setValue(s.horizon());
            chosen.setSelected(s.chosen());
            for (Region r : List.of(controls, votes, horizon, chosen)) {
                r.setVisible(prioritising);
                r.setManaged(prioritising);
            }
            votes.setSelected(open);
            if (open) {
                fillSteppers(s);
            }
            showSteppers(open);
            String who = vm.participants().stream().filter(p -> s.votes().containsKey(p.id()))
                    .map(p -> p.name() + " " + s.votes().get(p.id())).collect(Collectors.joining(" · "));
            votesBy = who.isEmpty() ? null : who;
            Tooltips.update(votes, votesBy);
        } finally {
            showing = false;
        }
        setGraphic(graphic);
    }

    /**
     * The row's height at the cell's own width, so that a solution's text wraps at the width it
     * really gets (the list cell's own layout cut long texts off with an ellipsis).
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        javafx.geometry.Insets in = getInsets();
        return in.getTop() + in.getBottom() + graphic.prefHeight(innerWidth(width));
    }

    /** The row laid out at that width and height (a list cell lays its graphic out at the graphic's own preferred height). */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() != null) {
            javafx.geometry.Insets in = getInsets();
            graphic.resizeRelocate(in.getLeft(), in.getTop(), innerWidth(getWidth()), getHeight() - in.getTop() - in.getBottom());
        }
    }

    private double innerWidth(double width) {
        javafx.geometry.Insets in = getInsets();
        return Math.min(width - in.getLeft() - in.getRight(), graphic.getMaxWidth());
    }

    private void showSteppers(boolean open) {
        if (open && getItem() != null) {
            fillSteppers(getItem());
        }
        steppers.setVisible(open);
        steppers.setManaged(open);
    }

    /** A stepper per participant for {@code s}: made again only when the participants or the solution differ. */
    private void fillSteppers(Solution s) {
        List<Participant> ps = new ArrayList<>(vm.participants());
        if (!ps.equals(stepperParticipants) || !s.id().equals(stepperSolution)) {
            stepperParticipants = ps;
            stepperSolution = s.id();
            byParticipant.clear();
            for (Participant p : ps) {
                String solutionId = s.id();
                byParticipant.put(p.id(), new VoteStepper(p, solutionId, text, n -> vm.setVotes(solutionId, p, n)));
            }
            steppers.getChildren().setAll(byParticipant.values());
        }
        byParticipant.forEach((id, stepper) -> stepper.show(s.votes().getOrDefault(id, 0)));
    }
}
