package se.samtalsledaren.model;

import java.util.Objects;

/**
 * A statement of a survey, answered on the {@link SurveyScale}.
 *
 * @param id     unique in the session
 * @param number the number it has in its template (the slides' "5", "14"), or "" for one the
 *               facilitator added
 * @param text   the statement as the participants read it
 */
public record SurveyQuestion(String id, String number, String text) {
    public static final int MAX_TEXT = 1000;

    public SurveyQuestion {
        Objects.requireNonNull(id, "id");
        number = number == null ? "" : number;
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a question has a text");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a question has at most " + MAX_TEXT + " characters");
        }
    }

    /** "5. Anser du …", or the text alone when the question has no number. */
    public String label() {
        return number.isEmpty() ? text : number + ". " + text;
    }

    public SurveyQuestion withText(String t) {
        return new SurveyQuestion(id, number, t);
    }
}
