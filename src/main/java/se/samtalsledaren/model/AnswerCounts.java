package se.samtalsledaren.model;

import java.util.List;
import java.util.Objects;

/**
 * How many of one role gave each answer to one question in one round: counts of the values 1..5
 * and of vet inte ({@link SurveyScale}). Answers are anonymous: only counts are kept, never who
 * gave them, and nothing tells in which order they came.
 */
public record AnswerCounts(String questionId, Role role, List<Integer> counts) {
    public AnswerCounts {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(role, "role");
        counts = List.copyOf(counts);
        if (counts.size() != SurveyScale.ANSWERS) {
            throw new IllegalArgumentException("counts of " + SurveyScale.ANSWERS + " answers, not " + counts.size());
        }
        if (counts.stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("counts are 0 or more");
        }
    }

    public static List<Integer> zero() {
        return java.util.Collections.nCopies(SurveyScale.ANSWERS, 0);
    }

    /** How many gave {@code value} (1..5 or {@link SurveyScale#DONT_KNOW}). */
    public int of(int value) {
        return counts.get(SurveyScale.index(value));
    }

    /** Everyone who answered, vet inte included. */
    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    /** These counts with {@code value}'s set to {@code n}. */
    public AnswerCounts with(int value, int n) {
        List<Integer> c = new java.util.ArrayList<>(counts);
        c.set(SurveyScale.index(value), n);
        return new AnswerCounts(questionId, role, c);
    }
}
