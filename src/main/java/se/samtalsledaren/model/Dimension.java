package se.samtalsledaren.model;

import java.util.Arrays;
import java.util.Optional;

/** The three dimensions of the report's framework (chapter 2): structures, processes and values. */
public enum Dimension {
    STRUKTUR("struktur"),
    PROCESS("process"),
    VARDERINGAR("värderingar");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    /** The key used in files, e.g. {@code "värderingar"}. */
    public String key() {
        return key;
    }

    public static Optional<Dimension> fromKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
