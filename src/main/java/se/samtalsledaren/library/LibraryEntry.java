package se.samtalsledaren.library;

import java.util.Objects;
import se.samtalsledaren.model.Case;

/**
 * A case as loaded into the library, with where it came from.
 *
 * @param origin   a human-readable origin: the bundled SKR library or a file path
 * @param file     the file name (or resource name) the case was read from
 * @param readOnly true for the bundled cases, which are never edited in place
 */
public record LibraryEntry(Case value, String origin, String file, boolean readOnly) {
    /** The origin of the cases bundled with the application. */
    public static final String BUNDLED = "bundled";

    /** The origin of a case being written in the editor that has not been saved yet. */
    public static final String UNSAVED = "unsaved";

    public boolean bundled() {
        return BUNDLED.equals(origin);
    }

    public boolean unsaved() {
        return UNSAVED.equals(origin);
    }

    public LibraryEntry {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(file, "file");
    }
}
