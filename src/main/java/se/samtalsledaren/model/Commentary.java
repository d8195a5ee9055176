package se.samtalsledaren.model;

import java.util.Objects;

/** A passage of the report that comments on a case, with where in the report it stands. */
public record Commentary(String text, String location) {
    public Commentary {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }
}
