package se.samtalsledaren.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A solution's dots in a closed vote run, split by the voters' roles. The solution's text is kept
 * as it was when the run closed, so the result reads even if the solution was changed or removed.
 */
public record VoteTally(String solutionId, String text, Map<Role, Integer> dots) {
    public VoteTally {
        Objects.requireNonNull(solutionId, "solutionId");
        Objects.requireNonNull(text, "text");
        EnumMap<Role, Integer> d = new EnumMap<>(Role.class);
        dots.forEach((role, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("dots are counted from 0");
            }
            if (n > 0) {
                d.put(Objects.requireNonNull(role), n);
            }
        });
        dots = Collections.unmodifiableMap(d);
    }

    /** Dots from participants of {@code role}. */
    public int of(Role role) {
        return dots.getOrDefault(role, 0);
    }

    public int total() {
        return dots.values().stream().mapToInt(Integer::intValue).sum();
    }
}
