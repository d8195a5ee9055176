package se.samtalsledaren.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a solution is for the short or the long term (step 4). */
public enum Horizon {
    SHORT("kort"),
    LONG("lång");

    private final String key;

    Horizon(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Horizon> fromKey(String key) {
        return Arrays.stream(values()).filter(h -> h.key.equals(key)).findFirst();
    }
}
