package se.samtalsledaren.model;

import java.util.Objects;

/**
 * One point noted in a step, optionally attributed to a participant (id, or empty) and tagged
 * with a framework dimension (or null).
 */
public record Note(String id, String text, String participantId, Dimension dimension) {
    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        participantId = participantId == null ? "" : participantId;
    }
}
