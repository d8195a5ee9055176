package se.samtalsledaren.ui.participant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samtalsledaren.ui.Converters;

/** The participant's own preparation timer: time measured on the clock, across pauses and reopenings. */
public final class PreparationTimer {
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("00:00");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private Duration accumulated = Duration.ZERO;
    private Instant runningSince;

    PreparationTimer(Clock clock) {
        this.clock = clock;
    }

    /** Stopped, with {@code used} measured so far (zero for a new preparation). */
    void reset(Duration used) {
        accumulated = used;
        runningSince = null;
        refresh();
    }

    /** Starts a stopped timer or stops a running one. */
    void toggle() {
        Instant now = clock.instant();
        if (runningSince == null) {
            runningSince = now;
        } else {
            accumulated = accumulated.plus(Duration.between(runningSince, now));
            runningSince = null;
        }
        refresh();
    }

    /** Time measured so far, counting a running timer up to now. */
    public Duration used() {
        return runningSince == null ? accumulated : accumulated.plus(Duration.between(runningSince, clock.instant()));
    }

    /** Recomputes the text from the clock; the view calls it a few times a second. */
    public void refresh() {
        running.set(runningSince != null);
        text.set(Converters.clock(used()));
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }
}
