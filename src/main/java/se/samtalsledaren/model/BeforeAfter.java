package se.samtalsledaren.model;

import java.util.Arrays;
import java.util.Optional;

/** When a survey round runs: at the start of the session (före) or at its end (efter). */
public enum BeforeAfter {
    BEFORE("före"),
    AFTER("efter");

    private final String key;

    BeforeAfter(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<BeforeAfter> fromKey(String key) {
        return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
    }
}
