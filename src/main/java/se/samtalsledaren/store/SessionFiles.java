package se.samtalsledaren.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Tells a session file from the other JSON files that lie beside it (case files, preparations,
 * preferences) without reading it whole: a session file's top-level object has a {@code "case"}
 * field. Both session and case files carry {@code formatVersion}, so that field cannot tell them
 * apart. Only the top level is scanned.
 */
public final class SessionFiles {
    private static final JsonFactory JSON = new JsonFactory();

    /** What a file looks like from its top level. */
    public enum Kind {
        /** A JSON object with a {@code "case"} field. */
        SESSION,
        /** Well-formed JSON of another kind. */
        OTHER,
        /** Not JSON, broken JSON, or unreadable: the session reader says where and why. */
        BROKEN
    }

    private SessionFiles() {}

    public static Kind sniff(Path file) {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Kind.OTHER;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (p.currentName().equals("case")) {
                    return Kind.SESSION;
                }
                p.nextToken();
                p.skipChildren();
            }
            return Kind.OTHER;
        } catch (IOException | RuntimeException e) {
            return Kind.BROKEN;
        }
    }
}
