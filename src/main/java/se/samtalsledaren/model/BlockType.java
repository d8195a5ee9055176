package se.samtalsledaren.model;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of narrative block in a case text. */
public enum BlockType {
    PARAGRAPH("paragraph"),
    /** A line of speech; in the report these open with an en dash. */
    DIALOGUE("dialogue"),
    SUBHEADING("subheading");

    private final String key;

    BlockType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<BlockType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
