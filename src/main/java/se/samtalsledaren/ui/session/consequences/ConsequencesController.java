package se.samtalsledaren.ui.session.consequences;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.ui.UiText;

/** The consequences panel: one form per chosen solution, each field saved as it is typed. */
public final class ConsequencesController {
    @FXML private VBox root;

    private final ConsequencesViewModel vm;
    private final UiText text;

    public ConsequencesController(ConsequencesViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.shownProperty());
        root.managedProperty().bind(vm.shownProperty());
        vm.chosen().addListener((ListChangeListener<Solution>) c -> build());
        vm.phaseProperty().addListener((o, a, b) -> build());
        build();
    }

    /** One form per chosen solution; rebuilt only when the phase or the set of chosen solutions changes. */
    private void build() {
        root.getChildren().clear();
        if (!vm.shownProperty().get()) {
            return;
        }
        if (vm.chosen().isEmpty()) {
            root.getChildren().add(new Label(text.get("session.consequences.none")));
        }
        for (Solution s : vm.chosen()) {
            Consequences saved = vm.consequences(s.id());
            TextArea forWhom = area(saved.forWhom(), "forWhom-" + s.id());
            TextArea risks = area(saved.risks(), "risks-" + s.id());
            TextArea followUp = area(saved.followUp(), "followUp-" + s.id());
            Runnable commit = () -> vm.setConsequences(s.id(),
                    new Consequences(forWhom.getText(), risks.getText(), followUp.getText()));
            for (TextArea a : List.of(forWhom, risks, followUp)) {
                a.textProperty().addListener((o, x, y) -> commit.run());
            }
            Label title = new Label(s.text());
            title.setWrapText(true);
            title.getStyleClass().add("section-heading");
            VBox form = new VBox(4, title,
                    new Label(text.get("session.consequences.forWhom")), forWhom,
                    new Label(text.get("session.consequences.risks")), risks,
                    new Label(text.get("session.consequences.followUp")), followUp);
            form.getStyleClass().add("consequence-form");
            root.getChildren().add(form);
        }
    }

    private static TextArea area(String value, String id) {
        TextArea a = new TextArea(value);
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.setId(id);
        return a;
    }
}
