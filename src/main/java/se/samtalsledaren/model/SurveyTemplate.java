package se.samtalsledaren.model;

import java.util.List;
import java.util.Objects;

/**
 * A list of survey statements to start a session's survey from: the bundled one (the
 * effectiveness survey's numbered questions, verbatim) or one the facilitator kept.
 *
 * @param name      what the facilitator chooses it by
 * @param source    where the questions come from ("" for the facilitator's own)
 * @param questions the statements; their ids only tell them apart within the template
 */
public record SurveyTemplate(String name, String source, List<SurveyQuestion> questions) {
    public static final int MAX_NAME = 200;

    public SurveyTemplate {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a template's name has 1.." + MAX_NAME + " characters");
        }
        source = source == null ? "" : source;
        questions = List.copyOf(questions);
        if (questions.isEmpty() || questions.size() > Survey.MAX_QUESTIONS) {
            throw new IllegalArgumentException("a template has 1.." + Survey.MAX_QUESTIONS + " questions");
        }
    }
}
