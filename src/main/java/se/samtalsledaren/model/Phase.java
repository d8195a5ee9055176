package se.samtalsledaren.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The phases of a case session in order: individual preparation, the five discussion steps of
 * the report's method, and closing (agreements and next steps).
 */
public enum Phase {
    PREPARATION("preparation", 0),
    STEP_1("step1", 1),
    STEP_2("step2", 2),
    STEP_3("step3", 3),
    STEP_4("step4", 4),
    STEP_5("step5", 5),
    CLOSING("closing", 0);

    private final String key;
    private final int step;

    Phase(String key, int step) {
        this.key = key;
        this.step = step;
    }

    public String key() {
        return key;
    }

    /** The discussion step 1–5, or 0 for preparation and closing. */
    public int step() {
        return step;
    }

    public boolean isStep() {
        return step > 0;
    }

    public static Phase ofStep(int step) {
        if (step < DiscussionStep.FIRST || step > DiscussionStep.LAST) {
            throw new IllegalArgumentException("step must be 1..5, was " + step);
        }
        return values()[step];
    }

    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<Phase> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public static Optional<Phase> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
