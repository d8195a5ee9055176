package se.samtalsledaren.ui.session.consequences;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * The consequences of the chosen solutions (step 5): for whom, risks, follow-up. The list of chosen
 * solutions changes only when the set of chosen solutions does, so that typing in a form does not
 * rebuild it.
 */
public final class ConsequencesViewModel {
    private final SessionRunner runner;
    private final SessionViewModel session;
    private final ObservableList<Solution> chosen = FXCollections.observableArrayList();
    private final BooleanBinding shown;

    public ConsequencesViewModel(SessionRunner runner, SessionViewModel session) {
        this.runner = runner;
        this.session = session;
        this.shown = session.inPhase(p -> p == Phase.STEP_5);
        session.onChange(this::sync);
        sync();
    }

    private void sync() {
        List<Solution> nowChosen = runner.chosenSolutions();
        if (!nowChosen.stream().map(Solution::id).toList().equals(chosen.stream().map(Solution::id).toList())) {
            chosen.setAll(nowChosen);
        }
    }

    /**
     * What is saved for a chosen solution now. The solutions in {@link #chosen()} are those of the
     * moment the choice last changed: their consequences are typed in since.
     */
    public Consequences consequences(String solutionId) {
        return runner.session().solutions().stream().filter(s -> s.id().equals(solutionId))
                .map(Solution::consequences).findFirst().orElse(Consequences.NONE);
    }

    public void setConsequences(String solutionId, Consequences c) {
        runner.updateSolution(solutionId, x -> x.withConsequences(c));
    }

    /** The chosen solutions, in priority order. */
    public ObservableList<Solution> chosen() {
        return chosen;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return session.currentProperty();
    }

    /** Step 5. */
    public BooleanBinding shownProperty() {
        return shown;
    }
}
