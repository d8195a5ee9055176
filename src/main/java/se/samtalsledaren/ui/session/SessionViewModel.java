package se.samtalsledaren.ui.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.session.TimerLevel;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * State of a running session for the session window. Only this class talks to the
 * {@link SessionRunner}; the view binds to its properties and lists.
 */
public final class SessionViewModel {
    /** One entry of the step rail. */
    public record RailItem(Phase phase, String label, String minutes, int noteCount, boolean current, TimerLevel level) {}

    private final SessionRunner runner;
    private final Case caseData;
    private final UiText text;
    private final SessionStore store;
    private final Background background;

    private final ReadOnlyObjectWrapper<Phase> current = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty timerText = new SimpleStringProperty();
    private final StringProperty timerCaption = new SimpleStringProperty();
    private final ObjectProperty<TimerLevel> level = new SimpleObjectProperty<>(TimerLevel.NORMAL);
    private final StringProperty plannedUsed = new SimpleStringProperty();
    private final StringProperty schedule = new SimpleStringProperty();
    private final StringProperty projection = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    /** True when the session has changes that are not in a file yet. */
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObservableList<RailItem> rail = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<Solution> solutions = FXCollections.observableArrayList();
    private final ObservableList<Solution> chosen = FXCollections.observableArrayList();
    private final ObservableList<Agreement> agreements = FXCollections.observableArrayList();
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();

    public SessionViewModel(SessionRunner runner, Case caseData, UiText text, SessionStore store, Background background) {
        this.runner = runner;
        this.caseData = caseData;
        this.text = text;
        this.store = store;
        this.background = background;
        runner.addListener(() -> {
            dirty.set(true);
            sync();
        });
        sync();
    }

    /** Re-reads everything from the runner after a change. */
    private void sync() {
        Session s = runner.session();
        Phase phase = s.current();
        // Lists first: listeners of the current phase read them.
        if (current.get() != phase) {
            questions.setAll(phase == Phase.PREPARATION ? caseData.questions()
                    : phase.isStep() ? caseData.questionsFor(phase.step()) : List.of());
        }
        notes.setAll(phase.isStep() ? s.notesFor(phase) : List.of());
        participants.setAll(s.participants());
        current.set(phase);
        running.set(runner.running());
        solutions.setAll(s.solutions());
        List<Solution> nowChosen = runner.chosenSolutions();
        if (!nowChosen.stream().map(Solution::id).toList().equals(chosen.stream().map(Solution::id).toList())) {
            chosen.setAll(nowChosen);
        }
        agreements.setAll(s.agreements());
        refreshTime();
    }

    /** Recomputes every time-derived text from the clock; the view calls it a few times a second. */
    public void refreshTime() {
        Phase phase = runner.current();
        Duration remaining = runner.remaining(phase);
        level.set(runner.level(phase));
        timerText.set(clock(remaining.abs()));
        timerCaption.set(remaining.isNegative() ? text.get("session.timer.over") : text.get("session.timer.remaining"));
        plannedUsed.set(text.get("session.timer.plannedUsed", runner.session().plannedMinutes(phase), clock(runner.elapsed(phase))));
        Duration behind = runner.behindSchedule();
        long minutes = Math.round(behind.abs().toSeconds() / 60.0);
        schedule.set(minutes == 0 ? text.get("session.schedule.onTime")
                : text.get(behind.isNegative() ? "session.schedule.ahead" : "session.schedule.behind", minutes + " min"));
        Map<Phase, Duration> rest = runner.projection();
        projection.set(rest.isEmpty() ? "" : text.get("session.projection", rest.entrySet().stream()
                .map(e -> shortLabel(e.getKey()) + " " + Math.round(e.getValue().toSeconds() / 60.0) + " min")
                .collect(Collectors.joining(", "))));
        List<RailItem> items = new java.util.ArrayList<>();
        for (Phase p : Phase.values()) {
            long used = Math.round(runner.elapsed(p).toSeconds() / 60.0);
            items.add(new RailItem(p, text.get("phase." + p.key()),
                    text.get("session.rail.minutes", used, runner.session().plannedMinutes(p)),
                    p.isStep() ? runner.session().notesFor(p).size() : 0, p == phase, runner.level(p)));
        }
        if (!items.equals(rail)) {
            rail.setAll(items);
        }
    }

