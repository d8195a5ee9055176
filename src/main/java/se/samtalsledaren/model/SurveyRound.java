package se.samtalsledaren.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One round of a survey (före or efter): when it ran, how many of each role sent their answers
 * from a phone, the anonymous answer counts per question and role (phones' answers and counts the
 * facilitator entered by hand, together), and the comments.
 *
 * @param closed      null while the round takes answers
 * @param respondents per role, how many phones sent their answers
 */
public record SurveyRound(BeforeAfter when, Instant opened, Instant closed, Map<Role, Integer> respondents,
                          List<AnswerCounts> answers, List<SurveyComment> comments) {
    public SurveyRound {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(opened, "opened");
        if (closed != null && closed.isBefore(opened)) {
            throw new IllegalArgumentException("a round closes after it opens");
        }
        EnumMap<Role, Integer> r = new EnumMap<>(Role.class);
        respondents.forEach((role, n) -> {
            if (n < 0) {
                throw new IllegalArgumentException("respondents are counted from 0");
            }
            if (n > 0) {
                r.put(role, n);
            }
        });
        respondents = Collections.unmodifiableMap(r);
        Set<String> seen = new HashSet<>();
        List<AnswerCounts> a = new ArrayList<>();
        for (AnswerCounts c : answers) {
            if (!seen.add(c.questionId() + "\u0000" + c.role().key())) {
                throw new IllegalArgumentException("one set of counts per question and role");
            }
            if (!c.isEmpty()) {
                a.add(c);
            }
        }
        answers = List.copyOf(a);
        comments = List.copyOf(comments);
    }

    public static SurveyRound open(BeforeAfter when, Instant at) {
        return new SurveyRound(when, at, null, Map.of(), List.of(), List.of());
    }

    public boolean open() {
        return closed == null;
    }

    /** The counts of one question and role (all zero when nobody of the role answered it). */
    public AnswerCounts counts(String questionId, Role role) {
        return answers.stream().filter(c -> c.questionId().equals(questionId) && c.role() == role).findFirst()
                .orElse(new AnswerCounts(questionId, role, AnswerCounts.zero()));
    }

    public int respondents(Role role) {
        return respondents.getOrDefault(role, 0);
    }

    public int allRespondents() {
        return respondents.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<SurveyComment> comments(String questionId) {
        return comments.stream().filter(c -> c.questionId().equals(questionId)).toList();
    }

    public Optional<SurveyComment> comment(String id) {
        return comments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public SurveyRound withCounts(AnswerCounts c) {
        List<AnswerCounts> a = new ArrayList<>(answers);
        a.removeIf(x -> x.questionId().equals(c.questionId()) && x.role() == c.role());
        a.add(c);
        return new SurveyRound(when, opened, closed, respondents, a, comments);
    }

    public SurveyRound withRespondents(Map<Role, Integer> r) {
        return new SurveyRound(when, opened, closed, r, answers, comments);
    }

    public SurveyRound withComments(List<SurveyComment> c) {
        return new SurveyRound(when, opened, closed, respondents, answers, c);
    }

    public SurveyRound closedAt(Instant at) {
        return new SurveyRound(when, opened, at, respondents, answers, comments);
    }

    /** Open again, taking answers (its earlier ones kept). */
    public SurveyRound reopened() {
        return new SurveyRound(when, opened, null, respondents, answers, comments);
    }
}
