package se.samtalsledaren.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of speaking in the log: who held the floor, in which phase, from when to when.
 * A slot (one person's turn at the floor, numbered from 1) can consist of several turns: when
 * the facilitator stops and restarts the speaker, or the group moves to another phase while
 * someone speaks. {@code end} is null while the turn is running.
 */
public record SpeakingTurn(int slot, String participantId, Phase phase, Instant start, Instant end) {
    public SpeakingTurn {
        if (slot < 1) {
            throw new IllegalArgumentException("slot numbers start at 1");
        }
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("turn ends before it starts");
        }
    }

    public boolean open() {
        return end == null;
    }

    /** Length of the turn, counting an open one up to {@code now}. */
    public Duration length(Instant now) {
        Instant stop = end == null ? now : end;
        return stop.isBefore(start) ? Duration.ZERO : Duration.between(start, stop);
    }

    /** Closed at {@code t}, but not before it started nor after {@link TimeSegment#LONGEST}. */
    public SpeakingTurn closedAt(Instant t) {
        return new SpeakingTurn(slot, participantId, phase, start, TimeSegment.closing(start, t));
    }
}
