package se.samtalsledaren.ui.session.solutions;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * The solutions (step 3) and their ranking (step 4): the list in priority order, each with its
 * dot votes per participant, horizon and whether the group chose it.
 */
public final class SolutionsViewModel {
    private final SessionRunner runner;
    private final SessionViewModel session;
    private final ObservableList<Solution> solutions = FXCollections.observableArrayList();
    private final BooleanBinding shown;
    private final BooleanBinding prioritising;

    public SolutionsViewModel(SessionRunner runner, SessionViewModel session) {
        this.runner = runner;
        this.session = session;
        this.shown = session.inPhase(p -> p == Phase.STEP_3 || p == Phase.STEP_4);
        this.prioritising = session.inPhase(p -> p == Phase.STEP_4);
        session.onChange(this::sync);
        sync();
    }

    private void sync() {
        solutions.setAll(runner.session().solutions());
    }

    public void addSolution(String solutionText, Participant by) {
        if (solutionText != null && !solutionText.isBlank()) {
            runner.addSolution(solutionText.strip(), by == null ? "" : by.id());
        }
    }

    public void moveSolution(Solution s, int delta) {
        runner.moveSolution(s.id(), delta);
    }

    public void removeSolution(Solution s) {
        runner.removeSolution(s.id());
    }

    public void setHorizon(Solution s, Horizon h) {
        runner.updateSolution(s.id(), x -> x.withHorizon(h));
    }

    public void setChosen(Solution s, boolean chosenValue) {
        runner.updateSolution(s.id(), x -> x.withChosen(chosenValue));
    }

    public void setVotes(Solution s, Participant p, int votes) {
        runner.setVotes(s.id(), p.id(), votes);
    }

    public void sortByVotes() {
        runner.sortByVotes();
    }

    /** The solution with {@code id} as it is now. */
    public Solution solution(String id) {
        return runner.session().solutions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** The solutions in priority order. */
    public ObservableList<Solution> solutions() {
        return solutions;
    }

    public ObservableList<Participant> participants() {
        return session.participants();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return session.currentProperty();
    }

    /** Steps 3 and 4. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** Step 4: votes, horizon and choice are shown. */
    public BooleanBinding prioritisingProperty() {
        return prioritising;
    }
}
