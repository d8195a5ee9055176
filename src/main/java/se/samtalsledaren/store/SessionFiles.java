package se.samtalsledaren.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells session files, participants' preparation files and the other JSON files that lie beside
 * them (case files, preferences) apart without reading them whole, by their top-level field names
 * (only the top level is scanned, values skipped). Session and preparation files both have a
 * {@code "case"} object: a session has {@code participants}, {@code timePlan} or {@code notes}, a
 * preparation {@code anonymous}, {@code steps} or {@code savedAt} (or the name
 * {@code *.forberedelse.json}). Every kind carries {@code formatVersion}, so that field cannot tell
 * them apart.
 */
public final class SessionFiles {
    private static final JsonFactory JSON = new JsonFactory();

    /** What a file looks like from its top level. */
    public enum Kind {
        /** A JSON object with a {@code "case"} object and a session's fields. */
        SESSION,
        /** A JSON object with a {@code "case"} object and a preparation's fields. */
        PREPARATION,
        /** Well-formed JSON of another kind (a case file, preferences). */
        OTHER,
        /** Not JSON, or broken before a {@code "case"} field: a reader says where and why. */
        BROKEN
    }

    private SessionFiles() {}

    /**
     * The file's kind. A file that breaks after its {@code "case"} field is judged by the fields
     * read until then, so the right reader reports where it breaks.
     */
    public static Kind sniff(Path file) {
        Set<String> names = new HashSet<>();
        boolean broken = false;
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Kind.OTHER;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                names.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            broken = true;
        }
        if (!names.contains("case")) {
            return broken ? Kind.BROKEN : Kind.OTHER;
        }
        if (names.contains("participants") || names.contains("timePlan") || names.contains("notes")) {
            return Kind.SESSION;
        }
        boolean preparation = names.contains("anonymous") || names.contains("steps") || names.contains("savedAt")
                || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(PreparationFormat.EXTENSION);
        return preparation ? Kind.PREPARATION : Kind.SESSION;
    }
}
