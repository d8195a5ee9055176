package se.samtalsledaren.ui.session.content;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * The current step's content: its title, purpose and guidance, the case's questions for it (all of
 * them in the preparation, none in the closing), and the case text during the preparation.
 */
public final class StepContentViewModel {
    private final SessionViewModel session;
    private final Case caseData;
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final StringBinding title;
    private final StringBinding purpose;
    private final StringBinding guidance;
    private final BooleanBinding questionsShown;
    private final BooleanBinding caseTextShown;
    /** The phase whose questions are listed. */
    private Phase listed;

    public StepContentViewModel(SessionViewModel session, UiText text) {
        this.session = session;
        this.caseData = session.caseData();
        ReadOnlyObjectProperty<Phase> current = session.currentProperty();
        title = Bindings.createStringBinding(() -> text.get("phase." + current.get().key()), current);
        purpose = Bindings.createStringBinding(() -> text.get("phase." + current.get().key() + ".purpose"), current);
        guidance = Bindings.createStringBinding(() -> text.get("phase." + current.get().key() + ".guidance"), current);
        questionsShown = session.inPhase(p -> p != Phase.CLOSING);
        caseTextShown = session.inPhase(p -> p == Phase.PREPARATION);
        session.onChange(this::sync);
        sync();
    }

    private void sync() {
        Phase phase = session.session().current();
        if (phase != listed) {
            listed = phase;
            questions.setAll(phase == Phase.PREPARATION ? caseData.questions()
                    : phase.isStep() ? caseData.questionsFor(phase.step()) : List.of());
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return session.currentProperty();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding purposeProperty() {
        return purpose;
    }

    public StringBinding guidanceProperty() {
        return guidance;
    }

    /** The case's questions for the current phase. */
    public ObservableList<Question> questions() {
        return questions;
    }

    public BooleanBinding questionsShownProperty() {
        return questionsShown;
    }

    public BooleanBinding caseTextShownProperty() {
        return caseTextShown;
    }

    public String thoughtAssociation() {
        return caseData.thoughtAssociation();
    }

    public List<NarrativeBlock> narrative() {
        return caseData.narrative();
    }
}
