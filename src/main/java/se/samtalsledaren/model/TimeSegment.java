package se.samtalsledaren.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of time spent in a phase; {@code end} is null while the segment is running. */
public record TimeSegment(Phase phase, Instant start, Instant end) {
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

    public TimeSegment closedAt(Instant t) {
        return new TimeSegment(phase, start, t.isBefore(start) ? start : t);
    }
}
