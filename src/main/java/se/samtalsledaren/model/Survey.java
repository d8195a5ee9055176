package se.samtalsledaren.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A session's pulse survey: a short list of statements answered on the {@link SurveyScale}, run
 * före (at the start) and efter (at the end), each round at most once and at most one open at a time.
 *
 * @param title     what the survey is called (its template's name, or the facilitator's)
 * @param questions the statements in the order participants answer them
 * @param rounds    the rounds that have run, in the order they were first opened
 */
public record Survey(String title, List<SurveyQuestion> questions, List<SurveyRound> rounds) {
    public static final Survey NONE = new Survey("", List.of(), List.of());
    public static final int MAX_QUESTIONS = 40;
    public static final int MAX_TITLE = 200;

    public Survey {
        Objects.requireNonNull(title, "title");
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a survey's title has at most " + MAX_TITLE + " characters");
        }
        questions = List.copyOf(questions);
        rounds = List.copyOf(rounds);
        if (questions.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("a survey has at most " + MAX_QUESTIONS + " questions");
        }
        Set<String> ids = new HashSet<>();
        questions.forEach(q -> {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("question ids are unique: " + q.id());
            }
        });
        Set<BeforeAfter> seen = new HashSet<>();
        long open = 0;
        for (SurveyRound r : rounds) {
            if (!seen.add(r.when())) {
                throw new IllegalArgumentException("each round runs once: " + r.when().key());
            }
            open += r.open() ? 1 : 0;
            for (AnswerCounts c : r.answers()) {
                if (!ids.contains(c.questionId())) {
                    throw new IllegalArgumentException("answers to an unknown question: " + c.questionId());
                }
            }
            for (SurveyComment c : r.comments()) {
                if (!ids.contains(c.questionId())) {
                    throw new IllegalArgumentException("a comment on an unknown question: " + c.questionId());
                }
            }
        }
        if (open > 1) {
            throw new IllegalArgumentException("at most one round is open");
        }
    }

    public boolean isEmpty() {
        return questions.isEmpty() && rounds.isEmpty();
    }

    /** Whether the questions can no longer change: a round has run, and answers must stay comparable. */
    public boolean locked() {
        return !rounds.isEmpty();
    }

    public Optional<SurveyRound> round(BeforeAfter when) {
        return rounds.stream().filter(r -> r.when() == when).findFirst();
    }

    public Optional<SurveyRound> openRound() {
        return rounds.stream().filter(SurveyRound::open).findFirst();
    }

    public Optional<SurveyQuestion> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Survey withTitle(String t) {
        return new Survey(t, questions, rounds);
    }

    public Survey withQuestions(List<SurveyQuestion> q) {
        return new Survey(title, q, rounds);
    }

    /** This survey with the round of {@code r.when()} replaced, or added after the others. */
    public Survey withRound(SurveyRound r) {
        List<SurveyRound> list = new ArrayList<>(rounds);
        int i = 0;
        while (i < list.size() && list.get(i).when() != r.when()) {
            i++;
        }
        if (i < list.size()) {
            list.set(i, r);
        } else {
            list.add(r);
        }
        return new Survey(title, questions, list);
    }
}
