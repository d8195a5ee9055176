package se.samtalsledaren.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of time spent in a phase; {@code end} is null while the segment is running. */
public record TimeSegment(Phase phase, Instant start, Instant end) {
    /**
     * The longest a closed segment or speaking turn is: a clock left running over a holiday is
     * closed at 31 days, which is also the longest a session file may hold.
     */
    public static final Duration LONGEST = Duration.ofDays(31);

    public TimeSegment {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("segment ends before it starts");
        }
    }

    public boolean open() {
        return end == null;
    }

    /** Length of the segment, counting an open one up to {@code now}. */
    public Duration length(Instant now) {
        Instant stop = end == null ? now : end;
        return stop.isBefore(start) ? Duration.ZERO : Duration.between(start, stop);
    }

    /** Closed at {@code t}, but not before it started nor after {@link #LONGEST}. */
    public TimeSegment closedAt(Instant t) {
        return new TimeSegment(phase, start, closing(start, t));
    }

    /** The end a stretch from {@code start} gets when closed at {@code t}. */
    static Instant closing(Instant start, Instant t) {
        Instant latest = start.plus(LONGEST);
        return t.isBefore(start) ? start : t.isAfter(latest) ? latest : t;
    }
}
