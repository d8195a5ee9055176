package se.samtalsledaren.ui.session.timer;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.session.TimerLevel;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * The step timer: what is left of the current phase (or how far it has run over) and its colour
 * level, planned against used minutes, and what the later phases get if this one keeps to its
 * plan; pause, added minutes and the previous/next step. Every figure comes from the runner's clock.
 */
public final class TimerViewModel {
    private final SessionRunner runner;
    private final SessionViewModel session;
    private final UiText text;

    private final StringProperty timerText = new SimpleStringProperty();
    private final StringProperty timerCaption = new SimpleStringProperty();
    private final ObjectProperty<TimerLevel> level = new SimpleObjectProperty<>(TimerLevel.NORMAL);
    private final StringProperty plannedUsed = new SimpleStringProperty();
    private final StringProperty projection = new SimpleStringProperty();

    public TimerViewModel(SessionRunner runner, SessionViewModel session, UiText text) {
        this.runner = runner;
        this.session = session;
        this.text = text;
        session.onTime(this::refresh);
        refresh();
    }

    private void refresh() {
        Phase phase = runner.current();
        Duration remaining = runner.remaining(phase);
        level.set(runner.level(phase));
        timerText.set(Converters.clock(remaining.abs()));
        timerCaption.set(remaining.isNegative() ? text.get("session.timer.over") : text.get("session.timer.remaining"));
        plannedUsed.set(text.get("session.timer.plannedUsed", runner.session().plannedMinutes(phase), Converters.clock(runner.elapsed(phase))));
        Map<Phase, Duration> rest = runner.projection();
        projection.set(rest.isEmpty() ? "" : text.get("session.projection", rest.entrySet().stream()
                .map(e -> shortLabel(e.getKey()) + " " + Math.round(e.getValue().toSeconds() / 60.0) + " min")
                .collect(Collectors.joining(", "))));
    }

    private String shortLabel(Phase p) {
        return p.isStep() ? text.get("session.stepShort", p.step()) : text.get("phase." + p.key());
    }

    public void togglePause() {
        session.togglePause();
    }

    public void addTime(int minutes) {
        session.addTime(minutes);
    }

    public void previous() {
        session.previous();
    }

    /** The next phase, asking {@code confirm} first when that skips the analysis. */
    public void next(BooleanSupplier confirm) {
        session.next(confirm);
    }

    public BooleanProperty runningProperty() {
        return session.runningProperty();
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

    public StringProperty projectionProperty() {
        return projection;
    }
}
