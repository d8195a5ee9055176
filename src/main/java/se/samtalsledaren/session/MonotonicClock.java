package se.samtalsledaren.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that never jumps: anchored to the wall clock once, then advanced by
 * {@link System#nanoTime()}. Timers built on it do not drift or jump when the system clock is
 * adjusted during a workshop, and their instants are still meaningful in the time log.
 */
public final class MonotonicClock extends Clock {
    private final Instant anchor;
    private final long anchorNanos;
    private final ZoneId zone;

    public MonotonicClock(ZoneId zone) {
        this(Instant.now(), System.nanoTime(), zone);
    }

    private MonotonicClock(Instant anchor, long anchorNanos, ZoneId zone) {
        this.anchor = anchor;
        this.anchorNanos = anchorNanos;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MonotonicClock(anchor, anchorNanos, z);
    }

    @Override
    public Instant instant() {
        return anchor.plusNanos(System.nanoTime() - anchorNanos);
    }
}
