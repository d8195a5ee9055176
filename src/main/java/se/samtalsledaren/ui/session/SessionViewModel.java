package se.samtalsledaren.ui.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * The session window's own state and what its panels share: the current phase, whether the phase
 * clock runs, the participants, the schedule in the header, the file, unsaved changes and the
 * status line; the phase flow; saving. Each panel has a view model of its own (in a subpackage of
 * this one) that talks to the {@link SessionRunner} for its part and is kept up to date through
 * {@link #onChange} and {@link #onTime}, so that every change is read in one order: the
 * participants and the panels' lists first, then the phase (whose listeners read them), then the
 * figures computed from the clock.
 */
public final class SessionViewModel {
    private final SessionRunner runner;
    private final Case caseData;
    private final UiText text;
    private final SessionStore store;
    private final Background background;

    private final ReadOnlyObjectWrapper<Phase> current = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty schedule = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    /** True when the session has changes that are not in a file yet. */
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final List<Runnable> timeListeners = new ArrayList<>();

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

    /**
     * Runs {@code sync} after every change of the session, before the current phase is updated:
     * a panel's lists are up to date when the listeners of the phase read them. Panels register
     * in the order the window shows them.
     */
    public void onChange(Runnable sync) {
        changeListeners.add(sync);
    }

    /** Runs {@code refresh} after every change and whenever {@link #refreshTime()} is called: figures computed from the clock. */
    public void onTime(Runnable refresh) {
        timeListeners.add(refresh);
    }

    /** Re-reads everything from the runner after a change. */
    private void sync() {
        Session s = runner.session();
        participants.setAll(s.participants());
        changeListeners.forEach(Runnable::run);
        current.set(s.current());
        running.set(runner.running());
        refreshTime();
    }

    /** Recomputes every time-derived text from the clock; the window calls it a few times a second. */
    public void refreshTime() {
        Duration behind = runner.behindSchedule();
        long minutes = Math.round(behind.abs().toSeconds() / 60.0);
        schedule.set(minutes == 0 ? text.get("session.schedule.onTime")
                : text.get(behind.isNegative() ? "session.schedule.ahead" : "session.schedule.behind", minutes + " min"));
        timeListeners.forEach(Runnable::run);
    }

    /** True while the current phase satisfies {@code test}: when a panel is shown. */
    public BooleanBinding inPhase(Predicate<Phase> test) {
        return Bindings.createBooleanBinding(() -> current.get() != null && test.test(current.get()), current);
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

    /** "Case 11: Tuffa strukturbeslut slår olika": the header's, the window's and the room's name for the case. */
    public String caseLabel() {
        return "Case " + caseData.number() + ": " + caseData.title();
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

    public StringProperty scheduleProperty() {
        return schedule;
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

    public ObservableList<Participant> participants() {
        return participants;
    }
}
