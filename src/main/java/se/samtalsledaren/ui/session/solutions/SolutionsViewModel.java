package se.samtalsledaren.ui.session.solutions;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
 * dot votes per participant (shown per solution on request), horizon and whether the group chose it.
 */
public final class SolutionsViewModel {
    private final SessionRunner runner;
    private final SessionViewModel session;
    private final ObservableList<Solution> solutions = FXCollections.observableArrayList();
    private final BooleanBinding shown;
    private final BooleanBinding prioritising;
    /** Whether the room's projector lists the solutions (steps 3 and 4), and with the votes (step 4). */
    private final BooleanProperty projected = new SimpleBooleanProperty();
    private final BooleanProperty votesProjected = new SimpleBooleanProperty();
    /** The solutions whose votes per participant are shown (by id), kept while the list changes. */
    private final Set<String> votesOpen = new HashSet<>();

    public SolutionsViewModel(SessionRunner runner, SessionViewModel session) {
        this.runner = runner;
        this.session = session;
        this.shown = session.inPhase(p -> p == Phase.STEP_3 || p == Phase.STEP_4);
        this.prioritising = session.inPhase(p -> p == Phase.STEP_4);
        session.onChange(this::sync);
        sync();
    }

    private void sync() {
        List<Solution> now = runner.session().solutions();
        if (!now.equals(solutions)) {
            solutions.setAll(now);
        }
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
        setVotes(s.id(), p, votes);
    }

    /** Sets a participant's dot votes on the solution with {@code solutionId} (0 or more). */
    public void setVotes(String solutionId, Participant p, int votes) {
        runner.setVotes(solutionId, p.id(), Math.max(0, votes));
    }

    /** Whether the solution's votes per participant are shown. */
    public boolean votesOpen(Solution s) {
        return votesOpen.contains(s.id());
    }

    public void setVotesOpen(Solution s, boolean open) {
        if (open) {
            votesOpen.add(s.id());
        } else {
            votesOpen.remove(s.id());
        }
    }

    public void sortByVotes() {
        runner.sortByVotes();
    }

    /** The solution with {@code id} as it is now. */
    public Solution solution(String id) {
        return find(id).orElseThrow();
    }

    /** The solution with {@code id} as it is now, unless it was removed. */
    public Optional<Solution> find(String id) {
        return runner.session().solutions().stream().filter(s -> s.id().equals(id)).findFirst();
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

    /** Whether the projector lists the solutions with their horizons, for the room to prioritise. */
    public BooleanProperty projectedProperty() {
        return projected;
    }

    /** Whether the projector's list shows each solution's votes too: only when the facilitator shows them. */
    public BooleanProperty votesProjectedProperty() {
        return votesProjected;
    }
}
