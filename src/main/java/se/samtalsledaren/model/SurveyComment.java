package se.samtalsledaren.model;

import java.util.Objects;

/**
 * A comment a participant wrote beside an answer: anonymous (neither who nor their role is kept).
 * {@code quoted} when the facilitator picked it to show as a quote (*Citat ur enkäten*).
 */
public record SurveyComment(String id, String questionId, String text, boolean quoted) {
    public static final int MAX_TEXT = 1000;

    public SurveyComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a comment has 1.." + MAX_TEXT + " characters");
        }
    }

    public SurveyComment withQuoted(boolean q) {
        return new SurveyComment(id, questionId, text, q);
    }
}