    private String shortLabel(Phase p) {
        return p.isStep() ? text.get("session.stepShort", p.step()) : text.get("phase." + p.key());
    }

    private static String clock(Duration d) {
        return se.samtalsledaren.ui.Converters.clock(d);
    }

    // ---- flow -----------------------------------------------------------------------------

    /**
     * Goes to {@code target}; when that skips the analysis (step 3+ with no step-1 notes), asks
     * {@code confirm} first. Returns whether it moved.
     */
    public boolean goTo(Phase target, BooleanSupplier confirm) {
        if (runner.skipsAnalysis(target) && !runner.skipsAnalysis(runner.current()) && !confirm.getAsBoolean()) {
            return false;
        }
        runner.goTo(target);
        return true;
    }

    public boolean next(BooleanSupplier confirm) {
        return runner.current().next().map(p -> goTo(p, confirm)).orElse(false);
    }

    public boolean previous() {
        return runner.current().previous().map(p -> goTo(p, () -> true)).orElse(false);
    }

    public void togglePause() {
        runner.togglePause();
    }

    public void addTime(int minutes) {
        runner.addTime(runner.current(), minutes);
    }

    // ---- notes ----------------------------------------------------------------------------

    public void addNote(String noteText, Participant by, Dimension dimension) {
        if (noteText == null || noteText.isBlank() || !runner.current().isStep()) {
            return;
        }
        runner.addNote(runner.current(), noteText.strip(), by == null ? "" : by.id(), dimension);
    }

    public void editNote(Note note, String newText) {
        if (newText == null || newText.isBlank()) {
            runner.removeNote(runner.current(), note.id());
        } else {
            runner.updateNote(runner.current(), note.id(), n -> new Note(n.id(), newText.strip(), n.participantId(), n.dimension()));
        }
    }

    public void moveNote(Note note, int delta) {
        runner.moveNote(runner.current(), note.id(), delta);
    }

    public void removeNote(Note note) {
        runner.removeNote(runner.current(), note.id());
    }

    public String participantName(String id) {
        return runner.session().participant(id).map(Participant::name).orElse("");
    }

    // ---- solutions ------------------------------------------------------------------------

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

    public void setConsequences(String solutionId, Consequences c) {
        runner.updateSolution(solutionId, x -> x.withConsequences(c));
    }

    public Solution solution(String id) {
        return runner.session().solutions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- agreements -----------------------------------------------------------------------

    public void addAgreement(String what, String who, java.time.LocalDate due) {
        if (what != null && !what.isBlank()) {
            runner.addAgreement(what.strip(), who == null ? "" : who.strip(), due);
        }
    }

    public void updateAgreement(Agreement a) {
        runner.updateAgreement(a.id(), x -> a);
    }

    public void removeAgreement(Agreement a) {
        runner.removeAgreement(a.id());
    }

    // ---- files ----------------------------------------------------------------------------

    /** Saves to {@code target} in the background; the session stays in memory whatever happens. */
    public void saveTo(Path target, Consumer<Throwable> onError) {
        Objects.requireNonNull(target, "target");
        Session snapshot = runner.session();
        background.run(() -> {
            store.save(target, snapshot);
            return target;
        }, saved -> {
            file.set(saved);
            if (runner.session() == snapshot) {
                dirty.set(false);
            }
            status.set(text.get("session.saved", saved.getFileName()));
        }, e -> {
            status.set(text.get("session.saveFailed", e.getMessage()));
            onError.accept(e);
        });
    }

    public Case caseData() {
        return caseData;
    }

    public Session session() {
        return runner.session();
    }

    public ReadOnlyObjectProperty<Phase> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty timerTextProperty() {
        return timerText;
    }

    public StringProperty timerCaptionProperty() {
        return timerCaption;
    }

    public ObjectProperty<TimerLevel> levelProperty() {
        return level;
    }

    public StringProperty plannedUsedProperty() {
        return plannedUsed;
    }

    public StringProperty scheduleProperty() {
        return schedule;
    }

    public StringProperty projectionProperty() {
        return projection;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObservableList<RailItem> rail() {
        return rail;
    }

    public ObservableList<Note> notes() {
        return notes;
    }

    public ObservableList<Solution> solutions() {
        return solutions;
    }

    public ObservableList<Solution> chosen() {
        return chosen;
    }

    public ObservableList<Agreement> agreements() {
        return agreements;
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    public ObservableList<Question> questions() {
        return questions;
    }
}
