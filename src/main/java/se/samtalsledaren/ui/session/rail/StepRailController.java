package se.samtalsledaren.ui.session.rail;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.samtalsledaren.session.TimerLevel;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.session.SkipAnalysisQuestion;

/** The step rail: a button per phase, rebuilt when an item changes. */
public final class StepRailController {
    @FXML private VBox root;

    private final StepRailViewModel vm;
    private final UiText text;

    public StepRailController(StepRailViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        vm.items().addListener((ListChangeListener<StepRailViewModel.RailItem>) c -> build());
        build();
    }

    private void build() {
        root.getChildren().clear();
        for (StepRailViewModel.RailItem item : vm.items()) {
            Label name = new Label(item.name());
            name.getStyleClass().add("rail-name");
            Label minutes = new Label(item.detail());
            minutes.getStyleClass().add("rail-minutes");
            VBox box = new VBox(2, name, minutes);
            Button b = new Button();
            b.setGraphic(box);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMaxHeight(Region.USE_PREF_SIZE);
            b.setId("rail-" + item.phase().key());
            b.getStyleClass().add("rail-item");
            if (item.current()) {
                b.getStyleClass().add("rail-current");
            }
            if (item.level() == TimerLevel.OVERRUN) {
                b.getStyleClass().add("rail-overrun");
            }
            b.setOnAction(e -> vm.goTo(item.phase(), SkipAnalysisQuestion.over(root, text)));
            root.getChildren().add(b);
        }
    }
}
