package se.samtalsledaren.model;

import java.util.List;
import java.util.Objects;

/** Where a case text comes from, shown with the case as attribution. */
public record Source(String publisher, String title, List<String> authors, String part, String note) {
    public Source {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        part = part == null ? "" : part;
        note = note == null ? "" : note;
    }
}
