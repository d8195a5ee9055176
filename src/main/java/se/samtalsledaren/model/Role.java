package se.samtalsledaren.model;

import java.util.Arrays;
import java.util.Optional;

/** A participant's role: elected politician, official, or other. */
public enum Role {
    FORTROENDEVALD("förtroendevald"),
    TJANSTEPERSON("tjänsteperson"),
    ANNAN("annan");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
