package se.samtalsledaren.model;

import java.util.Objects;

/** Someone taking part in a session. {@code organisation} is the optional party or organisation. */
public record Participant(String id, String name, Role role, String organisation) {
    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        organisation = organisation == null ? "" : organisation;
    }
}
