package se.samtalsledaren.json;

import java.util.Objects;

/**
 * Something wrong with an input file, precise enough for a person to find and fix it.
 *
 * @param file    the file name or path as the user knows it
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when unknown
 * @param field   JSON path of the field concerned, e.g. {@code $.questions[2].step}; empty when none
 * @param message what is wrong and what was expected, in the user's language
 */
public record FileProblem(String file, int line, int column, String field, String message) {

    public FileProblem {
        Objects.requireNonNull(file, "file");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    public static FileProblem wholeFile(String file, String message) {
        return new FileProblem(file, 0, 0, "", message);
    }

    /**
     * One line: {@code file:line:column: field: message}, with every control character taken
     * from a file (an ANSI escape, a line break, a text-direction override) written visibly
     * ({@link Printable}): problems are printed on terminals and shown in lists.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Printable.escape(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(Printable.escape(field)).append(": ");
        }
        return sb.append(Printable.escape(message)).toString();
    }
}
