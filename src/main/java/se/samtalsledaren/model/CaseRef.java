package se.samtalsledaren.model;

import java.util.Objects;

/** Which case a session discusses, kept with the session so it can be shown without the library. */
public record CaseRef(String id, int number, String title) {
    public CaseRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    public static CaseRef of(Case c) {
        return new CaseRef(c.id(), c.number(), c.title());
    }
}
