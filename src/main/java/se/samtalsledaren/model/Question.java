package se.samtalsledaren.model;

import java.util.Objects;

/**
 * A discussion question ("Att samtala om") and the discussion step (1–5) it belongs to.
 */
public record Question(String text, int step) {
    public Question {
        Objects.requireNonNull(text, "text");
        if (step < DiscussionStep.FIRST || step > DiscussionStep.LAST) {
            throw new IllegalArgumentException("step must be 1..5, was " + step);
        }
    }
}
