package se.samtalsledaren.ui.session.content;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.preparation.PreparationController;

/**
 * The step's content: binds the title, purpose and guidance, and builds the questions and (in the
 * preparation) the case text when the phase changes. The participants' preparations for the step
 * (ui/preparation) are included between the questions and the case text.
 */
public final class StepContentController {
    @FXML private VBox root;
    @FXML private Label phaseTitle;
    @FXML private Label phasePurpose;
    @FXML private TitledPane guidancePane;
    @FXML private Label phaseGuidance;
    @FXML private VBox questionsBox;
    @FXML private VBox caseTextBox;
    @FXML private PreparationController preparationPanelController;

    private final StepContentViewModel vm;
    private final UiText text;

    public StepContentController(StepContentViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        phaseTitle.textProperty().bind(vm.titleProperty());
        phasePurpose.textProperty().bind(vm.purposeProperty());
        phaseGuidance.textProperty().bind(vm.guidanceProperty());
        questionsBox.visibleProperty().bind(vm.questionsShownProperty());
        questionsBox.managedProperty().bind(vm.questionsShownProperty());
        vm.phaseProperty().addListener((o, a, b) -> show(b));
        show(vm.phaseProperty().get());
    }

    /** Asks for preparation files and imports them (the window's File menu). */
    public void importPreparations() {
        preparationPanelController.chooseAndImport();
    }

    private void show(Phase phase) {
        questionsBox.getChildren().clear();
        if (vm.questionsShownProperty().get()) {
            Label heading = new Label(text.get("session.questions"));
            heading.getStyleClass().add("section-heading");
            questionsBox.getChildren().add(heading);
            if (vm.questions().isEmpty()) {
                questionsBox.getChildren().add(new Label(text.get("session.noQuestions")));
            }
            for (Question q : vm.questions()) {
                Label l = new Label("• " + q.text());
                l.setWrapText(true);
                l.getStyleClass().add("step-question");
                questionsBox.getChildren().add(l);
            }
        }
        caseTextBox.getChildren().clear();
        if (vm.caseTextShownProperty().get()) {
            Label thought = new Label(vm.thoughtAssociation());
            thought.setWrapText(true);
            thought.getStyleClass().add("thought-text");
            caseTextBox.getChildren().add(thought);
            for (NarrativeBlock b : vm.narrative()) {
                Label l = new Label(b.text());
                l.setWrapText(true);
                l.getStyleClass().add("case-" + b.type().key());
                caseTextBox.getChildren().add(l);
            }
        }
    }
}
